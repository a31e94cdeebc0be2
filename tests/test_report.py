"""civcas.report: every export format, the tallies, and the comparison of claimants, on a small hand-made store."""
from __future__ import annotations

import csv
import io
import json

import pytest

from civcas.errors import ConfigError
from civcas.models import (Article, Claim, Claimant, Figure, Incident, Place, Range, Rejection,
                           Span)
from civcas.report import (compare_claimants, export, format_incidents, format_table, summary,
                           tally)
from civcas.report.tally import TallyRow, attacker_family
from civcas.store import Store

MOSUL = Place("Mosul", 36.34, 43.13, "IQ", "Nineveh", precision="town")
RAQQA = Place("Raqqa district", 35.95, 39.01, "SY", "Raqqa", precision="district")
IRAQ = Place("Iraq", 33.0, 44.0, "IQ", None, precision="country")
SYRIA = Place("Syria", None, None, "SY", None, precision="country")


def _article(aid: str, outlet: str, published: str, text: str) -> Article:
    return Article(id=aid, text=text, title=text.split("\n")[0], outlet=outlet, published=published,
                   published_precision="day", published_source="input", source=f"{aid}.txt",
                   content_hash=f"hash-{aid}")


# Texts written for these tests; offsets below point into them.
A1 = _article("a1", "RT", "2016-10-25",
              "Generals say strikes hit Mosul\nThe General Staff said more than 60 civilians died in Mosul.")
A2 = _article("a2", "Press TV", "2016-10-26", "Mosul toll\nOver 60 civilians were killed near Hawījah road.")
A3 = _article("a3", "Airwars", "2017-07-01", "June report\nBetween 529 and 744 civilians died in June.")
A4 = _article("a4", "Example News", "2017-07-13", "Admission\nThe military admits 603 deaths since 2014.")

C1 = Claim(id="c1", article_id="a1", claimant=Claimant("Russian General Staff", "Sergei Rudskoi", "military"),
           attacker="US-led coalition", event_type="airstrike", place=MOSUL,
           date_start="2016-10-22", date_end="2016-10-22", date_precision="day",
           figures=(Figure("killed", "civilians", 60, None, "more than 60 civilians", 45, 67),
                    Figure("injured", "people", 200, 200, "200 people", 0, 0),
                    Figure("killed", "children", 7, 7, "7 children", 0, 0)),
           evidence=(Span(31, 92, A1.text[31:92]),))
C2 = Claim(id="c2", article_id="a2", claimant=Claimant("Press TV", None, "media"),
           attacker="US-led coalition", event_type="airstrike",
           place=Place("Hawījah road", None, None, "IQ", "Kirkuk", precision="exact"),
           date_start="2016-10-22", date_end="2016-10-22", date_precision="day",
           figures=(Figure("killed", "civilians", 60, None, "Over 60 civilians", 11, 28),))
C3 = Claim(id="c3", article_id="a3", kind="aggregate", claimant=Claimant("Airwars", None, "monitor"),
           attacker="US-led coalition", place=IRAQ, date_start="2017-06", date_end="2017-06",
           figures=(Figure("killed", "civilians", 529, 744, "Between 529 and 744 civilians", 12, 41),))
C4 = Claim(id="c4", article_id="a4", kind="aggregate", claimant=Claimant("US military", None, "military"),
           attacker="US military", date_start="2014", date_end="2017-07-12",
           figures=(Figure("killed", "people", 603, 603, "603 deaths", 31, 41),))

I1 = Incident(id="i1", date_start="2016-10-22", date_end="2016-10-22", place=MOSUL,
              attacker="US-led coalition", event_type="airstrike",
              civilians_killed=Range(60, None), civilians_injured=Range(200, 200),
              figures=({"harm": "killed", "group": "children", "min": 7, "max": 7},),
              status="alleged", grade="fair", grade_reason="two independent outlets",
              claims=("c1", "c2"), articles=("a1", "a2"), outlets=("RT", "Press TV"),
              claimants=("Russian General Staff", "Press TV"))
I2 = Incident(id="i2", date_start="2016-11-03", date_end="2016-11-05", place=RAQQA,
              attacker="US-led coalition", event_type="drone_strike", civilians_killed=Range(12, 24),
              grade="weak", claims=(), articles=("a1",), outlets=("RT",), claimants=("SOHR",))
I3 = Incident(id="i3", date_start="2017-03", date_end="2017-03", attacker="Syrian government",
              event_type="shelling", grade="weak")
I4 = Incident(id="i4", date_start="2017-06-10", date_end="2017-06-10", place=MOSUL,
              attacker="U.S. military", event_type="airstrike", civilians_killed=Range(5, 5),
              civilians_injured=Range(None, 3), status="acknowledged", grade="confirmed",
              claimants=("Press TV", "Press TV", "CENTCOM"))
AIRWARS = Incident(id="g1", kind="aggregate", date_start="2017-06", date_end="2017-06", place=IRAQ,
                   attacker="US-led coalition", civilians_killed=Range(529, 744), claims=("c3",),
                   articles=("a3",), outlets=("Airwars",), claimants=("Airwars",))
USMIL = Incident(id="g2", kind="aggregate", date_start="2014", date_end="2017-07-12",
                 attacker="US military", civilians_killed=Range(603, 603), claims=("c4",),
                 articles=("a4",), outlets=("Example News",), claimants=("US military",))
WHOLE_WAR = Incident(id="g3", kind="aggregate", date_start="2011", place=SYRIA,
                     civilians_killed=Range(400000, None), claimants=("SOHR",))
INCIDENTS = [I1, I2, I3, I4, AIRWARS, USMIL, WHOLE_WAR]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    s.save_extracted([(A1, [C1]), (A2, [C2]), (A3, [C3]), (A4, [C4])], "test")
    s.replace_incidents(INCIDENTS)
    s.record_rejection(None, Rejection("bad.bin", "binary", "bad.bin: not text; give a .txt, .html or .jsonl file"))
    yield s
    s.close()


def _export(store, what, fmt):
    out = io.StringIO()
    n = export(store, what, fmt, out)
    return n, out.getvalue()


def _csv(text):
    return list(csv.reader(io.StringIO(text)))


# --------------------------------------------------------------------------------- JSONL

def test_claims_jsonl_is_exactly_to_json_and_reads_back_equal(store):
    n, text = _export(store, "claims", "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == 4
    expected = {c.id: c.with_incident(inc) for c, inc in ((C1, "i1"), (C2, "i1"), (C3, "g1"), (C4, "g2"))}
    for line in lines:
        claim = Claim.from_json(json.loads(line))
        assert claim == expected[claim.id]
        assert line == json.dumps(claim.to_json(), ensure_ascii=False)
    assert "Hawījah" in text  # not escaped


def test_incidents_articles_rejected_jsonl(store):
    n, text = _export(store, "incidents", "jsonl")
    assert n == 7
    assert sorted(Incident.from_json(json.loads(l)).id for l in text.splitlines()) == sorted(i.id for i in INCIDENTS)
    assert Incident.from_json(json.loads(text.splitlines()[-1])) in INCIDENTS
    n, text = _export(store, "articles", "jsonl")
    assert n == 4 and [Article.from_json(json.loads(l)) for l in text.splitlines()] == [A1, A2, A3, A4]
    n, text = _export(store, "rejected", "jsonl")
    assert n == 1
    assert json.loads(text) == {"source": "bad.bin", "reason": "binary",
                                "message": "bad.bin: not text; give a .txt, .html or .jsonl file"}


# ----------------------------------------------------------------------------------- CSV

def test_claims_csv_columns_and_civilian_ranges(store):
    n, text = _export(store, "claims", "csv")
    rows = _csv(text)
    assert rows[0] == ["id", "article_id", "incident_id", "kind", "claimant_name", "claimant_person",
                       "claimant_type", "attacker", "event_type", "place_name", "lat", "lon", "country",
                       "admin1", "precision", "date_start", "date_end", "date_precision", "stance",
                       "killed_min", "killed_max", "injured_min", "injured_max", "figures",
                       "evidence_text", "evidence_start", "evidence_end"]
    assert n == len(rows) - 1 == 4
    c1 = dict(zip(rows[0], rows[1]))
    assert c1["id"] == "c1" and c1["incident_id"] == "i1" and c1["claimant_person"] == "Sergei Rudskoi"
    # children are not counted beside a civilians total; unstated max is empty
    assert (c1["killed_min"], c1["killed_max"], c1["injured_min"], c1["injured_max"]) == ("60", "", "200", "200")
    assert c1["figures"] == "killed civilians 60-;injured people 200-200;killed children 7-7"
    assert c1["evidence_text"] == A1.text[31:92] and c1["evidence_start"] == "31"
    c4 = dict(zip(rows[0], rows[4]))
    assert c4["kind"] == "aggregate" and c4["place_name"] == "" and c4["killed_min"] == "603"


def test_incidents_csv_columns(store):
    n, text = _export(store, "incidents", "csv")
    rows = _csv(text)
    assert rows[0] == ["id", "kind", "date_start", "date_end", "place_name", "lat", "lon", "country",
                       "admin1", "precision", "attacker", "event_type", "killed_min", "killed_max",
                       "injured_min", "injured_max", "status", "grade", "grade_reason", "n_claims",
                       "n_articles", "outlets", "claimants", "claims"]
    assert n == 7
    i1 = next(dict(zip(rows[0], r)) for r in rows[1:] if r[0] == "i1")
    assert i1["claimants"] == "Russian General Staff; Press TV" and i1["outlets"] == "RT; Press TV"
    assert i1["claims"] == "c1; c2" and i1["n_claims"] == "2" and i1["killed_max"] == ""


def test_articles_and_rejected_csv(store):
    n, text = _export(store, "articles", "csv")
    rows = _csv(text)
    assert rows[0] == ["id", "title", "outlet", "url", "published", "published_precision",
                       "published_source", "source", "content_hash", "n_chars"]
    assert n == 4 and rows[1][:3] == ["a1", "Generals say strikes hit Mosul", "RT"]
    assert rows[1][-1] == str(len(A1.text))
    n, text = _export(store, "rejected", "csv")
    assert n == 1 and _csv(text)[0] == ["source", "reason", "message"]


# ------------------------------------------------------------------------------- GeoJSON

def test_incidents_geojson_points_and_skipped_count(store):
    n, text = _export(store, "incidents", "geojson")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection"
    assert n == len(doc["features"]) == 4  # i1, i2, i4, and the Airwars aggregate over Iraq
    assert doc["skipped_without_coordinates"] == 3
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        assert f["geometry"]["coordinates"] == [f["properties"]["lon"], f["properties"]["lat"]]
    i1 = next(f for f in doc["features"] if f["id"] == "i1")
    assert i1["geometry"]["coordinates"] == [43.13, 36.34]
    assert i1["properties"]["killed_min"] == 60 and i1["properties"]["killed_max"] is None
    assert list(i1["properties"]) == list(_csv(_export(store, "incidents", "csv")[1])[0])


def test_claims_geojson_and_an_empty_collection(store, tmp_path):
    n, text = _export(store, "claims", "geojson")
    doc = json.loads(text)
    assert n == 2 and [f["id"] for f in doc["features"]] == ["c1", "c3"]
    assert doc["skipped_without_coordinates"] == 2
    with Store(tmp_path / "empty.db") as empty:
        assert json.loads(_export(empty, "incidents", "geojson")[1]) == {
            "type": "FeatureCollection", "features": [], "skipped_without_coordinates": 0}


# ------------------------------------------------------------------------- ACLED and UCDP

def test_acled_columns_and_a_known_incident(store):
    n, text = _export(store, "incidents", "acled")
    rows = _csv(text)
    assert rows[0] == ["event_date", "event_type", "sub_event_type", "actor1", "location", "latitude",
                       "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"]
    assert n == 4  # aggregates are not ACLED events
    by_date = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_date["2016-10-22"] == {
        "event_date": "2016-10-22", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "US-led coalition", "location": "Mosul",
        "latitude": "36.34", "longitude": "43.13", "geo_precision": "1", "time_precision": "1",
        "source": "RT; Press TV",
        "notes": "On 2016-10-22, US-led coalition airstrike in Mosul killed 60+ civilians and "
                 "injured 200 (claimed by Russian General Staff, Press TV).",
        "fatalities": "60"}
    # a three-day range is coded at its middle, within a week; a district is "part of a region"
    raqqa = by_date["2016-11-04"]
    assert (raqqa["time_precision"], raqqa["geo_precision"], raqqa["fatalities"]) == ("2", "2", "12")
    shelling = by_date["2017-03-16"]  # a month, coded at its middle
    assert (shelling["event_type"], shelling["sub_event_type"]) == ("Explosions/Remote violence",
                                                                    "Shelling/artillery/missile attack")
    assert (shelling["time_precision"], shelling["geo_precision"], shelling["fatalities"]) == ("3", "3", "0")
    assert shelling["notes"] == ("In 2017-03, Syrian government shelling harmed an unknown number "
                                 "of civilians.")


def test_ucdp_columns_and_death_estimates(store):
    n, text = _export(store, "incidents", "ucdp")
    rows = _csv(text)
    assert rows[0] == ["date_start", "date_end", "side_a", "where_coordinates", "latitude", "longitude",
                       "where_prec", "date_prec", "best", "low", "high", "source_article",
                       "source_original"]
    assert n == 4
    by_start = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_start["2016-10-22"] == {
        "date_start": "2016-10-22", "date_end": "2016-10-22", "side_a": "US-led coalition",
        "where_coordinates": "Mosul, Nineveh, Iraq", "latitude": "36.34", "longitude": "43.13",
        "where_prec": "1", "date_prec": "1", "best": "60", "low": "60", "high": "60",
        "source_article": "RT,2016-10-25,a1;Press TV,2016-10-26,a2",
        "source_original": "Russian General Staff; Press TV"}
    raqqa = by_start["2016-11-03"]
    assert (raqqa["low"], raqqa["best"], raqqa["high"]) == ("12", "18", "24")
    assert (raqqa["where_prec"], raqqa["date_prec"], raqqa["where_coordinates"]) == ("3", "2", "Raqqa district, Raqqa, Syria")
    march = by_start["2017-03-01"]
    assert (march["date_end"], march["date_prec"], march["where_prec"], march["best"]) == ("2017-03-31", "4", "7", "0")


@pytest.mark.parametrize("what,fmt", [("articles", "geojson"), ("claims", "acled"), ("rejected", "ucdp"),
                                      ("people", "csv"), ("incidents", "xlsx")])
def test_unknown_combination_names_the_valid_ones(store, what, fmt):
    with pytest.raises(ConfigError) as e:
        export(store, what, fmt, io.StringIO())
    assert f"{what!r} as {fmt!r}" in str(e.value)
    assert "incidents: jsonl, csv, geojson, acled, ucdp" in str(e.value)


def test_summary_of_ranges_and_unknowns():
    assert summary(Incident(id="x", date_start="2017-01-02", date_end="2017-01-04",
                            event_type="explosive", civilians_killed=Range(None, 30), claimants=())) == \
        "Between 2017-01-02 and 2017-01-04, an explosion killed up to 30 civilians."
    assert summary(Incident(id="y", civilians_killed=Range(1, 1))) == \
        "On an unknown date, an attack killed 1 civilian."


# --------------------------------------------------------------------------------- tallies

def test_tally_by_month_never_sums_aggregates(store):
    rows = tally(store, ["month"])
    assert rows == [TallyRow(("2016-10",), 1, 60, None, 200, 200),
                    TallyRow(("2016-11",), 1, 12, 24, 0, None),
                    TallyRow(("2017-03",), 1, 0, None, 0, None),
                    TallyRow(("2017-06",), 1, 5, 5, 0, 3)]
    assert sum(r.killed_min for r in tally(store, [])) == 77  # not 529 + 603 + 400000 more
    assert tally(INCIDENTS, ["month"]) == rows  # a list of records works as the store does


def test_tally_by_attacker_and_by_month_and_attacker(store):
    assert [(r.key, r.incidents, r.killed_min, r.killed_max) for r in tally(store, ["attacker"])] == [
        (("Syrian government",), 1, 0, None), (("U.S. military",), 1, 5, 5),
        (("US-led coalition",), 2, 72, None)]
    assert [r.key for r in tally(store, ["month", "attacker"])] == [
        ("2016-10", "US-led coalition"), ("2016-11", "US-led coalition"),
        ("2017-03", "Syrian government"), ("2017-06", "U.S. military")]


def test_tally_by_claimant_counts_each_incident_once_per_claimant(store):
    rows = {r.key[0]: r for r in tally(store, ["claimant"])}
    assert rows["Press TV"].incidents == 2 and rows["Press TV"].killed_min == 65  # i4 lists it twice
    assert rows["Russian General Staff"].incidents == 1 and rows["unknown"].incidents == 1
    assert list(rows)[-1] == "unknown"


def test_tally_by_grade_and_bad_field(store):
    assert {r.key: r.incidents for r in tally(store, ["grade"])} == {
        ("confirmed",): 1, ("fair",): 1, ("weak",): 2}
    with pytest.raises(ConfigError, match="choose from month, year"):
        tally(store, ["weather"])


def test_format_table_of_a_tally(store):
    text = format_table(tally(store, ["month"]), ["month"])
    lines = text.splitlines()
    assert lines[0].split() == ["month", "incidents", "civilians", "killed", "civilians", "injured"]
    assert lines[2].split() == ["2016-10", "1", "60–?", "200"]
    assert lines[3].split() == ["2016-11", "1", "12–24", "0–?"]


def test_format_incidents_shows_ranges_and_what_was_left_out(store):
    text = format_incidents(store.iter_incidents(kind="incident"), limit=3)
    assert "60–?" in text and "12–24" in text and "—" in text
    assert "Mosul, IQ" in text and "2016-11-03..2016-11-05" in text
    assert text.splitlines()[-1] == "(1 more not shown; 4 in all)"
    assert format_incidents([], limit=5) == "no incidents\n"


# ---------------------------------------------------------------------- claimant comparison

def test_compare_claimants_pairs_airwars_with_us_military(store):
    rows = compare_claimants(store)
    by_id = {r["id"]: r for r in rows}
    airwars, usmil, war = by_id["g1"], by_id["g2"], by_id["g3"]
    assert airwars["group"] == usmil["group"] != war["group"]
    assert airwars["compared_with"] == ["g2"] and war["compared_with"] == []
    assert airwars["comparison"] == "US military 603 (2014..2017-07-12) vs Airwars 529–744 (2017-06)"
    assert (airwars["claimant"], airwars["period"], airwars["killed"]) == ("Airwars", "2017-06", "529–744")
    # civcas incidents inside each aggregate's period, country and attacker family
    assert (airwars["incidents"], airwars["incidents_killed"]) == (1, "5")
    assert (usmil["incidents"], usmil["incidents_killed"]) == (3, "77–?")
    assert (war["incidents"], war["incidents_killed"]) == (1, "12–24")


def test_compare_claimants_keeps_apart_what_does_not_overlap():
    later = Incident(id="g4", kind="aggregate", date_start="2018-01", date_end="2018-01", place=IRAQ,
                     attacker="Coalition forces", civilians_killed=Range(10, 10), claimants=("Airwars",))
    russia = Incident(id="g5", kind="aggregate", date_start="2017-06", date_end="2017-06", place=IRAQ,
                      attacker="Russian jets", civilians_killed=Range(3, 3), claimants=("X",))
    groups = {r["id"]: r["group"] for r in compare_claimants([AIRWARS, later, russia])}
    assert len(set(groups.values())) == 3


def test_attacker_families():
    assert attacker_family("U.S. military") == attacker_family("US-led coalition") == "us-led coalition"
    assert attacker_family("Russian Air Force") == "russia"
    assert attacker_family("IS") == "islamic state"
    assert attacker_family("Houthi forces") == "houthi"
    assert attacker_family(None) is None


def test_ucdp_deaths_from_ranges():
    from civcas.report.shaped import ucdp_deaths
    assert ucdp_deaths(Range(60, None)) == (60, 60, 60)       # "over 60": only what a source supports
    assert ucdp_deaths(Range(529, 744)) == (529, 636, 744)    # midpoint, rounded down
    assert ucdp_deaths(Range(None, 30)) == (0, 30, 30)        # "up to 30"
    assert ucdp_deaths(Range()) == (0, 0, 0)


def test_dates_that_do_not_parse_are_unknown_not_errors():
    odd = Incident(id="z", date_start="2017-13", place=Place("Nowhere", 0.0, 0.0, "ZZ", precision="hamlet"))
    from civcas.report.shaped import acled_row, ucdp_row
    assert acled_row(odd)["event_date"] is None and acled_row(odd)["geo_precision"] == 3
    row = ucdp_row(odd, {})
    assert (row["date_prec"], row["where_prec"], row["where_coordinates"]) == (5, 7, "Nowhere, ZZ")
    assert tally([odd], ["month"])[0].key == ("2017-13",)
