"""Claims of one article: one per event and claimant, and one per tally, built from its
sentences and the events they were grouped into."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from ..models import CIVILIAN_GROUPS, CIVILIAN_SUBGROUPS, Article, Claim, Claimant, Figure, Span, refers_back, stable_id
from .actors import actors
from .casualties import MULTIPLE_SHOOTING, PRONOUN_ONE, FigureCandidate
from .dates import DateMention
from .frames import Frame, dates_overlap, group_frames
from .lexicon import fatal_event
from .places import PlaceMention, PRECISION_RANK
from .sentences import Sentence, span_days

CIVILIANS = (*CIVILIAN_GROUPS, *CIVILIAN_SUBGROUPS)

# ------------------------------------------------------------------------------- claims


FOLLOW_UP_TITLE = re.compile(r"\b(?:sentenced|sentencing|convicted|convictions?|trial|pleads?|pleaded|jury|verdict|"
                             r"guilty|anniversary|years? (?:after|later|since)|lawsuit|sues|sued|indicted|acquitted|"
                             r"remembered|memorial|vigil|funeral|motions?|arraign\w*|hearing|testimony|"
                             r"testif\w+)\b", re.I)


def build_claims(article: Article, sentences: list[Sentence], gaz, hints_dateline: PlaceMention | None = None,
                 first_line_place: PlaceMention | None = None, home_place: PlaceMention | None = None,
                 asides: Sequence[tuple[int, tuple[str, ...]]] = (), officials: Collection[str] = ()
                 ) -> list[Claim]:
    """The claims of an article. `asides` are the people named in sentences that tell no harm
    (by offset): each goes to the event told last before it. `officials` are the words of the
    names of officials and reporters, which identify no event."""
    frames, aggregates = group_frames(sentences, gaz)
    frame_people = _people_of_frames(frames, asides)
    # an attacker named for some events of the article stands for its other events of the same
    # kind ("the strike" after "US-led coalition airstrikes"), not for a bombing in another town
    by_type: dict[str | None, list[str]] = {}
    for s in sentences:
        if s.attackers:
            by_type.setdefault(_type_family(s.event_type), []).append(s.attackers[0])

    def attacker_for(etype: str | None) -> str | None:
        same = by_type.get(_type_family(etype))
        if same:
            return _most_common(same)
        return _most_common(next(iter(by_type.values()))) if len(by_type) == 1 and etype is None else None

    default_type = _most_common([s.event_type for s in sentences if s.event_type and s.event_type != "attack"]) or \
        _most_common([s.event_type for s in sentences if s.event_type])
    # the dateline, a town the story names, its headline's town, the big US city, the police's town
    # or the sheriff's county (home_place), then the town the people live in (before a state-wide
    # home_place it is inside), and only then a state or country a sentence names
    residence = next((s.residence for s in sentences if s.residence), None)
    default_place = hints_dateline or _default_town(sentences) or first_line_place or \
        _home_or_residence(home_place, residence) or next((s.place for s in sentences if s.place), None)
    # an event told with no day of its own happened on the day told last before it: the events of
    # "3 killed, 12 wounded in Monday shootings" are Monday's, though the tally is no event
    days = [s for s in sentences if s.date is not None and s.date.kind == "point" and s.date.precision == "day"
            and s.date.date_start]
    # a story of a trial, a sentence, an anniversary tells of an event months before it, on a day
    # it does not say: the event is undated, not of the story's day
    follow_up = bool(FOLLOW_UP_TITLE.search(article.title or ""))
    claims: list[Claim] = []
    for n, f in enumerate(frames, start=1):
        # (or, told of no day, the day it was told of: "a boy has died of his wounds, officials said Friday")
        date = f.date or next((s.said_on for s in f.sentences if s.said_on), None) or \
            next((s.date for s in reversed(days) if s.start <= f.sentences[0].start), None)
        etype = f.event_type
        if etype in (None, "attack") and default_type not in (None, "attack"):
            etype = default_type  # "the strike" in an article about airstrikes is an airstrike
        attacker = f.attacker or attacker_for(etype)
        frame_figs = [c for fs in f.sentences for c in fs.figures]
        for group in _claimant_groups(f.sentences):
            # the people of the event, whichever of its sentences (and claimants) names them
            people = frame_people[n - 1] | {p for s in f.sentences for p in s.persons}
            claims.append(_claim(article, group, n, "incident", f.place, date, attacker, etype,
                                 default_place, frame_figures=frame_figs, people=people,
                                 officials=officials, follow_up=follow_up))
    n = len(frames)
    for group in _aggregate_groups(aggregates):
        n += 1
        place = next((s.place for s in group if s.place), None)
        claims.append(_claim(article, group, n, "aggregate", place, _widest(group), None, None,
                             _last_region(aggregates) or default_place,
                             attacker_default=attacker_for(default_type), type_default=default_type))
    return claims


def _people_of_frames(frames: list[Frame], asides: Sequence[tuple[int, tuple[str, ...]]]) -> list[set[str]]:
    """The people of aside sentences, per frame: "The victim was identified as ..." speaks of the
    event told just before it (or, before any, of the article's first)."""
    out: list[set[str]] = [set() for _ in frames]
    if not frames:
        return out
    for start, names in asides:
        best, at = 0, -1
        for i, f in enumerate(frames):
            last = max((s.start for s in f.sentences if s.start <= start), default=-1)
            if last > at:
                best, at = i, last
        out[best].update(names)
    return out


def _type_family(t: str | None) -> str | None:
    """Event types that one attacker carries out alike: from the air, from the ground, bombs."""
    return {"airstrike": "air", "drone_strike": "air", "missile_strike": "air", "shelling": "ground",
            "armed_clash": "ground", "shooting": "ground", "explosive": "bomb", "suicide_bombing": "bomb",
            "grenade": "bomb"}.get(t or "", None)


def _most_common(xs):
    xs = [x for x in xs if x]
    if not xs:
        return None
    c = Counter(xs)
    top = max(c.values())
    return next(x for x in xs if c[x] == top)


def _default_town(sentences: list[Sentence]) -> PlaceMention | None:
    return next((s.place for s in sentences if s.place and PRECISION_RANK.get(s.place.place.precision, 9) <= 3),
                None)


def _last_region(aggs: list[Sentence]) -> PlaceMention | None:
    return next((s.place for s in reversed(aggs) if s.place), None)


def _widest(group: list[Sentence]) -> DateMention | None:
    ds = [s.date for s in group if s.date]
    return min(ds, key=span_days) if ds else None


def _claimant_groups(sentences: list[Sentence]) -> list[list[Sentence]]:
    """One claim per claimant: speakers of one family are one claimant; unattributed sentences
    are the outlet's own, folded into the single attributed claim when they add no figures."""
    groups: dict[str, list[Sentence]] = {}
    for s in sentences:
        key = (s.speaker.family or s.speaker.name or "?") if s.speaker else ""
        groups.setdefault(key, []).append(s)
    if "" in groups and len(groups) > 1:
        loose = groups[""]
        loose_figs = {(f.harm, f.min) for s in loose for f in s.figures}
        # a headline or lead that repeats one claimant's numbers is that claimant's claim
        owners = [k for k, g in groups.items() if k and loose_figs and
                  loose_figs <= {(f.harm, f.min) for s in g for f in s.figures}]
        if not loose_figs or len(owners) == 1:
            groups.pop("")
            first = owners[0] if owners else next(iter(groups))
            groups[first] = sorted(groups[first] + loose, key=lambda s: s.start)
    return list(groups.values())


def _aggregate_groups(aggs: list[Sentence]) -> list[list[Sentence]]:
    """The same tally told twice in one article ("at least 744 ... last month", "between 529 and
    744 ... in June") is one claim."""
    groups: list[list[Sentence]] = []
    for s in aggs:
        for g in groups:
            h = g[0]
            same_harm = {(f.harm, f.group in ("civilians", "people")) for f in s.figures} & \
                        {(f.harm, f.group in ("civilians", "people")) for f in h.figures}
            fam_ok = not (s.speaker and h.speaker and s.speaker.family != h.speaker.family
                          and s.speaker.family and h.speaker.family)
            if same_harm and dates_overlap(s.date, h.date) and fam_ok and s.date and h.date \
                    and (s.date.kind == h.date.kind):
                g.append(s)
                break
        else:
            groups.append([s])
    return groups


def _home_or_residence(home: PlaceMention | None, residence: PlaceMention | None) -> PlaceMention | None:
    """The story's big city, police town or sheriff's county; where it has only a state, the town
    its people live in, if in that state."""
    if home is not None and home.place.ambiguous and residence is not None:
        return residence  # the town its people live in, before the station's town (a guess)
    if home is None or PRECISION_RANK.get(home.place.precision, 9) <= PRECISION_RANK["district"]:
        return home or residence
    return _finer_default(home, residence)


def _finer_default(place_m: PlaceMention | None, default: PlaceMention | None) -> PlaceMention | None:
    """A county, state or country found for an event, where the dateline (or the story's police)
    names a place inside it: that place ("Caldwell County" in a story datelined Granite Falls,
    N.C.; "a Florida gun range" in a story of the Sarasota County Sheriff's Office)."""
    if place_m is None:
        return default
    if default is None or PRECISION_RANK.get(place_m.place.precision, 9) < PRECISION_RANK["district"]:
        return place_m
    d, p = default.place, place_m.place
    if PRECISION_RANK.get(d.precision, 9) < PRECISION_RANK.get(p.precision, 9) and d.country == p.country and \
            (p.precision == "country" or not p.admin1 or d.admin1 == p.admin1 or d.admin1 == p.name) and \
            not (p.precision == "district" and d.admin2 and d.admin2 != p.name):
        return default   # (but a county does not take a town of another county: Miami is not in Collier County)
    return place_m


def _claim(article: Article, group: list[Sentence], event: int, kind: str, place_m: PlaceMention | None,
           date_m: DateMention | None, attacker: str | None, etype: str | None, place_default: PlaceMention | None,
           *, attacker_default: str | None = None, type_default: str | None = None,
           frame_figures: list[FigureCandidate] = (), people: Collection[str] = (),
           officials: Collection[str] = (), follow_up: bool = False) -> Claim:
    speaker = max((s.speaker for s in group if s.speaker), key=lambda sp: sp.specificity, default=None)
    if attacker is None:
        attacker = next((a for s in group for a in s.attackers), None) or attacker_default
    if etype is None:
        etype = next((s.event_type for s in group if s.event_type and s.event_type != "attack"), None) or \
            next((s.event_type for s in group if s.event_type), None) or type_default
    place_m = _finer_default(place_m, place_default) if kind == "incident" else (place_m or place_default)
    figures = _merge_figures([f for s in group for f in s.figures], title_end=article.body_start,
                             frame=list(frame_figures))
    if kind == "incident" and not any(f.harm == "killed" for f in [*figures, *frame_figures]):
        figures = sorted([*figures, *_fatal_event(group)], key=lambda f: f.start)
    stance = "asserted"
    att_fam = actors().family(attacker)
    for s in group:
        if s.stance in ("acknowledged", "denied") and s.speaker and s.speaker.family and s.speaker.family == att_fam:
            stance = s.stance
    if date_m is not None and date_m.date_start:
        ds, de, prec = date_m.date_start, date_m.date_end or date_m.date_start, date_m.precision
        if date_m.kind == "since":
            de = date_m.date_end or group[0].ref
    else:
        ds, de, prec = None, None if follow_up else group[0].ref, None
    claimant = None
    if speaker is not None:
        claimant = Claimant(speaker.name or speaker.person, speaker.person, speaker.type)
    elif article.outlet:
        claimant = Claimant(article.outlet, None, "media")
    evidence = tuple(Span(s.start, s.end, s.text) for s in group)
    spans = [("figure", f.start, f.end) for f in figures]
    if speaker and speaker.end:
        spans.append(("claimant", speaker.start, speaker.end))
    if place_m and place_m.end > place_m.start:  # the article's state is named nowhere in particular
        spans.append(("place", place_m.start, place_m.end))
    if date_m is not None:
        base = next((s.start for s in group if s.date is date_m), None)
        if base is not None:
            spans.append(("date", base + date_m.start, base + date_m.end))
    # the dead named: not those named as arrested or missing
    victims = tuple(n for s in group for f in s.figures if f.harm == "killed" for n in f.named)
    speakers = {s.speaker.person for s in group if s.speaker and s.speaker.person}
    names = tuple(sorted({n for n in (*(n for s in group for n in s.persons), *people)
                          if n not in speakers and not (officials and set(n.split()) & officials)}))
    cid = stable_id(article.id, kind, event, speaker.name if speaker else "", group[0].start)
    return Claim(id=cid, article_id=article.id, kind=kind, claimant=claimant, attacker=attacker,
                 event_type=etype, place=place_m.place if place_m else None, date_start=ds, date_end=de,
                 date_precision=prec, stance=stance, figures=tuple(figures), evidence=evidence,
                 targets=tuple(sorted({t for s in group for t in s.targets})), victims=victims, names=names,
                 event=event, spans=tuple(sorted(set(spans), key=lambda x: (x[1], x[0]))))


def _fatal_event(group: list[Sentence]) -> list[Figure]:
    for s in group:
        m = fatal_event(s.text, title=s.is_title)
        if m:
            n = 2 if "suicide" in m.group(0).lower() else 1
            return [Figure("killed", "people", n, None, m.group(0), s.start + m.start(), s.start + m.end(),
                           partial=True)]
    return []


AGE_ALONE = re.compile(r"^(?:an?|the|another)\s+\d{1,2}-year-old$", re.I)


def _merge_figures(cands: list[FigureCandidate], *, title_end: int,
                   frame: list[FigureCandidate] = ()) -> list[Figure]:
    """One figure per harm and group: the body over the headline, a stated range over a bound,
    a number over a pronoun or a bare plural, the larger of two tolls."""
    by: dict[tuple[str, str], list[FigureCandidate]] = {}
    for c in cands:
        if not c.listed:
            by.setdefault((c.harm, c.group or "people"), []).append(c)
    out: list[Figure] = []
    weak_people: set[str] = set()
    # a roster of the victims stands beside the tolls told in prose, never in place of one
    for harm in sorted({c.harm for c in cands if c.listed}):
        r = max((c for c in cands if c.listed and c.harm == harm), key=lambda c: c.min or 0)
        out.append(Figure(harm, r.group or "people", r.min, r.max, r.text, r.start, r.end,
                          partial=True, listed=True))
    for (harm, group), cs in by.items():
        body = [c for c in cs if c.start >= title_end] or cs
        head = [c for c in cs if c.start < title_end and not (c.partial or c.weak or c.vague) and c.min]
        if head and (all(c.partial for c in body) or (
                all(c.min == 1 for c in body) and max(c.min for c in head) > 1) or (
                all(c.vague for c in body) and max(c.min for c in head) >= max(c.min or 0 for c in body))):
            body = cs  # the body tells only of some ("one died at the scene", "a neighbor"), the
            # headline of all ("kills woman, her son, himself"), or the body tells no number
            # ("leaves 4 injured" over "leaving several people injured")
        # (a headline's count over the body's pronoun: "killed in double murder-suicide" over "he")
        strong = [c for c in body if not c.weak] or [c for c in cs if not c.weak] or body
        strong = [c for c in strong if not c.partial] or strong  # a stated total over a list of names
        stated = [c for c in strong if not c.vague] or strong   # "over 200" beats "hundreds"
        # a range wins over a bound it reaches ("529 to 744" over "over 529"), not over a
        # larger toll it cannot be ("2 or 3" is no total when "at least 16" are dead)
        floor = max((c.min for c in stated if c.min is not None), default=0)
        ranged = [c for c in stated if c.min is not None and c.max is not None and c.min != c.max
                  and c.max >= floor]
        pool = ranged or stated
        # the largest number stated is the total; smaller ones are parts ("two daughters") or
        # earlier tolls; "up to nine" states nine
        best = max(pool, key=lambda c: (c.min if c.min is not None else (c.max or 0), c.max is None, -c.start))
        # "Two people were taken to the hospital after a shooting ... One victim suffered injuries to his
        # hand and the other was shot in the arm": the wounded in care are a floor the count told
        # after them cannot go under (where no one is said to have died)
        floor = max((c for c in body if c.care and c.harm == "injured" and c.min and not (c.weak or c.vague or c.named)
                     and c.min > (best.min or 0) and not best.partial), key=lambda c: c.min, default=None)
        floored = floor is not None and not any(c.harm == "killed" and c.min for c in cands)
        if floored:
            best = floor
        if group == "people" and (best.weak or best.named):
            weak_people.add(harm)
        out.append(Figure(harm, group, best.min, best.max, best.text, best.start, best.end,
                          partial=best.partial and not floored))
    # "civilians" and "people" of one harm are one count told twice: keep the civilians one, unless
    # it is a zero beside a count ("no registered guests were hurt" after "three people were shot")
    harms_ppl = {f.harm for f in out if f.group == "people" and f.min and not f.listed}
    out = [f for f in out if not (f.group == "civilians" and f.min == 0 and f.max == 0 and f.harm in harms_ppl)]
    harms_civ = {f.harm for f in out if f.group == "civilians"}
    out = [f for f in out if not (f.group == "people" and f.harm in harms_civ and not f.listed)]
    # "Two men were shot ... the 41-year-old is in critical condition": a pronoun or a bare noun
    # for one of the victims counted by their group is no total of the event's people
    parts = {}
    for f in out:
        if f.group in CIVILIAN_SUBGROUPS and f.min:
            parts[f.harm] = max(parts.get(f.harm, 0), f.min)
    # (a name or "the victim" is one of them too: "Emily Anna Fox" is the "22-year-old white
    # woman" of the next sentence, "the victim" the "man" told of before)
    # ("All four men were taken to area hospitals ... An 18-year-old was shot in the buttocks": one
    # of the four, told by his age alone)
    out = [f for f in out if not (f.group == "people" and f.min == f.max == 1 and not f.listed
                                  and AGE_ALONE.match(f.text) and parts.get(f.harm, 0) >= 2)]
    out = [f for f in out if not (f.group == "people" and f.harm in weak_people and not f.listed
                                  and f.min is not None and (f.min < parts.get(f.harm, 0) or (
                                      (f.partial or f.text.lower().startswith("the ") or f.text.lower() in PRONOUN_ONE)
                                      and f.min <= parts.get(f.harm, 0))))]
    # "A teenager died ... The man who was killed was a barber": a victim told of again, by the
    # definite article, in another group's words is one of those counted, not another one
    out = [f for f in out if not (f.group in CIVILIAN_SUBGROUPS and f.min == 1 and f.max == 1
                                  and all(refers_back(c.text) for c in by[(f.harm, f.group)])
                                  and any(o.group in CIVILIAN_SUBGROUPS and o.group != f.group and o.harm == f.harm
                                          and o.min and not refers_back(o.text) for o in out))]
    # "Teen found dead" over "an 18-year-old woman was found": a headline's teen, man or "he" is
    # one of the civilians the body counts, in words of its own, where the body counts as many
    # as the whole headline does ("killing wife and four daughters" over the body's four
    # children is five; "Man shot" stays a total: it guards against a misread victim)
    told, headed = _civilian_totals(out, title_end, body=True), _civilian_totals(cands, title_end, body=False)
    out = [f for f in out if not (f.start < title_end and not f.listed and f.min is not None
                                  and (f.group in CIVILIAN_SUBGROUPS or f.text.lower() in PRONOUN_ONE)
                                  and headed.get(f.harm, f.min) == told.get(f.harm, 0))]
    return sorted(_shot_then_died(out, cands, frame or cands), key=lambda f: f.start)


def _civilian_totals(figures, title_end: int, *, body: bool) -> dict[str, int]:
    """Per harm, the civilians the body (or the headline) counts: the largest count of each group,
    added up."""
    by: dict[tuple[str, str], int] = {}
    for f in figures:
        if (f.start >= title_end) == body and f.min and not f.listed and f.group in CIVILIANS:
            by[(f.harm, f.group)] = max(by.get((f.harm, f.group), 0), f.min)
    out: dict[str, int] = {}
    for (harm, _), n in by.items():
        out[harm] = out.get(harm, 0) + n
    return out


_ANOTHER_ONE = r"\b(?:surviv\w*|other|second|third|fourth|fifth|sixth|remaining|living)\b"
_OTHERS = re.compile(r"\b(?:others|more)\b", re.I)   # (not "another man", "the other woman": the one killed)


def _shot_then_died(figures: list[Figure], cands: list[FigureCandidate],
                    frame: list[FigureCandidate]) -> list[Figure]:
    """'Two men were shot; one died at the hospital': the shot who died are killed, not injured.
    An injured count that only says "shot" loses the dead the event's sentences tell of."""
    from dataclasses import replace
    # ("the wounded boy" told of again is one known already: of the dead, when the event has some)
    # (not "the 19-year-old" beside a dead 17-year-old, "the surviving victim", "the third person":
    # an age, a survival or a place in a count says it is another)
    told_before = {id(c) for c in cands if c.harm == "injured" and c.weak and re.match(r"the\b", c.text, re.I)
                   and not re.search(r"\d|" + _ANOTHER_ONE, c.text, re.I)}
    shot_only = {(c.harm, c.group) for c in cands if c.shot or id(c) in told_before} - \
        {(c.harm, c.group) for c in cands if not (c.shot or id(c) in told_before)}
    # "one man was killed and three others were shot": the others are apart from the dead
    shot_only -= {(c.harm, c.group) for c in cands if c.shot and _OTHERS.search(c.text)}
    civ = ("civilians", "people", "children", "women", "men")
    # (not the one who killed himself: he is not one of those he shot)
    killed = max((c.min or 0 for c in frame if c.harm == "killed" and c.group in civ and not c.vague
                  and c.text.lower() not in ("himself", "herself")), default=0)
    out = []
    for f in figures:
        # ("a quadruple shooting" counts all who were shot, whatever else counts the wounded)
        every_shot = MULTIPLE_SHOOTING.fullmatch(f.text or "")
        # (the count chosen may itself be of the shot: "found four people had been shot" beside
        # "injures one", "two other shooting victims"), where it won by being larger than all
        # counts of the wounded alone
        chosen_shot = f.min is not None and any(
            c.shot and c.start == f.start and c.harm == f.harm and not _OTHERS.search(c.text) for c in cands) and \
            all((c.min or 0) < f.min for c in cands if c.harm == f.harm and c.group == f.group and not c.shot)
        if f.harm == "injured" and ((f.harm, f.group) in shot_only or every_shot or chosen_shot) and killed \
                and f.group in civ and f.min is not None:
            left = f.min - killed
            if left <= 0:
                continue
            f = replace(f, min=left, max=left if f.max is not None else None)
        out.append(f)
    return out
