"""The data that flows between stages: Article, Figure, Claim, Incident, and their JSON forms.

Every class is a frozen dataclass; `to_json()` writes exactly the shapes of SCHEMA.md (version 1)
and `from_json()` reads them back, ignoring fields it does not know.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

CLAIM_SCHEMA = "civcas.claim/1"
INCIDENT_SCHEMA = "civcas.incident/1"
ARTICLE_SCHEMA = "civcas.article/1"

HARMS = ("killed", "injured", "missing", "detained")
GROUPS = ("civilians", "children", "women", "men", "people", "militants", "soldiers", "police",
          "medics", "journalists")
CIVILIAN_GROUPS = ("civilians", "people")
CIVILIAN_SUBGROUPS = ("children", "women", "men")
COMBATANT_GROUPS = ("militants", "soldiers", "police")
EVENT_TYPES = ("airstrike", "drone_strike", "shelling", "missile_strike", "explosive",
               "suicide_bombing", "chemical", "grenade", "armed_clash", "shooting", "attack",
               "massacre", "other")
# the ACLED sub-event type an ACLED-shaped export writes for each event type
ACLED_SUB_EVENT = {
    "airstrike": "Air/drone strike", "drone_strike": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack", "missile_strike": "Shelling/artillery/missile attack",
    "explosive": "Remote explosive/landmine/IED", "suicide_bombing": "Suicide bomb",
    "chemical": "Chemical weapon", "grenade": "Grenade", "armed_clash": "Armed clash",
    "shooting": "Attack", "attack": "Attack", "massacre": "Attack", "other": "Other",
}
CLAIMANT_TYPES = ("military", "government", "armed_group", "monitor", "ngo", "international",
                  "medical", "civil_defence", "local_source", "witness", "media", "unknown")
STANCES = ("asserted", "acknowledged", "denied", "disputed")
PRECISIONS = ("exact", "neighbourhood", "town", "district", "governorate", "country", "region")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
STATUSES = ("alleged", "acknowledged", "denied")


def refers_back(figure_text: str) -> bool:
    """A figure's words tell of one victim told of before: "the man", "the 18-year-old" (but not
    "the other man", "the second victim", "the man also killed")."""
    return bool(_REFERS_BACK.match(figure_text or "")) and not _ALSO.search(figure_text or "")


_REFERS_BACK = re.compile(r"the\s+(?!(?:other|second|third|fourth|fifth|another|last|two|three|four|both)\b)", re.I)
_ALSO = re.compile(r"\balso\b", re.I)


def stable_id(*parts: object, n: int = 16) -> str:
    """A short id that depends only on its parts, so that re-runs give the same ids."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:n]


def _clean(d: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {k: d[k] for k in names if k in d}


@dataclass(frozen=True)
class Article:
    """One news report as it came in. `text` is the cleaned text that every offset points into;
    when a title is known it is the first line of `text` (so headline claims have offsets too)."""
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None            # ISO date, possibly partial
    published_precision: str | None = None  # day | month | year
    published_source: str | None = None     # input | text | archive (a dated copy) | url (its address's day) | None
    source: str | None = None               # the file (and line) it was read from
    content_hash: str = ""

    @property
    def body_start(self) -> int:
        """Offset where the body begins (after the title line, when the title leads the text)."""
        if self.title and self.text.startswith(self.title + "\n"):
            return len(self.title) + 1
        if self.title and self.text == self.title:
            return len(self.text)  # a headline with no body
        return 0

    def to_json(self) -> dict[str, Any]:
        return {"schema": ARTICLE_SCHEMA, "id": self.id, "title": self.title, "url": self.url,
                "outlet": self.outlet, "published": self.published,
                "published_precision": self.published_precision,
                "published_source": self.published_source, "source": self.source,
                "content_hash": self.content_hash, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Article:
        return cls(**_clean(d, tuple(f.name for f in fields(cls))))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d.get("text") or "")


@dataclass(frozen=True)
class Figure:
    """A number of people harmed, as a range: e.g. "over 60 civilians killed" is
    Figure("killed", "civilians", 60, None, ...). None means not stated."""
    harm: str
    group: str
    min: int | None
    max: int | None
    text: str = ""
    start: int = 0
    end: int = 0
    partial: bool = False  # a count for part of the event (one hospital, one village)
    listed: bool = False   # the victims a report lists by name: all it knows of, a floor and a top

    def to_json(self) -> dict[str, Any]:
        d = {"harm": self.harm, "group": self.group, "min": self.min, "max": self.max,
             "text": self.text, "start": self.start, "end": self.end}
        if self.partial:
            d["partial"] = True
        if self.listed:
            d["listed"] = True
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Figure:
        return cls(d["harm"], d["group"], d.get("min"), d.get("max"), d.get("text") or "",
                   int(d.get("start") or 0), int(d.get("end") or 0), bool(d.get("partial")),
                   bool(d.get("listed")))


@dataclass(frozen=True)
class Claimant:
    name: str | None
    person: str | None = None
    type: str = "unknown"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "person": self.person, "type": self.type}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> Claimant | None:
        if not d:
            return None
        return cls(d.get("name"), d.get("person"), d.get("type") or "unknown")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None   # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    precision: str = "town"
    geonameid: int | None = None
    offset_km: float | None = None  # "15 km east of Mosul": the distance stated
    bearing: str | None = None      # ... and the direction
    # the name fits towns of other states as well, and the article names no state: this is the
    # likeliest of them ("Madison" with nothing else said is Madison, Wisconsin), not a known one
    ambiguous: bool = False
    # the quarter of a city the gazetteer does not know ("the Austin neighborhood" of Chicago): the
    # place is the city, and the quarter tells two events in it apart
    quarter: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = {"name": self.name, "lat": self.lat, "lon": self.lon, "country": self.country,
             "admin1": self.admin1, "precision": self.precision}
        if self.admin2:
            d["admin2"] = self.admin2
        if self.geonameid:
            d["geonameid"] = self.geonameid
        if self.offset_km is not None:
            d["offset_km"], d["bearing"] = self.offset_km, self.bearing
        if self.ambiguous:
            d["ambiguous"] = True
        if self.quarter:
            d["quarter"] = self.quarter
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> Place | None:
        if not d or not d.get("name"):
            return None
        return cls(d["name"], d.get("lat"), d.get("lon"), d.get("country"), d.get("admin1"),
                   d.get("admin2"), d.get("precision") or "town", d.get("geonameid"),
                   d.get("offset_km"), d.get("bearing"), bool(d.get("ambiguous")),
                   d.get("quarter") or None)


@dataclass(frozen=True)
class Claim:
    """One statement in one article that some harm happened: who says it, who did it, what,
    where, when, and its figures."""
    id: str
    article_id: str
    kind: str = "incident"              # incident | aggregate
    claimant: Claimant | None = None
    attacker: str | None = None
    event_type: str | None = None
    place: Place | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    stance: str = "asserted"
    figures: tuple[Figure, ...] = ()
    evidence: tuple[Span, ...] = ()
    targets: tuple[str, ...] = ()        # school, hospital, mosque, market, residential ...
    victims: tuple[str, ...] = ()        # names of victims, when the article names them
    event: int = 0                       # claims of one article with one event number tell one event
    names: tuple[str, ...] = ()          # people (victims, suspects; not its claimant) and street
                                         # addresses it names: evidence that two reports tell one event
    incident_id: str | None = None
    # spans that explain the reading (claimant, place, date), for the article page
    spans: tuple[tuple[str, int, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        d = {"schema": CLAIM_SCHEMA, "id": self.id, "article_id": self.article_id,
             "incident_id": self.incident_id, "kind": self.kind,
             "claimant": self.claimant.to_json() if self.claimant else None,
             "attacker": self.attacker, "event_type": self.event_type,
             "place": self.place.to_json() if self.place else None,
             "date_start": self.date_start, "date_end": self.date_end,
             "date_precision": self.date_precision, "stance": self.stance,
             "figures": [f.to_json() for f in self.figures],
             "evidence": [e.to_json() for e in self.evidence],
             "targets": list(self.targets), "victims": list(self.victims), "event": self.event,
             "names": list(self.names)}
        if self.spans:
            d["spans"] = [{"label": l, "start": s, "end": e} for l, s, e in self.spans]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Claim:
        return cls(
            id=d["id"], article_id=str(d["article_id"]), kind=d.get("kind") or "incident",
            claimant=Claimant.from_json(d.get("claimant")), attacker=d.get("attacker"),
            event_type=d.get("event_type"), place=Place.from_json(d.get("place")),
            date_start=d.get("date_start"), date_end=d.get("date_end"),
            date_precision=d.get("date_precision"), stance=d.get("stance") or "asserted",
            figures=tuple(Figure.from_json(f) for f in d.get("figures") or ()),
            evidence=tuple(Span.from_json(e) for e in d.get("evidence") or ()),
            targets=tuple(d.get("targets") or ()), victims=tuple(d.get("victims") or ()),
            event=int(d.get("event") or 0), names=tuple(d.get("names") or ()),
            incident_id=d.get("incident_id"),
            spans=tuple((s["label"], int(s["start"]), int(s["end"])) for s in d.get("spans") or ()))

    def with_incident(self, incident_id: str | None) -> Claim:
        return replace(self, incident_id=incident_id)


@dataclass(frozen=True)
class Range:
    min: int | None = None
    max: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"min": self.min, "max": self.max}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> Range:
        d = d or {}
        return cls(d.get("min"), d.get("max"))


@dataclass(frozen=True)
class Incident:
    """One real-world event (kind "incident"), or one tally over a period or area (kind
    "aggregate"), built from the claims that state it."""
    id: str
    kind: str = "incident"
    date_start: str | None = None
    date_end: str | None = None
    place: Place | None = None
    attacker: str | None = None
    event_type: str | None = None
    civilians_killed: Range = field(default_factory=Range)
    civilians_injured: Range = field(default_factory=Range)
    figures: tuple[dict[str, Any], ...] = ()   # {"harm", "group", "min", "max"} per harm and group
    status: str = "alleged"
    grade: str = "weak"
    grade_reason: str = ""
    claims: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    reviewed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"schema": INCIDENT_SCHEMA, "id": self.id, "kind": self.kind,
                "date_start": self.date_start, "date_end": self.date_end,
                "place": self.place.to_json() if self.place else None,
                "attacker": self.attacker, "event_type": self.event_type,
                "civilians_killed": self.civilians_killed.to_json(),
                "civilians_injured": self.civilians_injured.to_json(),
                "figures": [dict(f) for f in self.figures],
                "status": self.status, "grade": self.grade, "grade_reason": self.grade_reason,
                "claims": list(self.claims), "articles": list(self.articles),
                "outlets": list(self.outlets), "claimants": list(self.claimants),
                "targets": list(self.targets), "reviewed": self.reviewed}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Incident:
        return cls(
            id=d["id"], kind=d.get("kind") or "incident", date_start=d.get("date_start"),
            date_end=d.get("date_end"), place=Place.from_json(d.get("place")),
            attacker=d.get("attacker"), event_type=d.get("event_type"),
            civilians_killed=Range.from_json(d.get("civilians_killed")),
            civilians_injured=Range.from_json(d.get("civilians_injured")),
            figures=tuple(dict(f) for f in d.get("figures") or ()),
            status=d.get("status") or "alleged", grade=d.get("grade") or "weak",
            grade_reason=d.get("grade_reason") or "", claims=tuple(d.get("claims") or ()),
            articles=tuple(d.get("articles") or ()), outlets=tuple(d.get("outlets") or ()),
            claimants=tuple(d.get("claimants") or ()), targets=tuple(d.get("targets") or ()),
            reviewed=bool(d.get("reviewed")))


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read, with the reason and what to do about it."""
    source: str
    reason: str     # a short code: empty, binary, encoding, too_large, bad_json, no_article, ...
    message: str    # one line for a person: names the file and the fix
