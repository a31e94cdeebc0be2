"""Sentences grouped into the events they tell: one frame per event, tallies set apart."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Place
from .actors import actors
from .dates import DateMention
from .places import PlaceMention, PRECISION_RANK, part_of_state
from .sentences import NEW_EVENT, Sentence, days_within, span_days, widen_day

# arrests, charges and trials tell of an event already told, on days of their own
LEGAL = re.compile(r"\b(?:charged|charges?|arrested|arrests?|convicted|sentenced|pleaded|plead|pleads|trial|"
                   r"indicted|arraigned|accused of|faces?|facing|booked|custody|warrant|jury|judge|"
                   # a court of law, not "a block party held on a basketball court"
                   r"(?:in|to|federal|district|superior|circuit|county|municipal|criminal|juvenile) court|"
                   r"court (?:records?|documents?|papers|appearance|date|hearing|filings?)|"
                   r"prosecutors?|guilty|bond|bail|hearing|lawsuit|sued|acquitted)\b", re.I)

GENERIC_TYPES = {"attack", "armed_clash", "massacre", "shooting", "other"}


@dataclass
class Frame:
    """One event told by one or more sentences of the article."""
    sentences: list[Sentence] = field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    attacker: str | None = None
    event_type: str | None = None
    # the date came from a sentence that tells neither an attack nor a harm ("Related Articles
    # January 9, 2017 Man dead after shootout ..."): the day the event occurred, told later, is its
    date_aside: bool = False
    # the date is not said of the harm ("Late Monday the other side of the story began emerging in
    # the shooting of a teenager"): the day the shooting happened, told later, is the event's
    date_weak: bool = False

    def add(self, s: Sentence, *, defines: bool = True) -> None:
        self.sentences.append(s)
        if not defines:
            return  # a sentence about the event's aftermath does not move its place or date
        if s.place and (self.place is None or _more_precise(s.place.place, self.place.place)):
            self.place = s.place
        if s.date and (self.date is None or _narrower(s.date, self.date) or (
                (self.date_aside or self.date_weak) and _tells_the_day(s))):
            self.date, self.date_aside = s.date, not (s.attack or s.figures)
            self.date_weak = not (s.date_of_harm or s.occurred)
        if s.attackers and not self.attacker:
            self.attacker = s.attackers[0]
        # "hit militants" then "its jets struck": the weapon says more than the verb
        if s.event_type and (not self.event_type or (self.event_type in GENERIC_TYPES and s.event_type not in GENERIC_TYPES)):
            self.event_type = s.event_type

    def redated_by(self, s: Sentence) -> bool:
        """The sentence tells the day of the harm the frame has only a weak day for."""
        return (self.date_aside or self.date_weak) and _tells_the_day(s)


def _tells_the_day(s: Sentence) -> bool:
    return s.date is not None and (s.occurred or s.date_of_harm) and s.date.precision == "day"


def _more_precise(a: Place, b: Place) -> bool:
    return PRECISION_RANK.get(a.precision, 9) < PRECISION_RANK.get(b.precision, 9)


def _narrower(a: DateMention, b: DateMention) -> bool:
    return span_days(a) < span_days(b)


def dates_overlap(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or not a.date_start or not b.date_start:
        return True
    a0, a1 = widen_day(a.date_start, start=True), widen_day(a.date_end or a.date_start, start=False)
    b0, b1 = widen_day(b.date_start, start=True), widen_day(b.date_end or b.date_start, start=False)
    return a0 <= b1 and b0 <= a1


COUNTY_KM = 40  # how far from a US county's middle its towns may lie
REPEAT_KM = 25  # how far apart the places of two sentences telling one toll may be (a quarter and its city)


def _places_compatible(a: PlaceMention | None, b: PlaceMention | None, gaz, near_km: float | None = None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa.name == pb.name:
        # two named quarters of one city are two spots: "in Austin, a 29-year-old woman was shot"
        # after "a 20-year-old man was shot ... in the West Elsdon neighborhood" (a side of the
        # city, "the West Side", holds its quarters)
        return not (pa.quarter and pb.quarter and _quarter_key(pa.quarter) != _quarter_key(pb.quarter)
                    and not _side(pa.quarter, pa.name) and not _side(pb.quarter, pb.name))
    if PRECISION_RANK.get(pa.precision, 9) >= 4 or PRECISION_RANK.get(pb.precision, 9) >= 4:
        # a country or governorate holds its towns
        return not (pa.country and pb.country and pa.country != pb.country)
    if part_of_state(pa) or part_of_state(pb):
        return pa.admin1 == pb.admin1  # "North Texas" holds Rice, Texas
    if pa.admin2 == pb.name or pb.admin2 == pa.name or gaz.contains(pa, pb) or gaz.contains(pb, pa):
        return True
    from ..gazetteer import distance_km
    d = distance_km(pa, pb)
    # a US county's point is its middle: "Sunman, Ind." is in the county it names 20 km away
    county = pa.country == "US" and (_county(pa) or _county(pb))
    return d is not None and d < max(COUNTY_KM if county else 5, near_km or 0)


SIDE = re.compile(r"\b(?:Side|End)$|^(?:Downtown|Midtown|Central|North|South|East|West)$", re.I)


def _side(quarter: str, city: str) -> bool:
    """A side of the city, that holds quarters: "the West Side", "Downtown", "East Oakland"."""
    key = _quarter_key(quarter)
    return bool(SIDE.search(quarter) or (_COMPASS.fullmatch(key) and key.endswith(" " + city.casefold())))


_COMPASS = re.compile(r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s.+")


def _quarter_key(name: str) -> str:
    # ("eastern Oakland" is "East Oakland")
    name = re.sub(r"^(north|south|east|west)ern\b", r"\1", name.strip(), flags=re.I)
    return re.sub(r"\s+(?:neighbou?rhood|area|section|community)$", "", name, flags=re.I).casefold()


def _county(p: Place) -> bool:
    return p.precision == "district" and p.name.endswith((" County", " Parish"))


def _responded(f: Frame, s: Sentence, gaz) -> None:
    """Where and when the police came: the event's day, where its own sentences tell none, and
    its place, where theirs is less precise and holds the spot they came to."""
    used = False
    if s.date is not None and s.date.precision == "day" and (f.date is None or f.date_aside):
        # (a day the harm's own telling may still correct: "called to a home Sunday night to check
        # on the welfare of a juvenile" after "the incident happened Feb. 26")
        f.date, f.date_aside, f.date_weak, used = s.date, False, True, True
    if s.place is not None and (f.place is None or (_more_precise(s.place.place, f.place.place)
                                                    and _places_compatible(f.place, s.place, gaz))):
        f.place, used = s.place, True
    if used:
        f.sentences.append(s)


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
        if s.response:
            if cur is not None and not s.new_event:
                _responded(cur, s, gaz)
            continue

        # harm told again without numbers, and no attack of its own placed anywhere ("students
        # affected by his death", "the family mourned the dead") belongs to the event at hand
        # ("taken to the hospital in critical condition" tells of the event's wounded, wherever
        # the hospital is)
        aftermath = not s.figures or all(f.care for f in s.figures)
        if cur is not None and not s.new_event and (
                (aftermath and not (s.attack and (s.place or s.occurred))) or LEGAL.search(s.text)):
            # of the event whose victim it names, where that is not the event at hand ("friends of
            # Destiny" after an aside on the killing her death avenged)
            back = None
            if not s.figures and not _names_one_of(_victims_named(cur), s):
                back = next((f for f in frames if f is not cur and _names_one_of(_victims_named(f), s)), None)
            elif s.figures and not _repeats(cur, s):
                # "All three victims were taken to hospital", after an aside on another shooting:
                # the three of the event that counted three
                back = next((f for f in frames if f is not cur and _repeats(f, s)), None)
                if back is None and not (s.place or s.date) and _earlier_aside(cur, frames):
                    back = frames[0]  # "charged ... in the shooting of a 15-year-old", after "it's
                    # related to a shooting that happened in August of 2015": the lead's victim
            (back or cur).add(s, defines=False)
            cur = back or cur
            # (or the day within the month the event was first dated by: "accused of shooting his
            # friend last month" and then "shooting the victim ... on December 11")
            within = cur.date is not None and s.date is not None and _narrower(s.date, cur.date) \
                and cur.date.precision in ("month", "year") and days_within(s.date, cur.date)
            # (or the day the attack happened, told after a day from no account of it)
            retold = cur.date_aside and s.attack and s.date_of_harm and s.date is not None and \
                s.date.precision == "day"
            if (cur.date is None or within or retold) and s.date is not None and (
                    s.date_of_harm or (s.figures and (within or not LEGAL.search(s.text)))):
                # "Officers responded around 6:30 p.m. Sunday to the hospital for a juvenile with a gunshot
                # wound": the only day told of the event is the wounded's; "a boy who was shot ... on Friday
                # afternoon has died, and a 15-year-old is in custody" gives the shooting's day, though the
                # sentence goes on to the arrest
                cur.date, cur.date_aside = s.date, not (s.attack or s.figures)
            if s.occurred and s.place is not None and cur.place is not None and \
                    _more_precise(s.place.place, cur.place.place) and _places_compatible(cur.place, s.place, gaz):
                # "charged ... in connection with a shooting that occurred ... at the armory in
                # Brownsville": where in the state it happened, told beside the charges
                cur.place = s.place
            continue
        if cur is not None and not s.new_event and s.figures and all(
                _the_victim_again(x) and _counted(cur, x.harm) for x in s.figures):
            # "the wounded man, who is from Edwardsville, originally told Lenexa police the wound was
            # the result of an incident in Wyandotte County": a victim counted already, whatever
            # other town the sentence names
            cur.add(s, defines=False)
            continue
        if (cur is not None and not s.new_event and _died_later(cur, s)
                and _places_compatible(cur.place, s.place, gaz)):
            cur.add(s, defines=False)  # the day of a later death does not move the attack's
            continue
        if s.figures and all(f.listed for f in s.figures) and frames:
            # the roster appended to a narrative lists the dead of the event it tells first
            main = next((f for f in frames if _has_figures(f)), frames[0])
            main.add(s, defines=False)
            cur = main
            continue
        target = None
        defines = True
        # ("In a separate incident, a 16-year-old boy was shot": one more wounded is no repeat)
        may_repeat = not _told_of_another(s)
        for f in frames:
            if may_repeat and _repeats(f, s) and _compatible(f, s, gaz, repeated=True) and not _other_dead(f, s):
                target = f
                if s.place and all(x.is_title for x in f.sentences):
                    # the story that repeats a headline's toll says where: the headline's town is
                    # often a neighbourhood, or a suburb of the city the story names
                    f.place = s.place
                break
            if may_repeat and _victim_again(f, s) and _places_compatible(f.place, s.place, gaz):
                # a victim told of again, on the day of a vigil or a caption: their event, on its day
                target, defines = f, dates_overlap(f.date, s.date)
                break
        if target is None and cur is not None and not s.new_event and _compatible(cur, s, gaz) \
                and not _other_dead(cur, s):
            if s.anaphora or not (s.figures and cur_has_other_figures(cur, s)):
                target = cur
            # numbers with nothing to place them, after a side remark that had none: they go back
            # to the article's first event with numbers (its main story), not to the aside
            # (not after an event told with its own place: "A third shooting also happened at the same
            # time in the 600 block of Mellon Street ... Two men and one woman were wounded")
            if target is cur and s.figures and not (s.place or s.date) and not _has_figures(cur) \
                    and not any(x.occurred and x.new_event and x.place for x in cur.sentences):
                main = next((f for f in frames if _has_figures(f) and _compatible(f, s, gaz)), None)
                target = main or cur
        if target is None:
            target = Frame()
            frames.append(target)
        target.add(s, defines=defines)
        cur = target
    _headline_into_story(frames)
    return frames, aggregates


def _told_of_another(s: Sentence) -> bool:
    """The sentence tells its numbers of another event: "In a separate incident, a boy was shot"
    (not "A woman was killed and three injured; man killed in another incident")."""
    m = NEW_EVENT.search(s.text) if s.new_event else None
    return m is not None and all(f.start - s.start >= m.start() for f in s.figures)


def _headline_into_story(frames: list[Frame]) -> None:
    """A headline left on its own, whose toll the story repeats, is the story's: its town is often a
    neighbourhood or the city the story names a suburb of, its day the publication's or another
    event's it recalls ("5 wounded on same Dallas corner where 2 men were shot a week ago"). So is
    a headline that counts no one, beside the one story that counts its victims. On its own: no
    sentence but the headline counts anyone in its frame."""
    if len(frames) < 2 or not frames[0].sentences[0].is_title or \
            any(s.figures for s in frames[0].sentences[1:]):
        return
    title = frames[0].sentences[0]
    tolls = {(x.harm, x.min) for x in title.figures if x.min is not None}  # "Toddler shot": weak, still one
    story = next((f for f in frames[1:] if tolls & {(x.harm, x.min) for s in f.sentences for x in s.figures
                                                    if not x.weak}
                  and not _other_dead(f, title)), None)
    counted = [f for f in frames[1:] if _has_figures(f)]
    if story is None and len(counted) == 1 and (not title.figures or tolls & {
            (x.harm, x.min) for s in counted[0].sentences for x in s.figures}):
        story = counted[0]  # "Shooting at Jefferson High School prompts lockdown": the one story told
        # (and "3-Year-Old Shoots Self In Hand" beside the one story of a boy who "shot himself")
    if story is not None:
        # the story's place and day stay: the headline's sentences join as its aftermath does
        story.sentences[:0] = frames[0].sentences
        frames.pop(0)


# a death after the attack, told with a day of its own ("was taken off life support Thursday and died")
DIED_LATER = re.compile(r"\b(?:died|dies|succumbed|passed away|pronounced dead|(?:taken|removed) off life support)\b",
                        re.I)
LATER_DEATH_DAYS = 7
ATTACK_TOLD = re.compile(r"\b(?:shot|shoots?|shooting|fired|opened fire|stabbed|attack\w*|struck|strikes?|bomb\w*|"
                         r"shell\w*|killed|gunned|ambush\w*)\b", re.I)


def _died_later(f: Frame, s: Sentence) -> bool:
    """A victim of the frame's attack who died days later: the same event, on a later day."""
    if not s.figures or any(x.harm != "killed" for x in s.figures) or not DIED_LATER.search(s.text):
        return False
    if s.attack and ATTACK_TOLD.search(s.text):
        return False  # an attack told with its dead: its own event ("he died from a gunshot wound" is no attack)
    if f.date is None or s.date is None or not any(x.attack or x.figures for x in f.sentences):
        return False  # (an event told: "the fatal shooting of a toddler Friday", "a boy was shot")
    gap = _days_after(s.date, f.date)
    # a weekday resolved before the attack's day is the week after it: the story was published
    # before it was last updated ("shot on Wednesday ... died after being taken off life support
    # on Friday", dated Thursday)
    return gap is not None and gap != 0 and abs(gap) <= LATER_DEATH_DAYS


def _days_after(later: DateMention, earlier: DateMention) -> int | None:
    """Days from the end of `earlier` to the start of `later` (negative where they overlap)."""
    from datetime import date
    try:
        return (date.fromisoformat(widen_day(later.date_start, start=True))
                - date.fromisoformat(widen_day(earlier.date_end or earlier.date_start, start=False))).days
    except (TypeError, ValueError):
        return None


# "also", "another": one more of the event's dead, told on its own
ONE_MORE = re.compile(r"\b(?:also|too|as well|another|other|second|third|both)\b", re.I)


def _surnames(figures) -> set[str]:
    return {n.split()[-1].lower() for x in figures if x.harm == "killed" for n in x.named if n.split()}


def _other_dead(f: Frame, s: Sentence) -> bool:
    """The sentence kills someone by name who is none of the frame's dead, and the frame's named
    dead already make its whole toll: another event ("This is the second homicide of the year.
    ... Deondrick Byrd was shot and killed" after the story of Michael Schafrik's death)."""
    new = _surnames(s.figures)
    if not new or ONE_MORE.search(s.text):
        return False
    figs = [x for fs in f.sentences for x in fs.figures]
    old = _surnames(figs)
    if not old or new & old:
        return False
    toll = max((x.min for x in figs if x.harm == "killed" and x.min and not x.vague), default=0)
    # one sentence may count the dead one by one: "suspected of killing a teenage girl and
    # shooting her mother before turning the gun on himself" (Sean Crizer) tells of more than him
    # (but "Garcia was taken to a hospital, where he died" is one: a pronoun counts no one more)
    ones = max((sum(x.harm == "killed" and x.min == 1 and not x.vague and x.text.lower() not in PRONOUNS
                    for x in fs.figures) for fs in f.sentences), default=0)
    return len(old) >= max(toll, ones)


PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself", "they", "them", "it"})
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+\b")
FEW_NAMED = 3


def _victims_named(f: Frame) -> set[str]:
    return {n.lower() for fs in f.sentences for x in fs.figures for n in x.named if n.split()}


def _names_one_of(victims: set[str], s: Sentence) -> bool:
    """The sentence names one of `victims`: by the whole name, or by a first or last name standing
    alone ("Lofton was shot", "friends of Destiny"). Only the whole name where a frame names more
    than a few victims: where families are struck, one surname is many people ("the Dar Awad
    massacre" beside a strike that killed other Awads)."""
    whole = [n for x in s.figures for n in x.named] + list(s.persons)
    if any(n.lower() in victims for n in whole):
        return True
    if len(victims) > FEW_NAMED:
        return False
    rest = s.text
    for n in whole:
        if len(n.split()) > 1:
            rest = rest.replace(n, " ")
    parts = {w for n in victims for w in (n.split()[0], n.split()[-1])}
    # ("Collier's sister": Collier named, as the possessive's owner)
    return any(re.sub(r"['’]s$", "", w.lower()) in parts for w in _CAPITALISED.findall(rest))


def _victim_again(f: Frame, s: Sentence) -> bool:
    """The sentence tells of harm to someone the frame counts by name, within days of the frame's
    own ("Lofton was accidentally shot the day before", under a photo of his vigil). Days apart, a
    name is another event: a family can lose a son in 2000 and a daughter in 2016."""
    if not (s.figures or s.harm):
        return False
    mine = _victims_named(f)
    if not mine:
        return False
    if not _names_one_of(mine, s):
        return False
    if f.date is None or s.date is None or not f.date.date_start or not s.date.date_start:
        return True
    after, before = _days_after(s.date, f.date), _days_after(f.date, s.date)
    return after is not None and before is not None and max(after, before) <= LATER_DEATH_DAYS


def _earlier_aside(f: Frame, frames: list[Frame]) -> bool:
    """The frame only recalls an event well before the article's lead one, counting no one."""
    lead = frames[0]
    if f is lead or _has_figures(f) or f.date is None or lead.date is None:
        return False
    gap = _days_after(lead.date, f.date)
    return gap is not None and gap > LATER_DEATH_DAYS


def _has_figures(f: Frame) -> bool:
    return any(s.figures for s in f.sentences)


def cur_has_other_figures(f: Frame, s: Sentence) -> bool:
    """A new number for the same harm from a different place or date reads as a new event; from
    the same context it is a competing claim about the same event, so this only looks at dates."""
    if s.date is None or f.date is None:
        return False
    return not dates_overlap(s.date, f.date)


# a victim told of again by a definite description: "the wounded man", "the victim", "the wounded
# Edwardsville man" (not "the two men", nor "the second victim": numbers count anew)
THE_VICTIM = re.compile(r"^the\s+(?:(?:wounded|injured|slain|dead|deceased|murdered)\s+)?(?:[A-Z][\w-]*\s+)?"
                        r"(?:man|woman|boy|girl|teen|teenager|victim|child|toddler|person)$")


def _the_victim_again(x) -> bool:
    return bool(THE_VICTIM.match(x.text))


def _counted(f: Frame, harm: str) -> bool:
    """The frame counts someone of this harm already."""
    return any(x.harm == harm and x.min for s in f.sentences for x in s.figures)


_SEXES_AGES = frozenset({"men", "women", "children"})


def _repeats(f: Frame, s: Sentence) -> bool:
    """The sentence repeats a figure of the frame (headline and body, lead and quote)."""
    for a in s.figures:
        for fs in f.sentences:
            for b in fs.figures:
                if a.harm == b.harm and a.min == b.min and a.min is not None and not a.weak and not b.weak \
                        and not (a.group in _SEXES_AGES and b.group in _SEXES_AGES and a.group != b.group):
                    return True  # (not "two men" after "two male juveniles": two other people)
    return False


def _compatible(f: Frame, s: Sentence, gaz, repeated: bool = False) -> bool:
    """The sentence may tell the frame's event. One that repeats its toll may name a place up to
    REPEAT_KM from the frame's: "4 people shot outside bar in East Mount Airy" and "leaving four
    people injured", placed in Philadelphia, are one shooting."""
    if not _places_compatible(f.place, s.place, gaz, REPEAT_KM if repeated else None):
        return False
    if not dates_overlap(f.date, s.date) and not f.redated_by(s):
        return False
    if f.attacker and s.attackers and actors().family(f.attacker) != actors().family(s.attackers[0]):
        return False
    return True
