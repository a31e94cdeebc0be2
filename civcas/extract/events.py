"""What happened and who did it: event types (ACLED sub-event types), attackers, targets."""
from __future__ import annotations

import functools
import re

from .actors import ActorMention, actors
from .lexicon import ATTACK_VERBS, CARE_DESTINATION, EVENT_PATTERNS, FOILED, TARGET_PATTERNS
from .tree import governed_by

ATTACKER_TYPES = {"military", "government", "armed_group"}
# words whose modifiers or subject name the attacker
EVENT_HEADS = re.compile(r"^(?:air ?strikes?|strikes?|raids?|attacks?|bombing|bombings|bombardment|"
                         r"shelling|shells|fire|missiles?|rockets?|drones?|warplanes?|jets?|aircraft|"
                         r"planes?|artillery|assault|operations?|campaign|offensive|forces|troops|"
                         r"helicopters?|mortars?|munitions?|bombs?|gunfire|sniper|tanks?)$", re.I)


# harm that no armed attack caused, and violence at protests (ACLED codes neither as an attack)
NOT_ATTACK = re.compile(
    r"\b(?:earthquake|quake|flood(?:s|ing)?|floodwaters|storm|cyclone|hurricane|typhoon|tornado|landslides?|"
    r"mudslides?|avalanche|wildfires?|bushfires?|blaze|fire broke|heat ?wave|drought|tsunami|eruption|"
    r"covid|coronavirus|pandemic|epidemic|cholera|outbreak|accident|crash(?:ed)?|collision|derail|capsiz|"
    r"sank|drown|stampede|electrocut|food poisoning|poisoning|gas leak|mine collapse|torrential|rains?|"
    r"(?:gas|cooking gas|boiler|furnace|chemical plant|factory|warehouse|pipeline|tanker|container|cylinder)s? "
    r"(?:explosion|exploded|blast|fire)|industrial|rape[ds]?|raping|sexual(?:ly)? (?:assault|abuse)\w*|molest\w*|"
    r"mob|vigilantes?|lynch\w*|looted|looting)\b", re.I)
PROTEST = re.compile(r"\b(?:protest(?:s|ers?|ing)?|demonstrat(?:ion|ions|ors?|ing)|rall(?:y|ies)|riot(?:s|ers?|ing|ed)?|"
                     r"marchers|sit-in|unrest|disperse|tear ?gas|water cannons?|rubber bullets)\b", re.I)
WEAPONS = re.compile(r"\b(?:air ?strikes?|warplanes?|shell(?:s|ing|ed)|artillery|mortars?|missiles?|rockets?|"
                     r"bomb(?:s|ing|ed)?|ied|grenades?|chemical|chlorine|sarin|drones?|suicide)\b", re.I)
# an attack on armed men is a battle in ACLED's terms; on civilians it is an attack
MILITARY_TARGET = re.compile(
    r"\b(?:checkpoints?|patrols?|convoys?|(?:military|army|police|security) (?:base|post|station|outpost|position|camp)s?|"
    r"outposts?|barracks|garrison|soldiers|troops|security forces|security force members|servicemen|gendarmes|"
    r"policemen|police officers|militiamen|army|military base|positions|fighters|militants|rebels|insurgents)\b", re.I)


# the air words of a war: with these a sentence tells of an airstrike, whatever else it says
AIR_WAR = re.compile(r"\bair ?strikes?\b|\bair[- ]raids?\b|\bwarplanes?\b|\bfighter jets?\b|\baerial\b|"
                     r"\bbarrel bombs?\b|\bbombers?\b|\bsorties?\b|\bbombing raids?\b|\bair attacks?\b|\bbombed\b|\bbombard|"
                     r"\bstruck from the air\b|\bgunships?\b")
GUNSHOT = re.compile(r"\bshot\b|\bshoot(?:ing|ings|s)?\b|\bgun(?:fire|man|men|shots?)\b|\bopen(?:ed|ing|s)? fire\b")


@functools.lru_cache(maxsize=4096)  # a sentence is typed up to three times (clause, whole, attack)
def event_type(text: str) -> str | None:
    """The event type a sentence describes, by the first pattern of the priority list it matches."""
    low = text.lower()
    found = None
    for rx, t in EVENT_PATTERNS:
        if rx.search(low):
            found = t
            break
    if found is None:
        return "other" if NOT_ATTACK.search(low) and re.search(r"\b(?:kill|die|dead|death|injur|wound|toll)", low) else None
    if not WEAPONS.search(low) and (NOT_ATTACK.search(low) or PROTEST.search(low)):
        return "other"
    if found == "airstrike" and GUNSHOT.search(low) and not AIR_WAR.search(low):
        # a plane, a jet, an airman of the Air Force in the story of a shooting ("opening fire on
        # fellow passengers" at an airport): the shooting
        return "shooting"
    if found in ("attack", "shooting", "massacre") and MILITARY_TARGET.search(low) and \
            not re.search(r"\b(?:civilians?|worshipp?ers|villagers|passengers|students|children|women)\b", low):
        return "armed_clash"
    return found


def event_type_near(sent, trigger_ids: list[int]) -> str | None:
    """Prefer event words in the clause of the harm words; fall back to the whole sentence."""
    if trigger_ids:
        doc = sent.doc
        toks = set()
        for i in trigger_ids:
            t = doc[i]
            toks.update(x.i for x in t.subtree)
            if t.head.i != t.i:
                toks.update(x.i for x in t.head.subtree)
        clause = " ".join(doc[i].text for i in sorted(toks))
        et = event_type(clause)
        whole = event_type(sent.text)
        if whole == "other":
            return whole  # a flood or a protest colours the whole sentence
        if et and et != "attack":
            return et
    return event_type(sent.text)


def is_attack(sent) -> bool:
    """Does the sentence say an attack happened (not a weapon found, a strike foiled, a plan)?"""
    text = sent.text
    if FOILED.search(text):
        return False
    if tells_when_or_where(sent):
        return True  # ("the incident happened around 11 a.m. Sunday": no weapon named, still the event)
    if not event_type(text):
        return False
    for t in sent:
        # "amid ongoing fighting", "fighting Daesh": a gerund names an activity, not an attack
        if t.pos_ in ("VERB",) and t.tag_ != "VBG" and t.lemma_.lower() in ATTACK_VERBS and _happened(t):
            return True
        if t.pos_ == "NOUN" and EVENT_HEADS.match(t.text) and t.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and t.head.lemma_.lower() in ATTACK_VERBS and _happened(t.head):
            return True
    return False


# "The shooting happened around 7 p.m. Monday", "a shooting that occurred in Frontenac": where and
# when the event was, told of the event itself
CRIME_HEADS = re.compile(r"^(?:shootings?|incidents?|stabbings?|homicides?|killings?|murders?|slayings?|"
                         r"gunfights?|shootouts?)$", re.I)
_OCCUR = ("occur", "happen")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())


def tells_when_or_where(sent) -> bool:
    """The sentence says where or when the event took place: "The shooting happened around 7 p.m.
    Monday", "a shooting that occurred in Frontenac", "It happened at 12:30 a.m. Monday"."""
    return any(((t.pos_ == "NOUN" and (EVENT_HEADS.match(t.text) or CRIME_HEADS.match(t.text)))
                or (t.lower_ == "it" and t.dep_ == "nsubj")) and _took_place(t) for t in sent)


def _took_place(t) -> bool:
    if CRIME_HEADS.match(t.text) and any(c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _DAYS)
                                         for c in t.children):
        return True  # "the circumstances surrounding Monday's shooting at the Golfview Mobile Home Court"
    if t.dep_ == "nsubj" and (t.head.lemma_.lower() in _OCCUR or (
            t.head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in t.head.children))):
        return _happened(t.head)
    if t.dep_ == "nsubjpass" and crime_reported(t.head) \
            and any(c.ent_type_ in ("DATE", "TIME") for c in t.head.subtree if c.i > t.head.i) and _happened(t.head):
        return True  # "the shooting was reported March 26"
    if CRIME_HEADS.match(t.text) and t.dep_ == "pobj" and t.head.lower_ in ("after", "following") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.subtree)
            for c in t.children):
        return True  # "in custody after an early morning shooting in McDowell County": where it was
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _OCCUR and _happened(c) for c in t.children)


def crime_reported(verb) -> bool:
    """"the shooting was reported March 26": reported to the police, when it happened (not a
    telling of it; nor "several other incidents were reported at schools Wednesday": others)."""
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "nsubjpass" and c.tag_ == "NN" and CRIME_HEADS.match(c.text) for c in verb.children)


STOP_VERBS = {"stop", "cease", "halt", "suspend", "pause", "end", "avoid", "prevent", "refrain", "resume",
              "threaten", "plan", "vow", "warn", "urge", "call", "deny", "try", "attempt", "seek", "want"}


def _happened(v) -> bool:
    """The verb says the attack took place: not negated, not modal, not stopped or planned."""
    if any(c.dep_ == "neg" for c in v.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "will", "can", "should", "must")
           for c in v.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not (
            v.head.lemma_.lower() in ("say", "believe", "report", "think", "allege", "appear", "seem")
            or any(c.lower_ == "have" for c in v.children)):
        return False  # "to attack": a plan or a purpose; "said to have attacked": a report
    return not governed_by(v, STOP_VERBS)


def targets(text: str) -> tuple[str, ...]:
    text = CARE_DESTINATION.sub(" ", text)
    return tuple(sorted({t for t, rx in TARGET_PATTERNS if rx.search(text)}))


def attacker_mentions(sent, offset: int, speaker_span: tuple[int, int] | None = None) -> list[ActorMention]:
    """Actors in the sentence that carry out the attack: modifiers of event words ("US-led
    coalition airstrikes", "a US airstrike", "the coalition's air strikes"), subjects of attack
    verbs ("the US bombarded"), agents ("killed by Israeli shelling")."""
    base = sent.start_char
    out = []
    for m in actors().find(sent.text, persons=False):
        if m.actor.type not in ATTACKER_TYPES or not m.actor.attacker:
            continue
        s, e = m.start + base, m.end + base
        if speaker_span and speaker_span[0] - offset <= s < speaker_span[1] - offset:
            continue
        toks = [t for t in sent if t.idx >= s and t.idx + len(t.text) <= e]
        if not toks:
            continue
        if _acts(toks[-1]) or _acts(toks[0]):
            out.append(ActorMention(m.start + base + offset, m.end + base + offset, m.text, m.actor))
    if not out:
        out = national_attackers(sent, offset)
    return out


# "an Israeli air strike", "Russian warplanes": a nationality before an event word names the
# attacker (as a claimant, "Israeli officials" is a government, so this is for attackers only)
NATIONAL_ATTACKERS = {"israeli": "Israeli military", "russian": "Russian military",
                      "syrian": "Syrian government forces", "turkish": "Turkish military",
                      "american": "US-led coalition", "u.s.": "US-led coalition", "us": "US-led coalition",
                      "iraqi": "Iraqi forces", "saudi": "Saudi-led coalition", "iranian": "Iranian forces",
                      "british": "UK military", "french": "French military", "coalition": "US-led coalition",
                      "jordanian": "Jordanian military", "egyptian": "Egyptian military",
                      "pakistani": "Pakistani military", "afghan": "Afghan forces",
                      "ukrainian": "Ukrainian military", "nigerian": "Nigerian military"}


def national_attackers(sent, offset: int) -> list[ActorMention]:
    out = []
    for t in sent:
        name = NATIONAL_ATTACKERS.get(t.lower_)
        if name and t.dep_ in ("amod", "compound", "nmod", "npadvmod") and (
                EVENT_HEADS.match(t.head.text) or EVENT_HEADS.match(t.head.lemma_)):
            a = actors().lookup(name)
            if a is None:
                from .actors import Actor
                a = Actor(name, "military", name.split()[0].lower(), name)
            out.append(ActorMention(t.idx + offset, t.idx + len(t.text) + offset, t.text, a))
    return out


def _acts(tok) -> bool:
    t = tok
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        if EVENT_HEADS.match(h.text) or EVENT_HEADS.match(h.lemma_):
            if t.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "nsubj", "det") or t.dep_ == "pobj":
                return True
        if h.pos_ == "VERB" and h.lemma_.lower() in ATTACK_VERBS and t.dep_ in ("nsubj", "agent", "pobj"):
            return True
        if t.dep_ == "pobj" and h.lower_ == "by":
            return True
        t = h
    return False


def attacker_name(m: ActorMention) -> str:
    return m.actor.attacker or m.actor.name
