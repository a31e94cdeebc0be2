"""An incident's civilian killed and injured ranges, and its per-group figures, from the figures
of its claims, following the Airwars methodology: the range runs from the lowest credible minimum
to the highest credible maximum that any source gives."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ..models import CIVILIAN_GROUPS, CIVILIAN_SUBGROUPS, GROUPS, HARMS, Claim, Figure, Range, refers_back
from .normalize import fold, spelled_alike

# Words that state a definite number. A figure whose text has no digit and none of these words is
# a vague quantity ("dozens", "hundreds", "scores"), which SCHEMA.md turns into a conventional
# range; a source that gives an actual number is believed over it.
NUMBER_WORDS = frozenset("""
    zero no none one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million dozen single both twice
""".split())
_WORD = re.compile(r"[a-z]+")


def is_vague(fig: Figure) -> bool:
    """True for a word quantity with no definite number in it ("dozens", "hundreds of people").
    A figure with no text (built by hand, or by a reader that keeps none) counts as definite."""
    text = fig.text or ""
    if fig.listed or not text.strip() or any(ch.isdigit() for ch in text):
        return False  # a roster's count is the entries counted, whatever its heading says
    return not any(w in NUMBER_WORDS for w in _WORD.findall(text.lower()))


class Estimate(NamedTuple):
    """One source's number for the quantity being combined."""
    min: int | None
    max: int | None
    vague: bool = False
    partial: bool = False
    primary: bool = False   # the report's own statement (no other claimant), not a quoted source
    counted: bool = False   # "at least N": N were counted, whatever more there may be
    listed: bool = False    # the victims a report lists by name (a roster): all that it knows of


# "at least 10 killed" states a count of ten; "more than 60" states only that it exceeds sixty
COUNTED = re.compile(r"^\s*(?:at least|no fewer than|no less than|a minimum of|a confirmed)\b", re.I)


def estimate(fig: Figure, claim: Claim | None = None, outlets: dict[str, str | None] | None = None) -> Estimate:
    primary = claim is not None and claim_is_primary(claim, outlets)
    return Estimate(fig.min, fig.max, is_vague(fig), fig.partial, primary,
                    fig.max is None and bool(COUNTED.match(fig.text or "")), fig.listed)


def combine(estimates: Iterable[Estimate], *, floor: int | None = None) -> Range:
    """Combine several sources' numbers for one quantity into one range.

    - numbers that are stated (digits or spelled) win over vague word quantities;
    - min is the lowest stated minimum; partial counts and `floor` (the number of named victims)
      can only raise it;
    - where a report lists its victims by name (a roster), the max is at least the min and the
      roster: the list is all that report knows of; a roster raises neither end of the report's
      own "between X and Y", nor the min of its own "at least N";
    - max is the highest stated maximum, except that an open figure ("over 60") leaves the max
      open unless some source states a definite higher number.
    """
    stated = [e for e in estimates if e.min is not None or e.max is not None]
    # a roster is no toll: "dozens wounded" stands beside a list of the three known by name
    if any(not e.vague and not e.listed for e in stated):
        stated = [e for e in stated if not e.vague or e.listed]
    whole = [e for e in stated if not e.partial]

    # the report's own count, where it gives one, is the floor; quoted sources' lower numbers
    # are earlier or partial tolls ("initially reported four, later six")
    own = [e.min for e in whole if e.primary and e.min is not None]
    mins = own or [e.min for e in whole if e.min is not None]
    lo = min(mins) if mins else None
    # the report's own bounded toll ("at least 14", "between 33 and 34") is its assessment: the
    # roster it appends lists names, and may hold some the report does not count as civilians
    bounded = [e for e in whole if e.primary and e.min is not None and (e.counted or (e.max or 0) > e.min)]
    floors = [e.min for e in stated if e.partial and e.min is not None and not (e.listed and bounded)]
    if floor:
        floors.append(floor)
    for f in floors:
        lo = f if lo is None else max(lo, f)

    maxes = [e.max for e in whole if e.max is not None] + [e.min for e in whole if e.counted]
    open_mins = [e.min for e in whole if e.max is None and e.min is not None and not e.counted]
    hi: int | None
    if open_mins:
        hi = max(maxes) if maxes and max(maxes) > max(open_mins) else None
    else:
        hi = max(maxes) if maxes else None
    listed = [e.min for e in stated if e.listed and e.min is not None]
    if listed and lo is not None and not any(e.max is not None and e.max > e.min for e in bounded):
        # a roster names all the victims the report knows of: no toll it leaves open, or one
        # below the roster, runs past the larger of the two
        hi = max(hi or 0, lo, *listed)
    if lo is not None and hi is not None and hi < lo:
        hi = None  # a floor above every stated total: the totals were too low, the top is unknown
    return Range(lo, hi)


def _civilian_estimates(claims: Sequence[Claim], harm: str,
                        outlets: dict[str, str | None] | None = None) -> list[Estimate]:
    """Each claim's civilian count for `harm`: its civilians/people figures; only where no claim of
    the incident gives such a total (or the totals are only vague plurals, or one victim told of
    by kinship, below a count of children, women or men), the sum of its children, women and men
    figures."""
    told = [(f, estimate(f, c, outlets)) for c in claims for f in c.figures
            if f.harm == harm and f.group in CIVILIAN_GROUPS]
    subgroup = _subgroup_sums(claims, harm, outlets)
    if any((e.min or 0) > 0 for e in subgroup):
        # "no one" beside "a mother and her two children" is a misreading, not a count
        told = [(f, e) for f, e in told if not (e.min == 0 and e.max == 0)]
    # totals of civilians or people where any are stated, else children, women and men added up;
    # partial counts (named people, one hospital's dead) are floors beside either
    firm = [(f, e) for f, e in told if not e.partial]
    totals = [e for f, e in firm]
    if totals and all(e.vague and (e.min or 0) >= 2 for f, e in firm):
        # "two teens are dead" beside "the deceased victims": a counted part that reaches the
        # plural's reading (two) is the count ("a passenger", one, stays the whole beside parts
        # that may be the same one told of twice)
        totals += [e for e in subgroup if not e.vague and not e.partial
                   and (e.min or 0) >= max(t.min or 0 for t in totals)]
    elif totals and all(e.min == e.max == 1 and _KIN_ONE.match(f.text or "") for f, e in firm):
        # "Five teens shot" beside an aunt's "my nephew": the one a speaker tells of by kinship is
        # one of the five (a count of one group told in one figure, not parts added up)
        totals += [estimate(f, c, outlets) for c in claims for f in c.figures
                   if f.harm == harm and f.group in CIVILIAN_SUBGROUPS and (f.min or 0) >= 2
                   and not f.partial and not is_vague(f)]
    return (totals or subgroup) + [e for f, e in told if e.partial]


# one victim a speaker tells of by kinship: "my nephew", "her son"
_KIN_ONE = re.compile(r"^(?:my|his|her|their|our)\s", re.I)


def _subgroup_sums(claims: Sequence[Claim], harm: str,
                   outlets: dict[str, str | None] | None = None) -> list[Estimate]:
    """Each report's children, women and men of one harm, added up: the claims of one article's
    one event are one report, though each of its speakers tells of other victims ("two children"
    in the police's words, "their mother" in a neighbour's)."""
    out = []
    reports: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        reports.setdefault((c.article_id, c.event), []).append(c)
    # (where two of its speakers count one group, "at least three men" and "four young men", the
    # two are rival counts, and each speaker's victims are added up alone)
    for report in [r for rep in reports.values() for r in _speakers_or_report(rep, harm)]:
        by_group: dict[str, Figure] = {}
        for f in (f for c in report for f in c.figures):
            if f.harm != harm or f.group not in CIVILIAN_SUBGROUPS:
                continue
            # one figure per group: a corrected toll repeats the group with a larger number
            old = by_group.get(f.group)
            if old is None or (f.min or 0) > (old.min or 0):
                by_group[f.group] = f
        # "a teenager" in the police's words and "the man who was killed" in his cousin's: one
        # victim told of again in other words is no other victim
        if any(not refers_back(f.text) for f in by_group.values()):
            by_group = {g: f for g, f in by_group.items()
                        if not (f.min == f.max == 1 and all(refers_back(o.text) for c in report for o in c.figures
                                                              if o.harm == harm and o.group == g))}
        if not by_group:
            continue
        primary = any(claim_is_primary(c, outlets) for c in report
                      if any(f.harm == harm and f.group in by_group for f in c.figures))
        parts = [by_group[g] for g in sorted(by_group)]
        mins = [p.min for p in parts if p.min is not None]
        maxes = [p.max for p in parts if p.max is not None]
        closed = len(maxes) == len(parts)
        # "at least one woman and two children": counted parts add up to a counted whole
        counted = not closed and all(p.max is not None or COUNTED.match(p.text or "") for p in parts)
        out.append(Estimate(sum(mins) if mins else None,
                            sum(maxes) if closed else None,
                            all(is_vague(p) for p in parts), any(p.partial for p in parts),
                            primary, counted))
    return out


def _speakers_or_report(report: list[Claim], harm: str) -> list[list[Claim]]:
    """The claims of one report as one, where they agree on each group of victims they share;
    else each claim alone."""
    told: dict[str, set] = {}
    for c in report:
        for f in c.figures:
            if f.harm == harm and f.group in CIVILIAN_SUBGROUPS:
                told.setdefault(f.group, set()).add((f.min, f.max))
    return [report] if all(len(v) == 1 for v in told.values()) else [[c] for c in report]


def claim_is_primary(c: Claim, outlets: dict[str, str | None] | None = None) -> bool:
    """The report's own statement: no claimant, or the article's own outlet; an outlet quoted
    by another ("Al Jazeera reported") is a source like any other."""
    if c.claimant is None:
        return True
    own = (outlets or {}).get(c.article_id)
    return c.claimant.type == "media" and own is not None and c.claimant.name == own


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# words of an institution or a phrase, not of a person's name ("Tulane Medical Center", "all
# Brooklyn males: William Holmes", "Teens Killed" of a headline)
_NOT_NAME = re.compile(r"\b(?:center|centre|hospital|medical|university|college|school|county|street|avenue|"
                       r"road|police|department|church|including|transported|all|his|her|their|an|the|of|"
                       r"killed|dead|shot|wounded|injured|slain)\b|[\d:]",
                       re.I)


def _person_key(name: str) -> str | None:
    """A victim's name without initials and suffixes ("Kysha D. Edmond-Gray" is Kysha Edmond-Gray,
    "Ronnie Smith Jr." Ronnie Smith), or None where the text is no person's name."""
    if _NOT_NAME.search(name):
        return None
    toks = [t for t in name.split() if t.strip(".,").lower() not in _SUFFIXES and len(t.strip(".")) > 1]
    if not toks or any(t[0].islower() for t in toks):
        return None
    return fold(" ".join(toks)) or None


def named_victims(claims: Sequence[Claim]) -> int:
    """How many different people the claims name as victims. A lone surname that ends a full name
    named elsewhere ("Amason", "Malone Amason") is the same person."""
    names = {k for c in claims for v in c.victims if (k := _person_key(v))}
    parts = {w for n in names if " " in n for w in n.split()}
    # "Tanishia Graham" in one report is the "Tanisha Graham" of another
    names = {spelled_alike(n) for n in names if " " in n or n not in parts}
    # "Christian Bandemer Provided" (a photo credit run into the name) is Christian Bandemer,
    # "Todd James Webb" Todd Webb, and "William Cade Booher" the Cade Booher who goes by his middle name
    def same_as_shorter(n: str) -> bool:
        w = n.split()
        return any(" " in m and (n.startswith(m + " ") or (len(w) == 3 and m in (f"{w[0]} {w[2]}", spelled_alike(f"{w[1]} {w[2]}"))))
                   for m in names if m != n)
    return len([n for n in names if not same_as_shorter(n)])


def civilian_range(claims: Sequence[Claim], harm: str, outlets: dict[str, str | None] | None = None) -> Range:
    """The incident's civilian range for `harm` ("killed" or "injured"); combatants never count.
    Named victims are a floor on the number killed. `outlets`: article id -> its outlet, to tell
    the report's own words from the sources it quotes."""
    floor = named_victims(claims) if harm == "killed" else 0
    if harm == "injured":
        claims = _without_the_wounded_who_died(claims)
    estimates = _civilian_estimates(claims, harm, outlets)
    r = combine(estimates, floor=floor or None)
    if r.min is not None and r.max is None and not any(
            not e.partial and (e.min is not None or e.max is not None) for e in estimates):
        # no report gives a toll, only the names of the dead: as many died as are named
        return Range(r.min, r.min)
    return r


def _civilians(c: Claim, harm: str) -> int:
    return max((f.min or 0 for f in c.figures if f.harm == harm
                and (f.group in CIVILIAN_GROUPS or f.group in CIVILIAN_SUBGROUPS)), default=0)


def _without_the_wounded_who_died(claims: Sequence[Claim]) -> Sequence[Claim]:
    """"A teen was shot" in one article, "the teen died" in another: an article that tells of no
    death, beside others that do, told of the dead before they died when it counts no more
    wounded than they count dead; its wounded are not more wounded."""
    dead_in = {c.article_id for c in claims if _civilians(c, "killed") > 0}
    if not dead_in or len({c.article_id for c in claims}) < 2:
        return claims
    dead = max(_civilians(c, "killed") for c in claims)
    early = {a for a in {c.article_id for c in claims} - dead_in
             if max(_civilians(c, "injured") for c in claims if c.article_id == a) <= dead}
    return [c for c in claims if c.article_id not in early] if early else claims


def _order(harm: str, group: str) -> tuple[int, int, str, str]:
    h = HARMS.index(harm) if harm in HARMS else len(HARMS)
    g = GROUPS.index(group) if group in GROUPS else len(GROUPS)
    return (h, g, harm, group)


def figure_table(claims: Sequence[Claim]) -> tuple[dict[str, Any], ...]:
    """One {"harm", "group", "min", "max"} per harm and group stated by any claim, combined."""
    by_key: dict[tuple[str, str], list[Estimate]] = {}
    for c in claims:
        for f in c.figures:
            by_key.setdefault((f.harm, f.group), []).append(estimate(f))
    out = []
    for harm, group in sorted(by_key, key=lambda k: _order(*k)):
        r = combine(by_key[(harm, group)])
        out.append({"harm": harm, "group": group, "min": r.min, "max": r.max})
    return tuple(out)
