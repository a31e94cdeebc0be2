"""Claims of one article: each sentence read for harm, events, speaker, place and date; sentences
grouped into the events they tell; then one claim per event and claimant, and one per tally."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..models import Article, Claim, Claimant, Figure, Place, Span, stable_id
from .actors import actors
from .attribution import Context, Speaker, headline_speaker, remember, sentence_speaker
from .casualties import FigureCandidate, find_figures, find_triggers
from .dates import DateMention, find_dates, resolve
from .events import attacker_mentions, attacker_name, event_type_near, is_attack, targets
from .lexicon import AGGREGATE_CUES, EVENT_ANAPHORA, SINGULAR_EVENT
from .places import Hints, PlaceMention, PRECISION_RANK, find_places

TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^\n]*\(@\w+\)\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$")
NEW_EVENT = re.compile(r"\b(?:in (?:an)?other|in a (?:separate|second|different|later|further)|(?:an)?other|a (?:separate|second|further))\s+"
                       r"(?:\w+\s+){0,2}(?:attacks?|strikes?|airstrikes?|incidents?|shootings?|raids?|bombings?|explosions?|"
                       r"blasts?|shelling)\b|\bseparately\b|\belsewhere\b", re.I)
GENERIC_ATTACKS = re.compile(r"\b(?:numerous|many|several|repeated|countless|frequent|dozens of|hundreds of|a number of|a series of|waves of|scores of)\s+(?:\w+\s+){0,2}(?:attacks|strikes|airstrikes|air strikes|raids|bombings)\b", re.I)
QUOTES_OPEN, QUOTES_CLOSE = "“«", "”»"
SELF_REFERENCE = re.compile(r"\b(?:it|its|they|their|we|our)\s+(?:\w+\s+){0,3}?(?:hit|struck|strike|strikes|bombed|shelled|"
                            r"targeted|attacked|carried out|conducted|launched|fired|killed|jets|aircraft|warplanes|forces|troops)\b", re.I)
# arrests, charges and trials tell of an event already told, on days of their own
LEGAL = re.compile(r"\b(?:charged|charges?|arrested|arrests?|convicted|sentenced|pleaded|plead|pleads|trial|"
                   r"indicted|arraigned|accused of|faces?|facing|booked|custody|warrant|jury|judge|court|"
                   r"prosecutors?|guilty|bond|bail|hearing|lawsuit|sued|acquitted)\b", re.I)
# a street address identifies an event as well as a name does ("the 2400 block of Elm Street")
STREET = re.compile(r"\b(?:\d{2,5} block of |\d{2,5} )?(?:[NSEW]\.? |North |South |East |West )?"
                    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
                    r"Drive|Dr\.|Lane|Ln\.|Highway|Hwy\.|Parkway|Pkwy\.|Court|Ct\.|Place|Terrace|Circle)")
PERIOD_DAYS = re.compile(r"\b(?:during|over|in|for)\s+(?:the\s+)?(?:past\s+|last\s+)?(\w+)\s+days\b", re.I)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    is_title: bool
    ref: str | None
    figures: list[FigureCandidate] = field(default_factory=list)
    harm: bool = False
    attack: bool = False
    event_type: str | None = None
    speaker: Speaker | None = None
    stance: str | None = None
    place: PlaceMention | None = None
    date: DateMention | None = None
    attackers: list[str] = field(default_factory=list)
    targets: tuple[str, ...] = ()
    anaphora: bool = False
    new_event: bool = False
    aggregate: bool = False
    generic: bool = False
    persons: tuple[str, ...] = ()


GENERIC_TYPES = {"attack", "armed_clash", "massacre", "shooting", "other"}


@dataclass
class Frame:
    """One event told by one or more sentences of the article."""
    sentences: list[Sentence] = field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    attacker: str | None = None
    event_type: str | None = None

    def add(self, s: Sentence, *, defines: bool = True) -> None:
        self.sentences.append(s)
        if not defines:
            return  # a sentence about the event's aftermath does not move its place or date
        if s.place and (self.place is None or _more_precise(s.place.place, self.place.place)):
            self.place = s.place
        if s.date and (self.date is None or _narrower(s.date, self.date)):
            self.date = s.date
        if s.attackers and not self.attacker:
            self.attacker = s.attackers[0]
        # "hit militants" then "its jets struck": the weapon says more than the verb
        if s.event_type and (not self.event_type or (self.event_type in GENERIC_TYPES and s.event_type not in GENERIC_TYPES)):
            self.event_type = s.event_type


def _more_precise(a: Place, b: Place) -> bool:
    return PRECISION_RANK.get(a.precision, 9) < PRECISION_RANK.get(b.precision, 9)


def _span_days(d: DateMention) -> int:
    from datetime import date
    try:
        s, e = _day(d.date_start, start=True), _day(d.date_end or d.date_start, start=False)
        return (date.fromisoformat(e) - date.fromisoformat(s)).days
    except (TypeError, ValueError):
        return 10 ** 6


def _day(iso: str | None, *, start: bool) -> str | None:
    """A partial ISO date widened to a day: 2017-03 -> 2017-03-01 (start) or 2017-03-31 (end)."""
    import calendar
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        return iso
    y = int(parts[0])
    if len(parts) == 2:
        m = int(parts[1])
        return f"{y:04d}-{m:02d}-{1 if start else calendar.monthrange(y, m)[1]:02d}"
    return f"{y:04d}-01-01" if start else f"{y:04d}-12-31"


def _narrower(a: DateMention, b: DateMention) -> bool:
    return _span_days(a) < _span_days(b)


def _dates_overlap(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or not a.date_start or not b.date_start:
        return True
    a0, a1 = _day(a.date_start, start=True), _day(a.date_end or a.date_start, start=False)
    b0, b1 = _day(b.date_start, start=True), _day(b.date_end or b.date_start, start=False)
    return a0 <= b1 and b0 <= a1


def _places_compatible(a: PlaceMention | None, b: PlaceMention | None, gaz) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa.name == pb.name:
        return True
    if PRECISION_RANK.get(pa.precision, 9) >= 4 or PRECISION_RANK.get(pb.precision, 9) >= 4:
        # a country or governorate holds its towns
        return not (pa.country and pb.country and pa.country != pb.country)
    if pa.admin2 == pb.name or pb.admin2 == pa.name or gaz.contains(pa, pb) or gaz.contains(pb, pa):
        return True
    from ..gazetteer import distance_km
    d = distance_km(pa, pb)
    return d is not None and d < 5


def _speaker_in_quotes(line: str, pos: int) -> bool:
    before = line[:pos]
    opened = sum(before.count(c) for c in QUOTES_OPEN) - sum(before.count(c) for c in QUOTES_CLOSE)
    return opened > 0 or before.count('"') % 2 == 1


def _three_days(text: str, ref: str | None) -> DateMention | None:
    """'during three days of airstrikes': a period ending at the report, like 'the past three days'."""
    m = PERIOD_DAYS.search(text)
    if not m or not ref:
        return None
    r = resolve(f"the past {m.group(1)} days", ref)
    if r is None:
        return None
    return DateMention(m.start(), m.end(), m.group(0), r.date_start, r.date_end, r.precision, "period")


def read_sentences(article: Article, docs: list, lines: list[tuple[int, int]], gaz, hints: Hints) -> list[Sentence]:
    """Read every sentence of the article (docs: one parsed doc per line of `lines`)."""
    ctx = Context()
    out: list[Sentence] = []
    anchor: str | None = None
    text = article.text
    for li, (doc, (ls, le)) in enumerate(zip(docs, lines)):
        line = text[ls:le]
        ref = article.published
        if li + 1 < len(lines):
            m = TWEET_SIGNATURE.match(text[lines[li + 1][0]:lines[li + 1][1]])
            if m:
                r = resolve(m.group(1), None)
                ref = r.date_start if r else ref
        if TWEET_SIGNATURE.match(line):
            continue
        is_title = li == 0 and bool(article.title) and line.strip() == (article.title or "").strip()
        tail = headline_speaker(line, ls, ctx) if (is_title or ref != article.published or li == 0) else None
        sents = list(doc.sents)
        # the speaker of a quoted paragraph: "“...,” he said." speaks for every quoted sentence in it
        line_speaker = None
        infos = []
        for sent in sents:
            trig = [t.i for t in find_triggers(sent)]
            sp, stance = sentence_speaker(sent, ls, ctx, trig)
            infos.append((sent, trig, sp, stance))
            if sp and line_speaker is None:
                line_speaker = sp
        for sent, trig, sp, stance in infos:
            s = Sentence(ls + sent.start_char, ls + sent.end_char, sent.text, is_title, ref)
            if sp is None and _speaker_in_quotes(line, sent.start_char + 1):
                sp = line_speaker
            if sp is None:
                sp = tail
            s.speaker, s.stance = sp, stance
            remember(ctx, sent, ls, sp)
            s.figures = find_figures(sent, ls, headline=is_title)
            triggers = [t for t in find_triggers(sent)] if trig else []
            s.harm = any(not t.hypothetical and not t.negated for t in triggers)
            denial = any(t.negated for t in triggers) and stance == "denied"
            s.attack = is_attack(sent)
            if not (s.figures or s.harm or s.attack or denial):
                continue
            s.event_type = event_type_near(sent, trig)
            if s.figures and all(f.harm == "detained" for f in s.figures) and s.event_type in (None, "attack", "shooting"):
                s.event_type = "other"  # abductions and arrests: harm, but no attack
            spk_span = (sp.start, sp.end) if sp and sp.end else None
            s.attackers = [attacker_name(m) for m in attacker_mentions(sent, ls, spk_span)]
            if not s.attackers and s.attack and sp is not None and SELF_REFERENCE.search(sent.text):
                # "Israel says it hit militants", "the army said its jets struck": the speaker's own
                actor = actors().lookup(sp.name)
                if actor is not None and actor.attacker:
                    s.attackers = [actor.attacker]
            s.targets = targets(sent.text)
            s.anaphora = bool(EVENT_ANAPHORA.search(sent.text))
            # the model takes some towns for people ("Khan Younis"): a name the gazetteer or the
            # actors file knows is no person
            s.persons = tuple(e.text for e in sent.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2
                              and not (sp and sp.person and e.text in sp.person)
                              and gaz.lookup(e.text, countries=hints.countries) is None
                              and not actors().find(e.text, persons=False)) + \
                tuple(m.group(0) for m in STREET.finditer(sent.text))
            s.new_event = bool(NEW_EVENT.search(sent.text))
            s.generic = bool(GENERIC_ATTACKS.search(sent.text)) and not s.figures
            exclude = [(m.start + ls + sent.start_char, m.end + ls + sent.start_char)
                       for m in actors().find(sent.text, persons=True)]
            if spk_span:
                exclude.append(spk_span)
            places = find_places(sent, ls, gaz, hints, exclude=exclude)
            s.place = _event_place(places, trig, sent, ls)
            if s.place:
                hints.last = s.place.place
            s.date, anchor = _event_date(sent, ref, anchor, trig)
            s.aggregate = _is_aggregate(s)
            if denial:
                s.stance = "denied"
                if not s.attackers and sp and actors().lookup(sp.name):
                    # "the coalition denied that its aircraft killed civilians": it denies its own strike
                    s.attackers = [actors().lookup(sp.name).attacker or sp.name]
            out.append(s)
    return out


def _event_place(places: list[PlaceMention], trig: list[int], sent, offset: int) -> PlaceMention | None:
    if not places:
        return None
    # the place nearest the harm word, preferring places governed by a locative preposition
    pos = sent.doc[trig[0]].idx + offset if trig else places[0].start

    def key(m: PlaceMention):
        coarse = PRECISION_RANK.get(m.place.precision, 9) >= PRECISION_RANK["district"]
        return (not m.attached, coarse, abs(m.start - pos) // 40, PRECISION_RANK.get(m.place.precision, 9), m.start)
    return min(places, key=key)


RELATIVE_DAY = re.compile(r"\b(?:on )?the (?:following|next|previous) (?:day|morning|night|evening)|\bthe day (?:after|before)\b", re.I)


def _event_date(sent, ref: str | None, anchor: str | None, trig: list[int]) -> tuple[DateMention | None, str | None]:
    """The date of the event a sentence tells: the date phrase nearest its harm words, leaving out
    the dates of statements ("told journalists on Tuesday")."""
    from .tree import dist as _dist
    from .lexicon import REPORTING_VERBS
    mentions = list(find_dates(sent.text, ref))
    if anchor:
        for m in RELATIVE_DAY.finditer(sent.text):
            r = resolve(m.group(0), ref, anchor=anchor)
            if r and r.date_start:
                mentions.append(DateMention(m.start(), m.end(), m.group(0), r.date_start, r.date_end,
                                            r.precision, r.kind))
    scored = []
    for d in mentions:
        if not d.date_start:
            continue
        tok = next((t for t in sent if t.idx - sent.start_char >= d.start), None)
        verb = tok
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb is not None and verb.lemma_.lower() in REPORTING_VERBS | {"make"} and \
                not any(verb.i == t or verb in sent.doc[t].ancestors for t in trig):
            continue
        near = min((_dist(tok, sent.doc[t]) for t in trig), default=0) if tok is not None else 99
        scored.append(((near, _span_days(d)), d))
    if not scored:
        three = _three_days(sent.text, ref)
        if three:
            scored.append(((0, 3), three))
    if not scored:
        return None, anchor
    best = min(scored, key=lambda x: x[0])[1]
    if best.precision == "day":
        anchor = best.date_start
    return best, anchor


def _is_aggregate(s: Sentence) -> bool:
    d = s.date
    singular = bool(SINGULAR_EVENT.search(s.text))
    if d is not None and d.kind == "since":
        return True
    if s.place and s.place.place.precision == "region" and not singular:
        return True
    if d is not None and _span_days(d) > 20 and not singular:
        return True
    if AGGREGATE_CUES.search(s.text) and not singular and s.figures and (d is None or _span_days(d) > 7):
        return bool(re.search(r"\bsince\b|\bcrisis\b|\bwar\b|\bconflict\b|\bcampaign\b|\bthis year\b|\bso far\b|"
                              r"\btotal\b|\bto date\b|\bin (?:a|one|a single) (?:month|week|year)\b|\bsame period\b",
                              s.text, re.I))
    return False


def group_frames(sentences: list[Sentence], gaz) -> tuple[list[Frame], list[Sentence]]:
    """Sentences into events; tallies (aggregates) apart."""
    frames: list[Frame] = []
    aggregates: list[Sentence] = []
    cur: Frame | None = None
    for s in sentences:
        if s.aggregate:
            if s.figures:
                aggregates.append(s)
            continue
        if s.generic:
            continue

        # harm told again without numbers, and no attack of its own placed anywhere ("students
        # affected by his death", "the family mourned the dead") belongs to the event at hand
        if cur is not None and not s.new_event and (
                (not s.figures and not (s.attack and s.place)) or LEGAL.search(s.text)):
            cur.add(s, defines=False)
            continue
        target = None
        for f in frames:
            if _repeats(f, s) and _compatible(f, s, gaz):
                target = f
                break
        if target is None and cur is not None and not s.new_event and _compatible(cur, s, gaz):
            if s.anaphora or not (s.figures and cur_has_other_figures(cur, s)):
                target = cur
            # numbers with nothing to place them, after a side remark that had none: they go back
            # to the article's first event with numbers (its main story), not to the aside
            if target is cur and s.figures and not (s.place or s.date) and not _has_figures(cur):
                main = next((f for f in frames if _has_figures(f) and _compatible(f, s, gaz)), None)
                target = main or cur
        if target is None:
            target = Frame()
            frames.append(target)
        target.add(s)
        cur = target
    return frames, aggregates


def _has_figures(f: Frame) -> bool:
    return any(s.figures for s in f.sentences)


def cur_has_other_figures(f: Frame, s: Sentence) -> bool:
    """A new number for the same harm from a different place or date reads as a new event; from
    the same context it is a competing claim about the same event, so this only looks at dates."""
    if s.date is None or f.date is None:
        return False
    return not _dates_overlap(s.date, f.date)


def _repeats(f: Frame, s: Sentence) -> bool:
    """The sentence repeats a figure of the frame (headline and body, lead and quote)."""
    for a in s.figures:
        for fs in f.sentences:
            for b in fs.figures:
                if a.harm == b.harm and a.min == b.min and a.min is not None and not a.weak and not b.weak:
                    return True
    return False


def _compatible(f: Frame, s: Sentence, gaz) -> bool:
    if not _places_compatible(f.place, s.place, gaz):
        return False
    if not _dates_overlap(f.date, s.date):
        return False
    if f.attacker and s.attackers and actors().family(f.attacker) != actors().family(s.attackers[0]):
        return False
    return True


# ------------------------------------------------------------------------------- claims


def build_claims(article: Article, sentences: list[Sentence], gaz, hints_dateline: PlaceMention | None = None) -> list[Claim]:
    frames, aggregates = group_frames(sentences, gaz)
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
    default_place = hints_dateline or _default_place(sentences)
    claims: list[Claim] = []
    for n, f in enumerate(frames, start=1):
        etype = f.event_type
        if etype in (None, "attack") and default_type not in (None, "attack"):
            etype = default_type  # "the strike" in an article about airstrikes is an airstrike
        attacker = f.attacker or attacker_for(etype)
        frame_figs = [c for fs in f.sentences for c in fs.figures]
        for group in _claimant_groups(f.sentences):
            claims.append(_claim(article, group, n, "incident", f.place, f.date, attacker, etype,
                                 default_place, frame_figures=frame_figs))
    n = len(frames)
    for group in _aggregate_groups(aggregates):
        n += 1
        place = next((s.place for s in group if s.place), None)
        claims.append(_claim(article, group, n, "aggregate", place, _widest(group), None, None,
                             _last_region(aggregates) or default_place,
                             attacker_default=attacker_for(default_type), type_default=default_type))
    return claims


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


def _default_place(sentences: list[Sentence]) -> PlaceMention | None:
    towns = [s.place for s in sentences if s.place and PRECISION_RANK.get(s.place.place.precision, 9) <= 3]
    return towns[0] if towns else next((s.place for s in sentences if s.place), None)


def _last_region(aggs: list[Sentence]) -> PlaceMention | None:
    return next((s.place for s in reversed(aggs) if s.place), None)


def _widest(group: list[Sentence]) -> DateMention | None:
    ds = [s.date for s in group if s.date]
    return min(ds, key=_span_days) if ds else None


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
            if same_harm and _dates_overlap(s.date, h.date) and fam_ok and s.date and h.date \
                    and (s.date.kind == h.date.kind):
                g.append(s)
                break
        else:
            groups.append([s])
    return groups


def _finer_default(place_m: PlaceMention | None, default: PlaceMention | None) -> PlaceMention | None:
    """A county, state or country found for an event, where the dateline names a town inside
    it: the town ("Caldwell County" in a story datelined Granite Falls, N.C.)."""
    if place_m is None:
        return default
    if default is None or PRECISION_RANK.get(place_m.place.precision, 9) < PRECISION_RANK["district"]:
        return place_m
    d, p = default.place, place_m.place
    if PRECISION_RANK.get(d.precision, 9) < PRECISION_RANK["district"] and d.country == p.country and \
            (p.precision == "country" or not p.admin1 or d.admin1 == p.admin1 or d.admin1 == p.name):
        return default
    return place_m


def _claim(article: Article, group: list[Sentence], event: int, kind: str, place_m: PlaceMention | None,
           date_m: DateMention | None, attacker: str | None, etype: str | None, place_default: PlaceMention | None,
           *, attacker_default: str | None = None, type_default: str | None = None,
           frame_figures: list[FigureCandidate] = ()) -> Claim:
    speaker = max((s.speaker for s in group if s.speaker), key=lambda sp: sp.specificity, default=None)
    if attacker is None:
        attacker = next((a for s in group for a in s.attackers), None) or attacker_default
    if etype is None:
        etype = next((s.event_type for s in group if s.event_type and s.event_type != "attack"), None) or \
            next((s.event_type for s in group if s.event_type), None) or type_default
    place_m = _finer_default(place_m, place_default) if kind == "incident" else (place_m or place_default)
    figures = _merge_figures([f for s in group for f in s.figures], title_end=article.body_start,
                             frame=list(frame_figures))
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
        ds, de, prec = None, group[0].ref, None
    claimant = None
    if speaker is not None:
        claimant = Claimant(speaker.name or speaker.person, speaker.person, speaker.type)
    elif article.outlet:
        claimant = Claimant(article.outlet, None, "media")
    evidence = tuple(Span(s.start, s.end, s.text) for s in group)
    spans = [("figure", f.start, f.end) for f in figures]
    if speaker and speaker.end:
        spans.append(("claimant", speaker.start, speaker.end))
    if place_m:
        spans.append(("place", place_m.start, place_m.end))
    if date_m is not None:
        base = next((s.start for s in group if s.date is date_m), None)
        if base is not None:
            spans.append(("date", base + date_m.start, base + date_m.end))
    victims = tuple(n for s in group for f in s.figures for n in f.named)
    speakers = {s.speaker.person for s in group if s.speaker and s.speaker.person}
    names = tuple(sorted({n for s in group for n in s.persons if n not in speakers}))
    cid = stable_id(article.id, kind, event, speaker.name if speaker else "", group[0].start)
    return Claim(id=cid, article_id=article.id, kind=kind, claimant=claimant, attacker=attacker,
                 event_type=etype, place=place_m.place if place_m else None, date_start=ds, date_end=de,
                 date_precision=prec, stance=stance, figures=tuple(figures), evidence=evidence,
                 targets=tuple(sorted({t for s in group for t in s.targets})), victims=victims, names=names,
                 event=event, spans=tuple(sorted(set(spans), key=lambda x: (x[1], x[0]))))


def _merge_figures(cands: list[FigureCandidate], *, title_end: int,
                   frame: list[FigureCandidate] = ()) -> list[Figure]:
    """One figure per harm and group: the body over the headline, a stated range over a bound,
    a number over a pronoun or a bare plural, the larger of two tolls."""
    by: dict[tuple[str, str], list[FigureCandidate]] = {}
    for c in cands:
        by.setdefault((c.harm, c.group or "people"), []).append(c)
    out: list[Figure] = []
    for (harm, group), cs in by.items():
        body = [c for c in cs if c.start >= title_end] or cs
        strong = [c for c in body if not c.weak] or body
        strong = [c for c in strong if not c.partial] or strong  # a stated total over a list of names
        stated = [c for c in strong if not c.vague] or strong   # "over 200" beats "hundreds"
        ranged = [c for c in stated if c.min is not None and c.max is not None and c.min != c.max]
        pool = ranged or stated
        # the largest number stated is the total; smaller ones are parts ("two daughters") or
        # earlier tolls; "up to nine" states nine
        best = max(pool, key=lambda c: (c.min if c.min is not None else (c.max or 0), c.max is None, -c.start))
        out.append(Figure(harm, group, best.min, best.max, best.text, best.start, best.end,
                          partial=best.partial))
    # "civilians" and "people" of one harm are one count told twice: keep the civilians one
    harms_civ = {f.harm for f in out if f.group == "civilians"}
    out = [f for f in out if not (f.group == "people" and f.harm in harms_civ)]
    return sorted(_shot_then_died(out, cands, frame or cands), key=lambda f: f.start)


def _shot_then_died(figures: list[Figure], cands: list[FigureCandidate],
                    frame: list[FigureCandidate]) -> list[Figure]:
    """'Two men were shot; one died at the hospital': the shot who died are killed, not injured.
    An injured count that only says "shot" loses the dead the event's sentences tell of."""
    from dataclasses import replace
    shot_only = {(c.harm, c.group) for c in cands if c.shot} - {(c.harm, c.group) for c in cands if not c.shot}
    civ = ("civilians", "people", "children", "women", "men")
    killed = max((c.min or 0 for c in frame if c.harm == "killed" and c.group in civ and not c.vague), default=0)
    out = []
    for f in figures:
        if f.harm == "injured" and (f.harm, f.group) in shot_only and killed and f.group in civ and f.min is not None:
            left = f.min - killed
            if left <= 0:
                continue
            f = replace(f, min=left, max=left if f.max is not None else None)
        out.append(f)
    return out
