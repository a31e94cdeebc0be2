"""The curated actors (data/actors.json): finding them in text, persons to organisations, families."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    family: str
    attacker: str | None


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    is_person: bool = False


class Actors:
    """An index of actor aliases and persons; one instance per process (see `actors()`)."""

    def __init__(self, records: list[dict]):
        self.by_name: dict[str, Actor] = {}
        alias_ci: dict[str, Actor] = {}
        alias_cs: dict[str, Actor] = {}
        persons: dict[str, Actor] = {}
        for r in records:
            a = Actor(r["name"], r["type"], r["family"], r.get("attacker"))
            self.by_name[a.name.lower()] = a
            for al in [r["name"], *r.get("aliases", [])]:
                # short all-capital aliases (IS, US, SAA) are words only in capitals
                if re.fullmatch(r"[A-Z][A-Z.]{1,4}", al):
                    alias_cs.setdefault(al, a)
                else:
                    alias_ci.setdefault(al.lower(), a)
            for p in r.get("persons", []):
                # full names only: a surname alone ("Abdulrahman") is many people's; "Konashenkov
                # said" is resolved by attribution from the full name earlier in the article
                persons.setdefault(p.lower(), a)
        self._ci, self._cs, self.persons = alias_ci, alias_cs, persons
        self._re_ci = _alternation(alias_ci, re.I)
        self._re_cs = _alternation(alias_cs, 0)
        self._re_person = _alternation(persons, re.I)

    def find(self, text: str, *, persons: bool = True) -> list[ActorMention]:
        """Actor mentions in `text`, left to right, longest first where they overlap."""
        found: list[ActorMention] = []
        for rx, table, is_person in ((self._re_ci, self._ci, False), (self._re_cs, self._cs, False),
                                     (self._re_person, self.persons, True)):
            if rx is None or (is_person and not persons):
                continue
            for m in rx.finditer(text):
                key = m.group(0) if table is self._cs else m.group(0).lower()
                a = table.get(key)
                if a is None and table is self._ci:
                    a = table.get(re.sub(r"\s+", " ", key))
                if a is not None:
                    found.append(ActorMention(m.start(), m.end(), m.group(0), a, is_person))
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[ActorMention] = []
        for f in found:
            if out and f.start < out[-1].end:
                continue
            out.append(f)
        return out

    def lookup(self, name: str | None) -> Actor | None:
        """The actor a whole name stands for ("Pentagon" -> US military), or None."""
        if not name:
            return None
        n = name.strip()
        a = self._cs.get(n) or self._ci.get(n.lower()) or self.persons.get(n.lower())
        if a:
            return a
        n = re.sub(r"^(?:the|a|an)\s+", "", n, flags=re.I)
        return self._ci.get(n.lower())

    def person_actor(self, person: str) -> Actor | None:
        return self.persons.get(person.lower().strip())

    def family(self, name: str | None) -> str | None:
        a = self.lookup(name)
        if a:
            return a.family
        ms = self.find(name or "")
        return ms[0].actor.family if ms else None


def _alternation(table: dict[str, Actor], flags: int) -> re.Pattern | None:
    if not table:
        return None
    # word boundaries that also hold next to hyphens and apostrophes ("Russia's", "US-led"); a
    # "London-based" or "UK-based" group is not the British government
    return re.compile(r"(?<![\w-])(?:" + _trie(table) + r")(?![\w]|-based|-born|-registered)", flags)


def _trie(words) -> str:
    """One regex for many aliases, as a trie of their characters ("islamic state", "islamic
    army" share "islamic "): Python's `re` tries every branch of a plain alternation at every
    position, ten times slower over hundreds of aliases. It matches what the alternation of the
    aliases longest first matches: at a position, the longest alias the boundaries allow (greedy
    optional tails, backtracking to shorter ones). A space in an alias is any run of spaces."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + pattern(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return pattern(root)


@functools.lru_cache(maxsize=1)
def actors() -> Actors:
    data = json.loads(resources.files("civcas.extract").joinpath("data/actors.json").read_text("utf-8"))
    return Actors(data["actors"])


# claimant types for organisations that are not in the curated file, by the words of their name
TYPE_CUES: list[tuple[re.Pattern, str]] = [(re.compile(p, re.I), t) for p, t in [
    (r"\b(?:monitor(?:ing)?|observatory|watchdog|documentation)\b", "monitor"),
    (r"\b(?:human rights|amnesty|ngo|charity|relief|aid group|humanitarian group)\b", "ngo"),
    (r"\b(?:united nations|unicef|red cross|red crescent)\b", "international"),
    (r"\b(?:hospital|health|medical|doctor|coroner|medic|paramedic|clinic)\w*", "medical"),
    (r"\b(?:civil defen[cs]e|white helmets|rescue|firefighter|fire department)\b", "civil_defence"),
    (r"\b(?:army|military|forces|troops|command|general staff|air force|defen[cs]e ministry|ministry of defen[cs]e|brigade|battalion|spokesman for the)\b", "military"),
    (r"\b(?:ministry|government|governor|president|minister|council|mayor|official|authorit|police|sheriff|prosecutor|department|embassy|state)\w*", "government"),
    (r"\b(?:militants?|rebels?|insurgents?|militia|group claimed|jihadist)\b", "armed_group"),
    (r"\b(?:witness|eyewitness|survivor)\w*", "witness"),
    (r"\b(?:residents?|locals?|activists?|relatives?|neighbou?rs?|family|families|sources?)\b", "local_source"),
    (r"\b(?:news|agency|tv|television|radio|channel|newspaper|daily|times|post|media|outlet|reporter|journalist|correspondent)\b", "media"),
]]


def guess_type(name: str) -> str:
    for rx, t in TYPE_CUES:
        if rx.search(name):
            return t
    return "unknown"
