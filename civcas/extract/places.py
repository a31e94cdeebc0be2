"""Where it happened: place names in a sentence, resolved through the gazetteer, with the
"15 km east of Mosul" offsets and the hints (countries, states) that the whole article gives."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..gazetteer.geo import distance_km
from ..gazetteer.names import ADJECTIVES, CITY_SHORT_NAMES
from ..models import Place
from .lexicon import CARE_DESTINATION

PRECISION_RANK = {"exact": 0, "neighbourhood": 1, "town": 2, "district": 3, "governorate": 4,
                  "country": 5, "region": 6}
LOC_PREPS = {"in", "near", "at", "of", "from", "outside", "around", "into", "across", "on",
             "inside", "throughout", "towards", "toward", "between", "west", "east", "north", "south"}
PLACE_WORDS = r"(?:district|neighbou?rhood|quarter|area|village|town|city|camp|province|governorate|county|suburb|region|refugee camp)"
OFFSET = re.compile(r"(\d+(?:\.\d+)?)\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b(?:\s*\([^)]*\))?\s+"
                    r"(?:to the\s+)?((?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?|from|of|outside)\s*(?:of\s+)?", re.I)
CAPSEQ = re.compile(r"\b((?:(?:al|el|ad|ar|as|az|ash|an|at|Al|El|Ad|Ar|As|Az|Ash|An|At)[-‑])?"
                    r"[A-Z][\w'’‑-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|az|Al|El|Ad|Ar)[-‑])?[A-Z][\w'’‑-]+){0,3})")
BASED = re.compile(r"^[-‑]?\s*based\b", re.I)
NOT_PLACES = {"Daesh", "Takfiri", "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday", "God", "Allah", "Islam", "Police", "Gen", "General", "President", "Minister",
              "Prime", "Lieutenant", "Colonel", "Major", "Captain", "Sergeant", "Officer", "Mr", "Mrs",
              "Ms", "Dr", "Sheikh", "Imam", "Street", "Road", "Avenue", "Hospital", "School", "Mosque",
              "Church", "University", "Army", "Forces", "Coalition", "Ministry", "Staff"}


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    attached: bool = False   # governed by a locative preposition or an event word
    residence: bool = False  # where a person lives ("Blake Shurling, 20, of Tennille"), not where it happened


@dataclass
class Hints:
    """What the whole article says about where it is: countries and US states named in it, and
    the dateline's place ("MOSUL, Iraq (Reuters) -"), which stands for events placed nowhere else."""
    countries: list[str] = field(default_factory=list)
    admin1: str | None = None
    last: Place | None = None
    dateline: PlaceMention | None = None
    states: frozenset[str] = frozenset()  # every US state the article names
    city: Place | None = None  # the one big US city the article names ("Chicago police")
    quarters: frozenset[str] = frozenset()  # the names it calls neighborhoods of that city
    home: str | None = None  # the country of the first town placed that the story also names
    person_words: set[str] = field(default_factory=set)  # the words of the people it has named so far
    # the people named in sentences that tell no harm, by offset, and the words of the names of
    # officials, reporters and doctors: these read the article's people, not its places
    asides: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    officials: set[str] = field(default_factory=set)
    agency: Place | None = None  # the town whose police the story names first ("Toledo police")
    sheriff: Place | None = None  # the county whose sheriff it names first ("the Sarasota County Sheriff's Office")
    site: Place | None = None  # the town of the site that ran it ("WMC Action News 5 - Memphis, Tennessee")
    surnames: frozenset[str] = frozenset()  # of people named with their age ("Filogonio Rivera, 20")


# "HOUSTON (KTRK) --", "CATONSVILLE, Md. (WBFF)--", "MOSUL, Iraq, Oct. 25 (Reuters) -",
# "FRAZEE, MINN, (KFGO) -"
DATELINE = re.compile(r"(?m)^\s*(?:[^\n]{0,80}?(?<=[a-z0-9])|)(?P<city>[A-Z][A-Z.'’ -]{2,30}[A-Z])"
                      r"(?:,\s*(?P<state>[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+\.?)?),?)?"
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-|:)")

# "WARREN" on a line of its own above the story (The Vindicator's style): a dateline with no dash
LONE_DATELINE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’ -]{2,30}[A-Z])(?P<state>)[ \t]*$")


def article_hints(text: str, gaz, outlet: str | None = None, url: str | None = None) -> Hints:
    from collections import Counter
    counts: Counter = Counter()
    us_sign: bool | None = None  # looked for only in a story that names Georgia
    surnames = frozenset(m.group(1) or m.group(2) for m in NAME_WITH_AGE.finditer(text[:20000]))
    for m in CAPSEQ.finditer(text[:20000]):
        name = m.group(1)
        c = gaz.country(name)
        if c and c.country and len(name) > 3:
            if name in surnames:
                continue  # "Laquantae Jordan, 18, turned himself in": his surname, not the country
            if _state_named(c, name, gaz):
                if us_sign is None:
                    us_sign = _us_sign(text[:20000], gaz)
                if us_sign:
                    continue  # "a 15-year-old Georgia boy" of "Carlton, Georgia" is no Georgian
            counts[c.country] += 1
    for adj, cc in NATIONALITY.items():
        n = len(re.findall(r"\b" + adj + r"\b", text[:20000]))
        if n:
            counts[cc] += n
    # US states named count for the US (a local story that mentions Panama is still American);
    # police and sheriffs only where nothing else says which country
    # (a state a suspect was caught in is not the story's: "arrested in Tennessee" in a Waukegan story)
    state, votes, named_states = _main_state(_CAUGHT_IN.sub(" ", text), gaz)
    # a story another station wrote carries its sign-off: "Stay with Channel 4 and WSMV.com" on a
    # Birmingham station's page tells of Antioch, Tennessee
    owner = _COPYRIGHT_STATION.findall(text[-COPYRIGHT_TAIL:])
    station = (_station_town(owner[-1], None, gaz) if owner else None) or _station_town(outlet, url, gaz)
    if station is not None:
        # a local station's story is American: "Lebanon" and "Jordan" in it are a town and a name
        counts["US"] = max(counts.values(), default=0) + 1
    us_local = not counts or "US" in counts
    if state is None and us_local:
        # "The Routt County Sheriff's Office said": the lead's counties tell the state (not those of
        # the other stories a page lists at its foot)
        state = _county_state(text[:LEAD_CHARS], gaz)
    quarters = _quarters(text)
    cities = _big_cities(text, gaz, quarters) if us_local else []
    if len({c.admin1 for c in cities}) == 1 and (state is None or (
            cities[0].admin1 not in named_states
            and len(re.findall(r"\b" + re.escape(cities[0].name) + r"\b", text[:20000])) >= votes)):
        # "Pittsburgh police": the story is in Pennsylvania; and "shootings across Chicago" is in
        # Illinois though a victim "lived in South Bend, Indiana" (a state named no more often
        # than the city, which it does not hold)
        state = cities[0].admin1
    agency = _state_agency(text[:AGENCY_CHARS]) if us_local else None
    if agency:
        # "according to the State Law Enforcement Division": South Carolina's own police, whatever
        # state the page's station is in
        state = agency
    if us_local:
        if state or re.search(r"\b(?:police|sheriff|county|deputies)\b", text[:5000], re.I):
            counts["US"] += 1
    elif state and votes >= max(counts.values()):
        counts["US"] += votes
    else:
        state = None
    hints = Hints(countries=[c for c, _ in counts.most_common(4)], admin1=state, states=named_states,
                  surnames=surnames)
    if len(cities) == 1 and cities[0].admin1 == state and hints.countries[:1] == ["US"]:
        hints.city = cities[0]
        # "the Englewood neighborhood": "Englewood" elsewhere in the story is that quarter too
        hints.quarters = quarters
    hints.dateline = _dateline(text, gaz, hints)
    if hints.dateline is not None:
        p = hints.dateline.place
        if p.country and p.country not in hints.countries:
            hints.countries.insert(0, p.country)
        if p.country == "US" and p.admin1 and not p.ambiguous:
            hints.admin1 = p.admin1  # the dateline's state is the story's state
        hints.home = p.country
    if us_local:
        hints.site = station or (_site_town(outlet, gaz) if outlet else None) or \
            (_host_town(url, gaz) if url else None)
        if hints.site is not None and hints.city is not None and hints.site.admin1 != hints.city.admin1 and \
                hints.dateline is None and _times_named(hints.site.name, text) >= max(
                    2, _times_named(hints.city.name, text)):
            # "sent the woman $600 for a flight to Philadelphia", in a Trenton paper's police blotter
            # that names Trenton twice: the paper's town and state, not the big city's across a state
            # line
            hints.city, hints.quarters, hints.admin1 = None, frozenset(), hints.site.admin1
        if hints.site is not None and not hints.countries:
            hints.countries = ["US"]  # a local paper's story that names no country at all (the page
            # kept only its headline: "Teen gunshot death appears accidental" on galesburg.com)
        if hints.site is not None and hints.countries[:1] == ["US"] and hints.home is None:
            hints.home = "US"  # a local site's story: "shot in Bordeaux" is a quarter of its own town
    joint = _joint_police_town(text, gaz) if hints.countries[:1] == ["US"] and hints.admin1 is None else None
    if joint is not None:
        # "Savannah-Chatham Metro Police" on a Memphis station's page: the county tells which
        # Savannah, and so the story's state (a syndicated story is not the station's own)
        hints.admin1 = joint.admin1
    if hints.countries[:1] == ["US"] and (hints.admin1 or hints.site):
        # with no state named, the site's: a Richmond, Va. station's "Richmond police" are Virginia's
        hints.agency = _police_town(text, gaz, hints.admin1 or hints.site.admin1)
        hints.sheriff = _sheriff_county(text, gaz, hints.admin1 or hints.site.admin1)
    elif hints.countries[:1] == ["US"]:
        hints.agency = _police_city(text, gaz)  # "according to Salinas police": no state needed
    return hints


def _times_named(name: str, text: str) -> int:
    return len(re.findall(r"\b" + re.escape(name) + r"\b", text[:20000]))


_CAUGHT_IN = re.compile(r"\b(?:arrested|apprehended|captured|caught|extradited|detained)\s+"
                        r"(?:[a-z]+\s+){0,3}?(?:in|near)\s+(?:[A-Z][a-z]+\s?){1,3}")


# the investigators of one state only, named by their own short names: the story is in that state
STATE_AGENCIES = {"SLED": "South Carolina", "State Law Enforcement Division": "South Carolina",
                  "TBI": "Tennessee", "GBI": "Georgia", "FDLE": "Florida", "OSBI": "Oklahoma", "KBI": "Kansas"}
_STATE_AGENCY = re.compile(r"\b(" + "|".join(STATE_AGENCIES) + r")\b")
AGENCY_CHARS = 3000  # the lead and the story's first paragraphs, not the other stories a page lists


def _state_agency(text: str) -> str | None:
    states = {STATE_AGENCIES[m.group(1)] for m in _STATE_AGENCY.finditer(text)}
    return states.pop() if len(states) == 1 else None


_SITE_STATE = re.compile(r",\s*([A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)")


def _site_town(outlet: str, gaz) -> Place | None:
    """The town a site names with its state ("WTVM.com-Columbus, GA News Weather & Sports",
    "KSLA News 12 Shreveport, Louisiana"), else the one big city it names ("wave3.com-Louisville
    News"): where a local station is."""
    for m in _SITE_STATE.finditer(outlet):
        state = gaz.state_hint(m.group(1)) or gaz.state_hint(m.group(1).split()[0])  # "GA News"
        if not state:
            continue
        words = [w for w in re.split(r"[\s\-–—|:]+", outlet[:m.start()]) if w]
        for k in range(min(3, len(words)), 0, -1):
            p = gaz.lookup(" ".join(words[-k:]), countries=["US"], admin1=state)
            if p is not None and p.precision == "town" and p.admin1 == state:
                return p
    for m in _SITE_CITY_NEWS.finditer(outlet):
        p = _big_city(gaz, m.group(1))
        if p is not None:
            return p
    return None


_SITE_CITY_NEWS = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+News\b")
# a newspaper named after its town: palmbeachpost.com, fresnobee.com, detroitnews.com
PAPER_WORDS = ("post", "times", "herald", "news", "tribune", "gazette", "journal", "star", "courier", "register",
               "press", "observer", "sun", "leader", "telegram", "chronicle", "dispatch", "review", "bee", "eagle",
               "citizen", "examiner", "reporter", "globe", "sentinel", "online", "daily", "today", "record",
               "enquirer", "inquirer", "statesman", "independent", "republican", "democrat", "standard",
               "mercury", "live", "now", "weekly", "voice", "bulletin", "argus")
HOST_TOWN_POP = 8_000  # a paper's town has some size: "heraldtribune" is no paper of Herald, Calif.
CITY_SITE_POP = 100_000  # "chicago.suntimes.com": a network names its local sites for big cities
_HOST = re.compile(r"https?://(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)


# a station's own address: its call sign, then "tv" or its channel ("wbaltv", "kctv5", "wave3")
_STATION_HOST = re.compile(r"([kw][a-z]{2,3})(?:-?tv)?\d{0,2}")
_STATION_OUTLET = re.compile(r"\b([KW][A-Z]{2,3})(?:-?TV)?\b")
COPYRIGHT_TAIL = 3000  # characters at the foot of a page where its sign-off is
# its sign-off: "Copyright 2017 WSMV", "Stay with Channel 4 and WSMV.com for updates"
_COPYRIGHT_STATION = re.compile(r"\b(?:Copyright\s+(?:©\s*)?\d{4}|Stay\s+with(?:\s+[\w ]{1,20}?\s+and)?)\s+"
                                r"([KW][A-Z]{2,3})(?:-?TV)?(?:\.com)?\b")


@lru_cache(maxsize=1)
def _stations() -> dict[str, tuple[str, str]]:
    """Call sign -> (town, state code), from data/us_tv_stations.tsv."""
    from importlib import resources
    out = {}
    text = resources.files("civcas.extract").joinpath("data/us_tv_stations.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            call, town, state = line.split("\t")
            out[call.lower()] = (town, state)
    return out


def _station_town(outlet: str | None, url: str | None, gaz) -> Place | None:
    """The town of the local station that ran the story, by the call sign of its site's address
    or in its name ("wsmv.com", "WSMV Channel 4", "FOX10 News | WALA")."""
    hosts = _HOST.findall(url) if url else []
    # ("m.wsbtv.com": a mobile site's address)
    calls = [m.group(1) for h in hosts[-1:]
             if (m := _STATION_HOST.fullmatch(re.sub(r"^(?:m|mobile)\.", "", h.lower()).split(".")[0]))]
    calls += [m.group(1).lower() for m in _STATION_OUTLET.finditer(outlet or "")]
    stations = _stations()
    for call in calls:
        if call in stations:
            town, code = stations[call]
            state = gaz.state_hint(code)
            p = gaz.lookup(town, countries=["US"], admin1=state)
            if p is not None and p.precision == "town" and p.admin1 == state:
                return p
    return None


@lru_cache(maxsize=1)
def _newspapers() -> dict[str, tuple[str, str]]:
    """Web address -> (town, state code), from data/us_newspapers.tsv."""
    from importlib import resources
    text = resources.files("civcas.extract").joinpath("data/us_newspapers.tsv").read_text("utf-8")
    return {host: (town, state) for line in text.splitlines() if line.strip() and not line.startswith("#")
            for host, town, state in [line.split("\t")]}


def _newspaper_town(host: str, gaz) -> Place | None:
    """The town of the daily whose site this is ("jdnews.com", "m.ajc.com"): the paper's own."""
    labels = host.lower().split(".")
    for i in range(len(labels) - 1):  # ("chicago.suntimes.com", "m.ajc.com": the paper's address)
        if (entry := _newspapers().get(".".join(labels[i:]))) is not None:
            town, code = entry
            state = gaz.state_hint(code)
            p = gaz.lookup(town, countries=["US"], admin1=state)
            return p if p is not None and p.admin1 == state else None
    return None


def _host_town(url: str, gaz) -> Place | None:
    """The town of a daily whose site it is (by the table of papers), or the town a newspaper's
    web address is named after (the last address, where an archive's wraps the paper's:
    "fresnobee.com", "galesburg.com"), when no other town of the US has that name; or the big
    city of a network's local site ("chicago.suntimes.com", "pittsburgh.cbslocal.com")."""
    hosts = _HOST.findall(url)
    if not hosts:
        return None
    labels = hosts[-1].lower().split(".")
    if (m := PATCH_PATH.search(url)) is not None:
        # Patch's local sites name their state and town: patch.com/georgia/decatur
        state = gaz.state_hint(m.group(1).replace("-", " ").title())
        town = gaz.lookup(m.group(2).replace("-", " ").title(), countries=["US"], admin1=state) if state else None
        if town is not None and town.country == "US" and town.admin1 == state and town.precision == "town":
            return town
    return _newspaper_town(hosts[-1], gaz) or _town_of_host(labels[0], gaz) or (
        _town_of_stem(labels[0], gaz, CITY_SITE_POP) if len(labels) >= 3 and labels[0].isalpha() else None) or (
        # a paper whose address is its town's name alone: galesburg.com (not a big city's,
        # kansascity.com, whose pages carry the state's news)
        _small_town(_town_of_stem(labels[0], gaz, HOST_TOWN_POP), gaz) if len(labels) == 2 and labels[0].isalpha()
        else None)


PATCH_PATH = re.compile(r"\bpatch\.com(?::\d+)?/([a-z-]+)/([a-z-]+)/")


def _small_town(place: Place | None, gaz) -> Place | None:
    return place if place is not None and gaz.population(place) < CITY_SITE_POP else None


@lru_cache(maxsize=4096)
def _town_of_host(label: str, gaz) -> Place | None:
    if "-" in label:
        return None
    for suffix in sorted(PAPER_WORDS, key=len, reverse=True):
        stem = re.sub(r"^the", "", label[:-len(suffix)]) if label.endswith(suffix) else ""
        if len(stem) < 5 or stem in PAPER_WORDS:
            continue
        return _town_of_stem(stem, gaz, HOST_TOWN_POP)  # the longest paper word that ends the
        # name is the paper's: its stem or nothing
    return None


@lru_cache(maxsize=4096)
def _town_of_stem(stem: str, gaz, min_pop: int) -> Place | None:
    """The US town whose name, without its spaces, is `stem` ("palmbeach", "lasvegas")."""
    from itertools import combinations
    if len(stem) < 5:
        return None
    for k in range(3):  # the stem in one, two or three words: "palm beach", "las vegas"
        for cuts in combinations(range(3, len(stem) - 2), k):
            bounds = (0, *cuts, len(stem))
            words = [stem[a:b] for a, b in zip(bounds, bounds[1:])]
            if any(len(w) < 3 for w in words):
                continue
            p = gaz.lookup(" ".join(w.capitalize() for w in words), countries=["US"])
            if (p is not None and p.country == "US" and p.precision == "town"
                    and p.name.replace(" ", "").lower() == stem
                    # (a big city is the one meant: Pittsburgh, not Pittsburg, Calif.)
                    and (gaz.population(p) >= CITY_SITE_POP or not gaz.rivals(p))
                    and gaz.population(p) >= min_pop):
                return p
    return None


# "Toledo police", "the Clarksville Police Department": a town's own police
POLICE_OF = re.compile(r"\b((?:[A-Z][a-z]+[ -]){0,2}[A-Z][a-z]+)\s+(?:[Pp]olice\b|PD\b)")


def _police_town(text: str, gaz, state: str) -> Place | None:
    """The town of the first town police the story names, in its state (not "Pennsylvania State
    Police", not a county's sheriff)."""
    return _first_agency(POLICE_OF, text, gaz, state, "town", skip=_no_town_police)


POLICE_CITY_POP = 100_000


def _police_city(text: str, gaz) -> Place | None:
    """With no state named, the city whose police the story names, if it is a city of some size
    that no town of its name in another state rivals."""
    return _first_agency(POLICE_OF, text, gaz, None, "town", skip=_no_town_police,
                         accept=lambda p: gaz.population(p) >= POLICE_CITY_POP and not gaz.rivals(p))


# "Savannah-Chatham Metropolitan Police", "Charlotte-Mecklenburg Police", "Athens-Clarke County
# police": the police of a city and its county together
JOINT_POLICE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)-([A-Z][a-z]+)(?: County)?(?: Metro(?:politan)?)?\s+"
                          r"(?:[Pp]olice\b|PD\b)")


def _joint_police_town(text: str, gaz) -> Place | None:
    """The town of the first joint city-and-county police the story names, if one town of that
    name lies in a county of that name."""
    for m in JOINT_POLICE.finditer(text[:5000]):
        county = m.group(2) + " County"
        found = [p for p in gaz.candidates(m.group(1))
                 if p.country == "US" and p.precision == "town" and p.name == m.group(1) and p.admin2 == county]
        if len({p.admin1 for p in found}) == 1:
            return found[0]
    return None


def _no_town_police(name: str) -> bool:
    return name in NOT_PLACES or name.split()[-1] in ("State", "Capitol", "Metro", "University", "Transit",
                                                       "Park", "County", "Tribal", "Campus", "Airport")


# "the Sarasota County Sheriff's Office", "Clermont County sheriff's deputies": a county's own police
SHERIFF_OF = re.compile(r"\b((?:[A-Z][a-z]+[ -]){1,2}(?:County|Parish))\s+(?:[Ss]heriff|[Dd]eputies)")


def _sheriff_county(text: str, gaz, state: str) -> Place | None:
    """The county of the first county sheriff the story names, in its state."""
    return _first_agency(SHERIFF_OF, text, gaz, state, "district", exact=True)


LEAD_CHARS = 800
COUNTY_NAME = re.compile(r"\b((?:[A-Z][a-z]+[ -]){1,2}(?:County|Parish))\b")


def _county_names(text: str) -> list[str]:
    """"Paulding County", "Orleans Parish": the counties `text` names, in order."""
    return [re.sub(r"^(?:The|A|An|In|At|Of)\s+", "", m.group(1)) for m in COUNTY_NAME.finditer(text)]


def _county_state(text: str, gaz) -> str | None:
    """The state of the counties `text` names: only counties whose name no other state has
    (Chenango County; not Washington County) or that hold a town the text names, all in one
    state."""
    states = set()
    for name in _county_names(text):
        found = {p.admin1 for p in gaz.candidates(name)
                 if p.country == "US" and p.precision == "district" and p.name == name}
        if len(found) > 1:
            # (Paulding County, Ohio or Georgia: the one with the town the story names in it)
            found = {p.admin1 for t in CAPSEQ.finditer(text) for p in gaz.candidates(t.group(1))
                     if p.country == "US" and p.precision == "town" and p.admin2 == name and p.admin1 in found}
        if len(found) == 1:
            states |= found
    return next(iter(states)) if len(states) == 1 else None


# "(photo gallery caption) Fort Worth Police Department/via AP": who took a picture, not whose
# streets the story is on
PHOTO_CREDIT = re.compile(r"[^\n.]{0,40}?/\s*(?:via\s+)?(?:AP|Reuters|Getty|AFP)\b")


def _first_agency(rx: re.Pattern, text: str, gaz, state: str | None, precision: str, *,
                  skip=lambda name: False, exact: bool = False, accept=lambda place: True) -> Place | None:
    """The place of the first agency `rx` finds in the story's head whose name is a place of
    `precision` in `state` (any state where None; `exact`: by that very name) that `accept`s."""
    for m in rx.finditer(text[:5000]):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        if PHOTO_CREDIT.match(text, m.end()):
            continue
        words = name.replace("-", " ").split()
        if words[-1] in METRO and len(words) > 1:
            # "Savannah-Chatham Metropolitan Police", "Las Vegas Metro Police": the city's and its
            # county's police, named for the city first
            names = [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]
        elif skip(name):
            continue
        else:
            names = [name]
        for name in names:
            p = gaz.lookup(name, countries=["US"], admin1=state)
            if p is not None and p.precision == precision and (state is None or p.admin1 == state) and \
                    (not exact or p.name == name) and accept(p):
                return p
    return None


METRO = ("Metro", "Metropolitan")


def first_line_place(doc, offset: int, gaz, hints: Hints) -> PlaceMention | None:
    """The town the first line (the headline) names, for events no sentence of theirs places:
    "Wichita homicide under investigation"."""
    for sent in doc.sents:
        towns = [m for m in find_places(sent, offset, gaz, hints)
                 if PRECISION_RANK.get(m.place.precision, 9) <= PRECISION_RANK["district"] and not m.residence]
        if towns:
            return towns[0]
    return None


BIG_CITY_POP = 300_000


def _big_cities(text: str, gaz, quarters: frozenset[str]) -> list[Place]:
    """The big US cities a story names, each once, in order, but for the names it calls
    neighborhoods (`quarters`)."""
    cities: dict[str, Place] = {}
    seen: set[str] = set()
    for m in CAPSEQ.finditer(text[:5000]):
        name = m.group(1)
        if name in seen or (len(name) < 4 and name not in CITY_SHORT_NAMES) or name in NOT_PLACES:
            continue
        if name in quarters:
            continue  # "the Austin neighborhood" of Chicago names no city, in the headline neither
        seen.add(name)
        if BLOCK_OF.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "the 100 block of Oakland" names a street
        if PHOTO_CREDIT.match(text, m.end()):
            continue  # "Fort Worth Police Department/via AP": who took a photo
        # "Chicago Police", "Chicago Sun-Times Wire": the city is the name's head
        words = name.split()
        nxt = re.match(r"[ \t]+([\w.]+)", text[m.end():m.end() + 20])
        after = words[1:] + [nxt.group(1) if nxt else ""]  # the word after each head
        for k in range(len(words), 0, -1):
            head = " ".join(words[:k])
            if STREET.fullmatch(after[k - 1]) or _COUNTY_WORD.fullmatch(after[k - 1]):
                break  # "Oakland Street", "Oakland County Sheriff's Office" name no city
            city = _big_city(gaz, head)
            if city is not None:
                if _county_town(text, gaz, head, city) is None:
                    cities.setdefault(city.name, city)
                break  # ("in Dallas" in a story of Paulding County names Dallas, Georgia)
            if k > 1 and _town_named(gaz, head):
                break  # "Detroit Lakes", "Brooklyn Center": a town of its own, not the big city
    return list(cities.values())


_COUNTY_WORD = re.compile(r"(?:County|Parish|Township|Borough|Co\.|Co)(?!\w)")


def _county_town(text: str, gaz, name: str, city: Place) -> Place | None:
    """The town of `name` in a county the story's lead names, in another state than the big `city`
    of the name: "in Paulding County ... on Camp Circle in Dallas" is Dallas, Georgia."""
    counties = set(_county_names(text[:LEAD_CHARS]))
    if not counties:
        return None
    return next((p for p in gaz.candidates(name) if p.country == "US" and p.precision == "town"
                 and p.admin2 in counties and p.admin1 != city.admin1), None)


def _quarters(text: str) -> frozenset[str]:
    """The names a story calls neighborhoods ("the Englewood neighborhood")."""
    return frozenset(m.group(1) for m in CAPSEQ.finditer(text[:20000])
                     if NEIGHBOURHOOD_AFTER.match(text[m.end():m.end() + 16]))


@lru_cache(maxsize=50_000)
def _town_named(gaz, name: str) -> bool:
    """A US town is called by exactly this name."""
    p = gaz.lookup(name, countries=["US"])
    return p is not None and p.country == "US" and p.precision == "town" and p.name.casefold() == name.casefold()


@lru_cache(maxsize=50_000)
def _big_city(gaz, name: str) -> Place | None:
    """The big US city of this name, if there is one and no other town of the name rivals it
    (memoised: names repeat)."""
    p = gaz.lookup(name, countries=["US"])
    if (p is not None and p.country == "US" and p.precision == "town" and gaz.population(p) >= BIG_CITY_POP
            and not gaz.rivals(p)):  # "Cleveland" alone may be Cleveland, Tennessee
        return p
    return None


def home_place(hints: Hints, gaz) -> PlaceMention | None:
    """Where a US story is, when no sentence places its event: the one big city it names, or the
    town whose police it names ("Cincinnati police said": police of a town work its streets), or
    the county whose sheriff it names, or the town of the local station that ran it, else its
    state. As a place without offsets: no sentence names it as the event's."""
    if "US" not in hints.countries[:1]:
        return None
    if hints.city is not None or hints.agency is not None or hints.sheriff is not None:
        return PlaceMention(0, 0, "", hints.city or hints.agency or hints.sheriff)
    if hints.site is not None and hints.site.admin1 and hints.admin1 in (None, hints.site.admin1):
        # "Teen girl shot in the leg in Mosby Court - NBC12 - WWBT - Richmond, VA": a local
        # station's story that names no town is likeliest in the station's town (a guess: marked
        # ambiguous, so resolution does not take its point as known)
        return PlaceMention(0, 0, "", replace(hints.site, ambiguous=True))
    if not hints.admin1:
        return None
    place = gaz.lookup(hints.admin1, countries=["US"])
    if place is None or place.precision != "governorate":
        return None
    return PlaceMention(0, 0, "", place)


_US_SIGN = re.compile(r"\b(?:County|[Ss]heriff'?s?|deputies)\b")


def _state_named(country: Place, name: str, gaz) -> bool:
    """A country that shares its name with a US state: Georgia."""
    return country.country != "US" and gaz.state_hint(name) == name


def _us_sign(text: str, gaz) -> bool:
    """The story is told in American terms: a county, a sheriff, or a town followed by its state
    ("Carlton, Georgia")."""
    return bool(_US_SIGN.search(text)) or any(
        gaz.state_hint(m.group(1)) for m in STATE_RX.finditer(text))


# "near Ogden and Kostner avenues": two streets that cross, named with one plural street word
_STREETS = r"(?:avenues|streets|roads|boulevards|drives|lanes)\b"
CROSS_STREETS = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.]*\s+){1,3}" + _STREETS)
CROSS_STREETS_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+(?:and|&)\s+$")
STREETS_AFTER = re.compile(r"\s+" + _STREETS)
INTERSECTION_BEFORE = re.compile(r"\b(?:near|at)\s+(?:the\s+)?[A-Z][\w.]*\s+(?:and|&)\s+$")
INSTITUTION_BEFORE = re.compile(r"\b(?:University|College) of\s+$")
INSTITUTION_AFTER = re.compile(r"^\s+(?:State\s+)?(?:University|College|Medical|Hospital|Children['’]s)\b")


def _main_state(text: str, gaz) -> tuple[str | None, int, frozenset[str]]:
    """The US state an article is about: the one it names most, in full ("Maryland") or in the
    AP style after a town ("Bethesda, Md."); with the number of times it is named, and all the
    states it names."""
    from collections import Counter
    votes: Counter = Counter()
    for m in STATE_NAMES.finditer(text[:20000]):
        if not (BLOCK_OF.search(text[max(0, m.start() - 40):m.start()])
                or STREET.match(text[m.end():m.end() + 12].lstrip())  # "South California Avenue"
                # "flown to the University of Tennessee Medical Center" from Williamsburg, Ky.
                or INSTITUTION_BEFORE.search(text[max(0, m.start() - 20):m.start()])
                or INSTITUTION_AFTER.match(text[m.end():m.end() + 30])
                # "the California neighborhood" of Louisville, "near Twain and Maryland" (a street)
                or NEIGHBOURHOOD_AFTER.match(text[m.end():m.end() + 16])
                or INTERSECTION_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                or re.match(r"\s+(?:County|Co\.|Parish)(?!\w)", text[m.end():m.end() + 10])):  # "Delaware County", Pa.
            if text.startswith(" City", m.end()):
                # "Kansas City" is in Missouri, "New York City" in New York: the city's state
                # ("Kansas City, Kan.": the state named after it has its vote)
                after = STATE_RX.match(text, m.end() + 5)
                city = None if after and gaz.state_hint(after.group(1)) else \
                    gaz.lookup(m.group(1) + " City", countries=("US",))
                if city is not None and city.admin1:
                    votes[city.admin1] += 1
                continue
            votes[m.group(1)] += 1
    for m in STATE_RX.finditer(text[:20000]):
        st = gaz.state_hint(m.group(1))
        if st:
            votes[st] += 1
    if not votes:
        return None, 0, frozenset()
    best, n = votes.most_common(1)[0]
    named = frozenset(st for v in votes if (st := gaz.state_hint(v) or v))
    return gaz.state_hint(best) or best, n, named


def _name_case(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in name.split())


def _unknown_in_state(name: str, state: str) -> Place:
    """A US town (or county) named with its state, which the gazetteer lacks in that state: placed
    by name and state, without coordinates, rather than at a namesake in another state."""
    name = _name_case(name)
    return Place(name, country="US", admin1=state,
                 precision="district" if re.search(r"\b(?:County|Parish)$", name) else "town")


def _dateline(text: str, gaz, hints: Hints) -> PlaceMention | None:
    """The place of a dateline near the top of the text, resolved with the state it names."""
    for m in [*DATELINE.finditer(text[:1500]), *LONE_DATELINE.finditer(text[:LEAD_CHARS])]:
        city = m.group("city").strip()
        if len(city) < 3 or city in ("AP", "UPDATE", "BREAKING", "WATCH", "VIDEO", "PHOTOS"):
            continue
        name = _name_case(city)
        state = gaz.state_hint(m.group("state")) if m.group("state") else None
        countries = hints.countries
        if m.group("state") and not state:
            c = gaz.country(m.group("state"))
            countries = [c.country] if c and c.country else countries
        place = gaz.lookup(name, countries=countries, admin1=state or hints.admin1)
        if state and (place is None or (place.country == "US" and place.admin1 != state)):
            place = _unknown_in_state(name, state)  # "ANTIOCH, Tenn. (WKRN) –": not Antioch, California
        if place is not None and not (state or hints.admin1):
            place = _mark_ambiguous(place, gaz)
        if place is not None and place.ambiguous and (county_state := _county_state(text[:5000], gaz)):
            # "NORWICH -- ... the Chenango County 911 Dispatch Center": Norwich, New York
            place = gaz.lookup(name, countries=["US"], admin1=county_state) or place
            if place.admin1 != county_state:
                place = replace(place, ambiguous=True)
        if place is not None and place.precision in ("town", "neighbourhood", "district", "exact"):
            return PlaceMention(m.start("city"), m.end("city"), m.group("city"), place, True)
    return None


NATIONALITY = {"Iraqi": "IQ", "Syrian": "SY", "Israeli": "IL", "Palestinian": "PS", "Lebanese": "LB",
               "Yemeni": "YE", "Afghan": "AF", "Libyan": "LY", "Somali": "SO", "Nigerian": "NG",
               "Ukrainian": "UA", "Sudanese": "SD", "Malian": "ML", "Pakistani": "PK", "Turkish": "TR",
               "Kurdish": "IQ", "Gazan": "PS"}
STATE_RX = re.compile(r",\s*((?:[A-Z][a-z]+\.?\s?){1,2}|[A-Z]\.[A-Z]\.|[A-Z]{2})(?=[\s,.)]|$)")


STATE_NAMES = re.compile(r"\b(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
                         r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
                         r"Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
                         r"New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
                         r"Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
                         r"West Virginia|Wisconsin|Wyoming)\b")


ON_BEFORE = re.compile(r"\bon\s+$")


def find_places(sent, offset: int, gaz, hints: Hints, exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Place mentions in a parsed sentence, resolved; `exclude` holds article offsets of
    claimant phrases ("the Russian Defense Ministry" names no place of the event)."""
    text = sent.text
    base = sent.start_char
    # names the model calls places are candidates; other capitalised words only where the grammar
    # says place ("in X", "near X", "X district"): surnames and "Abu Omar" are towns somewhere too
    cands: dict[tuple[int, int], str] = {}
    people = [(e.start_char - base, e.end_char - base) for e in sent.ents if e.label_ in ("PERSON", "ORG", "NORP")]
    for ent in sent.ents:
        s, e = ent.start_char - base, ent.end_char - base
        t = re.sub(r"^(?:the|The)\s+", "", ent.text)
        s += len(ent.text) - len(t)
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("ORG", "NORP", "PERSON") and _locative(text, s, e)):
            cands[(s, e)] = t
    for m in CAPSEQ.finditer(text):
        s, e = m.start(1), m.end(1)
        if (s, e) in cands or any(a <= s < b for a, b in people):
            continue
        if _locative(text, s, e):
            cands[(s, e)] = m.group(1)
    out: list[PlaceMention] = []
    # the longest name first: "Brooklyn Center" is not Brooklyn, "Manhattan Beach Boulevard" is a
    # street and not Manhattan; a shorter name at the same start is read only if the longer one
    # named nothing the gazetteer knows ("Mosul residential")
    taken: set[int] = set()
    for (s, e), name in sorted(cands.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if s in taken:
            continue
        taken.add(s)
        if re.search(r"s['’]$", name) or (text[e:e + 1] and text[e:e + 1] in "'’" and text[e:e + 2] not in ("'s", "’s")):
            continue  # "Collins’ home": a plural-looking possessive is a person's, not a place's
        name = re.sub(r"['’]s$", "", name).strip()
        gs, ge = s + base + offset, e + base + offset
        if any(a <= gs < b for a, b in exclude):
            continue
        if BASED.match(text[e:e + 8]):
            continue  # "a London-based group": where the group sits, not where it happened
        if PHOTO_CREDIT.match(text, e):
            continue  # "Fort Worth Police Department/via AP": a photo's credit
        if BODY_IN.search(text[max(0, s - 60):s]):
            continue  # "the Palestinian Journalists Forum in Lebanon": where a body sits
        if FAMILY_AFTER.match(text[e:e + 12]):
            continue  # "the Anbar family home": a family's name, not the province
        if s and text[s - 1] == "(" and text[e:e + 1] == ")" and any(b >= s - 3 for a, b in people if b <= s):
            continue  # "Azza Mushtaha (Samara)": her family name, not a town
        words = name.split()
        if not words or words[0] in NOT_PLACES or name in NOT_PLACES:
            continue
        if len(words) == 1 and ON_BEFORE.search(text[max(0, s - 4):s]) and hints.countries[:1] == ["US"] \
                and not STATE_RX.match(text[e:e + 40]):
            continue  # "fatally shot on Broadway", "Shooting on Hearne at 2:30 a.m.": in an American
            # story, a street (an airstrike "on Rafah" strikes a town)
        if text[e:e + 4] == " Co." and len(words) < 3:
            e += 3
            words.append("Co.")
        if len(words) > 1 and words[-1] in ("Co.", "Co"):
            words[-1] = "County"  # "Harrison Co. shooting": the county, not Harrison, New York
            name = " ".join(words)
        if name in hints.person_words and not (IN_BEFORE.search(text[max(0, s - 12):s])
                                               or STATE_RX.match(text[e:e + 40])):
            continue  # "Victoria Whitehurst ... It struck Victoria": the girl, not the town
        if name in hints.surnames and not _locative(text, s, e):
            continue  # "Camacho and Rivera were discovered dead": brothers named before with their
            # ages ("Filogonio Rivera, 20"), not Pico Rivera
        if HOSPITAL_STAY.search(text[max(0, s - 40):s]):
            continue  # "listed in critical condition at Mt. Sinai": a hospital, not the town
        if STREET.match(words[-1]) or STREET.match(text[e:e + 12].lstrip()) or CROSS_STREETS.match(text, e) \
                or CROSS_STREETS_BEFORE.search(text[max(0, s - 40):s]) and STREETS_AFTER.match(text, e):
            continue  # "Hillview Drive", "Alameda Road", "near Ogden and Kostner avenues": a street,
            # not the town of that name
        if BLOCK_OF.search(text[max(0, s - 40):s]):
            continue  # "the 300 block of South California": a street, not the state
        if CARE_IN.search(text[max(0, s - 120):s]):
            continue  # "taken to Christ Medical Center in Oak Lawn": where the wounded went
        if HOSPITAL_NAME.match(text[e:e + 60]) or HOSPITAL_NAME.search(" " + name):
            continue  # "at St. Louis Children's Hospital", "Kings County Hospital": a hospital's name
        if SCHOOL_NAME.match(text[e:e + 30]) or SCHOOL_NAME.search(" " + name):
            continue  # "a Seminole High School student" (in Sanford), "across the street from Oak Hill
            # Elementary" (in Tuscaloosa): a school's name, not the town
        owner = CITY_OWNS.search(text[max(0, s - 40):s]) or CITY_OWNS_IN.match(name)
        if owner and NEIGHBOURHOOD_AFTER.match(text[e:e + 16]):
            city = _resolve(owner.group(1), gaz, hints, "")
            if city is not None and city.precision == "town" and city.country == "US":
                # "in Baltimore's Brooklyn neighborhood": a quarter of the city named, not Brooklyn, N.Y.
                # (whatever city the headline's "shot in Brooklyn" made the story's)
                out.append(PlaceMention(s + base + offset, e + base + offset, text[s:e], replace(
                    city, quarter=QUARTER_PREFIX.sub("", name)), _attached(sent, s + base)))
                continue
        if hints.city is not None and (name in hints.quarters or NEIGHBOURHOOD_AFTER.match(text[e:e + 16])):
            # "the Austin neighborhood on the West Side, according to Chicago police": a quarter
            # of the city the story is about. The gazetteer knows towns, not the quarters of US
            # cities, and its Austin is in Texas: the city is the most precise place known
            out.append(PlaceMention(s + base + offset, e + base + offset, text[s:e],  # (not "Chicago’s
                                    replace(hints.city, quarter=QUARTER_PREFIX.sub("", name)),  # Brighton Park")
                                    _attached(sent, s + base)))
            continue
        if len(words) == 1 and _adjective(sent, s + base) and PERSON_AFTER.match(text[e:e + 20]):
            continue  # "Young man found shot": an adjective, not Young, Arizona (but "the Rimal
            # neighborhood", which the tagger also calls an adjective, is a place)
        place = _resolve(name, gaz, hints, text[e:e + 40])
        # ("the Far South Side": a side of a city, whose first word is no town, not Pharr, Texas;
        # "Central City" is a quarter of New Orleans, not Central, Louisiana)
        nxt = NEXT_WORD.match(text, e)  # (the model's name may stop short: "the Noel Wien Public" Library)
        if place is None and len(words) > 1 and not FACILITY.match(words[-1]) and words[-1] not in ("Side", "City") \
                and not (nxt and FACILITY.fullmatch(nxt.group(1).capitalize())) \
                and not any(STREET.fullmatch(w.rstrip(".")) for w in words[1:]):  # ("the Naylor Road Metro")
            # "Mosul residential" / "Hazna 15": try the longest leading sub-name ("Libby Lake
            # Park" is a park, not Libby, Montana)
            for k in range(len(words) - 1, 0, -1):
                place = _resolve(" ".join(words[:k]), gaz, hints, "")
                if place is not None and place.country == "US" and (
                        place.precision == "governorate" or part_of_state(place)):
                    place = None  # "near the Central Florida Fairgrounds": a fair named for the
                    # state or a part of it, not where it is (Orlando police worked it)
                    break
                if place:
                    e = s + len(" ".join(words[:k]))
                    ge = e + base + offset
                    break
        if place is None:
            taken.discard(s)
            continue
        if place.precision in ("governorate", "country") and (
                NEIGHBOURHOOD_AFTER.match(text[e:e + 16]) or INTERSECTION_BEFORE.search(text[max(0, s - 40):s])):
            continue  # "in the California neighborhood" of Louisville, "shot near Twain and Maryland"
            # (Maryland Parkway, Las Vegas): a quarter and a street named for a state, not the state
        if place.country == "US" and place.precision == "town" and place.quarter is None:
            city = gaz.postal_city(place)
            if city is not None:  # "in Albany Park": a quarter of Chicago, at its own point
                place = replace(city, lat=place.lat, lon=place.lon, quarter=place.name, ambiguous=place.ambiguous)
        if _foreign(place, hints, text[e:e + 40]):
            continue
        if place.country != "US" and hints.countries[:1] == ["US"] and not _locative(text, s, e):
            continue  # "Jordan has been charged", "Savannah-Chatham Metro Police": in an American
            # story, a name abroad that no grammar makes a place is a surname or a word
        # "15 kilometers east of Mosul" just before the name: the place is near it, not in it
        before = text[max(0, s - 45):s]
        om = None
        for om in OFFSET.finditer(before):
            pass
        if om and om.end() >= len(before) - 1:
            km = float(om.group(1)) * (1.609 if om.group(0).lower().startswith(("mi",)) or " mile" in om.group(0).lower() else 1)
            bearing = om.group(2).lower()
            if bearing in ("from", "of", "outside"):
                bearing = None
            if out and out[-1].end <= gs and gs - out[-1].end < 60:
                # "Qaraqosh 20 km east of Mosul": Qaraqosh is the place; Mosul only locates it
                continue
            place = _offset(gaz, place, km, bearing)
        out.append(PlaceMention(gs, ge, text[s:e], place, _attached(sent, s + base),
                                bool(RESIDENCE_BEFORE.search(text[max(0, s - 20):s])) or bool(
                                    IS_A_BEFORE.search(text[max(0, s - 12):s]) and PERSON_AFTER.match(text[e:e + 20]))))
    return _combine_countries(out)


# "Blake Shurling, 20, of Tennille", "the two men, both of Dayton", "Wyatt Whitaker, from Nortonville":
# the town the people live in
RESIDENCE_BEFORE = re.compile(r"(?:\b\d{1,3},|,\s+(?:both|all)|\b[A-Z][a-z]+,)\s+(?:of|from)\s+$|"
                              # "identified as Aaron Alexis, 34, living in Fort Worth"
                              r"\b\d{1,3},\s+(?:who\s+)?(?:living|lived|lives|residing|resided|resides)\s+in\s+$|"
                              # "the wounded man, who is from Edwardsville", "a resident of Lenexa"
                              r",\s+who\s+(?:is|was|are|were)\s+(?:originally\s+)?from\s+$|"
                              r"\bwho\s+(?:lives|lived|live)\s+in\s+$|\ba\s+resident\s+of\s+$|"
                              # "An 18-year-old female from Milwaukee was shot" (at a hotel in Brookfield)
                              r"\b(?:man|woman|male|female|boy|girl|teen|teenager|juvenile|men|women|males|females|"
                              r"boys|girls|teens|teenagers|juveniles|-old)\s+from\s+$")


# "one of the five people killed in the shooting was a Virginia Beach man": where he lived
IS_A_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+an?\s+$")


# "Filogonio Rivera, 20", "Laquantae Jordan, 18,", "18-year-old Laquantae Jordan": a person's
# surname, told with their age (not "In Jordan, 12 people died": a word that opens a sentence is
# no given name; nor "a 15-year-old North Carolina boy": a word of a person follows a place)
NAME_WITH_AGE = re.compile(r"\b(?!(?:In|At|On|From|Near|Outside|Inside|The|And|But|For|Of|To|By|With|Since|After|"
                           r"Before|During|Across|Throughout|Today|Yesterday)\b)[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+"
                           r"([A-Z][a-z]+),\s*\d{1,2}\b(?!,\s*\d{4})|"
                           r"\b\d{1,2}-year-old\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z]+)\b"
                           r"(?![-‑]|\s+[a-z]+\b(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bhad)(?<!\band)(?<!\bwho)(?<!\bof)"
                           r"(?<!\bin))")
HOSPITAL_STAY = re.compile(r"\b(?:condition|pronounced dead|treated|hospitali[sz]ed)\s+at\s+(?:the\s+)?$", re.I)
CARE_IN = re.compile(CARE_DESTINATION.pattern + r"(?:\s+[\w'’.-]+){0,3}?\s+(?:in|at|of)\s+$", re.I)
# ("Loyola University medical center": the kind of place in lower case too)
HOSPITAL_NAME = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+(?i:Hospitals?|Medical Cent(?:er|re)|"
                           r"Trauma Cent(?:er|re)|Health (?:Cent(?:er|re)|System)|Infirmary|Clinic)\b")
# an American school's name: the town it names is often another than the one it stands in
SCHOOL_NAME = re.compile(r"\s+(?:Senior\s+|Junior\s+)?(?:High|Middle|Elem\w*|Intermediate|Primary)"
                         r"(?:\s+School)?(?:\s|$)")
_DIRECTIONS = frozenset(ADJECTIVES.values()) | {"central"}  # "northern", "south-western", ...


def part_of_state(p: Place) -> bool:
    """"North Texas", "central Ohio": a part of a US state, named from the state's own name."""
    return p.country == "US" and p.precision == "district" and not p.admin2 and p.name.split()[0] in _DIRECTIONS


# the last word of a name that names a spot, not the town its first words may name ("Libby Lake
# Park"); a school or a hospital is often named for its town ("the Beit Hanoun school"), so not these
FACILITY = re.compile(r"(?:Park|Lake|Mall|Plaza|Square|Gardens?|Apartments|Homes|Courts?|Manor|Terrace|"
                      r"Stadium|Arena|Field|Club|Lounge|Bar|Grill|Motel|Hotel|Inn|Library|"
                      # a quarter's name ("the Spring Branch area" of Houston is not Spring, Texas)
                      r"Branch|Heights|Hills|Estates|Acres|Meadows|Woods|Village)$")
NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z]+)")  # ("the Austin Oaks apartments": in lower case too)
# what may stand before a quarter's name: the city's ("Chicago’s Brighton Park"), the side of the city
# it is on ("the South Side Englewood neighborhood")
QUARTER_PREFIX = re.compile(r"^(?:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+|"
                            r"(?:(?:Far|Near)\s+)?(?:North|South|East|West)(?:east|west)?\s+Side\s+(?=[A-Z]))")
CITY_OWNS = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+$")  # "Baltimore's " before a quarter
CITY_OWNS_IN = re.compile(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+[A-Z]")  # or in its name
BLOCK_OF = re.compile(r"\bblock of\s+(?:(?:North|South|East|West|[NSEW]\.?)\s+)?$", re.I)
NEIGHBOURHOOD_AFTER = re.compile(r"\s+neighbou?rhoods?\b", re.I)
STREET = re.compile(r"(?:Road|Rd|Drive|Dr|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Circle|"
                    r"Parkway|Pkwy|Highway|Hwy|Terrace|Trail|Pike|Expressway|Freeway)\b\.?(?!\s+(?:of|in)\b)")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|into|across|inside|from|toward|towards|hit|struck|"
                             r"(?:city|town|village|camp|district|area|neighbou?rhood|province|governorate|"
                             r"settlement|suburb|outskirt|region|part|vicinity|center|centre|heart)s? of|"
                             r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)? of|"
                             r"(?:northern|southern|eastern|western|central))\s+(?:the\s+)?$", re.I)
# "Dayton police", "a Fall Branch man", "Euharlee officers": a town before the people it has
LOCATIVE_AFTER = re.compile(r"^(?:['’]s\b|\s+" + PLACE_WORDS + r"\b|,\s*(?:[A-Z][a-z]+\.?|[A-Z]{2})\b|"
                            r"\s+(?:police|PD|man|woman|men|women|teen|teenager|boy|girl|residents?|native|"
                            r"homeowner|couple|mother|father|officers?|sheriff|firefighters|hospital|"
                            r"neighbou?rhood|shootings?|homicides?|murders?|killings?|slayings?|stabbings?|"
                            r"standoff|gunfight)\b)")


# organisations, not places where things happen: "the Forum in Lebanon", "the Embassy in Cairo"
BODY_IN = re.compile(r"\b(?-i:[A-Z][\w'’-]*\s+)?(?:Forum|Ministry|Association|Union|Council|Committee|Agency|"
                     r"Network|Syndicate|Society|Office|Embassy|Consulate|Mission|Federation|Foundation|"
                     r"Observatory|Commission|Bureau)\s+(?:in|of)\s+(?:the\s+)?$")
PERSON_AFTER = re.compile(r"\s+(?:man|woman|men|women|teens?|teenagers?|boys?|girls?|couple|mother|father)\b")
IN_BEFORE = re.compile(r"\b(?:in|near|outside|at|from)\s+(?:the\s+)?$", re.I)
FAMILY_AFTER = re.compile(r"\s+(?:famil(?:y|ies)|clan|tribe)\b", re.I)


def _foreign(place: Place, hints: Hints, after: str) -> bool:
    """A town neither in the country of the story's first town (in a country it names) nor in any
    country it names: "the Dallas Al Maghribi School" in Gaza, "the Americana area" of Beit Lahia. A town
    abroad that matters is named with its country or state ("Mickleham, Australia")."""
    return hints.home is not None and place.country != hints.home and place.country not in hints.countries and \
        PRECISION_RANK.get(place.precision, 9) <= PRECISION_RANK["district"] and not STATE_RX.match(after)


def _locative(text: str, s: int, e: int) -> bool:
    """The grammar around a name says it is a place: "in Hazna", "Jabalia camp", "Houston, Texas"."""
    return bool(LOCATIVE_BEFORE.search(text[max(0, s - 60):s]) or LOCATIVE_AFTER.match(text[e:e + 30]))


def _resolve(name: str, gaz, hints: Hints, after: str) -> Place | None:
    if len(name) < 3 or name.isupper() and len(name) <= 3 and name not in ("UAE", "USA", *CITY_SHORT_NAMES):
        return None
    c = gaz.country(name)
    if c is not None and hints.countries[:1] == ["US"] and _state_named(c, name, gaz):
        return gaz.admin1("US", name) or c  # in an American story Georgia is the state
    if c is not None and hints.countries[:1] == ["US"] and hints.site is not None and c.precision == "country":
        # "in Lebanon" in a Nashville station's story: Lebanon, Tennessee, not the country
        t = gaz.lookup(name, countries=["US"], admin1=hints.site.admin1, near=(hints.site.lat, hints.site.lon))
        d = distance_km(t, hints.site) if t is not None and t.country == "US" and t.precision == "town" else None
        if d is not None and d <= SITE_KM:
            return t
    if c is not None:
        return c
    admin1 = hints.admin1
    m = STATE_RX.match(after)
    if m:
        admin1 = gaz.state_hint(m.group(1)) or admin1
    # where the story has been so far, else where the site that ran it is
    anchor = hints.last if hints.last and hints.last.lat is not None else hints.site
    near = (anchor.lat, anchor.lon) if anchor is not None else None
    place = gaz.lookup(name, countries=hints.countries, admin1=admin1, near=near)
    if place is None and admin1 is not None and not m and hints.dateline is not None and \
            (dl := hints.dateline.place).lat is not None:
        # "WASHINGTON — ... waiting for a bus in Temple Hills": a suburb across the state line
        across = gaz.lookup(name, countries=hints.countries, near=(dl.lat, dl.lon))
        if across is not None and (d := distance_km(across, dl)) is not None and d <= BORDER_KM:
            place = across
    if place is None and admin1 is not None and not m:
        place = _in_named_state(name, admin1, hints, gaz)
    if m and admin1 and place is not None and place.country == "US" and place.admin1 != admin1 and \
            place.precision == "town" and gaz.state_hint(m.group(1)) == admin1:
        return _unknown_in_state(name, admin1)  # "Antioch, Tennessee": not Antioch, California
    if place is not None and _out_of_state(place, admin1, hints, gaz):
        return _in_named_state(name, admin1, hints, gaz)
    if place is None or admin1 is not None:
        return place
    d = distance_km(place, hints.site) if hints.site is not None else None
    if d is not None and d <= SITE_KM:
        return place  # a town of the station's own area: no guess, whatever other states have
    if d is not None and d > FAR_FROM_SITE_KM and place.country == "US" and place.admin1 != hints.site.admin1 \
            and place.admin1 not in hints.states and gaz.population(place) < OUT_OF_STATE_POP:
        # "Antioch apartments" in a Nashville station's story that names no state: a quarter of
        # its own area the gazetteer lacks, not Antioch, Illinois
        return None
    return _mark_ambiguous(place, gaz)


SITE_KM = 150.0  # a local station's area
SITE_TOWN_KM = 50.0  # a station's own town and its suburbs
FAR_FROM_SITE_KM = 500.0  # a small town this far off, in a state never named, is no station's news


def _mark_ambiguous(place: Place, gaz) -> Place:
    """The place, marked ambiguous when no state was given and the name fits a town of the same
    country in another state about as well: resolution then does not take its point as known."""
    return replace(place, ambiguous=True) if gaz.rivals(place) else place


OUT_OF_STATE_POP = 500_000  # a city this big is news in other states too
BORDER_KM = 25.0  # a town this near the dateline's city is its suburb, whatever state it is in


def _in_named_state(name: str, admin1: str | None, hints: Hints, gaz) -> Place | None:
    """The one town of that name in the states the story names besides `admin1` ("DETROIT (AP) -
    ... at the armory in Brownsville", in a story that names Tennessee)."""
    found = [p for st in sorted(hints.states - {admin1})
             if (p := gaz.lookup(name, countries=["US"], admin1=st)) is not None
             and p.admin1 == st and p.precision == "town"]
    return found[0] if len(found) == 1 else None


def _out_of_state(place: Place, admin1: str | None, hints: Hints, gaz) -> bool:
    """A small US town in a state the article never names, in a story about another state:
    "Englewood" in a Chicago story is the neighbourhood, not the town in Colorado."""
    if place.country != "US" or not admin1 or not place.admin1 or place.admin1 == admin1:
        return False
    if place.admin1 in hints.states or place.precision not in ("town", "neighbourhood", "district"):
        return False
    if hints.site is not None and place.admin1 == hints.site.admin1 and (
            d := distance_km(place, hints.site)) is not None and d <= SITE_TOWN_KM:
        return False  # a Reno station's "shooting in Reno", in a story of an arrest in California
    if hints.dateline is not None and (d := distance_km(place, hints.dateline.place)) is not None \
            and d <= BORDER_KM:
        return False  # "WASHINGTON — ... shot while waiting for a bus in Temple Hills": a suburb
        # across the state line from the dateline's city
    if hints.dateline is not None and hints.dateline.place.admin1 == admin1:
        # "CHICAGO — A shooting in Austin": a story datelined in its own state is about a quarter
        # of that city, not about the big city of another state
        return True
    return gaz.population(place) < OUT_OF_STATE_POP


def _offset(gaz, place: Place, km: float, bearing: str | None) -> Place:
    from ..gazetteer import offset
    if bearing:
        return offset(place, km, bearing.replace("ern", ""))
    return Place(place.name, place.lat, place.lon, place.country, place.admin1, place.admin2,
                 "town", place.geonameid, km, None, place.ambiguous)


def _adjective(sent, char: int) -> bool:
    tok = next((t for t in sent if t.idx == char), None)
    return tok is not None and tok.tag_ == "JJ"


def _attached(sent, char: int) -> bool:
    tok = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return False
    t = tok
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in LOC_PREPS:
            return True
        if t.dep_ in ("compound", "poss", "nmod", "amod", "appos", "conj"):
            t = t.head
            continue
        break
    return False


def _combine_countries(ms: list[PlaceMention]) -> list[PlaceMention]:
    """'in Iraq and Syria': two countries joined by "and" are one region."""
    out: list[PlaceMention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        if (i + 1 < len(ms) and m.place.precision == "country" and ms[i + 1].place.precision == "country"
                and 0 < ms[i + 1].start - m.end <= 6):
            n = ms[i + 1]
            region = Place(f"{m.place.name} and {n.place.name}", None, None, None, None, None, "region")
            out.append(PlaceMention(m.start, n.end, f"{m.text} and {n.text}", region, m.attached or n.attached))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def most_precise(mentions: list[PlaceMention]) -> PlaceMention | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: (not m.attached, PRECISION_RANK.get(m.place.precision, 9), m.start))
