"""Each sentence of an article read for what a claim needs: harm and its figures, an attack, the
speaker, the event's place and date, and whether it tells a tally rather than an event."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Article
from .actors import actors
from .attribution import Context, Speaker, headline_speaker, remember, sentence_speaker
from .casualties import FigureCandidate, find_figures, find_triggers
from .dates import DateMention, find_dates, resolve
from .events import (attacker_mentions, attacker_name, crime_reported, event_type_near, is_attack, targets,
                     tells_when_or_where)
from .lexicon import AGGREGATE_CUES, EVENT_ANAPHORA, MANY_EVENTS, SEPARATE_EVENTS, SINGULAR_EVENT, SINGULAR_KILLING, fatal_event
from .places import Hints, PlaceMention, PRECISION_RANK, find_places
from .roster import Roster, find_roster

TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^\n]*\(@\w+\)\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$")
# a scrape may keep a tweet's text and its signature on one line: "... in today's shooting.
# pic.twitter.com/x — Kevin Clark (@KevinANjax) February 5, 2017"
TWEET_SIGNED = re.compile(r"[—–]\s*[^\n—–]{0,80}\(@\w+\)\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$")
# ("the two other shooting victims", "the other teenage shooting victim": more people of this one)
NEW_EVENT = re.compile(r"\b(?:in (?:an)?other|in a (?:separate|second|third|fourth|different|later|further)|"
                       r"(?<!the )(?<!two )(?<!three )(?:an)?other|a (?:separate|second|third|fourth|further))\s+"
                       r"(?:\w+\s+){0,2}(?:attacks?|strikes?|airstrikes?|incidents?|shootings?|raids?|bombings?|explosions?|"
                       r"blasts?|shelling)\b(?!\s+(?:victims?|survivors?|suspects?|witnesses?|scenes?))|\bseparately\b|"
                       # "not yet verified elsewhere" speaks of sources, not of another event
                       r"(?<!verified )(?<!confirmed )(?<!reported )(?<!published )(?<!corroborated )\belsewhere\b|"
                       # "This all comes after a person was killed outside the bar in November": an earlier one
                       r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:a\s+few|\w+)\s+(?:days?|weeks?|months?|years?)\s+)?after\b",
                       re.I)
GENERIC_ATTACKS = re.compile(r"\b(?:numerous|many|several|repeated|countless|frequent|dozens of|hundreds of|a number of|a series of|waves of|scores of)\s+(?:\w+\s+){0,2}(?:attacks|strikes|airstrikes|air strikes|raids|bombings)\b", re.I)
QUOTES_OPEN, QUOTES_CLOSE = "“«", "”»"
SELF_REFERENCE = re.compile(r"\b(?:it|its|they|their|we|our)\s+(?:\w+\s+){0,3}?(?:hit|struck|strike|strikes|bombed|shelled|"
                            r"targeted|attacked|carried out|conducted|launched|fired|killed|jets|aircraft|warplanes|forces|troops)\b", re.I)
# a street address identifies an event as well as a name does ("the 2400 block of Elm Street")
STREET = re.compile(r"\b(?:\d{2,5} block of |\d{2,5} )?(?:[NSEW]\.? |North |South |East |West )?"
                    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
                    r"Drive|Dr\.|Lane|Ln\.|Highway|Hwy\.|Parkway|Pkwy\.|Court|Ct\.|Place|Terrace|Circle)")
# "the 11600 block of S. Bishop": a block number names a street even without "Street"
BLOCK_STREET = re.compile(r"\b\d{2,5}[- ]block of (?:(?:[NSEW]\.?|North|South|East|West) )?"
                          r"(?!(?:North|South|East|West|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))"
                          r"(?: (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At)\b)"
                          r"[A-Z][a-z]+)?")


_CROSS_NAME = r"(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+)?"
_CROSS_KIND = r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.|Court|Ct\.)"
# a corner: "at Hazelhurst and Sylvania avenues", "near Spencer Street and South Avenue"
INTERSECTION = re.compile(rf"\b{_CROSS_NAME}(?:\s+{_CROSS_KIND}\s+(?:and|&)\s+{_CROSS_NAME}\s+{_CROSS_KIND}|"
                          rf"\s+(?:and|&)\s+{_CROSS_NAME}\s+(?:streets|avenues|roads|boulevards|drives|lanes))")


def streets(text: str) -> tuple[str, ...]:
    """The street addresses a sentence gives, with or without the street's kind, and the corners
    of two streets."""
    found = list(STREET.finditer(text))
    found += [m for m in BLOCK_STREET.finditer(text) if not any(f.start() <= m.start() < f.end() for f in found)]
    found += list(INTERSECTION.finditer(text))
    return tuple(m.group(0) for m in sorted(found, key=lambda m: m.start()))


# the last word of an institution's name, which the model may take for a person's
INSTITUTION_END = re.compile(r"\b(?:Center|Centre|Hospital|Clinic|Institute|University|College|School|Academy|"
                             r"Library|Church|Park|Mall|Plaza|Apartments|Department|Office|Station|Unit)$")
# a person named with a title or a role is an official, a reporter, a doctor: one spokesman or
# coroner speaks of many shootings, so such a name tells nothing of which event a report tells
TITLE_BEFORE = re.compile(
    r"\b(?:sgt|sergeant|officer|chief|lt|lieutenant|capt|captain|cpl|corporal|detective|det|deputy|sheriff|"
    r"marshal|trooper|agent|spokes(?:man|woman|person)|mayor|gov|governor|sen|senator|rep|representative|"
    r"judge|justice|attorney|prosecutor|coroner|examiner|dr|doctor|director|commissioner|superintendent|"
    r"council(?:man|woman|member)|alderman|alderwoman|president|pastor|rev|reverend|principal|reporter|"
    r"correspondent|journalist|photographer|anchor|editor|by|professor|prof|investigator|officials?|"
    r"chairman|manager|coach|minister|secretary|inspector|constable|supervisor|photo|credit)\.?\s*$", re.I)
ROLE_AFTER = re.compile(
    r"\s*(?:/|,\s*(?:a|an|the)?\s*(?:[\w'’.-]+\s){0,5}?(?:spokes\w+|officer|sergeant|sgt|chief|detective|"
    r"deputy|sheriff|coroner|examiner|attorney|prosecutor|mayor|director|commissioner|reporter|correspondent|"
    r"official|lieutenant|captain|judge|pastor|principal|professor|investigator|agent|trooper|superintendent|"
    r"council\w+|alderman|editor|writer|producer|photographer)\b)", re.I)
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
    residence: PlaceMention | None = None  # the town the sentence says its people live in
    date: DateMention | None = None
    date_of_harm: bool = False  # the date is said of the harm itself ("shot ... on Friday"), not of an arrest
    said_on: DateMention | None = None  # the only day told is the telling's ("officials said Friday")
    attackers: list[str] = field(default_factory=list)
    targets: tuple[str, ...] = ()
    anaphora: bool = False
    new_event: bool = False
    occurred: bool = False  # it tells where or when the event took place ("The shooting happened Monday")
    aggregate: bool = False
    generic: bool = False
    persons: tuple[str, ...] = ()
    # it tells only where and when the police came ("Deputies responded around 6:20 p.m. Monday to a
    # home in the 3200 block of Cedar Hill Road"): the day and place of the event told before it
    response: bool = False


def _with_roster(s: Sentence, roster: Roster) -> list[FigureCandidate]:
    """A sentence that reaches into the roster: its figures told before the roster begins, and,
    where the roster begins, the roster's counts; the table itself read as prose says nothing."""
    out = [f for f in s.figures if f.end <= roster.start]
    if s.start <= roster.start < s.end:
        end = roster.start + len(roster.heading)
        for harm, n in (("killed", roster.killed), ("injured", roster.injured)):
            if n:
                out.append(FigureCandidate(harm, "people", n, n, roster.start, end, roster.heading, 0,
                                           partial=True, listed=True))
    return out


def span_days(d: DateMention) -> int:
    from datetime import date
    try:
        s, e = widen_day(d.date_start, start=True), widen_day(d.date_end or d.date_start, start=False)
        return (date.fromisoformat(e) - date.fromisoformat(s)).days
    except (TypeError, ValueError):
        return 10 ** 6


def widen_day(iso: str | None, *, start: bool) -> str | None:
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
    roster = find_roster(text)
    other_next = False
    tally_before = False  # the sentence read last was a tally
    # the officials a story names anywhere ("Batesville Police Officer Tyler Hardin was dispatched",
    # in a sentence that counts no one): their surnames standing alone are the officials, not towns
    # ("Hardin’s incident report stated the victim had accidentally shot himself")
    hints.person_words.update(e.text.split()[-1] for doc in docs for e in doc.ents
                              if e.label_ == "PERSON" and len(e.text.split()) > 1
                              and TITLE_BEFORE.search(doc.text[max(0, e.start_char - 40):e.start_char]))
    for li, (doc, (ls, le)) in enumerate(zip(docs, lines)):
        line = text[ls:le]
        ref = article.published
        # "today" in a tweet is the tweet's day, not the report's (the parsed part of a
        # paragraph may stop before the signature at its end)
        para_end = text.find("\n", le)
        signed = TWEET_SIGNED.search(text[ls:len(text) if para_end < 0 else para_end])
        if signed or li + 1 < len(lines):
            m = signed or TWEET_SIGNATURE.match(text[lines[li + 1][0]:lines[li + 1][1]])
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
            triggers = find_triggers(sent)  # once per sentence: the parse walk is the hot path
            trig = [t.i for t in triggers]
            sp, stance = sentence_speaker(sent, ls, ctx, trig)
            infos.append((sent, triggers, trig, sp, stance))
            if sp and line_speaker is None:
                line_speaker = sp
        for sent, triggers, trig, sp, stance in infos:
            s = Sentence(ls + sent.start_char, ls + sent.end_char, sent.text, is_title, ref)
            if sp is None and _speaker_in_quotes(line, sent.start_char + 1):
                sp = line_speaker
            if sp is None:
                sp = tail
            s.speaker, s.stance = sp, stance
            remember(ctx, sent, ls, sp)
            s.figures = find_figures(sent, ls, headline=is_title, triggers=triggers)
            if roster is not None and s.end > roster.start and s.start < roster.end:
                s.figures = _with_roster(s, roster)
            # "Fatal shooting at Town Center": a deadly event, though no word counts its dead
            s.harm = any(not t.hypothetical and not t.negated for t in triggers) or bool(fatal_event(sent.text, title=is_title))
            denial = any(t.negated for t in triggers) and stance == "denied"
            s.attack = is_attack(sent) or bool(is_title and TITLE_SHOOTING.search(sent.text))
            s.occurred = s.attack and tells_when_or_where(sent)
            if not (s.figures or s.harm or s.attack or denial):
                # "The victim was identified as John Smith, 23", "Officers were called to the Hyatt
                # Place hotel at 650 Bakers Bridge Ave.": told beside the event, the names of its
                # people and its address tell which event it is
                named = _named_people(sent, sp, gaz, hints, aside=True) + streets(sent.text)
                if named:
                    hints.asides.append((s.start, named))
                # "Several other incidents were reported at schools Wednesday." opens other events:
                # the next sentence with harm tells one of them, not the event at hand
                other_next = other_next or bool(OTHER_EVENTS.search(sent.text))
                came = RESPONSE.search(sent.text)
                if came and RESPONDERS.search(sent.text) and not is_title:
                    anchor = _read_response(s, sent, ls, came, gaz, hints, ref, anchor)
                    out.append(s)
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
            s.persons = _named_people(sent, sp, gaz, hints) + streets(sent.text)
            # (a corner's streets, "West Sylvania and Hazelhurst avenues", may be towns' names too)
            hints.person_words.update(w for n in s.persons if not INTERSECTION.fullmatch(n)
                                      for w in n.split() if w[:1].isupper())
            s.new_event = bool(NEW_EVENT.search(sent.text)) or other_next
            other_next = False
            s.generic = bool(GENERIC_ATTACKS.search(sent.text)) and not s.figures
            exclude = [(m.start + ls + sent.start_char, m.end + ls + sent.start_char)
                       for m in actors().find(sent.text, persons=True)]
            if spk_span:
                # "Police in North Liberty say the victim was shot": the police's town is the event's
                local = LOCAL_POLICE.match(article.text, spk_span[0], spk_span[1])
                exclude.append((spk_span[0], local.end()) if local else spk_span)
            places = find_places(sent, ls, gaz, hints, exclude=exclude)
            # a town named only as where the people live places the event only if nothing else does
            # ("wanted in a shooting in Reno, was arrested near Portola": the harm's place, not the arrest's)
            harm_at = [t.i for t in triggers if t.harm != "detained"]
            if not harm_at and trig and (m := TITLE_SHOOTING.search(sent.text)):
                harm_at = [next((t.i for t in sent if t.idx - sent.start_char >= m.start()), trig[0])]
            harm_at = harm_at or trig
            # ("Suspect in Tennessee armory shooting arrested in Detroit": where he was caught)
            caught = {id(m) for m in places if _arrested_there(sent, m.start - ls - sent.start_char)} \
                if any(sent.doc[i].lemma_.lower() not in ARREST_VERBS for i in harm_at) else set()
            s.place = _event_place([m for m in places if not m.residence and id(m) not in caught], harm_at, sent, ls)
            if s.place and hints.countries[:1] == ["US"] and triggers and all(t.harm == "detained" for t in triggers) \
                    and _arrested_there(sent, s.place.start - ls - sent.start_char):
                s.place = None  # "Reed was arrested in the 3900 block Harding Avenue in Cheviot": a
                # suspect's arrest, in an American crime story, is no event of its own
            s.residence = _event_place([m for m in places if m.residence], harm_at, sent, ls)
            if s.place:
                hints.last = s.place.place
                if hints.home is None and s.place.place.country in hints.countries and \
                        PRECISION_RANK.get(s.place.place.precision, 9) <= PRECISION_RANK["district"]:
                    hints.home = s.place.place.country  # a town of a country the story names
            s.date, anchor, said = _event_date(sent, ref, anchor, trig)
            s.date_of_harm = s.date is not None and _said_of_harm(sent, s.date)
            s.aggregate = _is_aggregate(s) or (
                # "This week alone, three teens were shot. Two of the victims died.": of the tally's victims
                tally_before and bool(s.figures) and s.date is None and s.place is None
                and all(OF_THEM.search(f.text) for f in s.figures))
            tally_before = s.aggregate
            if said:
                s.date, s.said_on = None, s.date
            if denial:
                s.stance = "denied"
                if not s.attackers and sp and actors().lookup(sp.name):
                    # "the coalition denied that its aircraft killed civilians": it denies its own strike
                    s.attackers = [actors().lookup(sp.name).attacker or sp.name]
            out.append(s)
    return out


# the police coming to the scene: "responded around 1 p.m. to a home", "were called to the 600 block"
RESPONSE = re.compile(r"\b(?:respond(?:ed|ing)|(?:were|was|got|been)\s+(?:called|summoned|dispatched)|dispatched)\b"
                      r"(?:\s+[\w.,:’'-]+){0,8}?\s+to\s+(?:an?|the)\s", re.I)
RESPONDERS = re.compile(r"\b(?:police|officers?|deputies|troopers|authorities|firefighters|paramedics|medics|"
                        r"emergency crews|EMS)\b", re.I)


def _read_response(s: Sentence, sent, offset: int, came: re.Match, gaz, hints: Hints,
                   ref: str | None, anchor: str | None) -> str | None:
    """The place and day a sentence of the police coming to the scene tells (its speaker, an
    incident report, is no claimant of its own); the day later relative days count from."""
    s.response = True
    s.speaker = None
    places = [m for m in find_places(sent, offset, gaz, hints) if not m.residence]
    verb = next((t.i for t in sent if t.idx - sent.start_char >= came.start()), sent.root.i)
    s.place = _event_place(places, [verb], sent, offset)
    s.date, _, said = _event_date(sent, ref, anchor, [verb])
    if said:
        s.date = None
    return s.date.date_start if s.date is not None and s.date.precision == "day" else anchor


ARREST_VERBS = frozenset({"arrest", "apprehend", "capture", "detain", "nab", "extradite", "jail", "book"})


def _arrested_there(sent, char: int) -> bool:
    """The place names where someone was arrested: "arrested in Detroit", "caught near Portola"."""
    tok = next((t for t in sent if t.idx - sent.start_char >= char), None)
    while tok is not None and tok.dep_ in ("compound", "pobj", "prep", "appos") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in ARREST_VERBS
    return False


def _named_people(sent, sp: Speaker | None, gaz, hints: Hints, *, aside: bool = False) -> tuple[str, ...]:
    """The people a sentence names, of two words or more, but not its speaker and not officials
    (whose words go to `hints.officials`). The model takes some towns for people ("Khan Younis"):
    a name the gazetteer or the actors file knows is no person. In a sentence `aside` from the
    harm, a name that only qualifies a thing ("the Gilad Shalit prisoner exchange") is history,
    not a person of the event."""
    out = []
    text = sent.doc.text
    for e in sent.ents:
        if e.label_ != "PERSON" or len(e.text.split()) < 2:
            continue
        if aside and e.root.dep_ == "compound" and e.root.head.ent_type_ != "PERSON":
            continue
        if sp and sp.person and e.text in sp.person:
            continue
        if INSTITUTION_END.search(e.text):
            continue  # "taken to Ryder Trauma Center": the model's person is a hospital (where
            # the wounded of many shootings go, so no name of one event's victim)
        if TITLE_BEFORE.search(text[max(0, e.start_char - 40):e.start_char]) or \
                ROLE_AFTER.match(text, e.end_char):
            hints.officials.update(e.text.split())
            continue
        if gaz.lookup(e.text, countries=hints.countries) is None and not actors().find(e.text, persons=False):
            out.append(e.text)
    return tuple(out)


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


# a headline that names a shooting tells of one that happened ("Man, 19, pleads guilty in Fort Riley
# shooting"), though nothing on the page counts its harm
TITLE_SHOOTING = re.compile(r"\b(?:shooting|shootout|gunfire|gunfight|stabbing|shots\s+fired)\b(?![-\w])", re.I)

# the days of mourning, after the event they mourn
MOURNING_VERBS = frozenset({"remember", "mourn", "bury", "honor", "honour", "memorialize", "eulogize"})
MOURNING_NOUNS = frozenset({"funeral", "vigil", "memorial", "burial", "wake"})
NAMING_VERBS = frozenset({"release", "identify"})  # a victim's name given out, days after the event
# the words a date of the harm hangs from: "shot ... on Friday", "the June 9 shooting", "it happened Monday"
HARM_HEADS = frozenset({"shoot", "shooting", "kill", "killing", "die", "death", "wound", "injure", "murder",
                        "slay", "slaying", "stab", "stabbing", "homicide", "strike", "hit", "fire", "gunfire",
                        "attack", "happen", "occur", "erupt"})


def _before_the_attribution(sent, d: DateMention, verb) -> bool:
    """"... when shots rang out at about 1:15 a.m. Tuesday, sheriff's sergeant Diane Hecht said": a
    date that ends the reported words, just before the comma and the speaker that follow them, is
    theirs, wherever the parser hangs it."""
    after = next((t for t in sent if t.idx - sent.start_char >= d.end), None)
    return after is not None and after.text == "," and verb.i > after.i


def _said_of_harm(sent, d: DateMention) -> bool:
    """Whether the first verb above the date phrase, or a harm noun on the way to it, tells the harm:
    "who was shot inside a home on Friday afternoon has died, and a 15-year-old is in custody" dates
    the shooting; "was arrested Monday night" dates the arrest."""
    from .lexicon import REPORTING_VERBS
    tok = next((t for t in sent if t.idx - sent.start_char >= d.start), None)
    if tok is not None and any(c.dep_ in ("relcl", "advcl", "acl") and c.lemma_.lower() in HARM_HEADS
                               for c in tok.children):
        return True  # "The most recent was February 28, when six people were shot"
    prev = sent.doc[tok.i - 1] if tok is not None and tok.i > sent.start else None
    if prev is not None and any(a.dep_ in ("relcl", "acl") and a.lemma_.lower() in HARM_HEADS
                                and a.right_edge.i == prev.i for a in (prev, *prev.ancestors)):
        return True  # "the shooting that killed 14-year-old James Banks Tuesday night started out as a
        # robbery": the day ends the clause of the killing, wherever the parser hangs it
    for a in ([tok, *tok.ancestors] if tok is not None else []):
        if a.lemma_.lower() in HARM_HEADS:
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ == "advcl" and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in a.children):
            continue  # "a shooting that occurred when a fight broke out ... late Friday night", "accused
            # of shooting the victim while riding inside a friend's car on December 11"
        if a.pos_ == "VERB" and a.dep_ == "xcomp" and a.tag_ == "VBG":
            continue  # "whose body was found lying in a road on Feb. 16": the finding's
        if a.lemma_.lower() in ("find", "discover") and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ("body", "remains") for c in a.children):
            return True  # the day a body was found: the first known of the death
        if crime_reported(a):
            return True  # "the shooting was reported March 26"
        if a.pos_ in ("VERB", "AUX") and a.dep_ != "amod":
            if a.lemma_.lower() in REPORTING_VERBS and _before_the_attribution(sent, d, a):
                # the reported words' own last verb: "a gunman opened fire at 1:15 a.m. Tuesday, he said"
                last = next((t for t in reversed(sent[:tok.i - sent.start]) if t.pos_ == "VERB"), None)
                return last is not None and any(w.lemma_.lower() in HARM_HEADS for w in (last, *last.children))
            return False
    return False


LOCAL_POLICE = re.compile(r"[^\n]*?\b(?:police|officers|deputies|sheriff's\s+deputies)\s+in\s+", re.I)


# verbs of telling only: a day told with them is the telling's ("find", "report", "respond" tell of
# the event: "found dead Saturday", "responded Saturday to a shooting")
STATEMENT_VERBS = frozenset({"say", "tell", "announce", "confirm", "state", "add", "explain", "note", "reveal",
                             "testify", "disclose", "tweet", "speak"})


def _event_date(sent, ref: str | None, anchor: str | None,
                trig: list[int]) -> tuple[DateMention | None, str | None, bool]:
    """The date of the event a sentence tells: the date phrase nearest its harm words, leaving out
    the dates of statements ("told journalists on Tuesday"). The day of a statement that reports
    the harm ("officials said Friday", "told The Frontier earlier this week that the bullet struck
    him") comes only where no other is told, and is flagged as the telling's."""
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
    # with no harm word, the event's noun is what a date must be nearest ("crews spent time making
    # repairs on Tuesday following the Monday afternoon shooting")
    heads = [t.i for t in sent if t.lemma_.lower() in HARM_HEADS and t.pos_ == "NOUN"] if not trig else []
    # "A teenager wanted in connection with an officer-involved shooting in Reno last week was arrested
    # early Wednesday morning": in an arrest's sentence, a day told of the harm is the event's
    arrest_only = bool(trig) and all(sent.doc[t].lemma_.lower() in ARREST_VERBS for t in trig)
    for d in mentions:
        if not d.date_start:
            continue
        tok = next((t for t in sent if t.idx - sent.start_char >= d.start), None)
        verb = tok
        path = []
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
            path.append(verb.lemma_.lower())
        if verb is not None and (verb.lemma_.lower() in MOURNING_VERBS or MOURNING_NOUNS & set(path)):
            continue  # "children killed by their father were remembered in funeral services on
            # Saturday": the day of the mourning, after the event
        if verb is not None and verb.lemma_.lower() in NAMING_VERBS:
            continue  # "the name of a man who was killed ... was released today": the day of the news
        if verb is not None and _future(verb):
            continue  # "the center will reopen Wednesday after two teens were shot": a day to come
        said = False
        # ("charged Thursday in connection with a fatal shooting ... on Tuesday": the shooting's day)
        of_harm = bool(HARM_HEADS.intersection(path[:-1])) or (verb is not None and crime_reported(verb))
        if verb is not None and verb.lemma_.lower() in REPORTING_VERBS | {"make", "speak"} and not of_harm and \
                not _before_the_attribution(sent, d, verb):
            if not any(verb.i == t or verb in sent.doc[t].ancestors for t in trig):
                continue
            # ("reported detectives had talked to the parents": a report of what was said, not of
            # shots heard)
            said = verb.lemma_.lower() in STATEMENT_VERBS or (
                verb.lemma_.lower() == "report" and any(c.dep_ == "ccomp" for c in verb.children))
        near = min((_dist(tok, sent.doc[t]) for t in trig or heads), default=0) if tok is not None else 99
        scored.append(((said, arrest_only and not of_harm, near, span_days(d)), d))
    if not scored:
        three = _three_days(sent.text, ref)
        if three:
            scored.append(((False, 0, 3), three))
    if not scored:
        return None, anchor, False
    key, best = min(scored, key=lambda x: x[0])
    # "on Martin Luther King Jr. Day in January": the day within the month is the event's
    # (a month or a year it names, the day told beside it: "since Friday" is a tally's span, and
    # "charges filed Friday against a man who shot a boy this month" date two things)
    inside = [d for _, d in scored if best.kind == "period" and best.precision in ("month", "year")
              and span_days(d) < span_days(best) and days_within(d, best) and _beside(sent.text, d, best)]
    if inside:
        best = min(inside, key=span_days)
    best = _before_death(sent.text, best)
    if best.precision == "day":
        anchor = best.date_start
    return best, anchor, key[0]


def _future(verb) -> bool:
    """"will reopen", "is set to reopen", "is scheduled to appear": what is still to come."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("set", "schedule", "plan", "due"))


# "died Thursday, three days after he was shot": the day of the death, and the attack's before it
AFTER_ATTACK = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+after\s+"
                          r"(?:[\w'’]+\s+){1,3}?(?:was|were|had\s+been|being|getting)\s+"
                          r"(?:shot|stabbed|wounded|injured|struck|hit|attacked)\b", re.I)


def _before_death(text: str, d: DateMention) -> DateMention:
    """The attack's day, where the day told is of a death some days after it."""
    from datetime import date, timedelta
    from .dates import _num
    m = AFTER_ATTACK.search(text)
    if not m or d.precision != "day" or d.kind != "point" or d.end > m.start() or d.date_start != d.date_end \
            or not DIED_WORD.search(text[:d.start]):
        return d
    day = (date.fromisoformat(d.date_start) - timedelta(days=_num(m["n"]) or 0)).isoformat()
    return DateMention(d.start, d.end, d.text, day, day, d.precision, d.kind)


DIED_WORD = re.compile(r"\b(?:died|dies|succumbed|passed away)\b", re.I)


def _beside(text: str, a: DateMention, b: DateMention) -> bool:
    """`a` and `b` are told together: "on MLK Day in January", "in January, on MLK Day"."""
    gap = text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]
    return bool(re.fullmatch(r"\s*(?:,|in|of|,\s*in)?\s*", gap, re.I))


def days_within(a: DateMention, b: DateMention) -> bool:
    """The days of `a` all lie within those of `b`."""
    if not a.date_start or not b.date_start:
        return False
    try:
        return widen_day(b.date_start, start=True) <= widen_day(a.date_start, start=True) and \
            widen_day(a.date_end or a.date_start, start=False) <= widen_day(b.date_end or b.date_start, start=False)
    except (TypeError, ValueError):
        return False


MANY_EVENTS_RX = re.compile(MANY_EVENTS, re.I)
# "Several other incidents were reported", "In another shooting": other events named as such (not
# "assessed separately", which speaks of the telling)
# ("another call about two other shooting victims": of the event at hand, found elsewhere)
OTHER_EVENTS = re.compile(r"\b(?:an?other|other|separate)\s+(?:\w+\s+){0,2}?(?:incidents?|shootings?|attacks?|"
                          r"strikes?)\b(?!\s+(?:victims?|survivors?|suspects?|witnesses?|scenes?))", re.I)


SEPARATE_EVENTS_RX = re.compile(SEPARATE_EVENTS, re.I)


# "two of them", "two of the victims": some of those counted just before
OF_THEM = re.compile(r"\bof\s+(?:them|these|those|the\s+victims)\b", re.I)
# "This week alone, a 14 year old, 16 year old and 19 year old were shot": a count over the period
PERIOD_ALONE = re.compile(r"\b(?:week|weekend|month|year)\s+alone\b", re.I)


def _is_aggregate(s: Sentence) -> bool:
    d = s.date
    if d is not None and d.kind == "period" and PERIOD_ALONE.search(s.text):
        return True
    singular = bool(SINGULAR_EVENT.search(s.text)) or bool(
        SINGULAR_KILLING.search(s.text) and d is not None and span_days(d) <= 31)
    if d is not None and d.kind == "since":
        return True
    if s.place and s.place.place.precision == "region" and not singular:
        return True
    if d is not None and span_days(d) > 20 and not singular:
        return True
    if s.figures and MANY_EVENTS_RX.search(s.text) and (not singular or SEPARATE_EVENTS_RX.search(s.text)):
        # a tally over many events, even of one day ("this shooting came hours after two teens
        # were shot in separate incidents": the teens are of other events than this one)
        return True
    if AGGREGATE_CUES.search(s.text) and not singular and s.figures and (d is None or span_days(d) > 7):
        # "a total of 30 deaths" with no period is one event's total; "in total since March" is a tally
        return bool(re.search(r"\bsince\b|\bcrisis\b|\bwar\b|\bconflict\b|\bcampaign\b|\bthis year\b|\bso far\b|"
                              r"\bto date\b|\bin (?:a|one|a single) (?:month|week|year)\b|\bsame period\b|"
                              + MANY_EVENTS, s.text, re.I))
    return False
