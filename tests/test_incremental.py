"""Resolution in the store, part by part, must give exactly the incidents of resolving all claims at
once: whatever order articles arrive in, however they are cut into runs and chunks, after articles
are extracted again, and with review decisions taken in between."""
from __future__ import annotations

import dataclasses
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.models import Article, Span
from civcas.resolve import resolve
from civcas.resolve.incremental import resolve_pending
from civcas.store import Store

from test_resolve_parts import random_claims

WORDS = "a strike hit the market in the old city killing many people and wounding others".split()


def with_extras(claims, rnd: random.Random):
    """Give some claims event numbers (claims of one article told as one event) and wording."""
    out = []
    for c in claims:
        ev = rnd.choice([0, 0, 1, 2])
        text = " ".join(rnd.sample(WORDS, 8)) if rnd.random() < 0.5 else ""
        out.append(dataclasses.replace(c, event=ev, evidence=(Span(0, len(text), text),) if text else ()))
    return out


def with_copies(claims, meta, rnd: random.Random):
    """Wire copies: some claims again, word for word, in other articles (with their own outlet,
    published the same day or not), and now and then twice in one article."""
    claims, meta = list(claims), dict(meta)
    for c in list(claims):
        if not c.evidence or rnd.random() < 0.4:
            continue
        for k in range(rnd.randint(1, 4)):
            art = c.article_id if rnd.random() < 0.15 else f"{c.article_id}~{k}"
            if art not in meta:
                outlet, published = meta[c.article_id]
                meta[art] = (rnd.choice([outlet, f"wire{k}"]), published if rnd.random() < 0.8 else "2016-10-30")
            claims.append(dataclasses.replace(c, id=f"{c.id}~{k}", article_id=art))
    return claims, meta


def articles_of(claims, meta):
    arts = {}
    for c in claims:
        outlet, published = meta[c.article_id]
        arts[c.article_id] = Article(id=c.article_id, text=f"text of {c.article_id}", outlet=outlet,
                                     published=published, content_hash=c.article_id)
    return arts


def stored_incidents(store: Store):
    return sorted(store.iter_incidents(), key=lambda i: i.id)


def save(store: Store, arts, claims, ids):
    store.save_extracted([(arts[a], [c for c in claims if c.article_id == a]) for a in ids], "test")


def check_cut_and_reextraction(store: Store, rnd: random.Random, claims, meta, chunk: int):
    """The articles stored and resolved in two runs cut anywhere, then one article extracted again
    with fewer claims: the incidents of one resolution each time. Returns the claims kept."""
    arts = articles_of(claims, meta)
    order = sorted(arts)
    rnd.shuffle(order)
    cut = rnd.randint(0, len(order))
    for part in (order[:cut], order[cut:]):
        save(store, arts, claims, part)
        resolve_pending(store, chunk=chunk)
    assert stored_incidents(store) == resolve(claims, articles=meta)
    # one article extracted again with fewer claims: its incidents lose them
    victim = rnd.choice(order)
    kept = [c for c in claims if c.article_id != victim or rnd.random() < 0.5]
    save(store, arts, kept, [victim])
    resolve_pending(store, chunk=chunk)
    assert stored_incidents(store) == resolve(kept, articles=meta)
    return kept


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 45), chunk=st.integers(1, 12))
def test_runs_in_any_cut_give_the_incidents_of_one_resolution(seed, n, chunk):
    rnd = random.Random(seed)
    claims, meta = random_claims(rnd, n)
    claims = with_extras(claims, rnd)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store:
        kept = check_cut_and_reextraction(store, rnd, claims, meta, chunk)

        # a reviewer merges two incidents and splits a claim out of another
        incs = [i for i in stored_incidents(store) if i.kind == "incident"]
        reviews = []
        if len(incs) >= 2:
            a, b = rnd.sample(incs, 2)
            reviews.append({"id": 1, "action": "merge", "args": {"claims": [*a.claims, *b.claims]}})
        big = [i for i in incs if len(i.claims) > 1]
        if big:
            reviews.append({"id": 2, "action": "split", "args": {"claims": [big[0].claims[-1]]}})
        for r in reviews:
            store.add_review(r["action"], r["args"])
            resolve_pending(store, chunk=chunk)
        assert stored_incidents(store) == resolve(kept, articles=meta, reviews=store.reviews())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 30), chunk=st.integers(1, 12))
def test_wire_copies_held_once_give_the_incidents_of_one_resolution(seed, n, chunk):
    rnd = random.Random(seed)
    claims, meta = random_claims(rnd, n)
    claims, meta = with_copies(with_extras(claims, rnd), meta, rnd)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store:
        check_cut_and_reextraction(store, rnd, claims, meta, chunk)


def test_adding_articles_resolves_only_the_parts_they_touch(tmp_path):
    rnd = random.Random(7)
    claims, meta = random_claims(rnd, 40)
    meta = {a: (o, p or "2016-10-25") for a, (o, p) in meta.items()}  # every article dated
    # the same claims again in far-away months and other articles: a database that grew over time
    many = []
    for month in range(1, 10):
        for c in claims:
            many.append(dataclasses.replace(
                c, id=f"{c.id}m{month}", article_id=f"{c.article_id}m{month}",
                date_start=c.date_start and c.date_start.replace("2016-10", f"2015-0{month}"),
                date_end=c.date_end and c.date_end.replace("2016-10", f"2015-0{month}")))
    meta_many = {f"{a}m{m}": (o, p and p.replace("2016-10", f"2015-0{m}"))
                 for a, (o, p) in meta.items() for m in range(1, 10)}
    all_meta = {**meta, **meta_many}
    arts = articles_of(claims + many, all_meta)
    with Store(tmp_path / "t.db") as store:
        save(store, arts, many, sorted({c.article_id for c in many}))
        first = resolve_pending(store)
        assert first["parts_claims"] == len([c for c in many if c.kind == "incident"])
        save(store, arts, claims, sorted({c.article_id for c in claims}))
        second = resolve_pending(store)
        new_events = len([c for c in claims if c.kind == "incident"])
        # only the new claims and those they touch: nothing of the other months
        assert second["parts_claims"] == new_events
        assert stored_incidents(store) == resolve(claims + many, articles=all_meta)
        assert resolve_pending(store)["parts_claims"] == 0  # nothing new: nothing to do


def test_a_changed_resolver_resolves_everything_again(tmp_path, monkeypatch):
    rnd = random.Random(3)
    claims, meta = random_claims(rnd, 20)
    arts = articles_of(claims, meta)
    with Store(tmp_path / "t.db") as store:
        save(store, arts, claims, sorted(arts))
        resolve_pending(store)
        import civcas.resolve.incremental as inc
        monkeypatch.setattr(inc, "resolver_fingerprint", lambda: "another")
        again = resolve_pending(store)
        assert again["parts_claims"] == len([c for c in claims if c.kind == "incident"])
        assert stored_incidents(store) == resolve(claims, articles=meta)


def test_a_plea_years_after_the_shooting_joins_it_part_by_part_as_at_once(tmp_path):
    """Its days are two years from the shooting's: only the people both reports name bring them
    into one part."""
    from civcas.models import Place
    from test_resolve import claim, killed
    town = Place("Tulsa", 36.15, -95.99, "US", "Oklahoma", precision="town")
    kw = dict(place=town, attacker=None, event_type="shooting", claimant=None, figures=(killed(3),))
    dead = ("Julie Jackson", "Misty Nunley", "Rebeika Powell")
    meta = {"a1": ("KJRH", "2013-01-07"), "a2": ("KOTV", "2015-11-10"), "a3": ("KOTV", "2014-03-02")}
    claims = [claim("c1", "a1", names=dead, victims=dead, date_start="2013-01-07", date_end="2013-01-07", **kw),
              claim("c2", "a2", names=dead, victims=dead, date_start=None, date_end="2015-11-10", **kw),
              claim("c3", "a3", date_start="2014-03-01", date_end="2014-03-01", **kw)]
    arts = articles_of(claims, meta)
    with Store(tmp_path / "t.db") as store:
        save(store, arts, claims, ["a1", "a3"])
        resolve_pending(store, chunk=1)
        save(store, arts, claims, ["a2"])
        resolve_pending(store, chunk=1)
        assert stored_incidents(store) == resolve(claims, articles=meta)
    assert sorted(len(i.claims) for i in resolve(claims, articles=meta)) == [1, 2]
