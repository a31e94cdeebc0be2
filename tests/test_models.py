"""Specification of civcas.models: every class reads back what it writes (through JSON text, as an
export would carry it), and ignores the fields it does not know (SCHEMA.md: "readers must ignore
fields they do not know")."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.models import (CLAIMANT_TYPES, EVENT_TYPES, GROUPS, HARMS, PRECISIONS, STANCES, Article,
                           Claim, Claimant, Figure, Incident, Place, Range, Span)

TEXT = "Over 60 civilians were killed in airstrikes on Mosul on 14 March 2017, the army said."
MOSUL = Place("Mosul", 36.34, 43.13, "IQ", "Nineveh", precision="town", geonameid=99072)

ARTICLE = Article(id="mosul-2017-03-14", text=TEXT, title=None, url="https://example.org/mosul",
                  outlet="Example News", published="2017-03-15", published_precision="day",
                  published_source="input", source="reports/mosul-2017-03-14.txt",
                  content_hash="0123456789abcdef0123456789abcdef")
FIGURE = Figure("killed", "civilians", 60, None, "Over 60 civilians", 0, 17)
CLAIM = Claim(
    id="c1", article_id="mosul-2017-03-14", incident_id="inc_1", kind="incident",
    claimant=Claimant("army", type="military"), attacker="US-led coalition",
    event_type="airstrike",
    place=Place("Mosul", 36.34, 43.13, "IQ", "Nineveh", admin2="Mosul district", precision="town",
                geonameid=99072, offset_km=15.0, bearing="east"),
    date_start="2017-03-14", date_end="2017-03-14", date_precision="day", stance="asserted",
    figures=(FIGURE, Figure("killed", "children", 12, 12, "12 children", 20, 31, partial=True)),
    evidence=(Span(0, len(TEXT), TEXT),), targets=("residential",), victims=("Ali Hassan",),
    event=1, spans=(("figure", 0, 17), ("place", 47, 52), ("claimant", 73, 81)))
INCIDENT = Incident(
    id="inc_1", kind="incident", date_start="2017-03-14", date_end="2017-03-15", place=MOSUL,
    attacker="US-led coalition", event_type="airstrike", civilians_killed=Range(60, 75),
    civilians_injured=Range(None, None),
    figures=({"harm": "killed", "group": "civilians", "min": 60, "max": 75},),
    status="acknowledged", grade="confirmed", grade_reason="the coalition acknowledged it",
    claims=("c1", "c2"), articles=("mosul-2017-03-14", "wire-7"), outlets=("Example News",),
    claimants=("army", "Airwars"), targets=("residential",), reviewed=True)


def through_json(d: dict) -> dict:
    """What a reader of the export gets: the dict written as JSON text and parsed back."""
    return json.loads(json.dumps(d, ensure_ascii=False, allow_nan=False))


def test_an_article_round_trips():
    assert Article.from_json(through_json(ARTICLE.to_json())) == ARTICLE


def test_a_figure_round_trips():
    assert Figure.from_json(through_json(FIGURE.to_json())) == FIGURE
    assert FIGURE.to_json() == {"harm": "killed", "group": "civilians", "min": 60, "max": None,
                                "text": "Over 60 civilians", "start": 0, "end": 17}


def test_a_claim_with_claimant_place_figures_evidence_and_spans_round_trips():
    assert Claim.from_json(through_json(CLAIM.to_json())) == CLAIM


def test_a_bare_claim_round_trips():
    bare = Claim(id="c0", article_id="a0")
    assert Claim.from_json(through_json(bare.to_json())) == bare


def test_an_incident_round_trips():
    assert Incident.from_json(through_json(INCIDENT.to_json())) == INCIDENT


def test_the_json_forms_carry_their_schema_names():
    assert ARTICLE.to_json()["schema"] == "civcas.article/1"
    assert CLAIM.to_json()["schema"] == "civcas.claim/1"
    assert INCIDENT.to_json()["schema"] == "civcas.incident/1"


def with_unknown_fields(d: dict) -> dict:
    """`d` with a field added at every level a newer civcas might add one."""
    d = dict(d, added_in_v2="?", schema="civcas.claim/2")
    for k in ("claimant", "place"):
        if isinstance(d.get(k), dict):
            d[k] = dict(d[k], added_in_v2=[1, 2])
    for k in ("figures", "evidence"):
        if isinstance(d.get(k), list) and d[k] and isinstance(d[k][0], dict):
            d[k] = [dict(x, added_in_v2={"a": 1}) for x in d[k]]
    return d


def test_unknown_fields_are_ignored():
    assert Article.from_json(with_unknown_fields(ARTICLE.to_json())) == ARTICLE
    assert Figure.from_json(with_unknown_fields(FIGURE.to_json())) == FIGURE
    assert Claim.from_json(with_unknown_fields(CLAIM.to_json())) == CLAIM
    # an incident's figures are plain dicts, carried as they are; its other fields are typed
    incident = with_unknown_fields(INCIDENT.to_json())
    incident["figures"] = INCIDENT.to_json()["figures"]
    incident["civilians_killed"] = dict(incident["civilians_killed"], added_in_v2=True)
    assert Incident.from_json(incident) == INCIDENT


# ----------------------------------------------------------------------------- property tests

counts = st.none() | st.integers(min_value=0, max_value=10**7)
offsets = st.integers(min_value=0, max_value=10**6)
maybe_text = st.none() | st.text(max_size=20)
names = st.text(min_size=1, max_size=20)  # an empty name is no name: it reads back as None

figures = st.builds(Figure, harm=st.sampled_from(HARMS), group=st.sampled_from(GROUPS),
                    min=counts, max=counts, text=st.text(max_size=30), start=offsets, end=offsets,
                    partial=st.booleans())
claimants = st.builds(Claimant, name=maybe_text, person=maybe_text,
                      type=st.sampled_from(CLAIMANT_TYPES))
coords = st.none() | st.floats(min_value=-180, max_value=180, allow_nan=False)


@st.composite
def places(draw) -> Place:
    # a bearing is only written with its distance ("15 km east of"), so they come as a pair
    offset_km, bearing = draw(st.just((None, None)) | st.tuples(
        st.floats(min_value=0, max_value=500, allow_nan=False), st.none() | names))
    return Place(draw(names), draw(coords), draw(coords), draw(st.none() | names),
                 draw(st.none() | names), draw(st.none() | names), draw(st.sampled_from(PRECISIONS)),
                 draw(st.none() | st.integers(min_value=1, max_value=2**31)), offset_km, bearing)


spans = st.builds(Span, start=offsets, end=offsets, text=st.text(max_size=40))
claims = st.builds(
    Claim, id=names, article_id=names, kind=st.sampled_from(("incident", "aggregate")),
    claimant=st.none() | claimants, attacker=maybe_text,
    event_type=st.none() | st.sampled_from(EVENT_TYPES), place=st.none() | places(),
    date_start=maybe_text, date_end=maybe_text, date_precision=st.none() | st.sampled_from(("day", "month", "year")),
    stance=st.sampled_from(STANCES), figures=st.tuples() | st.lists(figures, max_size=4).map(tuple),
    evidence=st.lists(spans, max_size=3).map(tuple), targets=st.lists(names, max_size=3).map(tuple),
    victims=st.lists(names, max_size=3).map(tuple), event=st.integers(min_value=0, max_value=99),
    incident_id=st.none() | names,
    spans=st.lists(st.tuples(names, offsets, offsets), max_size=4).map(tuple))


@given(figures)
def test_any_figure_round_trips(figure):
    assert Figure.from_json(through_json(figure.to_json())) == figure


@settings(max_examples=200)
@given(claims)
def test_any_claim_round_trips(claim):
    assert Claim.from_json(through_json(claim.to_json())) == claim
