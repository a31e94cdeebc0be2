"""Resolution: claims from many articles into incidents and aggregates (civcas.resolve)."""
from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.models import Claim, Claimant, Figure, Place, Range, Span, stable_id
from civcas.resolve import resolve
from civcas.resolve.ranges import Estimate, civilian_range, combine, is_vague

MOSUL = Place("Mosul", 36.34, 43.13, "IQ", "Nineveh", precision="town")
QARAQOSH = Place("Qaraqosh", 36.27, 43.38, "IQ", "Nineveh", precision="town")  # ~24 km east
AL_JADIDA = Place("al-Jadida", 36.35, 43.10, "IQ", "Nineveh", admin2="Mosul", precision="neighbourhood")
RAQQA = Place("Raqqa", 35.95, 39.01, "SY", "Raqqa", precision="town")
IRAQ = Place("Iraq", 33.0, 44.0, "IQ", precision="country")
TIKRIT = Place("Tikrit", 34.6, 43.68, "IQ", "Salah ad-Din", precision="town")

RUSSIAN_GS = Claimant("Russian General Staff", "Sergei Rudskoi", "military")
RUSSIAN_MOD = Claimant("Russian Ministry of Defence", None, "military")
AIRWARS = Claimant("Airwars", None, "monitor")
US_MILITARY = Claimant("US military", None, "military")
LOCAL_MEDICS = Claimant("Mosul health directorate", None, "medical")

ARTICLES = {f"art{i}": (outlet, "2016-10-26") for i, outlet in
            enumerate(["RT", "Press TV", "Reuters", "AP", "Al Jazeera", "BBC", "Sputnik", "AFP"])}


def killed(n_min, n_max=..., group="civilians", text=None, partial=False) -> Figure:
    n_max = n_min if n_max is ... else n_max
    return Figure("killed", group, n_min, n_max, text if text is not None else str(n_min),
                  partial=partial)


def claim(cid: str, article: str = "art0", **kw) -> Claim:
    """A claim of a coalition airstrike on Mosul on 22 October 2016 unless told otherwise."""
    base = dict(kind="incident", claimant=RUSSIAN_GS, attacker="US-led coalition",
                event_type="airstrike", place=MOSUL, date_start="2016-10-22",
                date_end="2016-10-22", figures=(killed(12),))
    base.update(kw)
    return Claim(id=cid, article_id=article, **base)


def by_claim(incidents) -> dict[str, object]:
    return {c: inc for inc in incidents for c in inc.claims}


def memberships(incidents) -> list[tuple[str, ...]]:
    return sorted(inc.claims for inc in incidents)


# ------------------------------------------------------------------------------------ merging

def test_same_strike_reported_by_two_outlets_is_one_incident():
    incidents = resolve([claim("c1", "art0"), claim("c2", "art1", claimant=RUSSIAN_MOD)],
                        articles=ARTICLES)
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.kind == "incident"
    assert inc.claims == ("c1", "c2")
    assert inc.articles == ("art0", "art1")
    assert inc.outlets == ("Press TV", "RT")
    assert inc.claimants == ("Russian General Staff", "Russian Ministry of Defence")
    assert inc.id == "inc_" + stable_id("c1")
    assert inc.civilians_killed == Range(12, 12)


def test_strike_on_qaraqosh_and_strike_on_mosul_the_day_before_are_two_incidents():
    incidents = resolve([
        claim("c1", "art0", place=QARAQOSH, date_start="2016-10-22", date_end="2016-10-22"),
        claim("c2", "art1", place=MOSUL, date_start="2016-10-21", date_end="2016-10-21"),
    ], articles=ARTICLES)
    assert memberships(incidents) == [("c1",), ("c2",)]


def test_places_more_than_25_km_apart_never_merge_even_with_the_same_figure():
    far = Place("Bartella", 36.35, 43.60, "IQ", "Nineveh", precision="town")  # ~42 km from Mosul
    incidents = resolve([claim("c1", "art0"), claim("c2", "art1", place=far)])
    assert memberships(incidents) == [("c1",), ("c2",)]


def test_two_villages_of_one_name_far_apart_are_two_places():
    here = Place("Tal Hamis", 36.60, 41.70, "SY", "Hasakah", precision="town")
    there = Place("Tal Hamis", 35.90, 40.20, "SY", "Deir ez-Zor", precision="town")  # 150 km
    incidents = resolve([claim("c1", "art0", place=here), claim("c2", "art1", place=there)])
    assert memberships(incidents) == [("c1",), ("c2",)]


def test_a_neighbourhood_counts_as_its_city():
    incidents = resolve([claim("c1", "art0", place=AL_JADIDA, figures=(killed(200, None),)),
                         claim("c2", "art1", place=MOSUL, figures=(killed(200, None),))])
    assert len(incidents) == 1
    assert incidents[0].place == AL_JADIDA  # the most precise place wins


def test_a_country_level_claim_joins_only_on_identifying_evidence():
    same_toll = claim("c2", "art1", place=IRAQ, figures=(killed(12),))
    other_toll = claim("c3", "art2", place=IRAQ, figures=(killed(40),))
    incidents = resolve([claim("c1", "art0"), same_toll, other_toll])
    assert memberships(incidents) == [("c1", "c2"), ("c3",)]


def test_two_claims_of_one_article_never_merge():
    incidents = resolve([claim("c1", "art0"), claim("c2", "art0")])
    assert memberships(incidents) == [("c1",), ("c2",)]


def test_no_chaining_across_a_hard_no():
    # c2 (art1) matches both c1 and c3, but c1 and c3 are from one article: at most one joins it
    incidents = resolve([claim("c1", "art0"), claim("c2", "art1"), claim("c3", "art0")])
    groups = memberships(incidents)
    assert sorted(c for g in groups for c in g) == ["c1", "c2", "c3"]
    assert all(not {"c1", "c3"} <= set(g) for g in groups)


def test_the_same_two_people_named_join_reports_that_place_them_in_towns_far_apart():
    """A shooting at a university in Flagstaff, placed in Tucson by a newsroom there: both name the
    dead student and the shooter, on one day. One name alone does not outweigh the distance."""
    flagstaff = Place("Flagstaff", 35.20, -111.65, "US", "Arizona", precision="town")
    tucson = Place("Tucson", 32.22, -110.93, "US", "Arizona", precision="town")  # 330 km
    us = dict(attacker=None, event_type="shooting", date_start="2015-10-09", date_end="2015-10-09",
              figures=(killed(1),), claimant=None)
    two = ("Colin Brough", "Steven Jones")
    incidents = resolve([claim("c1", "art0", place=flagstaff, names=two, **us),
                         claim("c2", "art1", place=tucson, names=two, **us)])
    assert memberships(incidents) == [("c1", "c2")]
    incidents = resolve([claim("c1", "art0", place=flagstaff, names=two[:1], **us),
                         claim("c2", "art1", place=tucson, names=two[:1], **us)])
    assert len(incidents) == 2


def test_different_targets_keep_strikes_apart():
    incidents = resolve([claim("c1", "art0", targets=("school",)),
                         claim("c2", "art1", targets=("hospital",))])
    assert len(incidents) == 2


def test_the_same_target_or_victim_names_merge_reports_with_different_tolls():
    incidents = resolve([
        claim("c1", "art0", targets=("girls' school",), figures=(killed(7),)),
        claim("c2", "art1", targets=("school",), figures=(killed(9),)),
        claim("c3", "art2", place=RAQQA, date_start="2017-06-01", date_end="2017-06-01",
              victims=("Ahmad al-Hassan", "Sara Khalil"), figures=(killed(4),)),
        claim("c4", "art3", place=RAQQA, date_start="2017-06-01", date_end="2017-06-01",
              victims=("Sara Khalil",), figures=(killed(6),)),
    ])
    assert memberships(incidents) == [("c1", "c2"), ("c3", "c4")]


def test_a_syndicated_copy_without_place_merges_on_its_wording():
    text = ("Warplanes of the US-led coalition struck a crowded residential block in the old city "
            "overnight, killing at least twelve members of two families, local medics said.")
    incidents = resolve([
        claim("c1", "art0", evidence=(Span(0, len(text), text),)),
        claim("c2", "art1", place=None, date_start=None, date_end=None, figures=(),
              evidence=(Span(0, len(text), text),)),
    ], articles=ARTICLES)
    assert memberships(incidents) == [("c1", "c2")]


def test_an_aggregate_never_merges_into_an_incident():
    tally = claim("a1", "art1", kind="aggregate", claimant=AIRWARS, place=IRAQ,
                  date_start="2016-10", date_end="2016-10", figures=(killed(12),))
    incidents = resolve([claim("c1", "art0"), tally])
    kinds = {inc.kind: inc.claims for inc in incidents}
    assert kinds == {"incident": ("c1",), "aggregate": ("a1",)}
    assert by_claim(incidents)["a1"].id == "agg_" + stable_id("a1")


def test_one_tally_repeated_across_articles_is_one_aggregate():
    def tally(cid, article, claimant=AIRWARS, lo=529, hi=744):
        return claim(cid, article, kind="aggregate", claimant=claimant, place=IRAQ,
                     date_start="2017-06-01", date_end="2017-06-30", figures=(killed(lo, hi),))
    incidents = resolve([tally("a1", "art0"), tally("a2", "art1"),
                         tally("a3", "art2", claimant=US_MILITARY, lo=603, hi=603)])
    assert memberships(incidents) == [("a1", "a2"), ("a3",)]
    assert all(inc.kind == "aggregate" for inc in incidents)
    assert by_claim(incidents)["a1"].civilians_killed == Range(529, 744)


def test_one_count_told_in_two_towns_is_two_tallies():
    """"Two boys shot in separate shootings" in one town and "2 girls shot in separate shootings"
    in another, both unattributed and undated: two counts. A country's tally may be told with one
    of its towns."""
    def tally(cid, article, place):
        return claim(cid, article, kind="aggregate", claimant=None, place=place, date_start=None,
                     date_end=None, figures=(killed(2, 2),))
    incidents = resolve([tally("a1", "art0", MOSUL), tally("a2", "art1", TIKRIT), tally("a3", "art2", IRAQ)])
    assert memberships(incidents) == [("a1", "a3"), ("a2",)]


# ------------------------------------------------------------------------------------- ranges

def test_the_reports_own_count_is_the_floor_and_quoted_sources_raise_the_top():
    """'At least two people were killed' (the report's own words), 'three, activists said':
    2 to 3. A quoted earlier toll of 13 does not lower the report's own 18."""
    own = claim("c0", "art0", claimant=None, figures=(killed(2, None, text="At least two people"),))
    quoted = claim("c1", "art0", figures=(killed(3, text="three people"),))
    assert civilian_range([own, quoted], "killed") == Range(2, 3)
    own18 = claim("c0", "art0", claimant=None, figures=(killed(18, text="18 members"),))
    cnn = claim("c2", "art0", figures=(killed(13, None, text="at least 13 members"),))
    assert civilian_range([own18, cnn], "killed") == Range(18, 18)


@pytest.mark.parametrize("figures, expected", [
    ([killed(60, None, text="over 60"), killed(60, None, text="more than 60")], (60, None)),
    ([killed(200, None, text="more than 200"), killed(100, 200, text="hundreds")], (200, None)),
    ([killed(12, 24, text="dozens")], (12, 24)),
    # "at least 15" is a count of fifteen (Airwars ranges are closed); "more than 60" stays open
    ([killed(10), killed(15, None, text="at least 15")], (10, 15)),
    ([killed(10), killed(15, None, text="more than 15")], (10, None)),
    ([killed(3), killed(5)], (3, 5)),
    ([killed(529, 744, text="between 529 and 744")], (529, 744)),
    ([], (None, None)),
])
def test_civilian_killed_range_follows_airwars(figures, expected):
    """Each figure comes from another claim of one incident."""
    claims = [claim(f"c{i}", f"art{i}", figures=(f,)) for i, f in enumerate(figures)]
    assert civilian_range(claims, "killed") == Range(*expected)
    # and through the whole resolver, with the claims put together by a reviewer
    merge = [{"id": 1, "action": "merge", "args": {"claims": [c.id for c in claims]}}]
    (inc,) = resolve(claims or [claim("c0", figures=())], reviews=merge)
    assert inc.civilians_killed == Range(*expected)


def test_spelled_numbers_are_definite_and_word_quantities_are_vague():
    assert is_vague(killed(12, 24, text="dozens of civilians"))
    assert is_vague(killed(100, 200, text="hundreds"))
    assert not is_vague(killed(12, text="a dozen civilians"))
    assert not is_vague(killed(60, None, text="more than sixty civilians"))
    assert not is_vague(killed(60, None, text="over 60"))
    assert not is_vague(killed(5, text=""))


def test_a_definite_higher_number_closes_an_open_figure():
    assert combine([Estimate(60, None), Estimate(75, 75)]) == Range(60, 75)


def test_partial_counts_only_raise_the_floor():
    assert combine([Estimate(10, 20), Estimate(14, 14, partial=True)]) == Range(14, 20)
    assert combine([Estimate(30, 30, partial=True)]) == Range(30, None)


def test_names_alone_are_the_toll_and_counted_parts_add_up_to_a_counted_whole():
    named = Figure("killed", "people", 2, 2, "Hosni Salha and Yousra Salha", partial=True)
    (inc,) = resolve([claim("c1", figures=(named,))])
    assert inc.civilians_killed == Range(2, 2)
    (inc,) = resolve([claim("c1", figures=(named, killed(5, None, text="more than five")))])
    assert inc.civilians_killed == Range(5, None)
    (inc,) = resolve([claim("c1", figures=(killed(1, None, group="women", text="at least one civilian woman"),
                                           killed(3, None, group="children", text="at least three children")))])
    assert inc.civilians_killed == Range(4, 4)


def test_combatants_never_count_and_subgroups_count_only_without_a_total():
    (inc,) = resolve([claim("c1", figures=(killed(40), killed(12, group="children"),
                                           killed(9, group="militants")))])
    assert inc.civilians_killed == Range(40, 40)
    (inc,) = resolve([claim("c1", figures=(killed(5, group="children"), killed(3, group="women")))])
    assert inc.civilians_killed == Range(8, 8)
    assert [(f["group"], f["min"]) for f in inc.figures] == [("children", 5), ("women", 3)]


def test_the_speakers_of_one_report_tell_of_its_victims_together():
    police, neighbour = Claimant("Jonesboro police", None, "police"), Claimant("Maria Lopez", "Maria Lopez", "witness")
    children = claim("c1", figures=(killed(2, group="children"),), claimant=police, event=1)
    mother = claim("c2", figures=(killed(1, group="women"),), claimant=neighbour, event=1)
    (inc,) = resolve([children, mother])
    assert inc.civilians_killed == Range(3, 3)
    # two speakers counting one group are rival counts of it
    (inc,) = resolve([children, replace(mother, figures=(killed(3, group="children"),))])
    assert inc.civilians_killed == Range(2, 3)
    # two reports, each of the same victims, are two counts of them
    (inc,) = resolve([children, replace(mother, id="c3", article_id="art1", figures=(killed(2, group="children"),))])
    assert inc.civilians_killed == Range(2, 2)


def test_named_victims_are_a_floor():
    names = ("Ali Hassan", "Huda Ali", "Omar Ali")
    (inc,) = resolve([claim("c1", figures=(killed(2),), victims=names)])
    assert inc.civilians_killed == Range(3, None)


def test_injured_and_figures_table():
    (inc,) = resolve([
        claim("c1", "art0", figures=(killed(60, None, text="over 60"),
                                     Figure("injured", "civilians", 200, None, "over 200"))),
        claim("c2", "art1", figures=(killed(60, None, text="more than 60"),)),
    ])
    assert inc.civilians_injured == Range(200, None)
    assert inc.figures == ({"harm": "killed", "group": "civilians", "min": 60, "max": None},
                           {"harm": "injured", "group": "civilians", "min": 200, "max": None})


# ------------------------------------------------------------------------- status and grade

def test_two_outlets_repeating_one_claimant_is_weak():
    (inc,) = resolve([claim("c1", "art0", claimant=RUSSIAN_GS),
                      claim("c2", "art1", claimant=RUSSIAN_MOD)], articles=ARTICLES)
    assert inc.grade == "weak"
    assert "single source" in inc.grade_reason and "2 outlets" in inc.grade_reason


def test_two_independent_claimants_is_fair():
    (inc,) = resolve([claim("c1", "art0", claimant=RUSSIAN_GS),
                      claim("c2", "art2", claimant=LOCAL_MEDICS)], articles=ARTICLES)
    assert inc.grade == "fair"
    assert inc.grade_reason == ("Fair: 2 independent sources (Mosul health directorate and "
                                "Russian General Staff).")


def test_unattributed_reports_count_their_outlets():
    (inc,) = resolve([claim("c1", "art2", claimant=None),
                      claim("c2", "art3", claimant=Claimant(None, None, "media"))], articles=ARTICLES)
    assert inc.grade == "fair"


def test_acknowledged_by_the_accused_is_confirmed():
    (inc,) = resolve([claim("c1", "art0"),
                      claim("c2", "art2", claimant=US_MILITARY, stance="acknowledged")],
                     articles=ARTICLES)
    assert (inc.status, inc.grade) == ("acknowledged", "confirmed")
    assert "US military" in inc.grade_reason


def test_sources_blaming_different_parties_is_contested():
    (inc,) = resolve([claim("c1", "art0", attacker="Russian air force", claimant=AIRWARS),
                      claim("c2", "art1", attacker="US-led coalition")], articles=ARTICLES)
    assert inc.grade == "contested"
    assert inc.grade_reason == ("Contested: sources blame different parties "
                                "(Russia and US-led coalition).")


def test_combatant_only_victims_are_discounted():
    (inc,) = resolve([claim("c1", figures=(killed(9, group="militants"),))])
    assert inc.grade == "discounted"
    assert inc.civilians_killed == Range()


def test_denied_only_when_every_claim_is_a_denial():
    (inc,) = resolve([claim("c1", claimant=US_MILITARY, stance="denied", figures=())])
    assert inc.status == "denied"
    (inc,) = resolve([claim("c1", "art0", claimant=US_MILITARY, stance="denied"),
                      claim("c2", "art1")])
    assert inc.status == "alleged"


def test_incident_fields_take_the_agreed_days_and_the_common_values():
    (inc,) = resolve([
        claim("c1", "art0", date_start="2016-10-22", date_end="2016-10-25", event_type="airstrike"),
        claim("c2", "art1", date_start="2016-10-23", date_end="2016-10-23", event_type="shelling",
              targets=("market",)),
        claim("c3", "art2", date_start="2016-10", date_end="2016-10", event_type="airstrike",
              targets=("market", "mosque")),
    ])
    assert (inc.date_start, inc.date_end) == ("2016-10-23", "2016-10-23")
    assert inc.event_type == "airstrike"
    assert inc.targets == ("market", "mosque")


# ------------------------------------------------------------------------------------- review

def _review_fixture():
    claims = [claim("c1", "art0"), claim("c2", "art1"),
              claim("c3", "art2", place=RAQQA, date_start="2017-06-01", date_end="2017-06-01")]
    return claims, {inc.claims: inc for inc in resolve(claims)}


def test_review_merge_joins_clusters_even_of_one_article():
    claims, _ = _review_fixture()
    claims.append(claim("c4", "art0", place=RAQQA, date_start="2017-06-02", date_end="2017-06-02",
                        figures=(killed(5),)))
    reviews = [{"id": 1, "action": "merge", "args": {"claims": ["c1", "c4", "gone"]}}]
    incidents = resolve(claims, reviews=reviews)
    assert memberships(incidents) == [("c1", "c2", "c4"), ("c3",)]
    assert by_claim(incidents)["c4"].reviewed


def test_review_split_and_grade():
    claims, _ = _review_fixture()
    reviews = [{"id": 2, "action": "split", "args": {"claims": ["c2"]}},
               {"id": 3, "action": "grade",
                "args": {"claim": "c1", "grade": "fair", "reason": "Checked with local sources."}},
               {"id": 4, "action": "grade", "args": {"claim": "missing", "grade": "weak"}}]
    incidents = resolve(claims, reviews=reviews)
    assert memberships(incidents) == [("c1",), ("c2",), ("c3",)]
    c1 = by_claim(incidents)["c1"]
    assert (c1.grade, c1.grade_reason, c1.reviewed) == ("fair", "Checked with local sources.", True)
    assert not by_claim(incidents)["c3"].reviewed


def test_reviews_apply_in_id_order_and_are_idempotent():
    claims, _ = _review_fixture()
    reviews = [{"id": 6, "action": "merge", "args": {"claims": ["c1", "c3"]}},
               {"id": 5, "action": "split", "args": {"claims": ["c1"]}}]
    once = resolve(claims, reviews=reviews)
    assert memberships(once) == [("c1", "c3"), ("c2",)]
    assert resolve(claims, reviews=reviews) == once
    assert resolve(claims, reviews=reviews + reviews) == once


def test_review_never_joins_an_aggregate_with_an_incident():
    claims, _ = _review_fixture()
    claims.append(claim("a1", "art5", kind="aggregate", claimant=AIRWARS))
    merge = {"id": 1, "action": "merge", "args": {"claims": ["c1", "a1"]}}
    incidents = resolve(claims, reviews=[merge])
    assert by_claim(incidents)["a1"].claims == ("a1",)


# ---------------------------------------------------------------------------------- properties

PLACES = [MOSUL, QARAQOSH, AL_JADIDA, RAQQA, IRAQ, None]


@st.composite
def claim_sets(draw):
    n = draw(st.integers(1, 14))
    out = []
    for i in range(n):
        day = draw(st.integers(20, 24))
        out.append(claim(
            f"c{i:02d}", f"art{draw(st.integers(0, 5))}",
            kind=draw(st.sampled_from(["incident", "incident", "incident", "aggregate"])),
            place=draw(st.sampled_from(PLACES)),
            date_start=f"2016-10-{day}", date_end=f"2016-10-{day + draw(st.integers(0, 2))}",
            attacker=draw(st.sampled_from([None, "US-led coalition", "Russian air force"])),
            claimant=draw(st.sampled_from([None, RUSSIAN_GS, RUSSIAN_MOD, AIRWARS])),
            targets=draw(st.sampled_from([(), ("school",), ("hospital",)])),
            figures=(killed(draw(st.sampled_from([2, 12, 60]))),)))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=claim_sets(), seed=st.integers(0, 10_000))
def test_input_order_does_not_change_the_incidents(claims, seed):
    first = resolve(claims, articles=ARTICLES)
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)
    assert resolve(shuffled, articles=ARTICLES) == first
    assert sorted(c for inc in first for c in inc.claims) == sorted(c.id for c in claims)


@settings(max_examples=60, deadline=None)
@given(claims=claim_sets())
def test_resolving_the_resolved_claims_again_changes_nothing(claims):
    first = resolve(claims, articles=ARTICLES)
    owner = {c: inc.id for inc in first for c in inc.claims}
    again = resolve([c.with_incident(owner[c.id]) for c in claims], articles=ARTICLES)
    assert again == first


# ----------------------------------------------------------------------------------- at scale

def synthetic_claims(n: int, *, places: int = 200, days: int = 365, seed: int = 7) -> list[Claim]:
    rnd = random.Random(seed)
    towns = [Place(f"Town {i}", 33 + rnd.random() * 5, 38 + rnd.random() * 6, "SY" if i % 2 else "IQ",
                   f"Province {i % 12}", precision="town") for i in range(places)]
    attackers = ["US-led coalition", "Russian air force", "Syrian army", "Islamic State", None]
    claimants = [RUSSIAN_GS, AIRWARS, US_MILITARY, LOCAL_MEDICS, None]
    out = []
    i = 0
    while len(out) < n:
        town = rnd.choice(towns)
        day = 736330 + rnd.randrange(days)
        iso = date.fromordinal(day).isoformat()
        toll = rnd.choice([1, 2, 3, 5, 8, 12, 20, 40])
        weapon = rnd.choice(["airstrikes", "shelling"])
        text = f"{toll} civilians were killed in {town.name} by {weapon}"
        for _ in range(rnd.choice([1, 1, 1, 2, 3])):  # some events are reported several times
            out.append(Claim(id=f"c{i:07d}", article_id=f"a{i // 2:07d}",
                             claimant=rnd.choice(claimants),
                             attacker=rnd.choice(attackers), event_type="airstrike", place=town,
                             date_start=iso, date_end=iso,
                             figures=(Figure("killed", "civilians", toll, toll, str(toll)),),
                             evidence=(Span(0, len(text), text),)))
            i += 1
    return out[:n]


@pytest.mark.slow
def test_twenty_thousand_claims_resolve_quickly():
    claims = synthetic_claims(20_000)
    t0 = time.perf_counter()
    incidents = resolve(claims)
    elapsed = time.perf_counter() - t0
    print(f"\nresolved {len(claims)} claims into {len(incidents)} incidents in {elapsed:.1f} s")
    assert sum(len(inc.claims) for inc in incidents) == len(claims)
    assert elapsed < 120


# ----------------------------------------------------------------- decisions on stored incidents

def test_review_args_store_decisions_by_claim_so_they_survive_new_incident_ids(tmp_path):
    from civcas.errors import ConfigError, NotFound
    from civcas.models import Article
    from civcas.resolve.review import review_args
    from civcas.store import Store

    claims, _ = _review_fixture()
    db = tmp_path / "civcas.db"
    with Store(db) as store:
        store.save_extracted([(Article(c.article_id, "text"), [c]) for c in claims], "test")
        store.replace_incidents(resolve(claims))
    owner = {c: inc.id for inc in resolve(claims) for c in inc.claims}

    merge = review_args(db, "merge", [owner["c1"], owner["c3"]])
    assert merge["claims"] == ["c1", "c2", "c3"]
    split = review_args(db, "split", [owner["c1"]], claims=["c2"])
    assert split["claims"] == ["c2"]
    grade = review_args(db, "grade", [owner["c3"]], grade="weak", reason="One local source.")
    assert (grade["claim"], grade["grade"]) == ("c3", "weak")

    reviews = [{"id": n, "action": a, "args": args}
               for n, (a, args) in enumerate([("merge", merge), ("split", split), ("grade", grade)], 1)]
    incidents = resolve(claims, reviews=reviews)
    assert memberships(incidents) == [("c1", "c3"), ("c2",)]
    assert by_claim(incidents)["c1"].grade == "weak"

    with pytest.raises(NotFound):
        review_args(db, "grade", ["inc_nonexistent"], grade="weak", reason="x")
    with pytest.raises(ConfigError, match="has the claims c1, c2"):
        review_args(db, "split", [owner["c1"]], claims=["c3"])
    with pytest.raises(ConfigError, match="needs a reason"):
        review_args(db, "grade", [owner["c1"]], grade="fair", reason=" ")


def test_one_town_one_day_one_toll_is_one_event_where_events_are_few_not_where_they_are_many():
    """A village with one shooting is not Rafah under bombardment: where the reports themselves
    give several tolls for one place and day, a shared toll proves nothing."""
    quiet = Place("Knightstown", 39.79, -85.53, "US", "Indiana", None, "town", 4259320)
    a = claim("q1", "art1", place=quiet, attacker=None, event_type="shooting", claimant=None,
              figures=(killed(1),), date_start="2015-08-27", date_end="2015-08-27")
    b = claim("q2", "art2", place=quiet, attacker=None, event_type="shooting", claimant=None,
              figures=(killed(1),), date_start="2015-08-27", date_end="2015-08-27")
    assert memberships(resolve([a, b])) == [("q1", "q2")]
    c = claim("q3", "art3", place=quiet, attacker=None, event_type="shooting", claimant=None,
              figures=(killed(4),), date_start="2015-08-27", date_end="2015-08-27")
    assert len(resolve([a, b, c])) == 3


def test_different_families_are_different_strikes_and_one_family_is_one():
    def fam(cid, art, family):
        text = f"An airstrike hit the home of the {family} family in Mosul, killing three civilians."
        return claim(cid, art, figures=(killed(3),), evidence=(Span(0, len(text), text),))
    incidents = resolve([fam("c1", "art0", "Younis"), fam("c2", "art1", "al-Naqla"),
                         fam("c3", "art2", "Younis")], articles=ARTICLES)
    assert memberships(incidents) == [("c1", "c3"), ("c2",)]


def test_one_child_killed_in_one_city_on_one_quiet_day_is_one_event():
    big = Place("Detroit", 42.33, -83.05, "US", "Michigan", precision="town")
    child = (killed(1), killed(1, group="children"))
    kw = dict(place=big, attacker=None, event_type="shooting", claimant=None, figures=child,
              date_start="2016-12-21", date_end="2016-12-21")
    arts = {"a1": ("WXYZ", "2016-12-21"), "a2": ("Free Press", "2016-12-22"), "a3": ("Fox 2", "2016-12-21")}
    assert memberships(resolve([claim("c1", "a1", **kw), claim("c2", "a2", **kw)], articles=arts)) == [("c1", "c2")]
    # one more man killed in a big city is not enough
    adult = dict(kw, figures=(killed(1), killed(1, group="men")))
    assert len(resolve([claim("c1", "a1", **adult), claim("c2", "a2", **adult)], articles=arts)) == 2


def test_a_person_named_in_one_town_days_later_is_the_same_event():
    town = Place("Monfort", 42.98, -90.47, "US", "Wisconsin", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None, figures=(killed(1),))
    arts = {"a1": ("WKOW", "2015-01-02"), "a2": ("WKOW", "2015-01-13"), "a3": ("Journal", "2015-01-13")}
    first = claim("c1", "a1", names=("Jaxon Slaight",), date_start="2015-01-02", date_end="2015-01-02", **kw)
    later = claim("c2", "a2", names=("Jaxon Slaight", "Nate Dreckman"), date_start="2015-01-12",
                  date_end="2015-01-12", **kw)
    assert memberships(resolve([first, later], articles=arts)) == [("c1", "c2")]
    # no shared name: eleven days apart are two events
    other = claim("c3", "a3", names=("Ann Smith",), date_start="2015-01-12", date_end="2015-01-12", **kw)
    assert len(resolve([first, other], articles=arts)) == 2


def test_exact_copies_of_one_report_are_one_incident_and_cost_one_clustering():
    text = "An airstrike hit a market in Mosul on Saturday, killing 12 civilians, medics said."
    copies = [claim(f"c{k:02d}", f"a{k}", evidence=(Span(0, len(text), text),)) for k in range(30)]
    arts = {f"a{k}": (f"Paper {k}", "2016-10-23") for k in range(30)}
    (inc,) = resolve(copies, articles=arts)
    assert len(inc.claims) == 30 and len(inc.articles) == 30


def test_a_young_child_of_one_age_in_one_city_days_later_is_the_same_event():
    """"2-year-old boy shot in head at Madison apartment" and "2-year-old dies after being shot"
    two days later: a young child's age names them as a name would; another age does not."""
    city = Place("Madison", 43.07, -89.40, "US", "Wisconsin", precision="town")

    def report(cid, art, text, day, figures):
        return claim(cid, art, place=city, attacker=None, event_type="shooting", claimant=None,
                     figures=figures, date_start=day, date_end=day,
                     evidence=(Span(0, len(text), text),))
    arts = {"a1": ("WKOW", "2015-03-31"), "a2": ("WSMV", "2015-04-02"), "a3": ("WISC", "2015-04-02")}
    shot = report("c1", "a1", "A 2-year-old boy was shot in the head at a Madison apartment.",
                  "2015-03-31", (Figure("injured", "children", 1, 1, "A 2-year-old boy"),))
    died = report("c2", "a2", "The 2-year-old died on Thursday, police said.", "2015-04-02",
                  (killed(1, group="children"),))
    other = report("c3", "a3", "A 9-year-old girl died on Thursday, police said.", "2015-04-02",
                   (killed(1, group="children"),))
    assert memberships(resolve([shot, died], articles=arts)) == [("c1", "c2")]
    assert len(resolve([shot, other], articles=arts)) == 2
    # a girl is not a boy of the same age
    girl = report("c4", "a3", "A 2-year-old girl was shot, police said.", "2015-03-31",
                  (Figure("injured", "children", 1, 1, "A 2-year-old girl"),))
    assert len(resolve([shot, girl], articles=arts)) == 2


def test_a_teenager_of_one_age_days_later_is_the_same_event_in_a_town_not_in_a_big_city():
    """"A 16-year-old boy was shot" and, five days on, "the 16-year-old died": in Tacoma (200,000
    people) one event; in Chicago, where many teenagers are shot in a week, the age names no one."""
    from civcas.gazetteer import Gazetteer
    g = Gazetteer.default()
    arts = {"a1": ("KOMO", "2015-05-11"), "a2": ("KING", "2015-05-16")}

    def pair(city):
        def report(cid, art, text, day, figures):
            return claim(cid, art, place=city, attacker=None, event_type="shooting", claimant=None,
                         figures=figures, date_start=day, date_end=day, evidence=(Span(0, len(text), text),))
        return [report("c1", "a1", "A 16-year-old boy was shot on Monday, police said.", "2015-05-11",
                       (Figure("injured", "children", 1, 1, "A 16-year-old boy"),)),
                report("c2", "a2", "The 16-year-old boy died on Saturday, police said.", "2015-05-16",
                       (killed(1, group="children"),))]
    assert len(resolve(pair(g.lookup("Tacoma", admin1="Washington")), articles=arts)) == 1
    assert len(resolve(pair(g.lookup("Chicago", admin1="Illinois")), articles=arts)) == 2


def test_a_town_and_the_county_around_it_are_one_place():
    """The gazetteer knows the county of a US town (from the ZIP code table): a report datelined
    Knightstown and one that says "Henry County" tell of one place."""
    from civcas.gazetteer import Gazetteer
    g = Gazetteer.default()
    town = g.lookup("Knightstown", admin1="Indiana")
    county = g.lookup("Henry County", admin1="Indiana")
    assert town.admin2 == "Henry County" and county.lat is not None
    kw = dict(attacker=None, event_type="shooting", claimant=None, figures=(killed(3),),
              date_start="2015-08-27", date_end="2015-08-27")
    arts = {"a1": ("WTHR", "2015-08-27"), "a2": ("RTV6", "2015-08-28")}
    assert memberships(resolve([claim("c1", "a1", place=town, **kw), claim("c2", "a2", place=county, **kw)],
                               articles=arts)) == [("c1", "c2")]


def test_a_town_guessed_among_several_of_its_name_is_near_wherever_one_of_them_is():
    """"A 3-year-old shot in Woodlawn" with no state: the gazetteer's likeliest Woodlawn is in
    Maryland, but the Chicago report of the same child is not a different place: one Woodlawn is
    in Chicago. A Woodlawn guessed beside a town that no Woodlawn is near stays apart."""
    from civcas.gazetteer import Gazetteer
    g = Gazetteer.default()
    guess = g.lookup("Woodlawn", countries=["US"])
    assert guess.admin1 == "Maryland"
    guess = replace(guess, ambiguous=True)
    chicago = g.lookup("Chicago", admin1="Illinois")
    phoenix = g.lookup("Phoenix", admin1="Arizona")

    def report(cid, art, place):
        text = "A 3-year-old boy was shot during a drive-by on Sunday evening, police said."
        return claim(cid, art, place=place, attacker=None, event_type="shooting", claimant=None,
                     figures=(Figure("injured", "children", 1, 1, "A 3-year-old boy"),),
                     date_start="2016-06-19", date_end="2016-06-19", evidence=(Span(0, len(text), text),))
    arts = {"a1": ("WGN", "2016-06-19"), "a2": ("CBS", "2016-06-20")}
    assert memberships(resolve([report("c1", "a1", guess), report("c2", "a2", chicago)], articles=arts)) \
        == [("c1", "c2")]
    assert len(resolve([report("c1", "a1", guess), report("c2", "a2", phoenix)], articles=arts)) == 2
    # the same guess, known for certain, is Maryland's and far from Chicago
    known = replace(guess, ambiguous=False)
    assert len(resolve([report("c1", "a1", known), report("c2", "a2", chicago)], articles=arts)) == 2


def test_a_teenager_in_a_town_guessed_far_from_the_other_report_is_no_identity():
    """"A 16-year-old was shot in Lawndale" in a Los Angeles paper (no state named: the guess is
    Lawndale, California) and "a 16-year-old boy shot" in Chicago the same day: Chicago's Lawndale
    makes them one place only as a quarter of a city where teenagers are shot every day."""
    from civcas.gazetteer import Gazetteer
    g = Gazetteer.default()
    guess = replace(g.lookup("Lawndale", admin1="California"), ambiguous=True)
    chicago = g.lookup("Chicago", admin1="Illinois")

    def report(cid, art, place, text):
        return claim(cid, art, place=place, attacker=None, event_type="shooting", claimant=None,
                     figures=(Figure("injured", "children", 1, 1, "A 16-year-old"),),
                     date_start="2017-01-19", date_end="2017-01-19", evidence=(Span(0, len(text), text),))
    arts = {"a1": ("Daily Breeze", "2017-01-19"), "a2": ("Sun-Times", "2017-01-19")}
    lawndale = report("c1", "a1", guess, "A 16-year-old was shot as she walked along a Lawndale street.")
    south_side = report("c2", "a2", chicago, "A 16-year-old boy was shot in the head in the East Side neighborhood.")
    assert len(resolve([lawndale, south_side], articles=arts)) == 2


def test_two_quarters_of_one_city_are_two_places_and_one_quarter_is_one():
    """Both placed in Chicago, one in the Austin neighborhood and one in Englewood: two shootings
    with one dead each. Two reports from Austin are one."""
    chicago = Place("Chicago", 41.85, -87.65, "US", "Illinois", precision="town")
    kw = dict(attacker=None, event_type="shooting", claimant=None,
              figures=(killed(1), killed(1, group="children")), date_start="2017-03-25", date_end="2017-03-25")
    arts = {"a1": ("ABC7", "2017-03-25"), "a2": ("Sun-Times", "2017-03-26")}
    austin, englewood = replace(chicago, quarter="Austin"), replace(chicago, quarter="Englewood")
    assert len(resolve([claim("c1", "a1", place=austin, **kw), claim("c2", "a2", place=englewood, **kw)],
                       articles=arts)) == 2
    assert memberships(resolve([claim("c1", "a1", place=austin, **kw), claim("c2", "a2", place=austin, **kw)],
                               articles=arts)) == [("c1", "c2")]


def test_a_toll_identifies_an_event_only_within_known_days():
    """Six killed in Nuseirat on 8 October, and six killed in Nuseirat on a day no report gives:
    in months of war one camp loses six people more than once."""
    camp = Place("Nuseirat", 31.45, 34.39, "PS", "Deir al-Balah", precision="town")
    kw = dict(place=camp, attacker="Israel", event_type="airstrike", claimant=None, figures=(killed(6),))
    dated = claim("c1", "a1", date_start="2023-10-08", date_end="2023-10-08", **kw)
    undated = claim("c2", "a2", date_start=None, date_end=None, **kw)
    assert len(resolve([dated, undated], articles={"a1": ("Airwars", None), "a2": ("Airwars", None)})) == 2
    same_day = claim("c3", "a3", date_start="2023-10-08", date_end="2023-10-08", **kw)
    assert memberships(resolve([dated, same_day], articles={"a1": ("Airwars", None), "a3": ("WAFA", None)})) \
        == [("c1", "c3")]


def test_a_roster_raises_the_floor_and_closes_a_toll_it_exceeds_or_leaves_open():
    """The victims a report lists by name are all it knows of: three children stated and four
    names listed is four; "at least 16" with 14 names is 16 to 16; a vague "dozens" of wounded
    beside one name listed stays dozens."""
    assert combine([Estimate(3, 3), Estimate(4, 4, partial=True, listed=True)]) == Range(4, 4)
    assert combine([Estimate(16, None, counted=True), Estimate(14, 14, partial=True, listed=True)]) == Range(16, 16)
    assert combine([Estimate(12, 24, vague=True), Estimate(1, 1, partial=True, listed=True)]) == Range(12, 24)
    assert combine([Estimate(14, 14, partial=True)]) == Range(14, None)  # a partial count alone stays open


def test_the_reports_own_bounded_toll_stands_against_its_roster():
    """"At least 14 killed" and a roster of 20 names: the report counts 14 and knows of 20, so
    14 to 20; "between 33 and 34" beside 35 names stays 33 to 34 (the roster may hold names the
    report does not count as civilians)."""
    roster = Estimate(20, 20, partial=True, listed=True)
    assert combine([Estimate(14, None, primary=True, counted=True), roster]) == Range(14, 20)
    assert combine([Estimate(33, 34, primary=True), Estimate(35, 35, partial=True, listed=True)]) == Range(33, 34)
    assert combine([Estimate(4, 4, primary=True), Estimate(5, 5, partial=True, listed=True)]) == Range(5, 5)


def test_a_nickname_or_a_street_without_a_number_names_no_event():
    """"Abu Musab" is what many are called; Salah al-Din Street runs through all Gaza. Shared by
    two reports of strikes on two places, neither makes them one strike. A full name does."""
    gaza = dict(attacker="Israel", event_type="airstrike", claimant=None, date_start=None, date_end=None,
                figures=(killed(4),))
    jabalia = Place("Jabalia", 31.53, 34.48, "PS", "North Gaza", precision="town")
    rafah = Place("Rafah", 31.30, 34.25, "PS", "Rafah", precision="town")
    strip = Place("Gaza Strip", 31.4, 34.4, "PS", precision="governorate")
    arts = {"a1": ("Airwars", "2023-10-20"), "a2": ("Airwars", "2023-10-20")}
    for shared in ("Abu Musab", "Umm Wadee", "Abu al-Abd", "Salah al-Din Street"):
        one = claim("c1", "a1", place=jabalia, names=(shared,), **gaza)
        two = claim("c2", "a2", place=strip, names=(shared,), figures=(killed(9),),
                    **{k: v for k, v in gaza.items() if k != "figures"})
        assert len(resolve([one, two], articles=arts)) == 2, shared
    one = claim("c1", "a1", place=jabalia, names=("Ahmed Saleh Hassan",), **gaza)
    two = claim("c2", "a2", place=strip, names=("Ahmed Saleh Hassan",), figures=(killed(9),),
                **{k: v for k, v in gaza.items() if k != "figures"})
    assert len(resolve([one, two], articles=arts)) == 1
    # within one town, the street names the spot
    three = claim("c3", "a2", place=jabalia, names=("Salah al-Din Street",), figures=(killed(9),),
                  **{k: v for k, v in gaza.items() if k != "figures"})
    assert len(resolve([claim("c1", "a1", place=jabalia, names=("Salah al-Din Street",), **gaza), three],
                       articles=arts)) == 1
    del rafah


def test_a_generational_suffix_is_the_same_person():
    from civcas.resolve.normalize import person_key
    assert person_key("Lavontay White Jr.") == person_key("Lavontay White") == "lavontay white"
    assert person_key("John Smith III") == "john smith"


def test_a_possessive_is_the_same_person():
    """"Second arrest in Senquez Jackson's death" follows up the shooting of Senquez Jackson."""
    from civcas.resolve.normalize import person_key
    assert person_key("Senquez Jackson's") == person_key("Senquez Jackson’s") == "senquez jackson"
    assert person_key("James Jones’") == "james jones"
    assert person_key("Abu Musab's") is None


def test_a_middle_initial_is_the_same_person():
    from civcas.resolve.normalize import person_key
    assert person_key("Herbert N. Lattin") == person_key("Herbert Lattin") == "herbert lattin"
    assert person_key("Abu Bakr al-Baghdadi") == "abu bakr al baghdadi"  # no initial in it


def test_a_first_name_spelled_by_ear_is_the_same_person():
    from civcas.resolve.normalize import person_key, spelled_alike
    def key(name):
        return spelled_alike(person_key(name))
    for one, other in [("Erica Robinson", "Erika Robinson"), ("Jovan Wilson", "Javon Wilson"),
                       ("Ezequiel Melendez", "Ezekiel Melendez"), ("Izaak Bridges", "Isaak Bridges"),
                       ("Jamyha Luss", "Jamayha Luss"), ("Mohammed Saleh", "Muhammad Saleh")]:
        assert key(one) == key(other), (one, other)
    # another name, another surname, or a name too short to tell a slip from another name
    for one, other in [("Mohammed Saleh", "Mahmoud Saleh"), ("Erica Robinson", "Erica Robertson"),
                       ("Michael Brown", "Michelle Brown"), ("Joan Smith", "John Smith"), ("Jon Ray", "Jan Ray")]:
        assert key(one) != key(other), (one, other)


def test_reports_spelling_a_victim_two_ways_join_and_count_her_once():
    """A follow-up ten days on names "Erika Robinson", the first report "Erica Robinson"."""
    town = Place("Hope Mills", 34.97, -78.95, "US", "North Carolina", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None)
    arts = {"a1": ("WRAL", "2015-01-11"), "a2": ("Fayetteville Observer", "2015-01-21")}
    first = claim("c1", "a1", victims=("Erica Robinson", "Izaak Bridges"), figures=(killed(2),),
                  date_start="2015-01-11", date_end="2015-01-11", **kw)
    later = claim("c2", "a2", victims=("Erika Robinson", "Isaak Bridges"), figures=(),
                  date_start=None, date_end="2015-01-21", **kw)
    (inc,) = resolve([first, later], articles=arts)
    assert inc.civilians_killed == Range(2, 2)


def test_the_wounded_of_an_early_report_who_died_later_are_not_also_wounded():
    """"A teen was shot" on Sunday, "the teen died" on Monday in another paper: one dead, no
    wounded counted twice; a report of more wounded than dead, or one paper's own count, stands."""
    from civcas.resolve.ranges import civilian_range
    shot = claim("c1", "a1", figures=(Figure("injured", "people", 1, 1, "A teen"),))
    died = claim("c2", "a2", figures=(killed(1),))
    assert civilian_range([shot, died], "injured") == Range(None, None)
    assert civilian_range([shot, died], "killed") == Range(1, 1)
    three = claim("c3", "a1", figures=(Figure("injured", "people", 3, 3, "three people"),))
    assert civilian_range([three, died], "injured") == Range(3, 3)
    # within one article, the dead and the wounded are told apart already
    both = claim("c4", "a2", figures=(Figure("injured", "people", 1, 1, "a man"),))
    assert civilian_range([both, died], "injured") == Range(1, 1)


def test_a_name_with_a_word_run_on_is_the_same_victim():
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("Christian Bandemer", "Christian Bandemer Provided"))])
    assert inc.civilians_killed == Range(1, 1)


def test_one_victim_named_with_and_without_initials_or_suffix_is_one():
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("Kysha D. Edmond-Gray", "Kysha Edmond-Gray"))])
    assert inc.civilians_killed == Range(1, 1)
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("Ronnie Smith Jr.", "Smith Jr."))])
    assert inc.civilians_killed == Range(1, 1)
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("Todd James Webb", "Todd Webb"))])
    assert inc.civilians_killed == Range(1, 1)
    # one who goes by his middle name
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("William Cade Booher", "Cade Booher"))])
    assert inc.civilians_killed == Range(1, 1)


def test_a_counted_part_beside_a_vague_plural_is_the_count():
    # "Two teens are dead", "Deceased victims identified", "One of those patients later died"
    c = claim("c1", claimant=None, figures=(Figure("killed", "children", 2, 2, "Two teens"),
                                            Figure("killed", "people", 2, 2, "Deceased victims"),
                                            Figure("killed", "civilians", 1, 1, "One of those patients", partial=True)))
    assert civilian_range([c], "killed") == Range(2, 2)
    # but "a passenger" (one) stays the toll beside parts that may be him told of twice
    c = claim("c1", claimant=None, figures=(Figure("killed", "civilians", 1, 1, "a passenger"),
                                            Figure("killed", "men", 1, 1, "a man"),
                                            Figure("killed", "children", 1, 1, "A 17-year-old boy")))
    assert civilian_range([c], "killed") == Range(1, 1)


def test_one_victim_told_of_by_kin_is_no_toll_beside_a_larger_count():
    # "Five teens shot", and the aunt of one: "my nephew"
    teens = claim("c1", claimant=None, figures=(Figure("injured", "children", 5, 5, "Five teens"),))
    aunt = claim("c2", claimant=Claimant("aunt of a victim", None, "witness"),
                 figures=(Figure("injured", "people", 1, 1, "my nephew"),))
    assert civilian_range([teens, aunt], "injured") == Range(5, 5)


def test_places_and_phrases_taken_for_names_are_no_victims():
    (inc,) = resolve([claim("c1", figures=(killed(1),), victims=("Tulane Medical Center", "Ali Hassan", "an uncle"))])
    assert inc.civilians_killed == Range(1, 1)
    (inc,) = resolve([claim("c1", figures=(killed(2),), victims=("Teens Killed", "Melanie Virgen", "Edgar Sanchez"))])
    assert inc.civilians_killed == Range(2, 2)


def test_an_undated_report_of_the_trial_months_later_joins_the_event_by_the_names_of_its_dead():
    town = Place("Tulsa", 36.15, -95.99, "US", "Oklahoma", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None, figures=(killed(4),))
    arts = {"a1": ("KJRH", "2013-01-07"), "a2": ("KOTV", "2013-04-02"), "a3": ("KOTV", "2014-06-02"),
            "a4": ("KOTV", "2015-11-10"), "a5": ("KOTV", "2017-06-02")}
    dead = ("Julie Jackson", "Misty Nunley", "Rebeika Powell")
    first = claim("c1", "a1", names=dead, victims=dead, date_start="2013-01-07", date_end="2013-01-07", **kw)
    trial = claim("c2", "a2", names=("Cedric Poore",) + dead, victims=dead, date_start=None,
                  date_end="2013-04-02", **kw)
    assert memberships(resolve([first, trial], articles=arts)) == [("c1", "c2")]
    # one of the dead named: up to a year after; the same two people named: up to three years
    # (a plea on the second day of the trial, two years on)
    one = ("Julie Jackson",)
    late = claim("c3", "a3", names=one, victims=one, date_start=None, date_end="2014-06-02", **kw)
    assert len(resolve([first, late], articles=arts)) == 2
    plea = claim("c5", "a4", names=dead, victims=dead, date_start=None, date_end="2015-11-10", **kw)
    assert len(resolve([first, plea], articles=arts)) == 1
    later = claim("c6", "a5", names=dead, victims=dead, date_start=None, date_end="2017-06-02", **kw)
    assert len(resolve([first, later], articles=arts)) == 2
    # naming other people, it stays apart
    other = claim("c4", "a2", names=("Ann Smith", "Bo Diaz"), victims=("Ann Smith", "Bo Diaz"), date_start=None,
                  date_end="2013-04-02", **kw)
    assert len(resolve([first, other], articles=arts)) == 2


def test_two_reports_of_an_accidental_shooting_in_one_town_a_day_apart_are_one():
    """"Accidental shooting sends one to hospital" on Tuesday night, "No charges in Tuesday's
    shooting ... accidentally shot himself" dated Wednesday: how it came about says they are one."""
    town = Place("Jackson", 35.61, -88.81, "US", "Tennessee", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None,
              figures=(Figure("injured", "people", 1, 1, "one"),))
    arts = {"a1": ("WBBJ", "2017-03-07"), "a2": ("JS", "2017-03-08")}

    def told(cid, art, day, text):
        return claim(cid, art, date_start=day, date_end=day, evidence=(Span(0, len(text), text),), **kw)
    first = told("c1", "a1", "2017-03-07", "An accidental shooting sent one to the hospital.")
    later = told("c2", "a2", "2017-03-08", "The victim accidentally shot himself in the foot.")
    assert len(resolve([first, later], articles=arts)) == 1
    # told alike but the tolls differ, or no word of how: two
    other = told("c3", "a2", "2017-03-08", "The victim was shot in the foot.")
    assert len(resolve([first, other], articles=arts)) == 2
    three = replace(told("c4", "a2", "2017-03-08", "Three were accidentally shot."),
                    figures=(Figure("injured", "people", 3, 3, "Three"),))
    assert len(resolve([first, three], articles=arts)) == 2
    # on a day the town's reports tell of more than one shooting, the words prove nothing
    same_day = told("c6", "a2", "2017-03-07", "The victim accidentally shot himself in the foot.")
    busy = replace(told("c5", "a3", "2017-03-07", "Three men were shot downtown."),
                   figures=(Figure("injured", "people", 3, 3, "Three men"),))
    assert len(resolve([first, same_day], articles=arts)) == 1
    assert len(resolve([first, same_day, busy], articles={**arts, "a3": ("WJHL", "2017-03-07")})) == 3


def test_two_reports_of_a_man_shot_by_police_in_one_neighbourhood_on_one_day_are_one():
    """"Man killed by police after shooting at officers in East New York" and "Plainclothes NYPD
    officers kill Bed-Stuy teen", both of one day there: police shoot someone in one quarter of a
    city rarely twice a day."""
    quarter = Place("East New York", 40.67, -73.88, "US", "New York", precision="town")
    kw = dict(place=quarter, attacker=None, event_type="shooting", claimant=None,
              figures=(Figure("killed", "people", 1, 1, "one"),))
    arts = {"a1": ("DNAinfo", "2017-02-16"), "a2": ("NYDN", "2017-02-17")}

    def told(cid, art, text):
        return claim(cid, art, date_start="2017-02-16", date_end="2017-02-16", evidence=(Span(0, len(text), text),), **kw)
    first = told("c1", "a1", "An armed man was fatally shot by police in East New York.")
    later = told("c2", "a2", "The officer then fired a fatal shot at Torres after officers shot back.")
    other = told("c3", "a2", "A man was fatally shot in East New York.")
    assert len(resolve([first, later], articles=arts)) == 1
    assert len(resolve([first, other], articles=arts)) == 2


def test_a_police_force_is_no_family():
    from civcas.resolve.normalize import family_keys
    assert family_keys(["The entire KDPS family sends their condolences.", "Our NYPD family grieves.",
                        "the Police Department family"]) == frozenset()
    assert family_keys(["the Younis family home was hit"]) == frozenset({"younis"})


def test_a_persons_kin_named_by_his_given_name_is_no_family_name():
    from civcas.resolve.normalize import family_keys
    assert family_keys(["Holmes said he had spoken with some of Devon’s family members."]) == frozenset()
    assert family_keys(["a strike hit the Younis family's home"]) == frozenset({"younis"})


def test_one_part_of_a_city_by_the_compass_is_no_spot():
    """"Woman shot, killed in West Philadelphia" and "Teen killed in West Philadelphia shooting",
    both undated: a third of a city and one dead each are no sign of one event."""
    west = Place("Philadelphia", 39.95, -75.21, "US", "Pennsylvania", precision="town", quarter="western Philadelphia")
    kw = dict(place=west, attacker=None, event_type="shooting", claimant=None, date_start=None,
              figures=(Figure("killed", "people", 1, 1, "one"),))
    arts = {"a1": ("6abc", "2015-03-04"), "a2": ("6abc", "2015-03-05")}
    two = [claim("c1", "a1", date_end="2015-03-04", **kw), claim("c2", "a2", date_end="2015-03-05", **kw)]
    assert len(resolve(two, articles=arts)) == 2


def _city_report(cid, art, day, dead, wounded, city=None, event=1):
    city = city or Place("Memphis", 35.15, -90.05, "US", "Tennessee", precision="town")
    figs = tuple(f for f in (killed(dead, group="people") if dead else None,
                             Figure("injured", "people", wounded, wounded, str(wounded)) if wounded else None) if f)
    return claim(cid, art, place=city, attacker=None, event_type="shooting", claimant=None, figures=figs,
                 date_start=day, date_end=day, event=event)


def test_the_same_dead_and_wounded_in_one_big_city_on_one_day_are_one_shooting():
    """Memphis (650,000 people) has shootings every day, but two reports of "two killed, two
    wounded" there on one day tell of one; "one killed" twice tells nothing."""
    arts = {"a1": ("WREG", "2013-05-19"), "a2": ("FOX13", "2013-05-19")}
    assert len(resolve([_city_report("c1", "a1", "2013-05-19", 2, 2), _city_report("c2", "a2", "2013-05-19", 2, 2)],
                       articles=arts)) == 1
    assert len(resolve([_city_report("c1", "a1", "2013-05-19", 1, 0), _city_report("c2", "a2", "2013-05-19", 1, 0)],
                       articles=arts)) == 2
    assert len(resolve([_city_report("c1", "a1", "2013-05-19", 2, 2), _city_report("c2", "a2", "2013-05-19", 2, 3)],
                       articles=arts)) == 2


def test_one_storys_part_toll_does_not_make_its_day_busy():
    """"Four killed in Killeen" and, in the same story, "two of them women": one event's tolls,
    so the day is not one of several shootings, and another report of four dead there joins it."""
    arts = {"a1": ("KWTX", "2015-02-23"), "a2": ("KCEN", "2015-02-23")}
    killeen = Place("Killeen", 31.12, -97.73, "US", "Texas", precision="town")
    four = _city_report("c1", "a1", "2015-02-23", 4, 0, city=killeen)
    # ("police found two females dead": no weapon named, the claim's own type is no shooting)
    women = replace(_city_report("c2", "a1", "2015-02-23", 0, 0, city=killeen), event_type=None,
                    figures=(killed(2, group="women"),), claimant=Claimant("Killeen police", None, "police"))
    other = _city_report("c3", "a2", "2015-02-23", 4, 0, city=killeen)
    from civcas.resolve.match import features
    assert not any(f.busy for f in features([four, women, other], arts))
    assert len(resolve([four, women, other], articles=arts)) == 1
    # two stories of one article, with tolls of their own: a busy day, where one toll proves nothing
    second = replace(_city_report("c4", "a1", "2015-02-23", 1, 0, city=killeen), event=2)
    one = _city_report("c5", "a3", "2015-02-23", 1, 0, city=killeen)
    feats = features([four, second, one, other], {**arts, "a3": ("KXXV", "2015-02-23")})
    assert all(f.busy for f in feats)


def test_one_address_written_two_ways_names_one_spot():
    from civcas.resolve.match import name_keys
    a = name_keys(["650 Bakers Bridge Ave."])
    b = name_keys(["the 600 block of Bakers Bridge Avenue"])
    assert "600 bakers bridge avenue" in a & b
    assert name_keys(["Prescott St."]) == name_keys(["Prescott Street"])
    assert not name_keys(["1200 block of Main Street"]) & name_keys(["650 Main Street"]) - {"main street"}
    assert name_keys(["John Smith"]) and not name_keys(["the 600 block"])
    # a block number names its street without the street's kind: "the 11600 block of S. Bishop"
    assert "11600 south bishop" in name_keys(["11600 block of S. Bishop"]) & name_keys(["11600 South Bishop Street"])
    assert not name_keys(["11600 block of S. Bishop"]) & name_keys(["11600 South Bishop Avenue", "Bishop Street"]) - {
        "11600 south bishop"}


def test_a_corner_written_two_ways_names_one_spot():
    from civcas.resolve.match import name_keys
    a = name_keys(["West Sylvania and Hazelhurst avenues"])
    assert a == name_keys(["Hazelhurst Avenue and Sylvania Avenue"]) == {"corner hazelhurst sylvania"}
    assert not a & name_keys(["Hazelhurst and Hillcrest avenues"])
    assert not name_keys(["John Smith and Jane Doe"]) & a


def test_two_reports_of_a_shooting_at_one_corner_of_a_city_are_one():
    """"2 people shot in car in West Toledo" (found at West Sylvania and Hazelhurst avenues) and
    "17-year-old dies after West Toledo shooting" (found at Hazelhurst and Sylvania avenues): one
    corner, one event, though one report tells of a death the other had not yet."""
    toledo = Place("Toledo", 41.66, -83.56, "US", "Ohio", precision="town")
    arts = {"a1": ("Blade", "2017-02-22"), "a2": ("Blade", "2017-02-23")}
    one = replace(_city_report("c1", "a1", "2017-02-22", 0, 2, city=toledo),
                  names=("West Sylvania and Hazelhurst avenues",))
    two = replace(_city_report("c2", "a2", "2017-02-22", 1, 1, city=toledo),
                  names=("Hazelhurst and Sylvania avenues",))
    assert len(resolve([one, two], articles=arts)) == 1
    elsewhere = replace(two, names=("Hazelhurst and Hillcrest avenues",))
    assert len(resolve([one, elsewhere], articles=arts)) == 2


def test_two_reports_of_a_shooting_at_one_address_in_a_city_are_one():
    """"A man and a woman were shot inside a Franklin hotel room" (the Hyatt Place at 650 Bakers
    Bridge Ave.) and "2 injured in accidental shooting at hotel" (the 600 block of Bakers Bridge
    Avenue): the address says one event, where one toll in a city of 80,000 would not."""
    franklin = Place("Franklin", 35.93, -86.87, "US", "Tennessee", precision="town")
    arts = {"a1": ("WSMV", "2017-02-11"), "a2": ("WKRN", "2017-02-13")}
    one = replace(_city_report("c1", "a1", "2017-02-11", 0, 2, city=franklin), names=("650 Bakers Bridge Ave.",))
    two = replace(_city_report("c2", "a2", "2017-02-11", 0, 2, city=franklin),
                  names=("600 block of Bakers Bridge Avenue",))
    assert len(resolve([one, two], articles=arts)) == 1
    elsewhere = replace(two, names=("400 block of Mallory Lane",))
    assert len(resolve([one, elsewhere], articles=arts)) == 2


def test_a_follow_up_days_later_at_the_same_block_is_the_same_event():
    """"Man shot in the 600 block of Bakers Bridge Avenue" and, nine days on, "man shot at 650
    Bakers Bridge Ave. last week has died": the block names the spot as a name does a person."""
    franklin = Place("Franklin", 35.93, -86.87, "US", "Tennessee", precision="town")
    arts = {"a1": ("WSMV", "2017-02-11"), "a2": ("WKRN", "2017-02-20")}
    first = replace(_city_report("c1", "a1", "2017-02-11", 0, 1, city=franklin),
                    names=("600 block of Bakers Bridge Avenue",))
    later = replace(_city_report("c2", "a2", "2017-02-20", 1, 0, city=franklin), names=("650 Bakers Bridge Ave.",))
    assert len(resolve([first, later], articles=arts)) == 1
    other_street = replace(later, names=("650 Mallory Lane",))
    assert len(resolve([first, other_street], articles=arts)) == 2


def test_a_main_street_of_a_big_city_names_no_spot_without_days_or_with_other_tolls():
    """"North Avenue" in Milwaukee (600,000 people) runs past shootings every week: named by two
    undated reports, or by two of one day whose tolls differ, it is no identity; in a town of
    80,000 it still names the spot."""
    from civcas.gazetteer import Gazetteer
    g = Gazetteer.default()
    milwaukee = g.lookup("Milwaukee", admin1="Wisconsin")
    arts = {"a1": ("FOX6", None), "a2": ("WISN", None)}
    undated = dict(date_start=None, date_end=None)
    one = replace(_city_report("c1", "a1", "2016-01-11", 1, 1, city=milwaukee), names=("North Avenue",), **undated)
    two = replace(_city_report("c2", "a2", "2016-01-11", 0, 0, city=milwaukee), names=("North Avenue",), figures=(),
                  **undated)
    assert len(resolve([one, two], articles=arts)) == 2
    dated = {"a1": ("FOX6", "2016-01-11"), "a2": ("WISN", "2016-01-11")}
    one = replace(_city_report("c1", "a1", "2016-01-11", 1, 1, city=milwaukee), names=("North Avenue",))
    other_toll = replace(_city_report("c2", "a2", "2016-01-11", 0, 3, city=milwaukee), names=("North Ave.",))
    assert len(resolve([one, other_toll], articles=dated)) == 2
    franklin = g.lookup("Franklin", admin1="Tennessee")
    one = replace(one, place=franklin)
    assert len(resolve([one, replace(other_toll, place=franklin)], articles=dated)) == 1


def test_an_age_alone_does_not_join_a_report_that_places_nothing():
    """"Man, 18, killed, two other teens injured at a party" with no town named, and "Joplin teen,
    18, killed by accidental gunfire": an 18-year-old killed is too common across a country to
    name one event where one report says nothing of where."""
    joplin = Place("Joplin", 37.08, -94.51, "US", "Missouri", precision="town")
    arts = {"a1": ("KODE", "2017-03-03"), "a2": ("Dispatch", "2017-03-12")}

    def report(cid, art, place, day, text):
        return claim(cid, art, place=place, attacker=None, event_type="shooting", claimant=None,
                     figures=(killed(1, group="men"),), date_start=day, date_end=day,
                     evidence=(Span(0, len(text), text),))
    placed = report("c1", "a1", joplin, "2017-03-02", "An 18-year-old man was killed by accidental gunfire.")
    nowhere = replace(report("c2", "a2", None, None, "A man, 18, was killed at a party."), date_end="2017-03-12")
    assert len(resolve([placed, nowhere], articles=arts)) == 2


def test_two_reports_of_a_party_shot_at_in_one_town_on_one_night_are_one():
    """"Ten people were injured during a shooting at a party in Brownsville" and "Shooting at
    Brownsville party leaves several injured", of one night: one party, though one report counts
    no one."""
    town = Place("Brownsville", 35.59, -89.26, "US", "Tennessee", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None, date_start="2017-01-27",
              date_end="2017-01-27")
    arts = {"a1": ("WMC", "2017-01-28"), "a2": ("WBBJ", "2017-01-28")}

    def told(cid, art, text, figures=()):
        return claim(cid, art, evidence=(Span(0, len(text), text),), figures=figures, **kw)
    ten = told("c1", "a1", "Ten people were injured during a shooting at a party in Brownsville.",
               (Figure("injured", "people", 10, 10, "Ten people"),))
    several = told("c2", "a2", "Shooting at Brownsville party leaves several injured")
    assert len(resolve([ten, several], articles=arts)) == 1
    assert len(resolve([ten, told("c3", "a2", "Shooting in Brownsville leaves several injured")],
                       articles=arts)) == 2


def test_two_addresses_or_two_ages_in_one_quarter_are_two_shootings():
    """Undated reports from Philadelphia's Kensington section, one man wounded in each: "the 700
    block of East Madison Street" and "the 100 block of East Clearfield Street" are two spots; a
    25-year-old and an 18-year-old are two men. The same block told twice is one."""
    kensington = Place("Philadelphia", 39.99, -75.12, "US", "Pennsylvania", precision="town", quarter="Kensington")
    kw = dict(attacker=None, event_type="shooting", claimant=None, place=kensington, date_start=None, date_end=None)
    arts = {"a1": ("6abc", None), "a2": ("6abc", None)}

    def hurt(text):
        return (Figure("injured", "men", 1, 1, text),)
    madison = claim("c1", "a1", names=("700 block of East Madison Street",), figures=hurt("A man"), **kw)
    clearfield = claim("c2", "a2", names=("100 block of East Clearfield Street",), figures=hurt("A man"), **kw)
    assert len(resolve([madison, clearfield], articles=arts)) == 2
    again = claim("c3", "a2", names=("East Madison Street",), figures=hurt("A man"), **kw)
    assert memberships(resolve([madison, again], articles=arts)) == [("c1", "c3")]
    older = claim("c4", "a1", figures=hurt("A 25-year-old man"), evidence=(Span(0, 17, "A 25-year-old man"),), **kw)
    younger = claim("c5", "a2", figures=hurt("An 18-year-old man"), evidence=(Span(0, 18, "An 18-year-old man"),),
                    **kw)
    assert len(resolve([older, younger], articles=arts)) == 2
