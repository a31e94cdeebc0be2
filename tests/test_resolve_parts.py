"""The parts of resolution: normalising actors and dates, blocking, clustering invariants."""
from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.models import Claim, Claimant, Figure, Place
from civcas.resolve import cluster_claims, resolve
from civcas.resolve.blocking import WINDOW_DAYS, candidate_pairs
from civcas.resolve.cluster import cluster
from civcas.resolve.match import features, score
from civcas.resolve.normalize import actor_family, day_range


@pytest.mark.parametrize("name, family", [
    ("Russian General Staff", "russia"),
    ("Russian Ministry of Defence", "russia"),
    ("Russian military", "russia"),
    ("US-led coalition", "us"),
    ("U.S. military", "us"),
    ("the Pentagon", "us"),
    ("CJTF-OIR", "us"),
    ("coalition warplanes", "us"),
    ("Saudi-led coalition", "saudi"),
    ("Syrian regime", "syria_gov"),
    ("Syrian government forces", "syria_gov"),
    ("Syrian Observatory for Human Rights", "sohr"),
    ("Syrian Democratic Forces", "sdf"),
    ("Daesh", "isis"),
    ("Islamic State militants", "isis"),
    ("Israeli army", "israel"),
    ("Turkish drones", "turkey"),
    ("unknown gunmen", None),
    ("Airwars", "airwars"),
    (None, None),
])
def test_actor_families(name, family):
    assert actor_family(name) == family


def test_partial_dates_are_day_ranges():
    d = lambda s: date.fromisoformat(s).toordinal()  # noqa: E731
    assert day_range("2017-03", "2017-03") == (d("2017-03-01"), d("2017-03-31"))
    assert day_range("2014", "2017-07-12") == (d("2014-01-01"), d("2017-07-12"))
    assert day_range("2016-10-22", None) == (d("2016-10-22"), d("2016-10-22"))
    assert day_range(None, "2016-10-23") == (None, d("2016-10-23"))
    assert day_range("sometime", None) == (None, None)
    assert day_range("2017-02-30", None) == (None, None)


# ------------------------------------------------------------------------- random claim sets

_PLACES = [
    Place("Mosul", 36.34, 43.13, "IQ", "Nineveh", precision="town"),
    Place("al-Jadida", 36.35, 43.10, "IQ", "Nineveh", admin2="Mosul", precision="neighbourhood"),
    Place("Hammam al-Alil", 36.16, 43.26, "IQ", "Nineveh", precision="town"),   # ~23 km
    Place("Qaraqosh", 36.27, 43.38, "IQ", "Nineveh", precision="town"),
    Place("Tel Afar", 36.37, 42.45, "IQ", "Nineveh", precision="district"),     # ~60 km
    Place("Nineveh", 36.2, 43.0, "IQ", "Nineveh", precision="governorate"),
    Place("Iraq", 33.0, 44.0, "IQ", precision="country"),
    Place("Raqqa", 35.95, 39.01, "SY", "Raqqa", precision="town"),
    Place("Mosul", None, None, None, precision="town"),                          # not geocoded
    None,
]


def random_claims(rnd: random.Random, n: int) -> tuple[list[Claim], dict]:
    articles = {f"a{k}": (rnd.choice(["RT", "AP", None]),
                          rnd.choice(["2016-10-24", "2016-10-27", None])) for k in range(8)}
    out = []
    for i in range(n):
        day = rnd.randint(18, 28)
        dated = rnd.random()
        start = end = None
        if dated < 0.6:
            start, end = f"2016-10-{day}", f"2016-10-{min(31, day + rnd.choice([0, 0, 1, 3]))}"
        elif dated < 0.7:
            start, end = "2016-10", "2016-10"
        elif dated < 0.8:
            end = f"2016-10-{day}"
        figs = tuple(Figure(rnd.choice(["killed", "injured"]),
                            rnd.choice(["civilians", "people", "children"]),
                            m, rnd.choice([m, None]), str(m))
                     for m in rnd.sample([1, 2, 3, 5, 12, 60], rnd.randint(0, 2)))
        out.append(Claim(
            id=f"c{i:03d}", article_id=f"a{rnd.randrange(8)}", place=rnd.choice(_PLACES),
            date_start=start, date_end=end, figures=figs,
            attacker=rnd.choice([None, "US-led coalition", "Russian air force", "coalition"]),
            event_type=rnd.choice([None, "airstrike", "shelling", "shooting"]),
            targets=rnd.choice([(), (), ("school",), ("hospital",), ("house",)]),
            victims=rnd.choice([(), (), ("Ali Hassan",), ("Ali Hassan", "Huda Omar")]),
            claimant=rnd.choice([None, Claimant("Airwars"), Claimant("Russian General Staff")]),
            stance=rnd.choice(["asserted"] * 5 + ["acknowledged", "denied", "disputed"]),
            kind=rnd.choice(["incident"] * 6 + ["aggregate"])))
    return out, articles


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 40))
def test_blocking_finds_every_pair_that_could_be_linked(seed, n):
    # no evidence texts here, so no pair rests on the one probabilistic key (MinHash bands)
    claims, articles = random_claims(random.Random(seed), n)
    feats = features(sorted(claims, key=lambda c: c.id), articles)
    found = set(candidate_pairs(feats))
    for a, b in itertools.combinations(feats, 2):
        if score(a, b).linkable and within_window(a, b):
            assert (a.idx, b.idx) in found, (a, b)


def within_window(a, b) -> bool:
    """The blocking window: days (or publication days) no more than WINDOW_DAYS apart."""
    if a.block_lo is None or b.block_lo is None:
        return True
    return a.block_lo - WINDOW_DAYS <= b.block_hi and b.block_lo - WINDOW_DAYS <= a.block_hi


def tolled(f) -> bool:
    return any(harm in ("killed", "injured") for harm, _ in f.figures)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 40))
def test_no_cluster_holds_a_hard_no(seed, n):
    claims, articles = random_claims(random.Random(seed), n)
    events = sorted((c for c in claims if c.kind == "incident"), key=lambda c: c.id)
    feats = features(events, articles)
    for members in cluster(feats, candidate_pairs(feats)):
        for i, j in itertools.combinations(members, 2):
            # an aside that states no toll may be days from its article's event (see _one_voice)
            if tolled(feats[i]) and tolled(feats[j]):
                assert not score(feats[i], feats[j]).hard
        assert len({feats[i].article for i in members}) == len(members)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 40))
def test_every_claim_lands_in_exactly_one_record_of_its_kind(seed, n):
    claims, articles = random_claims(random.Random(seed), n)
    incidents = resolve(claims, articles=articles)
    placed = [c for inc in incidents for c in inc.claims]
    assert sorted(placed) == sorted(c.id for c in claims)
    kind = {c.id: c.kind for c in claims}
    for inc in incidents:
        assert {kind[c] for c in inc.claims} == {inc.kind}
        assert inc.id == ("agg_" if inc.kind == "aggregate" else "inc_") + inc.id[4:]
    shuffled = list(reversed(claims))
    assert resolve(shuffled, articles=articles) == incidents
    assert cluster_claims(sorted(claims, key=lambda c: c.id), articles=articles) == \
        cluster_claims(sorted(shuffled, key=lambda c: c.id), articles=articles)


def test_an_undated_claim_is_blocked_on_its_publication_date():
    mosul = _PLACES[0]
    dated = Claim("c1", "a1", place=mosul, date_start="2016-10-22", date_end="2016-10-22",
                  figures=(Figure("killed", "civilians", 12, 12, "12"),))
    undated = Claim("c2", "a2", place=mosul, figures=(Figure("killed", "civilians", 12, 12, "12"),))
    near = {"a2": ("AP", "2016-10-24")}
    far = {"a2": ("AP", "2016-11-20")}
    assert candidate_pairs(features([dated, undated], near)) == [(0, 1)]
    assert candidate_pairs(features([dated, undated], far)) == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 40), k=st.integers(1, 10))
def test_a_focus_gives_exactly_the_pairs_that_hold_one_of_its_claims(seed, n, k):
    rnd = random.Random(seed)
    claims, articles = random_claims(rnd, n)
    feats = features(sorted(claims, key=lambda c: c.id), articles)
    focus = set(rnd.sample(range(len(feats)), min(k, len(feats))))
    every = candidate_pairs(feats)
    assert candidate_pairs(feats, focus=focus) == [p for p in every if p[0] in focus or p[1] in focus]


@pytest.mark.parametrize("text, ages", [
    ("Police said a 4-year-old girl was shot", {(4, "f")}),
    ("Boy, 4, dies days after being shot", {(4, "m")}),
    ("The children's father, Joseph Horn, 48, was found dead", {(48, "")}),
    ("the victim, aged 15, died", {(15, "")}),
    ("a six-month-old baby was hurt", {(0, "")}),
    ("Iowa 13-year-old accused of killing 15-year-old", {(13, ""), (15, "")}),
    ("Twelve people were killed in 2015, 14 more in 2016", set()),
    # several ages told at once
    ("Police said two boys, ages 15 and 16, were shot", {(15, ""), (16, "")}),
    ("Police said 19- and 26-year-old men were shot", {(19, ""), (26, "")}),
    # one person told of twice, once with his sex: one age
    ("A 16-year-old boy was killed by his 18-year-old brother. The 18-year-old was arrested", {(16, "m"), (18, "m")}),
])
def test_ages_of_the_people_a_report_describes(text, ages):
    from civcas.resolve.normalize import ages_of
    assert ages_of([text]) == ages


def test_ages_are_shared_when_the_sexes_agree_or_one_is_unsaid():
    from civcas.resolve.normalize import shared_ages
    assert shared_ages(frozenset({(4, "f")}), frozenset({(4, ""), (5, "m")})) == [4]
    assert shared_ages(frozenset({(4, "f")}), frozenset({(4, "m")})) == []


def test_one_articles_claims_are_one_voice_when_each_finds_its_match_in_the_other_article():
    """A police toll and a neighbour's quote in one article, a police toll in the other: the
    quote matches nothing well, but each claim's best match in the other article averages enough."""
    from types import SimpleNamespace

    from civcas.resolve.cluster import _one_voice
    from civcas.resolve.match import Match

    def feat(article, place="dayton", hi=736000, busy=False, figures=(("killed", "civ"),)):
        return SimpleNamespace(article=article, place=place, hi=hi, busy=busy,
                               figures=dict.fromkeys(figures, ((1, 1),)))

    feats = [feat("a1"), feat("a1"), feat("a2"), feat("a2")]
    table = {(0, 2): 6.0, (0, 3): 1.0, (1, 2): 0.5, (1, 3): 4.0}
    scores = lambda x, y: Match(table[(x, y)], False, table[(x, y)] >= 3)  # noqa: E731
    # the plain average of all four is under 3; each claim's best over the other article is not
    assert sum(table.values()) / 4 < 3 and _one_voice(feats, scores, [0, 1], [2, 3])
    # not where either side is unplaced or undated, the place and day are busy, or a pair is a hard no
    assert not _one_voice([feat("a1", place=None), feat("a1", place=None)] + feats[2:], scores, [0, 1], [2, 3])
    assert not _one_voice([feat("a1", hi=None), feat("a1", hi=None)] + feats[2:], scores, [0, 1], [2, 3])
    assert not _one_voice([feat("a1", busy=True)] + feats[1:], scores, [0, 1], [2, 3])
    hard = lambda x, y: Match(float("-inf"), True, False) if (x, y) == (1, 2) else scores(x, y)  # noqa: E731
    assert not _one_voice(feats, hard, [0, 1], [2, 3])
    # ...unless one of the pair states no toll: an aside ("no arrests have been made") dated by
    # its article's publication, days after the other's event, is no voice against it
    aside = [feat("a1"), feat("a1", figures=(("detained", "civ"),))] + feats[2:]
    table[(1, 2)] = 3.5  # the aside's best match in the other article is its killed claim
    assert _one_voice(aside, hard, [0, 1], [2, 3])
    # two articles are as close as their best-matching claims: a quote that matches nothing in
    # a one-claim report does not count once more against the toll both give
    lone = {(0, 2): 6.0, (1, 2): -4.0}
    voices = lambda x, y: Match(lone[(x, y)], False, lone[(x, y)] >= 3)  # noqa: E731
    assert _one_voice(feats[:3], voices, [0, 1], [2])


def test_reports_a_day_apart_weigh_less_against_one_event_in_a_quiet_town():
    """A shooting late on Saturday is Sunday's in another report: in a town whose days give no
    other tolls the day apart counts less against one event than in a busy place or a quarter."""
    from types import SimpleNamespace

    from civcas.resolve.match import W_DATE_NEXT_DAY, W_DATE_NEXT_DAY_QUIET, _dates

    def feat(precision="town", busy=False, day=736000):
        return SimpleNamespace(precision=precision, busy=busy, lo=day, hi=day)

    assert W_DATE_NEXT_DAY < W_DATE_NEXT_DAY_QUIET < 0
    assert _dates(feat(), feat(day=736001), 1) == W_DATE_NEXT_DAY_QUIET
    assert _dates(feat(busy=True), feat(day=736001), 1) == W_DATE_NEXT_DAY
    assert _dates(feat("neighbourhood"), feat("neighbourhood", day=736001), 1) == W_DATE_NEXT_DAY


def test_a_street_address_is_keyed_however_its_name_is_abbreviated():
    from civcas.resolve.normalize import address_keys
    assert set(address_keys("the 7800 block of Mt. Pleasant Street")) == set(address_keys("7850 Mount Pleasant St."))
    assert address_keys("1200 Main St")[0] == "main street"  # the last word is the street's kind
    assert address_keys("St. Louis Avenue") == ("saint louis avenue",)
