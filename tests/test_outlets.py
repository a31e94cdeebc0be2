"""The home state of a local outlet places its reports that name no state (resolve/outlets.py)."""
from __future__ import annotations

from dataclasses import replace

from civcas.gazetteer import Gazetteer
from civcas.models import Article, Claim, Figure, Place
from civcas.resolve import resolve
from civcas.resolve.incremental import resolve_pending
from civcas.resolve.outlets import home_states, outlet_key, place_by_home
from civcas.store import Store

DAYTON = Place("Dayton", 39.75895, -84.19161, "US", "Ohio", precision="town")
COLUMBUS = Place("Columbus", 39.96118, -82.99879, "US", "Ohio", precision="town")
# "Springfield" with no state said: the likeliest is Missouri's, marked as a guess
SPRINGFIELD_MO = Place("Springfield", 37.21533, -93.29824, "US", "Missouri", precision="town", ambiguous=True)
GAZA = Place("Gaza", 31.50161, 34.46672, "PS", "Gaza Strip", precision="town")
STATION = "http://web.archive.org/web/20170108/http://www.whio.com:80/news/local/{}"


def shooting(cid: str, article: str, place: Place | None, day: str = "2017-01-08") -> Claim:
    return Claim(id=cid, article_id=article, kind="incident", event_type="shooting", place=place,
                 date_start=day, date_end=day, figures=(Figure("killed", "people", 1, 1, "1"),))


def rows(claims: list[Claim], urls: dict[str, str]):
    return [(c.article_id, None, urls.get(c.article_id), c.place and c.place.country,
             c.place and c.place.admin1, bool(c.place and c.place.ambiguous)) for c in claims]


def test_the_outlet_is_the_host_of_its_archived_address_else_its_name():
    assert outlet_key(None, STATION.format("a")) == "whio.com"
    assert outlet_key(None, "https://abc7chicago.com/news/x/1") == "abc7chicago.com"
    assert outlet_key("Press TV", "https://www.presstv.ir/Detail/1") == "presstv.ir"
    assert outlet_key("Press TV", None) == "press tv"
    assert outlet_key(None, None) is None


def test_reports_that_place_nothing_take_the_state_most_of_their_outlets_reports_are_in():
    claims = [shooting("c1", "a1", DAYTON), shooting("c2", "a2", COLUMBUS),
              shooting("c3", "a3", None), shooting("c4", "a4", SPRINGFIELD_MO),
              shooting("c5", "a5", GAZA), shooting("c6", "a6", None)]
    urls = {a: STATION.format(a) for a in ("a1", "a2", "a3", "a4", "a5")}
    urls["a6"] = "https://elsewhere.example/x"   # an outlet with no placed report has no home
    homes = home_states(rows(claims, urls))
    # a1, a2 place themselves; a5 is abroad (and does not count against Ohio either)
    assert homes == {"a3": "Ohio", "a4": "Ohio"}


def test_an_outlet_needs_two_placed_reports_mostly_in_one_state():
    one = [shooting("c1", "a1", DAYTON), shooting("c2", "a2", None)]
    assert home_states(rows(one, {a: STATION.format(a) for a in ("a1", "a2")})) == {}
    split = one + [shooting("c3", "a3", replace(SPRINGFIELD_MO, ambiguous=False))]
    assert home_states(rows(split, {a: STATION.format(a) for a in ("a1", "a2", "a3")})) == {}


def test_the_home_state_places_a_claim_with_no_place_and_re_reads_an_ambiguous_town():
    gaz = Gazetteer.default()
    nowhere = place_by_home(shooting("c", "a", None), "Ohio", gaz).place
    assert (nowhere.name, nowhere.admin1, nowhere.precision, nowhere.ambiguous) == ("Ohio", "Ohio", "governorate", True)
    town = place_by_home(shooting("c", "a", SPRINGFIELD_MO), "Ohio", gaz).place
    assert (town.name, town.admin1) == ("Springfield", "Ohio")
    # a town the report places in a state it names stays where it is
    stated = replace(SPRINGFIELD_MO, ambiguous=False)
    assert place_by_home(shooting("c", "a", stated), "Ohio", gaz).place == stated
    assert place_by_home(shooting("c", "a", None), None, gaz).place is None


def test_a_guessed_town_the_home_state_lacks_gives_way_to_the_home_state_unless_a_big_city():
    gaz = Gazetteer.default()
    # a Nashville station's "Antioch" (a quarter of Nashville the gazetteer lacks), read as California's
    antioch = Place("Antioch", 38.00492, -121.80579, "US", "California", precision="town", ambiguous=True)
    got = place_by_home(shooting("c", "a", antioch), "Tennessee", gaz).place
    assert (got.name, got.precision, got.ambiguous) == ("Tennessee", "governorate", True)
    # "Los Angeles" in a Nashville story is Los Angeles
    la = Place("Los Angeles", 34.05223, -118.24368, "US", "California", precision="town", ambiguous=True)
    assert place_by_home(shooting("c", "a", la), "Tennessee", gaz).place == la



def test_a_big_city_next_door_stays_itself_where_the_home_state_has_only_a_village_of_its_name():
    gaz = Gazetteer.default()
    # a New York station's "Newark": the New Jersey city, not the village of 9,000 upstate
    newark = Place("Newark", 40.73566, -74.17237, "US", "New Jersey", precision="town", ambiguous=True)
    assert place_by_home(shooting("c", "a", newark), "New York", gaz).place == newark
    # but a Memphis station's "Columbia" is Tennessee's: South Carolina's is not that much bigger
    columbia = Place("Columbia", 34.00071, -81.03481, "US", "South Carolina", precision="town", ambiguous=True)
    got = place_by_home(shooting("c", "a", columbia), "Tennessee", gaz).place
    assert (got.name, got.admin1) == ("Columbia", "Tennessee")
