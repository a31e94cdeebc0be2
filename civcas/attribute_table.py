"""spaCy's attribute ruler, read as a lookup table: the same token attributes, a tenth of the time.

The English model's `attribute_ruler` maps each tag to a part of speech and morphology, with
exceptions by word ("her", "'s"), by dependency ("aux", "mark") and by a neighbour ("gon na",
"there is"). spaCy runs its Matcher over every token with all 179 patterns, about a tenth of the
whole parse of a kept sentence. Which rules hit a token depends only on a few of its attributes
(tag, dependency, whether it is a space, its lower-case form when some rule names that form) and on
whether its neighbours fit the other half of a two-token rule. So each such combination is worked
out once, by reading the rules the way the Matcher does, and every later token with the same
combination gets the same attributes from a dict.

The result is the ruler's, attribute for attribute: rules are applied in their order, later ones
winning, on the attributes the parse gave (the Matcher runs before any rule is applied).
`tests/test_nlp.py` checks it against spaCy's own ruler, and a model whose rules use anything this
reader does not know keeps spaCy's ruler (`supported`).
"""
from __future__ import annotations

import re
from typing import Any

KNOWN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
KNOWN_ATTRS = {"POS", "MORPH", "LEMMA", "TAG", "DEP"}


def supported(patterns: list[dict]) -> bool:
    """Can this table stand for a ruler with these patterns? One- and two-token patterns on the
    keys above with equality, IN, NOT_IN and REGEX, setting the attributes above."""
    for p in patterns:
        if set(p["attrs"]) - KNOWN_ATTRS:
            return False
        for pat in p["patterns"]:
            if not 1 <= len(pat) <= 2:
                return False
            for spec in pat:
                if set(spec) - KNOWN_KEYS:
                    return False
                for v in spec.values():
                    if isinstance(v, dict) and set(v) - {"IN", "NOT_IN", "REGEX"}:
                        return False
    return True


def _fits(spec: dict, tag: str, lower: str | None, dep: str, space: bool) -> bool:
    """Does a token with these attributes fit one token of a pattern? `lower` is None for a form
    no rule names, which fits no LOWER condition but NOT_IN."""
    for key, want in spec.items():
        have: Any = {"TAG": tag, "LOWER": lower, "DEP": dep, "IS_SPACE": space}[key]
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
            if "REGEX" in want and (have is None or not re.search(want["REGEX"], have)):
                return False
        elif have != want:
            return False
    return True


class AttributeTable:
    """A spaCy pipeline component: `nlp.replace_pipe("attribute_ruler", ...)` (see nlp.py)."""

    def __init__(self, vocab, patterns: list[dict]):
        from spacy.parts_of_speech import IDS as POS_IDS

        self.vocab = vocab
        # (rule number, token specs, index of the token it sets, attributes)
        self.rules: list[tuple[int, list[dict], int, dict]] = []
        for n, p in enumerate(patterns):
            for pat in p["patterns"]:
                self.rules.append((n, pat, p.get("index", 0), p["attrs"]))
        self.single = [r for r in self.rules if len(r[1]) == 1]
        self.pairs = [r for r in self.rules if len(r[1]) == 2]
        self.named: set[str] = set()  # lower-case forms some rule names
        self.regexes: list[str] = []
        for _, pat, _, _ in self.rules:
            for spec in pat:
                low = spec.get("LOWER")
                if isinstance(low, str):
                    self.named.add(low)
                elif isinstance(low, dict):
                    self.named.update(low.get("IN", ()))
                    self.named.update(low.get("NOT_IN", ()))
                    if "REGEX" in low:
                        self.regexes.append(low["REGEX"])
        self._pos_ids = POS_IDS
        self._lower: dict[int, int] = {}        # LOWER hash -> itself if named, else 0
        self._base: dict[tuple, tuple] = {}     # (tag, lower, dep, space) -> (fits first, fits second, single rules)
        self._result: dict[tuple, tuple] = {}   # (base, neighbour fits) -> values to set

    # -------------------------------------------------------------------------- the table

    def _named(self, h: int) -> int:
        got = self._lower.get(h)
        if got is None:
            s = self.vocab.strings[h] if h else ""
            got = h if (s in self.named or any(re.search(rx, s) for rx in self.regexes)) else 0
            self._lower[h] = got
        return got

    def _base_info(self, key: tuple) -> tuple:
        got = self._base.get(key)
        if got is None:
            tag_h, low_h, dep_h, space = key
            strings = self.vocab.strings
            tag, dep = strings[tag_h] if tag_h else "", strings[dep_h] if dep_h else ""
            lower = strings[low_h] if low_h else None
            first = frozenset(i for i, r in enumerate(self.pairs) if _fits(r[1][0], tag, lower, dep, space))
            second = frozenset(i for i, r in enumerate(self.pairs) if _fits(r[1][1], tag, lower, dep, space))
            single = tuple((n, a) for n, pat, _, a in self.single if _fits(pat[0], tag, lower, dep, space))
            got = self._base[key] = (first, second, single)
        return got

    def _values(self, hits: list[tuple[int, dict]]) -> tuple:
        """The rules' attributes applied in rule order, as (attribute, value id) pairs to set,
        and the ordered (attribute, string) list for the rare ones set through spaCy."""
        merged: dict[str, str] = {}
        for _, attrs in sorted(hits, key=lambda x: x[0]):
            merged.update(attrs)
        out = []
        for attr, value in merged.items():
            if attr == "POS":
                out.append(("POS", self._pos_ids[value]))
            elif attr == "MORPH":
                out.append(("MORPH", self.vocab.morphology.add(value)))
            elif attr == "LEMMA":
                out.append(("LEMMA", self.vocab.strings.add(value)))
        slow = tuple((a, v) for a, v in merged.items() if a in ("TAG", "DEP"))
        return tuple(out), slow

    # --------------------------------------------------------------------------- applying

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        keys = [(t, self._named(lo), d, bool(s)) for t, lo, d, s in rows]
        infos = [self._base_info(k) for k in keys]
        values = doc.to_array([POS, MORPH, LEMMA])
        col = {"POS": 0, "MORPH": 1, "LEMMA": 2}
        slow: list[tuple[int, tuple]] = []
        for i, (first, second, single) in enumerate(infos):
            key: tuple = keys[i]
            if first or second:
                # two-token rules: this token as the first with the next fitting the second, or
                # as the second with the previous fitting the first
                nxt = first & infos[i + 1][1] if i + 1 < n else frozenset()
                prev = second & infos[i - 1][0] if i else frozenset()
                key = (key, nxt, prev)
            got = self._result.get(key)
            if got is None:
                hits = list(single)
                if isinstance(key[0], tuple):
                    _, nxt, prev = key
                    hits += [(self.pairs[p][0], self.pairs[p][3]) for p in nxt if self.pairs[p][2] == 0]
                    hits += [(self.pairs[p][0], self.pairs[p][3]) for p in prev if self.pairs[p][2] == 1]
                got = self._result[key] = self._values(hits)
            for attr, v in got[0]:
                values[i, col[attr]] = v
            if got[1]:
                slow.append((i, got[1]))
        doc.from_array([POS, MORPH, LEMMA], values)
        for i, attrs in slow:
            tok = doc[i]
            for attr, v in attrs:
                if attr == "TAG":
                    tok.tag_ = v
                else:
                    tok.dep_ = v
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)
