"""Casualty figures in one parsed sentence: harm words, their victims and the victims' numbers.

Two passes over the dependency parse. Quantity first: every quantity ("over 60", "dozens") whose
noun is a victim noun is linked to the nearest harm word in the tree. Then harm words left without
a number get their victim from the grammar (object, passive subject, "a man", named victims).
Negated or hypothetical harm is never a figure.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .lexicon import (DENY_VERBS, DIE_VERBS, REPORTING_VERBS, GROUP_MODIFIERS, HARM_ADJ, HARM_NOUNS, HARM_VERBS, HYPOTHETICAL,
                      MIXED_NOUNS, OFFICER_POLICE_CUES, SHOOT_VERBS, VICTIM_LEMMAS, fatal_event)
from . import quantities
from .quantities import find_quantities
from .tree import dist as _dist, governed_by, linked


@dataclass
class FigureCandidate:
    harm: str
    group: str | None
    min: int | None
    max: int | None
    start: int          # global character offsets of the quantity and victim words
    end: int
    text: str
    trigger: int        # token index (in the doc) of the harm word
    vague: bool = False
    named: tuple[str, ...] = ()
    partial: bool = False
    weak: bool = False  # a pronoun or a bare noun: counts only when nothing better says more
    zero: bool = False
    shot: bool = False  # "were shot": injured unless the text says they died
    listed: bool = False  # counted from the report's roster of its victims (roster.py)
    care: bool = False  # told by their care ("taken to the hospital"): the aftermath of an event,
    # and a floor on its wounded ("two are in critical condition")


@dataclass
class Trigger:
    i: int
    harm: str
    negated: bool = False
    hypothetical: bool = False
    used: bool = False
    kind: str = "verb"
    victims: list = field(default_factory=list)


VICTIM_NOUNS = {"victim", "victims", "dead", "deceased", "wounded", "injured", "casualty", "casualties",
                "fatality", "fatalities", "body", "bodies", "shooting"}
KILL_WORDS = {"kill", "die", "dead", "death", "murder", "fatally", "fatal", "slay", "succumb"}
PRONOUN_ONE = {"he", "she", "him", "her", "himself", "herself", "self"}  # ("man who shot self": a headline's)
ZERO_WORDS = re.compile(r"\b(?:no one|nobody|none|no (?:civilians?|people|one|casualt\w+|injur\w+|deaths?|fatalit\w+)|no reported)\b", re.I)


_BACK = {"both", "all", "them", "him", "her", "each", "everyone", "it"}  # "shot his wife and daughter, killing both"


def _own_clause(v) -> bool:
    """The verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _clause_verb(tok):
    """The verb of the clause a harm word is in: itself, or the verb it hangs on ("shot to
    death", "died of his wounds")."""
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else tok


def _subject_elsewhere(v, noun) -> bool:
    """The verb `v` has a subject of its own (not a relative "who" or "that", which stands for the
    noun it hangs on), and `noun` is neither it nor in the verb's clause."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
    if not subj or any(c.left_edge.i <= noun.i <= c.right_edge.i for c in subj):
        return False
    if not (v.left_edge.i <= noun.i <= v.right_edge.i):
        return True
    # in the verb's phrase, but the subject of a clause of its own within it: "two people were
    # killed and two were left seriously wounded"
    h = noun
    while h.head.i != v.i and h.head is not h:
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.pos_ in ("VERB", "AUX") and h.head.dep_ == "conj":
            return True
        h = h.head
    return False


def _non(adj) -> bool:
    """"non-fatal", which the parser splits into "non", "-", "fatal": the word denied."""
    return adj.i >= 2 and adj.nbor(-1).text == "-" and adj.nbor(-2).lower_ == "non"


def _age_of_subject(q) -> bool:
    """A bare number that is what a person "was" or "is": the person's age."""
    if q.dep_ not in ("attr", "acomp") or q.head.lemma_ != "be":
        return False  # ("who was almost 2": the parser may make the age a complement)
    subj = next((c for c in q.head.children if c.dep_ == "nsubj"), None)
    # ("Regginna Jefferies, whom police initially said was 16": the one "whom" stands for)
    return subj is not None and (subj.ent_type_ == "PERSON" or group_of(subj) is not None or person_noun(subj)
                                 or subj.lower_ in ("who", "whom"))


def _age_at_death(q) -> bool:
    """"Olympic diver dies at 96", "Dead at 25": a bare number the death came at is an age."""
    return q.dep_ == "pobj" and q.head.lower_ == "at" and q.head.head.lemma_.lower() in ("die", "dead") \
        and q.like_num and not any(c.dep_ in ("amod", "det", "compound", "prep") for c in q.children)


def _age_apposition(q) -> bool:
    """"One of the alleged robbers, 34, was shot", "Two teenagers, one 16 and the other 17, were
    injured": a bare number set off by commas after a person, or said of "one" or "the other", is
    an age ("the other 17 were wounded" is a count)."""
    doc = q.doc
    if not q.text.isdigit() or int(q.text) > 110 or q.i == 0 or q.i + 1 >= len(doc):
        return False
    prev, nxt = doc[q.i - 1], doc[q.i + 1]
    if prev.lower_ in ("one", "other", "another") and nxt.text in (",", "and", ".", ";", ")"):
        return True
    return prev.text == "," and nxt.text == "," and q.i >= 2 and doc[q.i - 2].pos_ in ("NOUN", "PROPN")


PARENT_OF = re.compile(quantities.PARENT_OF + "$", re.I)
# words for an unstated part of a group: "some of the 40 people" counts the group, not the part
SOME_OF = frozenset({"some", "many", "most", "several", "few", "none", "each", "any", "either", "neither"})
GRAVELY = ("critically", "seriously", "gravely", "severely")


def _subject_of_next(noun, triggers: list[Trigger]) -> Trigger | None:
    """"A man died and three others – including two children – were wounded": where the parser
    joined the noun to the verb before it, the subjectless verb right after the noun's phrase is
    the noun's own, and so it is of the part it includes."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "including":
        noun = noun.head.head
    if noun.dep_ == "nummod" and noun.head.lemma_.lower() in ("more", "other"):
        noun = noun.head  # "and at least 12 more were wounded": the number counts the "more"
    if noun.dep_ != "conj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    for tr in triggers:
        v = noun.doc[tr.i]
        gap = noun.doc[noun.right_edge.i + 1:v.i]
        if v.i > noun.i and not _own_clause(v) and v.pos_ == "VERB" and \
                all(t.dep_ in ("aux", "auxpass", "advmod", "neg", "punct") for t in gap):
            return tr
    return None


KIN_NOUNS = {"sister", "brother", "sibling", "mother", "father", "parent", "mom", "dad", "son", "daughter",
             "wife", "husband", "widow", "friend", "cousin", "uncle", "aunt", "niece", "nephew",
             "grandmother", "grandfather", "grandparent", "grandson", "granddaughter", "girlfriend",
             "boyfriend", "fiance", "fiancee", "neighbor", "neighbour", "relative", "classmate", "teammate"}


# what is done to those accused of a harm: "two men charged", "a teen arrested"
ACCUSED_VERBS = {"charge", "arrest", "indict", "convict", "sentence", "accuse", "jail", "acquit", "book", "detain"}


def _accused(noun) -> bool:
    return any(c.dep_ == "acl" and c.lemma_.lower() in ACCUSED_VERBS for c in noun.children)


HEDGED = re.compile(r"[-–—,(]\s*(?:possibly|perhaps|probably|maybe|likely)\s+$", re.I)


def _hedged(tok) -> bool:
    """The word, or the phrase it heads, follows a guess: "– possibly a teenager", ", possibly three"."""
    text = tok.doc.text
    return any(HEDGED.search(text[max(0, i - 16):i]) for i in (tok.left_edge.idx, tok.idx))


def _by_agent(noun) -> bool:
    """The noun is, or is in, the agent of a passive: "killed by a police officer", "shot by one of
    the two men"."""
    t = noun
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "agent":
            return True
        t = t.head
    return False


def _attempt_on(noun) -> bool:
    return noun.head.lower_ == "of" and any(c.lower_ == "attempted" for c in noun.head.head.children)


def _unborn(noun) -> bool:
    return noun.lemma_.lower() in ("fetus", "foetus") or any(c.lower_ == "unborn" for c in noun.children)


def _kin_noun_of(noun):
    """"Family members of the woman killed": the parser may hang the harm on the kin, whose the
    one harmed is."""
    if noun.lemma_.lower() in KIN_NOUNS | {"member", "family", "relative"}:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((p for p in c.children if p.dep_ == "pobj"), None)
                if p is not None and (group_of(p) is not None or p.ent_type_ == "PERSON"):
                    return p
    return noun


def _kin_of(noun) -> bool:
    """The noun is whose kin someone is: "the sister of the two boys", "a friend of the victims"."""
    return noun.head.lower_ == "of" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in KIN_NOUNS


def _own_object(v) -> bool:
    """The verb has an object that is not a word for victims told before."""
    return any(d.dep_ == "dobj" and d.lower_ not in _BACK for d in v.children)


def _acts_apart(a, b) -> bool:
    """Two coordinated verbs, each with its own object: "killing a teenage girl and shooting her
    mother" tells of two victims, one of each act."""
    return (a.dep_ == "conj" and a.head == b or b.dep_ == "conj" and b.head == a) and \
        _own_object(a) and _own_object(b) and a.lower_ != "gunned" and \
        not any(d.dep_ == "dobj" and d.lower_ in REFLEXIVE for d in a.children)
    # (not "gunned down his wife ... and killed their children": gunned down is killed; nor "killed
    # the kids and shot himself": the one who shoots himself after killing dies, as a rule)


def _beside_killing(tok) -> bool:
    """The shooting verb is coordinated with a killing of another victim: those it shot are not
    among the dead ("killed his wife and shot his son": the son lived)."""
    # (but "hitting all five and killing both women": the five counted all who were hit)
    counted = any(d.dep_ == "dobj" and (d.pos_ == "NUM" or any(c.dep_ == "nummod" or c.lower_ in _BACK
                                                                for c in d.children))
                  for d in tok.children)
    return not counted and any(v.lemma_.lower() in KILL_WORDS and _acts_apart(tok, v)
                               for v in (tok.head, *tok.children))


def _is_shoot_killed(tok) -> bool:
    """'shot dead', 'shot and killed', 'fatally shot', 'shot to death'."""
    # a death in a clause of its own tells of others: "one man was killed and three others were
    # shot", "four people were hit and three of those victims died", "five shot, one of whom died",
    # and so does one with its own victim: "shooting two brothers, killing an 11-year-old", "hitting
    # all five and killing both women" (but "shot and killed a man" is one act on one victim)
    near = [c for c in tok.children if not (c.pos_ in ("VERB", "AUX") and (
        _own_clause(c) or (_own_object(c) and (c.dep_ != "conj" or _own_object(tok)))))]
    if not (_own_clause(tok) and (tok.dep_ == "conj" or _own_clause(tok.head))) and not _acts_apart(tok, tok.head):
        # ("Pregnant woman shot, unborn baby killed": the baby was killed; but "killing a teenage
        # girl and shooting her mother": each act has its own victim)
        near.append(tok.head)
    for t in near:
        if t.lower_ == "dead" and t.dep_ in ("conj", "advcl") and any(c.dep_ == "nummod" for c in t.children):
            continue  # "10 people shot at a barbershop, at least 2 dead": the dead are some of them
        if t.lemma_.lower() in KILL_WORDS or t.lower_ in ("dead", "fatally"):
            return True
        if t.dep_ == "prep" and t.lower_ == "to" and any(c.lower_ == "death" for c in t.children):
            return True   # "shot his 6-year-old brother to death"
    nxt = tok.doc[tok.i + 1: tok.i + 4].text.lower()
    return bool(re.match(r"(?:dead|to death|and killed|and died|fatally)", nxt))


# the act of killing named as a noun: "the murder of a teen", "the slayings of two men"
KILLING_NOUNS = {"killing", "killings", "murder", "murders", "slaying", "slayings", "assassination",
                 "assassinations"}


_EXECUTED_THINGS = frozenset({"warrant", "order", "plan", "search", "raid", "operation", "play", "move", "strategy",
                              "contract", "deal", "task", "program", "programme", "maneuver", "manoeuvre", "attack"})


def find_triggers(sent) -> list[Trigger]:
    out: list[Trigger] = []
    for t in sent:
        lem, low, pos = t.lemma_.lower(), t.lower_, t.pos_
        harm = None
        kind = "verb"
        if low in ("shooting", "stabbing", "shootings", "stabbings") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            # "the shooting of a teen", "Fatal shooting of teen": the one it befell, shot (killed
            # if the shooting is fatal)
            fatal = any(c.lower_ in ("fatal", "deadly") and not _non(c) for c in t.children)
            # ("charges in the “accidental” shooting death of his friend": a parse that makes the
            # compound a verb and its object still tells of a death)
            fatal = fatal or any(c.dep_ == "dobj" and c.lemma_.lower() in ("death", "homicide") for c in t.children)
            harm, kind = ("killed" if fatal else "injured"), "shooting"
        elif low in KILLING_NOUNS and pos in ("NOUN", "PROPN") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and not any(
                c.lower_ == "attempted" for c in t.children):  # ("the attempted murders of five teenagers")
            harm, kind = "killed", "shooting"  # "charged in the killing of a woman and her son"
        elif pos in ("VERB", "AUX") or t.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB"):
            if lem == "execute" and any(c.dep_ == "dobj" and c.lemma_.lower() in _EXECUTED_THINGS for c in t.children):
                continue  # "executed a search warrant": a thing carried out, no one killed
            if lem == "shoot" and t.tag_ == "VBG" and ((t.i > 0 and t.doc[t.i - 1].lower_ == "target") or (
                    any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children)
                    and any(c.dep_ == "nsubj" for c in t.children))):
                continue  # "Two men were shooting at cans", "was target shooting": the ones who shoot
            if lem == "hurt" and t.tag_ == "VBG" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) and \
                    any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
                continue  # "mothers and daddies are hurting": grief, no wound
            if lem in HARM_VERBS and HARM_VERBS[lem]:
                harm = HARM_VERBS[lem]
            elif lem in DIE_VERBS or (lem == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in t.children)):
                harm, kind = "killed", "die"  # "she passed away at the hospital"
            elif lem in SHOOT_VERBS or low in ("shot", "shooting", "stabbed", "gunned") or (
                    lem in ("strike", "hit", "graze") and _struck_by_gunfire(t)):
                harm, kind = ("killed" if _is_shoot_killed(t) else "injured"), "shoot"
        if harm == "injured" and any(c.lower_ in ("fatally", "mortally", "lethally") for c in t.children):
            harm = "killed"  # "fatally wounded", "mortally injured"
        if harm is None and pos in ("VERB", "AUX", "ADJ") and lem in TO_DEATH_VERBS and t.tag_ != "VBG" \
                and _to_death(t):  # (not "he's bleeding to death" in a caller's words: not yet)
            harm, kind = "killed", ("die" if lem == "bleed" else "verb")  # "beaten to death", "bled to death"
        if harm is None and low in ("whipped", "whip", "whips", "whipping") and t.i > 0 and \
                any(w.lower_ == "pistol" for w in t.doc[max(0, t.i - 2):t.i]):
            # "was pistol-whipped": hurt with a gun (the parser may take it for an adjective)
            harm, kind = "injured", ("adj" if t.dep_ in ("acomp", "oprd") else "verb")
        if harm is None and low in HARM_ADJ and pos in ("ADJ", "VERB", "NOUN"):
            harm, kind = HARM_ADJ[low], "adj"
        if harm is None and pos in ("NOUN", "PROPN") and lem in HARM_NOUNS:
            if lem == "life" and not _lives_lost(t):
                continue
            if lem == "body" and not _bodies_found(t):
                continue
            if lem == "toll" and not re.search(r"death|casualt|civilian|toll (?:rose|climb|reach|stood|stands|has risen|was)",
                                               sent.text.lower()):
                continue
            harm, kind = HARM_NOUNS[lem], "noun"
        if harm is None and lem == "victim" and t.dep_ == "attr" and t.head.lemma_ in ("become", "fall"):
            harm, kind = "killed", "noun"
        if harm is None and low == "victim" and any(c.lower_ in ("homicide", "murder", "murdered", "slain")
                                                     for c in t.children if c.dep_ in ("compound", "amod")):
            harm, kind = "killed", "victim"  # "the Trotwood homicide victim": the one killed (of
            # "homicide victims", the plural, a count says how many)
        if harm is None and _in_care(t):
            # "suffered a fatal gunshot wound": the wound killed; "taken to a hospital, where they
            # died": the care ended in death
            fatal = any(c.lower_ in ("fatal", "mortal", "deadly", "lethal") for c in t.children) or _died_there(t) \
                or _wound_that_killed(t)
            harm, kind = ("killed" if fatal else "injured"), "care"
        if harm is None and low in ("fatally",) and t.head.lemma_ in ("shoot", "wound", "injure", "stab"):
            continue
        if harm is None:
            continue
        if harm == "missing" and pos != "ADJ":
            continue
        if (kind in ("die", "adj") or lem == "kill") and _natural_death(t):
            continue  # "died from cancer", "1 dead after Fife collision": no one's harm
        trig = Trigger(t.i, harm, kind=kind)
        trig.negated = _negated(t)
        trig.hypothetical = _hypothetical(t, sent)
        out.append(trig)
    return out


# "in critical condition", "taken to the hospital", "with a gunshot wound": said of a person after a
# shooting or a strike, these say they live and are hurt. Like "shot", they are injured unless the
# event's sentences count them among the dead ("taken to the hospital, where he died").
CONDITIONS = {"critical", "serious", "stable", "grave", "fair", "good", "guarded", "satisfactory"}
CARE_VERBS = {"take", "rush", "transport", "bring", "send", "airlift", "fly", "drive", "carry", "admit", "evacuate"}
HOSPITAL = re.compile(r"\b(?:hospitals?|medical (?:center|centre)|trauma (?:center|centre|unit)|infirmary|"
                      r"emergency room)\b", re.I)
WOUND_KINDS = {"gunshot", "bullet", "stab", "shrapnel", "gun"}


NATURAL_CAUSES = {"cancer", "illness", "disease", "leukemia", "stroke", "pneumonia", "tumor", "tumour",
                  "covid", "covid-19", "coronavirus", "dementia", "diabetes", "age", "cause", "overdose", "flu",
                  "influenza"}


# deaths by no one's weapon, named as an event: "died in a crash", "7 dead in outbreak"
NO_WEAPON_EVENTS = ("crash", "collision", "wreck", "outbreak", "epidemic", "overdose")


# killed by other blows than shots and stabs, when "to death" says so ("beaten to death")
TO_DEATH_VERBS = frozenset({"beat", "bludgeon", "burn", "stone", "hack", "club", "kick", "stomp", "strangle",
                            "choke", "crush", "trample", "torture", "batter", "pummel", "bleed", "hammer"})


def _to_death(t) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and p.lower_ == "death"
                                                               for p in c.children) for c in t.children)


def _road_or_fire(p) -> bool:
    """A crash, a traffic accident, a house fire, an outbreak of disease or an overdose: deaths by
    no weapon (but not a hunting accident)."""
    lem = p.lemma_.lower()
    mods = {m.lemma_.lower() for m in p.children if m.dep_ in ("compound", "amod")}
    return lem in NO_WEAPON_EVENTS or (
        lem == "accident" and bool(mods & {"traffic", "car", "vehicle", "motorcycle", "road", "auto"})) or (
        lem == "fire" and bool(mods & {"house", "apartment", "trailer", "home"}))


def _natural_death(t) -> bool:
    """'died of cancer', 'died from natural causes', 'died of a heart attack', 'died in a crash': a
    death by no one's hand."""
    # ("was found dead after a collision": the parser hangs the cause on the finding)
    kids = [*t.children, *(t.head.children if t.dep_ in ("oprd", "acomp", "xcomp") else ())]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and any(
                p.dep_ == "pobj" and _road_or_fire(p) for p in c.children):
            return True  # "died during a car crash shortly after the shooting", "died in a house fire"
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for p in c.children:
                lem = p.lemma_.lower()
                if p.dep_ == "pobj" and (lem in NATURAL_CAUSES and (lem != "cause" or any(
                        m.lower_ == "natural" for m in p.children)) or
                        lem == "attack" and any(m.lower_ in ("heart", "asthma") for m in p.children)):
                    return True
    return False


def _in_care(t) -> bool:
    low = t.lower_
    if low == "condition" and t.pos_ == "NOUN":
        return t.dep_ == "pobj" and t.head.lower_ == "in" and any(
            c.lower_ in CONDITIONS for c in t.children if c.dep_ in ("amod", "compound"))
    if low in ("wound", "wounds") and t.pos_ == "NOUN":
        # ("suffered a non-life-threatening wound": a wound suffered, of whatever weapon)
        return any(c.lower_ in WOUND_KINDS for c in t.children if c.dep_ in ("amod", "compound", "nmod")) or (
            t.dep_ == "dobj" and t.head.lemma_.lower() in ("suffer", "sustain", "receive")
            and any(c.dep_ == "amod" for c in t.children))
    if t.lemma_.lower() in ("recover", "survive") and t.pos_ == "VERB":
        # "a female victim is expected to recover after a shooting": hurt, and alive
        return t.dep_ == "xcomp" and t.head.lemma_.lower() == "expect" and not _negated(t.head)
    if t.lemma_.lower() in CARE_VERBS and t.pos_ == "VERB":
        return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
            p.dep_ == "pobj" and HOSPITAL.search(t.doc[p.left_edge.i:p.i + 1].text) for p in c.children)
            for c in t.children)
    return False


def _died_there(t) -> bool:
    """"Both teens were taken to a hospital, where they died": all those taken died there (not
    "where one of them died", which is told by its own count)."""
    for c in t.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            for r in p.children:
                if r.dep_ == "relcl" and r.lemma_.lower() in DIE_VERBS and not _negated(r):
                    subj = [s for s in r.children if s.dep_ == "nsubj"]
                    return all(s.lower_ in ("he", "she", "they") for s in subj)
    return False


def _wound_that_killed(t) -> bool:
    """"suffered a gunshot wound to the left leg that resulted in her death", "a wound which proved
    fatal": the wound killed (wherever the parser hangs the clause)."""
    return t.lower_ in ("wound", "wounds") and any(
        r.dep_ == "relcl" and r.lemma_.lower() in ("result", "lead", "cause", "prove") and not _negated(r)
        and any(x.lemma_.lower() in ("death", "fatal") for x in r.subtree) for r in t.subtree)


def _cared_for(tok) -> list:
    """Who is in the hospital or the condition: "left a man in critical condition", "the victim
    was taken to the hospital", "a man with a gunshot wound", "is in stable condition"."""
    h = tok
    if tok.lower_ == "condition":
        h = tok.head.head  # condition <- in <- what is in it
    elif tok.lower_ in ("wound", "wounds"):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "from", "for"):
            h = tok.head.head  # "a man with a gunshot wound", "treated for gunshot wounds"
            if h.lemma_.lower() in ("find", "discover", "locate"):
                return []  # "found her with gunshot wounds": as often said of the dead
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFER_VERBS:
            h = tok.head
        else:
            return []
    if h.pos_ in ("NOUN", "PROPN", "PRON") and h is not tok:
        if h.lower_ == "suffering":
            return _suffering_noun(h)
        return [h]
    if h.pos_ not in ("VERB", "AUX"):
        return []
    if h.lemma_.lower() in DIE_VERBS:
        return []  # "died of a gunshot wound": the dead, told by the death
    for deps in (("nsubjpass",), ("dobj",), ("nsubj",)):
        out = [c for c in h.children if c.dep_ in deps and c.i != tok.i]  # ("suffered a wound": who did)
        if out:
            # "police said he was in stable condition": the speaker of an active saying is no victim
            return [] if deps == ("nsubj",) and h.lemma_.lower() in REPORTING_VERBS else out
    if h.dep_ in ("conj", "xcomp", "advcl") and h.head.pos_ in ("VERB", "AUX"):
        # "was shot and taken to the hospital": the subject of the first verb
        return [c for c in h.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN"):
        return [h.head]
    return []


GUN_WORDS = re.compile(r"\b(?:shot|shots|shoot\w*|gun\w*|bullets?|fired|fire|rounds?|weapon)\b", re.I)
FIREARMS = {"gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "weapon", "firearm"}
GUNFIRE = {"bullet", "gunfire", "round", "shot", "pellet", "gunshot", "bullets", "fire", "projectile"}
BODY_PARTS = {"head", "neck", "face", "chest", "back", "arm", "arms", "leg", "legs", "shoulder", "torso",
              "abdomen", "stomach", "foot", "feet", "hand", "thigh", "hip", "buttocks", "side", "knee",
              "ankle", "groin", "jaw", "eye", "wrist", "elbow", "upper", "lower"}


def _struck_by_gunfire(t) -> bool:
    """"was struck in the leg", "was hit by a stray bullet", "a bullet hit her daughter", "opened
    fire, striking his girlfriend": struck by gunfire, not by a car or a missile."""
    kids = list(t.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        by = [p for c in kids if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
              for p in c.children if p.dep_ == "pobj"]
        if by:  # "struck by a stray bullet", not "struck by a car" or "hit with a bat"
            # ("grazed by a bullet Sunday": the parse may make the weapon the date's compound)
            return any(w.lemma_.lower() in GUNFIRE for p in by
                       for w in [p, *(k for k in p.children if k.dep_ == "compound")])
        # "was struck in the leg", "was fatally struck when a gunman opened fire": where the story
        # is of a shooting ("hit in the face" in a fight is not)
        return (any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ in BODY_PARTS for p in c.children
                                                                  if p.dep_ == "pobj") for c in kids)
                or any(c.lower_ in ("fatally", "mortally") for c in kids)) and bool(GUN_WORDS.search(t.sent.text))
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj and t.dep_ == "conj":  # "a bullet entered her home and hit her daughter"
        subj = [c for c in t.head.children if c.dep_ == "nsubj"]
    if any(c.lemma_.lower() in GUNFIRE for c in subj):
        return True
    # "opened fire, striking his girlfriend"; "fired shots, hitting a bystander"; "the gun
    # discharged, striking the driver in the back"
    h = t.head
    return t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and (
        h.lemma_ in ("fire", "shoot", "discharge") or
        any(c.dep_ == "dobj" and c.lemma_ in ("fire", "shot") for c in h.children) or
        any(c.dep_ == "nsubj" and c.lemma_.lower() in FIREARMS for c in h.children))


SUFFER_VERBS = {"suffer", "sustain", "receive", "recover", "treat"}


def _suffering_noun(t) -> list:
    """"found a teen suffering from a gunshot wound", parsed as one noun phrase ("teen" a compound
    of "suffering", "juvenile" an adjective of it): who suffers."""
    return [c for c in t.children if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
            or (c.dep_ == "amod" and group_of(c) is not None)]   # ("a juvenile suffering": an adjective)


def _sufferer(tok) -> list:
    """Who has the injuries a noun names: "she suffered minor injuries", "is expected to recover
    from her injuries". (A gunshot wound is not one: the dead are said to have had them too.)"""
    h = tok.head
    verb = None
    if tok.dep_ == "pobj" and h.lower_ in ("with", "from"):
        g = h.head
        if g.lower_ == "suffering" and g.pos_ == "NOUN":
            return _suffering_noun(g)
        if g.pos_ in ("NOUN", "PROPN", "PRON"):
            return []  # "a survivor with injuries" is one of the injured, not their count
        verb = g if g.lemma_.lower() in SUFFER_VERBS else None
    elif tok.dep_ == "dobj" and h.lemma_.lower() in SUFFER_VERBS:
        verb = h
    if verb is None:
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = [verb.head]  # "the driver suffering from injuries"
    if not subj:  # "found the teen suffering from ...", parsed as one noun phrase
        subj = [c for c in verb.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    v = verb
    for _ in range(3):  # "was taken to hospital and is expected to recover": up the chain of verbs
        if subj or v.dep_ not in ("xcomp", "conj"):
            break
        v = v.head
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj


def _lives_lost(t) -> bool:
    h = t.head
    if h.lemma_ in ("claim", "lose", "take", "cost", "kill"):
        return True
    if h.dep_ == "prep" and h.head.lemma_ in ("claim", "lose", "take", "cost"):
        return True
    return bool(re.search(r"(?:lost|claimed|took|taking|claiming|losing|cost) (?:the |their |his |her )?lives?",
                          t.doc[max(0, t.i - 3): t.i + 1].text.lower()))


def _bodies_found(t) -> bool:
    ctx = t.doc[max(0, t.i - 6): t.i + 8].text.lower()
    return bool(re.search(r"recover|found|pulled|retriev|arriv|brought|identified|morgue|unearth|exhum|discover", ctx))


def _negated(t) -> bool:
    for c in t.children:
        if c.dep_ == "neg" or c.lower_ in ("never",):
            return True
    # "did not kill", "no one was killed" handled by the zero rule, "without killing"
    head = t.head
    if t.dep_ in ("xcomp", "ccomp", "conj") and any(c.dep_ == "neg" for c in head.children) and head.lemma_ in ("do", "be"):
        return True
    if t.dep_ == "conj" and any(c.dep_ == "neg" for c in head.children) and \
            any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return True   # "more people weren't hurt or killed": the "not" is the killing's too
    prev = t.doc[max(0, t.i - 3): t.i].text.lower()
    if re.search(r"\b(?:without|not|never|no longer|denied|deny)\b", prev):
        return True
    # "the coalition denied that its aircraft killed civilians": the harm is what is denied
    return governed_by(t, DENY_VERBS)


# verbs above a harm word that say it has not happened (a plan, a fear, an aim, a warning)
UNREAL_GOVERNORS = {"avoid", "prevent", "fear", "threaten", "risk", "warn", "plan", "aim", "want", "try", "attempt", "conspire",
                    "seek", "intend", "hope", "minimize", "minimise", "reduce", "protect", "bait", "lure",
                    "provoke", "urge", "call", "stop", "spare"}


# verbs that ask or order a harm done: "yelling at us to kill him", "ordered them to shoot"
ORDER_VERBS = {"yell", "shout", "scream", "beg", "dare", "order", "command", "ask", "demand", "plead",
               "tell", "instruct", "encourage"}


def _hypothetical(t, sent) -> bool:
    # a harm noun under a verb of what would have been: "would have left a large number of martyrs"
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) if t.pos_ in ("NOUN", "PROPN") else None
    if verb is not None and {"would", "could", "might"} & {c.lower_ for c in verb.children if c.dep_ == "aux"} \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    # what should have been: "There should've been five or six people dead that day"
    head = t if t.pos_ in ("VERB", "AUX") else next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), t)
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & {"should", "would", "could", "might", "'d"} and auxes & {"have", "'ve"}:
        return True
    for c in t.children:
        if c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "will", "shall", "'ll", "ca", "can"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("almost", "nearly") \
                and t.lemma_.lower() in KILL_WORDS:
            return True  # "he is almost killed by this guy going 60 mph": not dead
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "lest"):
            return True
    # (a relative clause tells what a thing was, whoever seeks it: "police seek man in shooting
    # that killed two"; so does a participle's: "Grandmother tries to save 10-year-old boy shot in head")
    if t.dep_ != "relcl" and not (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")) \
            and governed_by(t, UNREAL_GOVERNORS, depth=4, unless=_real_after_all):
        return True  # "to avoid killing civilians", "trying to bait the US into killing them"
    infinitive = t if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else \
        t.head if t.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children) else None
    if t.tag_ == "VB" and infinitive is not None and governed_by(infinitive, ORDER_VERBS, depth=2):
        return True  # "he started yelling at us to go ahead and kill him": asked for, not done
    window = t.doc[max(sent.start, t.i - 6): min(sent.end, t.i + 3)].text
    return bool(HYPOTHETICAL.search(window)) and not re.search(r"\b(?:was|were|has been|have been|had been)\b", window)


def _real_after_all(v) -> bool:
    return _sought(v) or _dispatched(v)


def _dispatched(v) -> bool:
    """"Deputies were called to a salon for a victim suffering from a gunshot wound": police sent
    to the scene, no call for harm."""
    return v.lemma_.lower() == "call" and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _sought(v) -> bool:
    """"the gunman wanted in a shooting that left a man injured" is sought by the police: a "want"
    with "in" or "for" and no clause or object of its own is no wish."""
    return v.lemma_.lower() == "want" and any(c.dep_ == "prep" and c.lower_ in ("in", "for") for c in v.children) \
        and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in v.children)


# nouns that are not people, for the fallback below
NOT_PEOPLE = {"car", "house", "home", "building", "vehicle", "window", "store", "shop", "truck", "bus",
              "school", "hospital", "area", "street", "road", "city", "town", "village", "camp", "door",
              "wall", "property", "apartment", "office", "plant", "station", "bridge", "tower", "target",
              "position", "base", "checkpoint", "convoy", "tank", "weapon", "gun", "round", "bullet",
              "shot", "fire", "attack", "incident", "case", "investigation", "scene", "report", "number",
              "toll", "count", "figure", "rest", "majority", "most", "part", "dog", "animal", "horse",
              "cow", "sheep", "livestock", "cat", "deer", "bear",
              # ("the attempted murder of a man": words in -er, -ent that name no one)
              "murder", "manslaughter", "order", "border", "corner", "center", "centre", "event",
              "statement", "comment", "department", "trailer", "quarter", "chamber", "error", "floor"}
PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ess|ian|ant|ent|man|woman|men|women|ee|mate)s?$")


def _doer(tok) -> bool:
    """A plural common noun for people by what they do, of the surest endings ("musicians",
    "bartenders", "cyclists"; not "-ant" or "-ent", which end as many things as people)."""
    return tok.tag_ == "NNS" and person_noun(tok) and bool(re.search(r"(?:er|or|ist|ian|ess|mate)s$", tok.lower_))


def person_noun(tok) -> bool:
    """A common noun that names a person by what they do ("waitress", "cashier", "driver")."""
    lem = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lem not in NOT_PEOPLE and bool(PERSON_SUFFIX.search(lem))


def group_of(tok) -> str | None:
    """The victim group a noun names, or None when it names no victims."""
    g = _group_of(tok)
    if g in ("men", "women") and any(c.dep_ == "amod" and _age_phrase(c) is not None and _age_phrase(c) < 18
                                     for c in tok.children):
        return "children"  # "a 15-year-old male": the teen of the headline, a child
    return g


def _group_of(tok) -> str | None:
    lem = tok.lemma_.lower()
    low = tok.lower_
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if lem in ("officer", "deputy", "trooper"):
        return "police" if mods & OFFICER_POLICE_CUES or lem != "officer" else "soldiers"
    if lem == "guard" and mods & {"security", "crossing", "bank", "club", "store", "school"}:
        return "people"   # a security guard is a civilian at work, not a soldier
    for m in ("civilian", "innocent", "unarmed"):
        if m in mods and lem not in ("child", "woman", "man", "boy", "girl"):
            return "civilians"
    base = VICTIM_LEMMAS.get(lem) or VICTIM_LEMMAS.get(low)
    if base in (None, "people", "civilians", "men"):
        for m in mods:
            if m in GROUP_MODIFIERS and GROUP_MODIFIERS[m] not in ("people",):
                if base == "men" and GROUP_MODIFIERS[m] == "civilians":
                    return "men"
                return GROUP_MODIFIERS[m]
    if low in ("members", "member"):
        # "members of the security forces", "family members"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    g = group_of(p)
                    if g:
                        return g
                    if p.lemma_.lower() in ("force", "army", "police", "military"):
                        return "soldiers" if p.lemma_.lower() != "police" else "police"
        return "people"
    return base


def _mixed_with(noun) -> bool:
    """The victim noun is joined, without a number of its own, to people of another fate:
    "200 martyrs and missing persons", "dozens of dead and wounded"."""
    own = HARM_NOUNS.get(noun.lemma_.lower()) or HARM_ADJ.get(noun.lower_)
    if own is None:
        return False
    for c in noun.conjuncts:
        if any(k.dep_ == "nummod" for k in c.children) or c.like_num:
            continue
        other = HARM_NOUNS.get(c.lemma_.lower()) or HARM_ADJ.get(c.lower_) or next(
            (HARM_ADJ[k.lower_] for k in c.children if k.dep_ == "amod" and k.lower_ in HARM_ADJ), None)
        if other is not None and other != own:
            return True
    return False


def _noun_of_quantity(head_tok):
    """The noun a quantity counts: '60 civilians' -> civilians, 'dozens of mourners' -> mourners,
    'between 529 and 744 of the civilians' -> civilians."""
    t = head_tok
    if t.dep_ in ("nummod", "quantmod", "amod", "det", "compound", "advmod") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return t.head
    # "25 identified civilians": the parser may hang the number on the participle before the noun
    if t.dep_ in ("npadvmod", "advmod", "nummod") and t.head.dep_ == "amod" and t.head.i == t.i + 1 \
            and t.head.head.pos_ in ("NOUN", "PROPN"):
        return t.head.head
    for x in [t, *t.conjuncts]:
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return t


def _quantity_head(sent, q, base_char):
    toks = [t for t in sent if t.idx >= base_char + q.start and t.idx + len(t.text) <= base_char + q.end + 1]
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    nums = [t for t in heads if t.like_num or t.pos_ == "NUM"]
    if not nums:
        # "between 529 and 744": the head is the preposition; the count is its first number
        nums = [t for t in toks if t.like_num or t.pos_ == "NUM"] or heads or toks
        return nums[0]
    return nums[-1]


# "the victims were named as A, B and C", "those killed were identified as ...", "the dead are: ..."
NAMED_LIST = re.compile(
    r"\b(?:victims?|(?:those|people|civilians) (?:killed|who (?:were killed|died))|the dead|the deceased|martyrs|"
    r"the (?:names|identities) of (?:the )?(?:victims|dead|deceased|those (?:who (?:were killed|died)|killed)))\s+"
    r"(?:were|was|are|have been|has been|included?)\s*(?:(?:named|identified|listed) as)?\s*:?\s*(?P<list>[^.;\n]{3,600})", re.I)


LIST_DEATH = re.compile(r"\b(?:kill\w*|dead|died|dies|death|deceased|martyr\w*|slain|fatal\w*|bodies|murder\w*)\b", re.I)


# "the coroner identified the dead victims as A and B", "police identified the victims as A, who died"
NAMED_ACTIVE = re.compile(r"\bidentified\s+(?:the\s+)?(?:(?:dead|deceased|slain)\s+)?(?:victims?|dead|deceased|men|women)"
                          r"\s+as\s*:?\s*(?P<list>[^.;\n]{3,600})", re.I)


def named_list(sent, offset: int) -> FigureCandidate | None:
    """A list of the victims' names is a count of the dead: the number of names."""
    from .quantities import count_names
    m = NAMED_LIST.search(sent.text)
    active = m is None
    if active:
        m = NAMED_ACTIVE.search(sent.text)
        if m is None or not LIST_DEATH.search(sent.text):
            return None  # the victims of a shooting are the wounded too, unless told dead
    text = m.group("list")
    if not re.search(r"(?:as|:)\s*$", sent.text[:m.start("list")]) and not text[:1].isupper():
        return None  # "The victims were transported to four different hospitals": no list of names
    if not active and re.search(r"\b(?:other|surviving|wounded|injured|hurt)\s+$", sent.text[max(0, m.start() - 10):m.start()],
                                re.I):
        return None  # "Adrian Bennett, accused of killing Erika Robinson ... The other victims were ...": the living
    if m.group(0).lower().startswith("victim") and "identified as" in m.group(0).lower() \
            and not LIST_DEATH.search(sent.text):
        return None  # "the victims have been identified as ...": of a shooting, the wounded too
    n = count_names(re.sub(r"\s*\([^)]*\)", "", text), ages_first=active)  # "(aged 37)" is no name
    if not n:
        return None
    names = tuple(p.strip(" ,.") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p.strip(" ,."))
    start = sent.start_char + m.start("list")
    # a list names those known: a floor on the dead, not a rival total
    return FigureCandidate("killed", "people", n, n, start + offset, start + len(text) + offset, text,
                           sent.start, named=names[:n], partial=True)


IN_CARE = re.compile(r"\s*(?:(?:are|were|is|was|remains?|remained)\s+at\s+(?:the|a)\s+hospital|"
                     r"(?:(?:are|were|is|was|remains?|remained)\s+)?(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|"
                     r"in\s+(?:critical|serious|stable|fair|good)\s+condition))\b", re.I)
# "left one man dead and six others with gunshot wounds": those the death word came before live
WITH_WOUNDS = re.compile(r"\s*with\s+(?:\w+\s+)?(?:gunshot|bullet|stab)\s+wounds?\b", re.I)


DIED_WHERE = re.compile(r"\s*(?:later\b|(?:(?!and\b|but\b|while\b|before\b|after\b|when\b)[\w'’]+\s+){0,3}?"
                        r"(?:(?:at|on)\s+the\s+scene\b(?!\s+of)|"
                        r"(?:at|in)\s+(?:the|a)\s+(?:[\w'’.-]+\s+){0,4}?(?:hospital|medical\s+center)\b|"
                        r"(?:up)?on\s+arrival\b|en\s+route\b))", re.I)
DIED_LATER = re.compile(r"\blater\s+$", re.I)


def _died_where(tok) -> bool:
    """The death is told with where or when it came ("at the scene", "at the hospital", "later"):
    the death of some of the dead."""
    text = tok.doc.text
    end = tok.idx + len(tok.text)
    return bool(DIED_WHERE.match(text[end:end + 60]) or DIED_LATER.search(text[max(0, tok.idx - 8):tok.idx]))


_NAMED_THINGS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})


# the people a place holds, not those harmed in it
POPULATION_OF = re.compile(r"\b(?:city|town|village|community|county|suburb|state|country|nation|population|"
                           r"region|area|district|municipality|neighbou?rhood)\s+of\s+"
                           r"(?:about|around|some|nearly|almost|roughly|approximately|more than|over|fewer than|"
                           r"less than|just|only|under)?\s*$", re.I)


# a number that names a road: "the intersection of 367 and Parker Road", "Route 9", "I-95"
ROAD_BEFORE = re.compile(r"(?:\b(?:intersection|corner)\s+of\s+|\b(?:Route|Highway|Hwy|Interstate|State Road|"
                         r"County Road|Rt\.?|SR|CR|US)[\s-]*|\bI-)$")
ROAD_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|"
                        r"Boulevard|Blvd|Highway|Hwy|Lane|Ln|Parkway|Pkwy)\b")


UNHURT = re.compile(r"\b(?:uninjured|unharmed|unhurt|unscathed)\b", re.I)


def find_figures(sent, offset: int, headline: bool = False,
                 triggers: list[Trigger] | None = None) -> list[FigureCandidate]:
    """Figures in a spaCy sentence span; `offset` turns doc offsets into article offsets;
    `triggers`, when the caller has found them already."""
    triggers = find_triggers(sent) if triggers is None else triggers
    if not triggers:
        listed = named_list(sent, offset)
        found = [listed] if listed else []
        if headline and not found:
            found = _headline_victim(sent, offset)  # "Two Juveniles Shot In ...": no parse to read
        if headline and not found:
            found = _headline_counts(sent, offset)  # "11-year-old, 2 teens among 4 shot": "shot" a noun
        if headline:
            _headline_kill_list(sent, found, offset)  # "Man Killed Wife, 4 Kids Then Himself"
            _drop_attribution(sent, found, offset)
            _headline_one_dead(sent, found, offset)
        _counted_deaths(sent, found, offset)   # ("4 shot, one fatally": one of the four died)
        _multiple_shooting(sent, found, offset)
        _nth_death(sent, found, offset)
        return found
    figures: list[FigureCandidate] = []
    base_char = sent.start_char
    used_nouns: set[int] = set()
    for q in find_quantities(sent.text):
        qh = _quantity_head(sent, q, base_char)
        if qh is None:
            continue
        if qh.ent_iob_ == "I" and qh.ent_type_ in _NAMED_THINGS:
            continue  # "told Local News 8 that the girl had died", "FOX 5": a station's name
        noun = _noun_of_quantity(qh)
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING_VERBS and not any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in HARM_ADJ for c in noun.head.children):
            continue  # "a doctor said": the source of the news, not a victim (but "Five people found
            # dead": a headline's passive the parser read as active)
        if _by_agent(noun):
            continue  # "shot and killed by a police officer": the one who shot
        if _hedged(noun) or _hedged(qh):
            continue  # "a young man – possibly a teenager – died": the same man, a guess at his age
        if _unborn(noun):
            continue  # "her unborn baby was killed": the tolls count those born
        if ROAD_BEFORE.search(sent.text[:q.start]) or ROAD_AFTER.match(sent.text, q.end):
            continue  # "near the intersection of 367 and Parker Road", "on Route 9": a road's number
        if noun.i == qh.i and qh.head.lower_ == "including" and qh.head.head.lemma_.lower() in ("wound", "injury"):
            continue  # "suffered 20 gunshot wounds, including six in the back": wounds, not people
        if POPULATION_OF.search(sent.text[:q.start]):
            continue  # "shot three more people outside a Wal-Mart in the city of about 87,000 people"
        if noun.head.lower_ == "of" and noun.head.head.lower_ in SOME_OF and \
                noun.lemma_.lower() not in HARM_NOUNS and noun.lower_ not in VICTIM_NOUNS:
            continue  # "some of the roughly 40 people who gathered": the crowd, not the hurt (but
            # "many of the 12 wounded" counts the wounded)
        if noun.lemma_.lower() in ("family", "couple") and q.text.lower() in ("a", "an", "one"):
            continue  # "a Platte family died": a family of some, counted below as such
        group = group_of(noun) if noun.i != qh.i else None
        # "200 injured", "five dead": the quantity stands alone before a harm word
        standalone = noun.i == qh.i or noun.lemma_.lower() in ("more", "other") or \
            noun.lemma_.lower() in HARM_NOUNS or noun.lower_ in ("them", "those", "these", "us", "whom")
        if noun.i != qh.i and noun.head.lower_ == "of" and noun.head.head.i == qh.i and \
                noun.lemma_.lower() in ("death", "homicide", "killing", "murder", "slaying") and \
                any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in noun.children):
            continue  # "All six of those deaths involved firearms": the deaths a tally told of
        if standalone and (_age_of_subject(qh) or _age_at_death(qh) or (noun.i == qh.i and _age_apposition(qh))):
            continue  # "Lazarec Collins, who was also killed, was 21", "dies at 96": an age
        if noun.i == qh.i and q.text.lower() in ("a", "an"):
            continue  # "two teenagers -- a 14-year-old and an 18-year-old", "Atkinson, a 35-year-old":
            # an article whose noun the parser lost is no count of its own
        if group is None and not standalone and _doer(noun):
            group = "people"  # "Gunman Fatally Shoots 3 Musicians": people, by what they do
        if group is None and not standalone:
            if noun.lemma_.lower() in MIXED_NOUNS:
                continue  # "dozens of casualties": killed and injured together, not a figure
            continue
        if not q.vague and _mixed_with(noun):
            continue  # "200 martyrs and missing persons": the dead and others in one count
            # ("several deaths and injuries" are several of each, by convention two)
        if any(_agent(sent.doc[tr.i], tr, (noun.i, qh.i), {t.i for t in triggers}) for tr in triggers):
            continue  # "two men shot and killed a teen": those who shot, not the shot
        if any(_aimed_at(noun, sent.doc[tr.i]) for tr in triggers):
            continue  # "shooting at 5 people": their harm, if any, is told elsewhere
        best, best_key = None, None
        # "One man dead, two juveniles injured": the harm word right after the victim is theirs,
        # whatever the parser made of a clipped headline
        # ("up to 100 injured": the participle hangs on the number)
        after = next((tr for tr in triggers if tr.i == noun.i + 1 and noun.i >= qh.i and (
            tr.kind == "adj" or sent.doc[tr.i].head.i == noun.i
            or (noun.i == qh.i and sent.doc[tr.i].tag_ in ("VBN", "JJ")))), None)
        if after is None:
            after = _subject_of_next(noun, triggers)
        if after is None and standalone and noun.i + 1 < len(sent.doc) and noun.doc[noun.i + 1].lower_ in GRAVELY:
            # "others were wounded, two critically": the grave state is of the wounded
            after = next((tr for tr in sorted(triggers, key=lambda tr: abs(tr.i - noun.i))
                          if tr.harm == "injured" and not tr.hypothetical), None)
        if after is not None:
            best, best_key = after, (0, 1)
        # ("Otiz died, three more people are at a hospital": the three are the event's living)
        cared = IN_CARE.match(sent.doc.text[noun.idx + len(noun.text):noun.idx + len(noun.text) + 40])
        for tr in (triggers if after is None else ()):
            if tr.kind == "shooting" and noun not in _victim_tokens(sent.doc[tr.i], tr):
                continue  # "five victims including the fatal shooting of the 3-year-old": hers only
            if _included(noun, sent.doc[tr.i]):
                continue  # "with about 10 friends, including the boy who was killed": his death
            d = min(_dist(noun, sent.doc[tr.i]), _dist(qh, sent.doc[tr.i]))
            if d > 4 or not (linked(noun, sent.doc[tr.i]) or linked(qh, sent.doc[tr.i])):
                continue
            trig_tok = sent.doc[tr.i]
            if _accused(noun) and tr.kind != "die" and tr.harm != "detained":
                continue  # "Two men charged after baby girl accidentally shot, killed": the accused
                # (but "Lingle man accused of shooting, killing baby, dies")
            if tr.harm == "killed" and _attempt_on(noun):
                continue  # "the attempted murder of a 20-year-old man": he lived
            if noun.i != qh.i and noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and trig_tok in c.subtree for c in noun.head.children):
                continue  # "the wounded boy had been a group home resident": what he was, no one more
            if _kin_of(noun) and trig_tok not in noun.subtree:
                continue  # "the sister of the two boys died from cancer": she died, not the boys
            if _subject_elsewhere(_clause_verb(trig_tok), noun) and not cared:
                continue  # "a resident was shocked that his car was the one in which four men were
                # shot": the four were shot, not the resident
            if (tr.kind == "noun" or trig_tok.dep_ in ("amod", "compound", "nmod")) and noun in trig_tok.ancestors \
                    and not (trig_tok.dep_ == "amod" and trig_tok.head.i == noun.i and trig_tok.tag_ in ("JJ", "VBN")):
                continue  # "a suspect in the (shooting) death of a boy": the death is the boy's
                # ("three dead civilians", "11 injured victims": the noun's own state is theirs)
            key = (d, abs(tr.i - noun.i))
            if best_key is None or key < best_key:
                best, best_key = tr, key
        if best is None:
            continue
        inner = noun.i != qh.i and noun.head.lower_ == "of" and noun.head.head.i == qh.i and \
            any(c.dep_ == "nummod" and c.i != qh.i for c in noun.children)
        if inner and sent.doc[best.i].head.i == noun.i and sent.doc[best.i].dep_ in ("acl", "amod", "relcl"):
            # "One of two women fatally shot was pregnant": the two were shot, the one is a part of
            # them; "one of two men shot on Sunday died": the one died
            alt = [tr for tr in triggers if tr is not best and linked(qh, sent.doc[tr.i])
                   and _dist(qh, sent.doc[tr.i]) <= 4]
            if not alt:
                continue
            best = min(alt, key=lambda tr: (_dist(qh, sent.doc[tr.i]), abs(tr.i - qh.i)))
        if best.harm == "injured" and (best.kind == "shoot" or (
                sent.doc[best.i].dep_ == "relcl" and sent.doc[best.i].head.i == noun.i)):
            # (and "a woman who was wounded in the shooting has died": she was killed)
            best = _died_too(noun, best, triggers, sent) or best
        if best.negated and not _is_zero(q.text):
            continue
        if _is_zero(q.text) and best_key[0] > 1:
            continue  # "no one understands": a zero counts only as the harm word's own subject
        if _is_zero(q.text) and _ELSE_AFTER.match(sent.doc.text, base_char + q.end):
            continue  # "No one else was hurt": none besides the one told of, who was
        if _is_zero(q.text) and _some_only(noun):
            continue  # "None of the students on the bus were injured": none of those, not of all
        if _is_zero(q.text) and (noun.lemma_.lower() in ("injury", "wound") or any(
                c.dep_ == "advmod" and c.lower_ in GRAVELY + ("badly",) for c in sent.doc[best.i].children)):
            continue  # "None were seriously injured", "none of their injuries were life-threatening":
            # some were hurt, none gravely
        if best.hypothetical:
            continue
        if q.min is None and q.max is None:
            best.used = True  # "many civilians": harm without a number is not a figure
            used_nouns.add(noun.i)
            continue
        start = min(q.start + base_char, noun.idx) if noun.i >= qh.i else q.start + base_char
        end = max(q.end + base_char, noun.idx + len(noun.text))
        g = group
        if g is None and noun.lemma_.lower() in ("death", "fatality", "body", "dead", "injury", "wounded", "injured", "life"):
            g = "people"
        # "one of the deceased individuals", "two of those victims": a part of the victims told
        # of elsewhere, a floor on their number and no toll of its own ("529 to 744 of the
        # civilians" counts civilians, not a part of the victims)
        part = noun.i != qh.i and noun.head.lower_ in ("of", "among") and noun.head.head.i == qh.i and \
            any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in noun.children) and \
            (noun.lemma_.lower() in VICTIM_NOUNS or any(c.dep_ == "amod" and (c.lower_ in VICTIM_NOUNS or c.lower_ in HARM_ADJ)
                                                        for c in noun.children)
             # ("one of those patients later died": some of the people told of before; but "two
             # of the four individuals who were shot died" says how many of all died)
             or (q.min is not None and q.min == q.max and (group is not None or person_noun(noun))
                 and not (any(c.dep_ == "nummod" for c in noun.children)
                          # ("one of the two people who are dead": the two are the dead)
                          and not noun.i < best.i <= noun.right_edge.i)))
        harm = best.harm
        in_care = harm == "killed" and (IN_CARE.match(sent.doc.text[end:end + 40]) or (
            best.i < qh.i and noun.lemma_.lower() in ("other", "more") and WITH_WOUNDS.match(sent.doc.text[end:end + 40])))
        if in_care:
            harm = "injured"  # "Girl, man killed ...; 2 others in hospital": the living of the event
        # "two died at the scene", "one victim died upon arrival at the hospital": those who died
        # there, a part of the dead (a floor), not the toll
        # (not "a man died at the hospital": one person's death is all of it, as often as not)
        where = harm == "killed" and not re.match(r"(?:an?|the|his|her|their)\b", q.text, re.I) and \
            _died_where(sent.doc[best.i])
        figures.append(FigureCandidate(harm, g, q.min, q.max, start + offset, end + offset,
                                       sent.doc.text[start:end], best.i, vague=q.vague,
                                       partial=part or best.kind == "care" or where,
                                       zero=_is_zero(q.text),
                                       shot=best.kind in ("shoot", "shooting", "care") and harm == "injured"
                                       and not _beside_killing(sent.doc[best.i]),
                                       care=best.kind == "care"))
        best.used = best.used or not in_care  # the death is still someone's: "Otiz died, three more
        # people are at a hospital"
        if not inner:  # "one of two men": the two still count the men
            used_nouns.add(noun.i)
    for tr in triggers:
        if tr.hypothetical:
            continue
        # a counted victim's uncounted partner is the trigger's too: "a woman and her son were
        # killed" (only the partner, when a count has used the trigger)
        partners_of = used_nouns if tr.used else None
        for f in _numberless(sent, tr, offset, used_nouns, headline, partners_of):
            f.shot = tr.kind in ("shoot", "shooting", "care") and tr.harm == "injured" and \
                not _beside_killing(sent.doc[tr.i])
            f.care = tr.kind == "care"
            # "two of them are in critical condition": those in care are a floor on the wounded
            f.partial = f.partial or f.care or (f.harm == "killed" and re.match(r"one\b", f.text, re.I)
                                                and _died_where(sent.doc[tr.i]))
            _with_partner(f, figures, sent, offset)
            figures.append(f)
    figures[:] = _add_up(figures, sent, offset)
    _people_and_part(figures, sent, offset)
    if headline:
        _headline_deaths(sent, figures)
        if all(f.harm == "detained" for f in figures):  # ("Two arrested after child shot": the arrests' too)
            figures.extend(_headline_victim(sent, offset))
        figures.extend(_headline_counts(sent, offset, figures))
        _headline_list(sent, figures, offset)
        _headline_kill_list(sent, figures, offset)
        _headline_some_of_the_shot(sent, figures, offset)
        _drop_attribution(sent, figures, offset)
        _headline_one_dead(sent, figures, offset)
    _counted_deaths(sent, figures, offset)
    _multiple_shooting(sent, figures, offset)
    _nth_death(sent, figures, offset)
    _number_of(sent, figures, offset)
    if not any(f.harm == "injured" for f in figures) and any(
            t.harm == "injured" and not (t.negated or t.hypothetical) for t in triggers):
        m = UNCOUNTED_INJURED.search(sent.text)
        if m:
            # Airwars' convention: injured people reported without a number are at least two
            s, e = sent.start_char + m.start(1), sent.start_char + m.end(1)
            figures.append(FigureCandidate("injured", "people", 2, 2, s + offset, e + offset, m.group(1),
                                           sent.start, vague=True, weak=True))
    if not any(f.named for f in figures):
        listed = named_list(sent, offset)
        if listed:
            figures.append(listed)
    # "found the three dead suspects and two uninjured residents": those said to be unhurt are no
    # one's toll, whatever harm the words beside them tell
    figures = [f for f in figures if not UNHURT.search(f.text)]
    _inherit_groups(figures)
    _suspended_ages(sent, figures, offset, triggers)
    _self_too(figures, sent, offset)
    if ALIVE.search(sent.text):
        for f in figures:
            if f.care and f.harm == "injured":
                f.shot = False  # "taken to hospital with a non-life threatening wound": one who lived,
                # not one of the shot of whom some died
    return _dedupe(figures)


# the one in care lives: no dead are among them
ALIVE = re.compile(r"\bnon-?\s?life[- ]threatening\b|\bstable condition\b|\bexpected to (?:survive|recover|be (?:ok|okay|fine))\b|"
                   r"\btreated and released\b|\bminor injur", re.I)


REFLEXIVE = ("himself", "herself", "self")  # ("fatally shoots self": a headline's)
SUICIDE_AFTER = re.compile(r"(?:\b(?:before|then|and|after)|,)\s+(?:\w+\s+){0,2}?((?:committ\w*|commit)\s+suicide|"
                           r"(?:taking|took|take)\s+(?:his|her)\s+own\s+life|turn\w*\s+(?:the\s+)?gun\s+on\s+(?:him|her)self|"
                           r"(?:fatally\s+)?shoot(?:s|ing)?\s+(?:him|her)?self\b(?!-))",
                           re.I)
# a headline's "Man kills wife, self", "shoots 3 musicians, then self"
COMMA_SELF = re.compile(r"\b(?:kill(?:s|ed|ing)?|shoots?|shot)\b[^,;:]{1,40},\s+(?:and\s+|then\s+)?((?:him|her)?self)\b(?!-)", re.I)
# "before shooting himself" tells of a suicide, unless the shot one lived
SURVIVED = re.compile(r"\b(?:critical|serious|stable|hospital\w*|surviv\w*|injur\w*|wound\w*|recover\w*)\b", re.I)


def _object(f: FigureCandidate, sent, offset: int, harmed: bool = False) -> bool:
    """The figure counts those a verb acts on (its object, or one joined to it): the ones the
    one who killed himself had killed. `harmed`: only the object of a verb of harm ("leaving
    police to discover the three dead" counts the dead, him among them)."""
    span = sent.doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    # ("seven people were killed by a gunman who then killed himself": harmed by someone)
    # ("a rampage that left seven people dead before the gunman killed himself": his victims)
    left_dead = t.head.lemma_.lower() == "leave" and any(c.dep_ == "oprd" and c.lower_ in HARM_ADJ
                                                          for c in t.head.children)
    if harmed and t.dep_ == "dobj" and t.head.lemma_.lower() not in HARM_VERBS and not left_dead and \
            t.head.lemma_.lower() not in KILL_WORDS and t.head.lemma_.lower() not in SHOOT_VERBS:
        return False
    return t.dep_ == "dobj" or any(c.dep_ == "agent" for c in sent.doc[f.trigger].children)


def _subject_of_reflexive(refl: FigureCandidate, f: FigureCandidate, sent, offset: int) -> bool:
    """`f` counts the one the reflexive stands for: the subject of its verb (or of the verb that
    verb is joined to)."""
    tok = next((t for t in sent if t.idx + offset >= refl.start), None)
    if tok is None:
        return False
    verb = tok.head
    verbs = [verb]
    while verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and verb.head is not verb:
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
        verbs.append(verb)
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                s, e = c.left_edge.idx + offset, c.right_edge.idx + len(c.right_edge.text) + offset
                if s <= f.start < e or f.start <= s < f.end:
                    return True
    return False


def _self_too(figures: list[FigureCandidate], sent, offset: int) -> None:
    """"Shot his wife and two sons before killing himself": the one who killed himself is dead
    too, beside those he killed, not one of them. Added to the count of people, or counted as
    the man (woman) he is where the others are counted as women, men or children."""
    refl = next((f for f in figures if f.harm == "killed" and f.text.lower() in REFLEXIVE), None)
    himself = [t for t in sent if t.lower_ in REFLEXIVE and t.dep_ == "dobj" and t.head.dep_ == "relcl"
               and t.head.lemma_.lower() in KILL_WORDS]
    gunman = None   # the trigger of "who killed himself", whose subject the gunman was read as
    if refl is None and himself:
        # "killed by a gunman who then killed himself": the gunman, read as the relative clause's
        # subject, is the one who killed himself
        t = himself[0]
        gunman = t.head.i
        refl = FigureCandidate("killed", "people", 1, 1, t.idx + offset, t.idx + len(t.text) + offset, t.text,
                               t.head.i, weak=True)
    if refl is None:
        m = SUICIDE_AFTER.search(sent.text) or COMMA_SELF.search(sent.text)
        if m is None or "attempt" in sent.text.lower():
            return
        if m.group(1).lower().startswith(("shoot", "fatally")) and SURVIVED.search(sent.text[m.end():]):
            return
        # "killed his wife and two daughters before committing suicide": as "before killing himself"
        s = sent.start_char + offset + m.start(1)
        refl = FigureCandidate("killed", "people", 1, 1, s, s + len(m.group(1)), m.group(1), sent.start, weak=True)
    others = [f for f in figures if f.harm == "killed" and f is not refl and not f.zero and f.min
              and f.group in ("people", "civilians", "children", "women", "men")
              and f.text.lower() not in REFLEXIVE]
    if any(f.start <= refl.start and refl.end <= f.end for f in others):
        return  # a headline's list that names him counts him: "kills 6-year-old brother, self"
    if not others or any(_subject_of_reflexive(refl, f, sent, offset) for f in others) or \
            not any(_object(f, sent, offset) for f in others):
        return   # "Teen shoots and kills himself", "a boy who died after shooting himself": one
    if refl not in figures:
        # (the gunman of "who killed himself"; the "himself" of "before shooting himself", as shot)
        figures[:] = [f for f in figures if f.trigger != gunman and not (
            f.harm == "injured" and f.text.lower() in REFLEXIVE + ("self",))]
        figures.append(refl)
    # (only a count of those he killed: "leaving police to discover the three dead" counts him)
    people = [f for f in others if f.group in ("people", "civilians") and _object(f, sent, offset, harmed=True)]
    if people:
        p = max(people, key=lambda f: f.min)
        p.min += 1
        p.max = p.max + 1 if p.max is not None else None
        p.start, p.end = min(p.start, refl.start), max(p.end, refl.end)
        p.text = sent.doc.text[p.start - offset:p.end - offset]
        figures.remove(refl)
    else:
        refl.group = "men" if "himself" in refl.text.lower() else "women" if "herself" in refl.text.lower() else "people"
        refl.weak = False
        if refl.group == "people":
            # "kills two children, then fatally shoots self": one of unknown sex, so the count of
            # people is all of them, the children a part
            most: dict[str, int] = {}
            for f in others:
                most[f.group] = max(most.get(f.group, 0), f.min or 0)
            refl.min = refl.max = 1 + sum(most.values())
            refl.start = min(refl.start, *(f.start for f in others))
            refl.end = max(refl.end, *(f.end for f in others))
            refl.text = sent.doc.text[refl.start - offset:refl.end - offset]


UNCOUNTED_INJURED = re.compile(
    r"\b((?:an?\s+)?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined)\s+number\s+of\s+(?:\w+\s+){0,3}?"
    r"(?:were\s+|was\s+)?(?:injur|wound)\w*|(?:injur|wound)\w*\s+(?:several\s+|many\s+)?others|"
    r"caus\w*\s+(?:several\s+|many\s+|serious\s+)?injuries|"
    r"reported\s+[\"“]?injuries)", re.I)
HEADLINE_DEATH = re.compile(r"\b(?:dies|died|dead|killed|(?<!non-)fatal(?:ly)?|homicide|murder(?:ed)?|slain|death)\b", re.I)


def _headline_deaths(sent, figures: list[FigureCandidate]) -> None:
    """'Girl shot at party dies', 'Clerk fatally shot': a headline's grammar is too clipped for
    the parser to tie the death to the victim; one victim shot in a headline that tells of a
    death was killed."""
    # ("Wounded teen found outside restaurant dies at hospital": the wounded one died)
    # (a death with no subject of its own: not "Injured officer recovering after suspect dies")
    subjectless_death = any(t.lower_ in ("dies", "died") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                            for t in sent)
    shot = [f for f in figures if f.harm == "injured" and (
        f.shot or (subjectless_death and re.match(r"(?:critically\s+|seriously\s+)?(?:wounded|injured)\s", f.text or "", re.I)))]
    # ("Pregnant woman shot, unborn baby killed": the death is the unborn child's; "4 teens shot,
    # 1 fatally": one of the four)
    # (not "Five people sent to area hospitals in fatal shooting": one of the five died, at most)
    if len(shot) == 1 and not (shot[0].care and (shot[0].min or 0) > 1) \
            and not any(f.harm == "killed" for f in figures) and HEADLINE_DEATH.search(sent.text) \
            and "unborn" not in sent.text.lower() and not SOME_FATALLY.search(sent.text):
        shot[0].harm, shot[0].shot = "killed", False


# "Boy, 14, fatally shot in ...", "17-year-old shot, killed inside house", "Houston Teen Shot": a
# headline's victim (after a place word or two), where the clipped grammar leaves the parser
# nothing to tie the harm to
_HEADLINE_NOUNS = ("boy", "girl", "child", "toddler", "baby", "infant", "teen", "teenager", "man", "woman",
                   "person", "juvenile", "student", "father", "mother", "dad", "mom", "hunter", "firefighter",
                   "homeowner", "resident", "native")
# "Man cleaning gun accidentally shoots self": what the victim was doing when it went off
_HANDLING_GUN = (r"(?:\s+(?:while\s+)?(?:cleaning|handling|loading|unloading|holding|showing|playing\s+with)\s+"
                 r"(?:a\s+|an\s+|his\s+|her\s+)?(?:" + "|".join(sorted(FIREARMS)) + r"))?")
_HEADLINE_PLURALS = ("people", "persons", "juveniles", "teens", "teenagers", "men", "women", "children", "kids",
                     "students", "boys", "girls", "adults")
_AGE_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
# "Mother of teen shot in stomach Monday gave birth to twins": the kin's headline, of the victim
_KIN_OF = r"(?:\w+\s+){0,2}?(?:family|mother|father|mom|dad|parents|grandmother|grandfather|brother|sister|" \
          r"widow|wife|husband|girlfriend|boyfriend)\s+of\s+"
HEADLINE_VICTIM = re.compile(
    r"^\s*(?:[^:]{0,40}:\s*)?(?:[^:,;]{0,60}?\b(?:after|as|when)\s+|" + _KIN_OF + r")?(?:(?:a|an)\s+)?"
    r"(?-i:[A-Z][\w.'’-]*,?\s+){0,3}?(?P<who>(?:one\s+)?"
    # ("16-year-old Cambridge native shot during marijuana deal": the town's name between)
    r"(?:(?:\d{1,2}|" + "|".join(_AGE_WORDS.split()) + r")[- ](?:year|month|week)s?[- ]old"
    r"(?:(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}\s+(?:" + "|".join(_HEADLINE_NOUNS) + r"))?"
    r"|(?:" + "|".join(_HEADLINE_NOUNS) + r")(?:,\s*\d{1,2})?"
    r"|(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:\w+\s+)?"
    r"(?:" + "|".join(_HEADLINE_PLURALS) + r"))?))(?:\s*,)?" + _HANDLING_GUN +
    r"\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:found\s+)?(?:fatally\s+|accidentally\s+|critically\s+|seriously\s+)?"
    r"(?P<harm>(?:shoots?,?\s+(?:and\s+)?(?:kills\s+)?|kills\s+)(?:him|her)?self|"
    r"shoots?\s+(?:(?:his|her)\s+)?own\s+(?:leg|foot|hand|arm|finger|thigh|knee)|"
    r"suffers?\s+(?:an?\s+)?(?:fatal\s+|deadly\s+|accidental\s+|self-inflicted\s+)?gunshot\s+wounds?|"
    r"shot\s+(?:dead|to\s+death)|shot|killed|dies|died|dead|slain|wounded|injured|hurt|stabbed|hospitali[sz]ed|"
    r"(?:(?:still\s+)?in\s+)?['‘\"“]?(?:critical|serious|stable|grave)(?:\s+condition)?|"
    r"(?:struck|hit|grazed)\s+by\s+(?:gunfire|gunshots?|(?:a\s+)?(?:stray\s+)?bullets?))\b", re.I)
# "Night club shooting sends seven to hospital", "Accidental shooting sends juvenile to hospital"
HEADLINE_TO_HOSPITAL = re.compile(
    r"\b(?:sends?|lands?|puts?)\s+(?:(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+)?(?P<who>(?:" + "|".join(_HEADLINE_NOUNS + _HEADLINE_PLURALS) + r")\s+)?"
    r"(?:in|to)\s+(?:the\s+)?hospital\b", re.I)


def _headline_victim(sent, offset: int) -> list[FigureCandidate]:
    m = HEADLINE_VICTIM.match(sent.text)
    if not m:
        return _headline_to_hospital(sent, offset)
    # "people": the body may call the teen of the headline "a 17-year-old male"; as one group,
    # the two are one victim, not a child and a man
    group = "people"
    # ("Child accidentally shoots, kills self": the one who shot is the one harmed)
    harm = "killed" if HEADLINE_DEATH.search(sent.text) or re.search(r"\bkills\s+(?:him|her)?self\b", m.group("harm"), re.I) \
        else "injured"
    s, e = m.span("who")
    n = _value(m.group("count")) if m.group("count") else 1
    if n > 1 and harm == "killed" and not re.match(r"killed|dead|slain|died|shot\s+(?:dead|to\s+death)", m.group("harm"), re.I):
        harm = "injured"  # "Two shot, one fatally": how many died the headline does not say here
    # weak where the headline counts no one ("Toddler shot"); "4 people shot" states its number
    return [FigureCandidate(harm, group, n, n, sent.start_char + s + offset, sent.start_char + e + offset,
                            sent.text[s:e], sent.start, weak=not m.group("count"), shot=harm == "injured")]


_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_N_VALUE = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
# "Four teenagers were shot, one fatally": how many of those shot died
SOME_FATALLY = re.compile(r"(?:,|\s--?|\s?[—–])\s+" + _N + r"(?:\s+of\s+them)?\s+(?:fatally|mortally)\b", re.I)
# "a double homicide", "2 confirmed dead": deaths counted by the killing's own noun, or a number
# standing before "dead" that the parser did not tie to it. ("Two killings within a week",
# "linked to five homicides" count events, not the dead of one.)
MULTIPLE_KILLING = re.compile(r"\b(double|triple|quadruple|quintuple)[- ](?:homicide|murder|slaying|killing|fatal shooting)s?"
                              r"(?P<suicide>[- ]suicides?|\s+and\s+suicides?)?\b(?!\s+attempt)", re.I)
NOT_BY_WEAPON = re.compile(r"\b(?:" + "|".join(NO_WEAPON_EVENTS) + r"|overdoses|sick|illness|disease|flu)\b", re.I)
COUNTED_DEAD = re.compile(r"\b" + _N + r"\s+(?:(?:confirmed|reported|people|persons|are|were|now|found)\s+)?(?:dead|killed)\b", re.I)
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def _multiple(m: re.Match) -> int:
    """The dead of a "triple homicide": three, and one more in a "triple murder-suicide"."""
    return _MULTIPLE[m.group(1).lower()] + (1 if m.group("suicide") else 0)
SINCE_OR_TALLY = re.compile(r"\b(?:this year|so far|since|last year|in \d{4}|per year|a year|annually|rate)\b", re.I)


HEADLINE_COUNT = re.compile(r"(?<![\w,.-])" + _N + r"\s+(?:(?:more|others?|people|persons)\s+)?"
                            r"(?P<harm>shot|wounded|injured|hurt|dead|killed|die|dies|slain)\b", re.I)


# "Drive-by shooter kills 1, injures 3": the parser made "kills" a plural noun
HEADLINE_VERB_COUNT = re.compile(r"\b(?P<harm>kills|wounds|injures)\s+" + _N + r"\b(?!\s*(?:-|year|month|week|day|hour))", re.I)


_KIN = (r"(?:man|woman|boy|girl|child|toddler|baby|infant|teen|teenager|father|mother|dad|mom|son|daughter|"
        r"husband|wife|brother|sister|grandmother|grandfather|grandson|granddaughter|parents|couple|children|kids|"
        r"adults?|teacher|\d{1,2}-(?:year|month|week)-old)")
_ITEM = (r"(?:(?:his|her|their|a|an|\d{1,2}|one|two|three|four|five)\s+)?(?:[\w'’-]+\s+)?" + _KIN +
         r"s?(?:\s*,\s*\d{1,2}\s*(?=,|\s+and\b|\s+(?:are|were|found|shot|dead|killed|slain)\b))?")
HEADLINE_LIST = re.compile(r"^\s*(?:[^:]{0,40}:\s*)?(?P<list>" + _ITEM + r"(?:\s*,\s*(?:and\s+)?" + _ITEM + r"|\s+and\s+" +
                           _ITEM + r")+)\s*,?\s+(?:are\s+|were\s+)?(?:found\s+)?(?:(?:shot\s+)?(?:dead|killed|slain)|shot\s+to\s+death)\b", re.I)
_PAIRS = ("parents", "couple")


def _listed_dead(sent, figures: list[FigureCandidate], offset: int, m: re.Match, n: int,
                 tail: int = 0) -> None:
    """A headline's list of the dead (match group "list", and `tail` characters after it: "before
    shooting himself") as n killed, in place of the killed figures it overlaps."""
    s, e = sent.start_char + offset + m.start("list"), sent.start_char + offset + m.end("list") + tail
    # (and the shot it overlaps: "Shooting Deaths Of Mother, Brother" tells of no wounded)
    figures[:] = [f for f in figures if not ((f.harm == "killed" or f.shot) and f.start < e and s < f.end)]
    figures.append(FigureCandidate("killed", "people", n, n, s, e, sent.text[m.start("list"):m.end("list") + tail],
                                   sent.start))


def _headline_list(sent, figures: list[FigureCandidate], offset: int) -> None:
    """"Father, daughter found dead", "Mother, Father, Toddler Dead": a headline's list of the dead,
    each one (or as many as counted), where the parse counts fewer."""
    m = HEADLINE_LIST.match(sent.text)
    if m is None:
        return
    n = 0
    for item in re.finditer(_ITEM, m.group("list"), re.I):
        words = item.group(0).lower().split()
        count = next((_value(w) for w in words if w.isdigit() or w in _N_VALUE), None) if not \
            re.search(r",\s*\d", item.group(0)) else None
        n += count or (2 if any(w.strip(",") in _PAIRS for w in words) else 1)
    if n <= sum(f.min or 0 for f in figures if f.harm == "killed" and f.group in ("people", "civilians")) or \
            n <= sum(f.min or 0 for f in figures if f.harm == "killed" and f.group in ("children", "women", "men")):
        return
    _listed_dead(sent, figures, offset, m, n)


# "Neighbor kills woman, her son, himself", "killed ex-wife, man before shooting himself", "killed
# home intruder but also brother, housemate": the dead a headline lists after the verb
_VICTIM = (r"(?:(?:his|her|their|a|an)\s+)?(?:(?!(?:grazes|wounds|injures|hurts|shoots|leaves|and|then)\b)[\w'’-]+\s+)?(?:ex-|step-?)?(?:" + _KIN +
           r"|intruder|neighbou?r|housemate|roommate|friend|girlfriend|boyfriend|fianc[eé]e?|relative|cousin|"
           r"nephew|niece|uncle|aunt|classmate|coworker|co-worker)s?")
_SELF = r"(?:him|her)?self"
HEADLINE_KILL_LIST = re.compile(
    r"\b(?:kills|killed|fatally\s+shoots|fatally\s+shot|shoots\s+dead|shot\s+dead|"
    r"(?:shooting\s+)?(?:deaths?|killings?|murders?|slayings?)\s+of)\s+(?P<list>" + _VICTIM +
    r"(?:(?:\s*,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+but\s+also\s+)(?:" + _VICTIM + "|" + _SELF + r"))*)"
    r"(?=\s*$|\s+(?:in|at|on|near|after|before|then|inside|outside)\b|\s*[-–—,:;|]"
    # ("... wife, himself Just One More Thing": a page's words run into the headline)
    r"|(?<=self)\s+(?-i:[A-Z]))", re.I)


def _headline_kill_list(sent, figures: list[FigureCandidate], offset: int) -> None:
    """A headline's list of those killed, each one, with the killer who then killed himself."""
    m = HEADLINE_KILL_LIST.search(sent.text)
    if m is None:
        return
    if re.match(r"(?:kills|fatally\s+shoots|shoots\s+dead)\b", m.group(0), re.I):
        # "Lingle man allegedly kills 4-month-old": the present tense is the killer's act, and
        # the one before it no victim
        s0 = sent.start_char + offset + m.start()
        figures[:] = [f for f in figures if not (f.harm == "killed" and f.end <= s0 and f.text.lower() not in REFLEXIVE)]
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+but\s+also\s+",
                                         m.group("list")) if i.strip()]
    selves = [i for i in items if re.fullmatch(_SELF, i, re.I)]

    def count(item: str) -> int:  # "4 kids", "two daughters": as many as counted
        words = item.lower().split()
        if words[0].isdigit() or words[0] in _N_VALUE:
            return _value(words[0])
        # "twin daughters", "his parents", "her sons": two at least
        plural = words[-1] in ("children", "parents", "kids") or re.fullmatch(r"(?:ex-|step-?)?" + _KIN + "s", words[-1])
        return 2 if "twin" in words or "twins" in words or plural else 1
    n = sum(count(i) for i in items if i not in selves)
    # the one who killed himself is counted here where the list names him ("kills 6-year-old
    # brother, self") or where the headline goes on to him ("then himself", "before shooting
    # himself"): the list's span takes him in, and _self_too leaves a list that holds him be
    after = re.match(r"\s*,?\s*(?:and\s+)?(?:then\s+|before\s+(?:shooting|killing|turning\s+(?:the\s+)?gun\s+on)\s+)"
                     + _SELF + r"\b", sent.text[m.end("list"):], re.I)
    if selves or after:
        n += 1
    if n <= max((f.min or 0 for f in figures if f.harm == "killed"), default=0):
        return
    _listed_dead(sent, figures, offset, m, n, tail=after.end() if after and not selves else 0)


# "One of two men shot late Monday in Belle Glade dies": the shot, and those of them who died
SOME_OF_THE_SHOT = re.compile(r"^\s*(?:[^:]{0,40}:\s*)?(?P<dead>\d{1,2}|one|two|three|four|five)\s+of\s+(?:the\s+)?"
                              r"(?P<shot>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<who>(?:[\w'’-]+\s+){0,2}?)"
                              r"(?:shot|wounded|struck)\b.*?\b(?:dies|died|dead|killed)\b", re.I)


def _headline_some_of_the_shot(sent, figures: list[FigureCandidate], offset: int) -> None:
    m = SOME_OF_THE_SHOT.match(sent.text)
    if not m or _value(m.group("dead")) >= _value(m.group("shot")):
        return
    s, e = sent.start_char + offset + m.start("dead"), sent.start_char + offset + m.end("who")
    figures[:] = [f for f in figures if not (f.start < e and s < f.end)]
    dead, shot = _value(m.group("dead")), _value(m.group("shot"))
    text = sent.text[m.start("dead"):m.end("who")].strip()
    figures.append(FigureCandidate("killed", "people", dead, dead, s, e, text, sent.start))
    figures.append(FigureCandidate("injured", "people", shot, shot, s, e, text, sent.start, shot=True))


# "Slain teen identified", "Family of murdered teen", "Teen gunshot death appears accidental",
# "6-year-old playing with gun shot and killed": a headline that tells of a death and of one
# person, in words too clipped for the parse to join
_ONE_PERSON = re.compile(r"\b(?:teen(?:ager)?|boy|girl|man|woman|child|toddler|baby|infant|student|"
                         r"\d{1,2}-(?:year|month|week)-old)\b(?![-'’])", re.I)
_NO_DEATH = re.compile(r"\battempt\w*|\bdeath\s+(?:threats?|penalty|sentence|row)|\bnear[- ]death|\bcheat\w*\s+death|"
                       r"\bsurviv\w*", re.I)


def _headline_one_dead(sent, figures: list[FigureCandidate], offset: int) -> None:
    # (a deadly event the headline names, "homicide", "murder-suicide", is read as such by the
    # claims: a floor of its own; an unborn child is no one the tolls count)
    if any(f.harm == "killed" for f in figures) or not HEADLINE_DEATH.search(sent.text) or \
            _NO_DEATH.search(sent.text) or "unborn" in sent.text.lower() or fatal_event(sent.text, title=True):
        return
    m = _ONE_PERSON.search(sent.text)
    if m:
        s = sent.start_char + offset + m.start()
        hurt = [f for f in figures if f.harm == "injured" and f.start <= s < f.end and f.min == 1]
        if hurt:  # "Man wounded in 'accidental' shooting dies": the wounded one died
            hurt[0].harm, hurt[0].shot = "killed", False
            return
        group = {"man": "men", "woman": "women"}.get(m.group(0).lower(), "people")
        figures.append(FigureCandidate("killed", group, 1, 1, s, s + len(m.group(0)), m.group(0), sent.start,
                                       weak=True))


_ATTRIBUTION = re.compile(r"^\s*(?:[\w.'’-]+\s+){0,2}[\w.'’-]+\s*:")


def _drop_attribution(sent, figures: list[FigureCandidate], offset: int) -> None:
    """"Deputies: boy shoots and kills 12-year-old": the words before a headline's colon say
    who tells it, never who was harmed."""
    m = _ATTRIBUTION.match(sent.text)
    # (not "3 dead: body of missing girl found", "Teen killed: police", whose prefix tells the harm)
    if m and not re.search(r"\d|\b(?:shot|wounded|injured|hurt|stabbed)\b", m.group(0), re.I) and \
            not HEADLINE_DEATH.search(m.group(0)):
        end = sent.start_char + offset + m.end()
        figures[:] = [f for f in figures if f.start >= end]


def _headline_counts(sent, offset: int, figures: list[FigureCandidate] = ()) -> list[FigureCandidate]:
    """A headline's "4 shot", "6 shot, 2 die", "kills 1, injures 3", where the parser read the
    harm word as a noun; only counts that no figure of `figures` holds."""
    out: list[FigureCandidate] = []
    for m in [*HEADLINE_COUNT.finditer(sent.text), *HEADLINE_VERB_COUNT.finditer(sent.text)]:
        s = sent.start_char + offset + m.start()
        if m.re is HEADLINE_VERB_COUNT and m.group("harm").lower() != "kills":
            # "kills 1, wounds 5 people": the parser may read "wounds" as a noun and give its
            # count to "kills"
            for f in figures:
                if f.harm == "killed" and s < f.start < s + len(m.group(0)):
                    f.harm, f.shot = "injured", False
        if any(f.start < s + len(m.group(0)) and s < f.end for f in figures) or \
                PARENT_OF.search(sent.text[max(0, m.start() - 30):m.start()]):
            continue
        n = _value(m.group(1) if m.re is HEADLINE_COUNT else m.group(2))
        killed = m.group("harm").lower() in ("dead", "killed", "die", "dies", "slain", "kills")
        out.append(FigureCandidate("killed" if killed else "injured", "people", n, n, s, s + len(m.group(0)),
                                   m.group(0), sent.start, shot=not killed and m.group("harm").lower() == "shot"))
    # those shot include the dead only where the headline counts the dead too ("6 shot, 2 die")
    if not any(f.harm == "killed" for f in [*figures, *out]):
        for f in out:
            f.shot = False
    return out


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _N_VALUE[word.lower()]


def _counted_deaths(sent, figures: list[FigureCandidate], offset: int) -> None:
    """Deaths the grammar of harm words missed: "N shot, one fatally" (the dead are among the
    shot), "a double homicide", "2 confirmed dead". Only where the sentence has no
    killed figure yet (a double homicide: fewer than two), and not in a tally of a year's killings."""
    if SINCE_OR_TALLY.search(sent.text) or HYPOTHETICAL.search(sent.text):
        return  # "if that's the case ... becomes a triple homicide"
    text, base = sent.text, sent.start_char + offset
    most: dict[str | None, int] = {}  # as the claim will count them: the largest of each group
    for f in figures:
        if f.harm == "killed":
            most[f.group] = max(most.get(f.group, 0), f.min or 0)
    killed = sum(most.values())
    m = MULTIPLE_KILLING.search(text)
    if killed and m and not _negated_span(text, m.start()) and _multiple(m) > killed:
        # "Contreras, a Latino man, was killed along with Corpus in a double homicide": two dead
        n = _multiple(m)
        figures.append(FigureCandidate("killed", "people", n, n, base + m.start(), base + m.end(), m.group(0),
                                       sent.start))
    if most:
        return
    shot = [f for f in figures if f.shot and f.harm == "injured" and f.min]
    m = SOME_FATALLY.search(text)
    if m and shot and _value(m.group(1)) <= shot[0].min:
        group = shot[0].group if _value(m.group(1)) == shot[0].min else "people"
        figures.append(FigureCandidate("killed", group, _value(m.group(1)), _value(m.group(1)),
                                       base + m.start(1), base + m.end(), m.group(0).lstrip(",-—– "), sent.start))
        return
    for rx, value in ((MULTIPLE_KILLING, _multiple),
                      (COUNTED_DEAD, lambda m: _value(m.group(1)))):
        m = rx.search(text)
        if m and rx is COUNTED_DEAD and NOT_BY_WEAPON.search(text):
            continue  # "86 Sick, 7 Dead in Largest Outbreak of Legionnaires'": no one's harm
        if m and not _negated_span(text, m.start()) and not PARENT_OF.search(text[max(0, m.start() - 30):m.start()]):
            n = value(m)
            if n > 0:
                figures.append(FigureCandidate("killed", "people", n, n, base + m.start(), base + m.end(),
                                               m.group(0), sent.start))
            return


MULTIPLE_SHOOTING = re.compile(r"\b(double|triple|quadruple|quintuple)[- ]shooting\b(?![- ]suicide)", re.I)


def _multiple_shooting(sent, figures: list[FigureCandidate], offset: int) -> None:
    """"A quadruple shooting occurred in Oakland": four were shot, where the sentence counts no
    one else (those of them who died are taken off the wounded when the claim is built)."""
    civ = [f for f in figures if f.group in ("people", "civilians", "children", "women", "men") and not f.weak]
    if any(f.harm == "injured" for f in civ):
        return
    m = MULTIPLE_SHOOTING.search(sent.text)
    if m is None or SINCE_OR_TALLY.search(sent.text) or HYPOTHETICAL.search(sent.text) or \
            _negated_span(sent.text, m.start()):
        return
    n, base = _MULTIPLE[m.group(1).lower()], sent.start_char + offset
    if sum(f.min or 0 for f in civ if f.harm == "killed") >= n:
        return  # "a double shooting that killed two": none of the shot lived
    # weak: a count of the wounded stated in words of their own says more
    figures.append(FigureCandidate("injured", "people", n, n, base + m.start(), base + m.end(), m.group(0),
                                   sent.start, shot=True, weak=True))


def _headline_to_hospital(sent, offset: int) -> list[FigureCandidate]:
    """"Shooting sends 4 people to the hospital": those it sent were wounded (one where the
    headline names a person without a number; none where it counts no one)."""
    m = HEADLINE_TO_HOSPITAL.search(sent.text)
    if not m or not (m.group("count") or m.group("who")) or not ATTACK_WORD.search(sent.text[:m.start()]):
        return []
    n = _value(m.group("count")) if m.group("count") else 1
    s = m.start("count") if m.group("count") else m.start("who")
    e = (m.start("who") + len(m.group("who").rstrip())) if m.group("who") else m.end("count")
    base = sent.start_char + offset
    return [FigureCandidate("injured", "people", n, n, base + s, base + e, sent.text[s:e], sent.start,
                            weak=not m.group("count"), shot=True)]


# the event that sent them there: a shooting, gunfire, an accident with a gun
ATTACK_WORD = re.compile(r"\b(?:shooting|shootings|gunfire|shot|shots|gun|bullet|stabbing)\b", re.I)


_ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
NTH_DEATH = re.compile(r"\b(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                       r"\s+(?:person|victim|man|woman|teen|teenager|child|boy|girl|student)"
                       r"(?:\s+(?:of|in|from)\s+[^.,;:]{0,40}?)?(?:\s*,[^.;:,]{0,60},)?\s+(?:(?:has|had|also|later|now)\s+)*"
                       r"(?:dies|died|succumbs|succumbed)\b", re.I)
TALLY_SPAN = re.compile(r"\bin\s+(?:just\s+|only\s+|less\s+than\s+|under\s+)?(?:\w+\s+)?(?:hours|days|weeks|months)\b", re.I)


def _nth_death(sent, figures: list[FigureCandidate], offset: int) -> None:
    """"Third victim dies from injuries sustained in shooting": three are dead, where the sentence
    counts fewer (not "the third child to die in a shooting in just two days": a tally of events)."""
    m = NTH_DEATH.search(sent.text)
    if m is None or SINCE_OR_TALLY.search(sent.text) or TALLY_SPAN.search(sent.text):
        return
    if any(f.harm == "injured" for f in figures):
        return  # "two suffered injuries and a third person died": the others live
    n = int(m.group("num")) if m.group("num") else _ORDINALS[m.group("word").lower()]
    if n < 2 or n > 20 or any(f.harm == "killed" and (f.min or 0) >= n for f in figures):
        return
    if "," in m.group(0) and re.search(r"\bthe\s+$", sent.text[:m.start()], re.I):
        return  # "Three men were taken to the hospital. The fourth victim, a woman, died": the
        # victims told one by one, of whom she is the one who died
    base = sent.start_char + offset
    s, e = base + m.start(), base + m.end()
    # ("a second victim" read as one is this death told again)
    # (and the shot it overlaps: "Shooting Deaths Of Mother, Brother" tells of no wounded)
    figures[:] = [f for f in figures if not ((f.harm == "killed" or f.shot) and f.start < e and s < f.end)]
    figures.append(FigureCandidate("killed", "people", n, n, s, e, m.group(0), sent.start))


# "the overall number of the deceased family members was 16", "put the number of killed at 12",
# "the number of civilians killed in the incident reached 39", "the number of martyrs rose to 40"
NUMBER_OF = re.compile(
    r"\bnumber of (?P<who>(?:[\w'’-]+\s+){0,3}?)(?P<what>dead|deceased|killed|deaths|martyrs|fatalities|"
    r"bodies|injured|wounded|injuries)\b[^.;:]{0,60}?\b(?:was|is|were|are|stood at|stands at|reached|"
    r"rose to|risen to|climbed to|increased to|jumped to|at|to be)\s+$", re.I)


def _number_of(sent, figures: list[FigureCandidate], offset: int) -> None:
    """Tolls told as "the number of the dead was N": the count is the verb's complement, not
    a modifier of any victim noun, so the harm-word grammar does not reach it."""
    text, base = sent.text, sent.start_char
    if "number of" not in text.lower():
        return  # the quantities are read once more only where the phrase is
    for q in find_quantities(text):
        if q.min is None and q.max is None:
            continue
        m = NUMBER_OF.search(text, max(0, q.start - 160), q.start)
        if m is None:
            continue
        harm = "injured" if m.group("what").lower() in ("injured", "wounded", "injuries") else "killed"
        s, e = base + q.start, base + q.end
        if any(f.harm == harm and f.start - offset < e and s < f.end - offset and not f.weak for f in figures):
            continue  # the harm words already read it
        who = m.group("who").lower()
        group = "civilians" if "civilian" in who else "children" if "child" in who else "people"
        figures.append(FigureCandidate(harm, group, q.min, q.max, s + offset, e + offset, q.text,
                                       sent.start, vague=q.vague))


def _negated_span(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:no|not|never|without)\s+(?:\w+\s+){0,2}$", text[max(0, start - 30):start], re.I))


def _died_too(noun, shot: Trigger, triggers: list[Trigger], sent) -> Trigger | None:
    """'A man who was found dead was shot', 'the death of a boy who was shot', 'a man who was shot
    died': a victim the sentence also says is dead was killed, not wounded. The death must be the
    victim's own (in their clause, or they are its subject or its 'of'), so that 'one man was
    killed and another was shot' keeps the other one wounded."""
    for tr in triggers:
        if tr is shot or tr.harm != "killed" or tr.negated or tr.hypothetical:
            continue
        tok = sent.doc[tr.i]
        if (tok in noun.subtree and tok.i != noun.i) or noun.head == tok or (
                noun.head.dep_ == "prep" and noun.head.lower_ == "of" and noun.head.head == tok):
            tr.used = True
            return tr
    return None


def _fired_at_someone(tok) -> bool:
    """"shot at them", "fired at officers": the shot was aimed at people, whoever fired it."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        p.dep_ == "pobj" and ((p.tag_ == "PRP" and p.lower_ != "it") or person_noun(p) or group_of(p))
        for p in c.children) for c in tok.children)


def _agent(tok, tr: Trigger, ids, harm_words: set[int]) -> bool:
    """One of the tokens `ids` is the subject of the active harm verb (or of a harm verb it is
    coordinated with) that has an object of its own: 'one of the officers fatally shot LeGrier',
    'two officers shot him dead' tell of the ones who shot ('officers found a man shot and
    took him to hospital' does not: the man is shot, the taking is no harm)."""
    if tr.kind == "adj" and tok.dep_ in ("oprd", "xcomp"):
        tok = tok.head
    elif tr.kind not in ("verb", "shoot"):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i in ids and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "two brothers ... shooting deaths of four women", "two men killing a teen"
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        # "a man shot": the reduced passive of a clipped report; but "said a man shot at them"
        # fired at someone ("a man shot at a party" was shot)
        return tr.kind == "shoot" and _fired_at_someone(tok) and any(
            c.dep_ == "nsubj" and c.i in ids for c in tok.children)
    rel = tok
    while rel.dep_ in ("xcomp", "ccomp") and rel.head.i != rel.i:
        rel = rel.head
    if rel.i != tok.i and rel.dep_ == "relcl" and rel.head.i in ids and any(c.dep_ == "dobj" for c in tok.children) \
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in (*rel.children, *tok.children)):
        return True  # "a man who authorities say fatally shot a boy": the one "who" stands for
    verbs = [tok, *(c for c in tok.conjuncts if c.i in harm_words or c.dep_ == "oprd")]
    kids = [c for v in verbs for c in v.children]
    if tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in kids) \
            and tok.head.i not in harm_words and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children):
        # "two teens had been out shooting shotguns", "two men began shooting people": the
        # subject of the verb the gerund goes with is the one who shoots (but "two hunters were
        # wounded while shooting ducks" were shot)
        kids += [c for c in tok.head.children if c.dep_ == "nsubj"]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or not any(c.dep_ == "dobj" for c in kids):
        return False
    # ("a man who shot and killed his girlfriend": the one "who" stands for)
    return any(c.dep_ == "nsubj" and (c.i in ids or (c.lower_ in ("who", "that") and tok.dep_ == "relcl"
                                                      and tok.head.i in ids)) for c in kids)


# "no one else", "nobody else in the home", "No one was else was injured" (sic)
_ELSE_AFTER = re.compile(r"(?:\s+(?:was|were))?\s+else\b", re.I)


def _some_only(noun) -> bool:
    """The zero's noun is narrowed to some people by where they were: "the students on the bus",
    "no one inside the home"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "inside", "aboard", "at") for c in noun.children)


def _is_zero(text: str) -> bool:
    return bool(ZERO_WORDS.search(text)) or text.strip().lower() in ("no", "zero", "none")


def _victim_tokens(tok, tr: Trigger, headline: bool = False):
    """The grammatical victim(s) of a harm word without a number."""
    out = []
    # ("6-year-old boy accidentally shoots, kills father": "shoots" is the boy's act, as is "kills")
    if headline and tr.kind in ("verb", "shoot") and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) \
            and not (tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "dobj" for v in tok.conjuncts for c in v.children)):
        # "Woman shot, killed in Philadelphia": a headline drops the "was"; its subject is the victim
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ == "conj" and tok.head.tag_ != "VBG":
            # ("Family searching for answers after two-year-old shot and killed": the family searches)
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        subj = [v for v in subj if not (_accused(v) and tr.harm != "detained") and not _unborn(v)]  # "Two men charged after ... shot, killed"
        if subj:
            return subj + [c for v in subj for c in v.conjuncts]
    deps_active = ("dobj",)
    deps_passive = ("nsubjpass",)
    if tr.kind in ("verb", "shoot"):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        for c in tok.children:
            if (passive and c.dep_ in deps_passive) or (not passive and c.dep_ in deps_active):
                out.append(c)
            elif not passive and c.dep_ == "conj" and c.lower_ in REFLEXIVE:
                out.append(c)   # "killed his wife and then himself"
        if not out and tok.dep_ in ("acl", "relcl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and (
                passive or not any(c.dep_ == "nsubj" for c in tok.children)):
            out.append(_kin_noun_of(tok.head))  # ("a man who shot and killed his girlfriend": he shot)
        if not out and tok.dep_ == "conj":
            for c in tok.head.children:
                if c.dep_ in ("nsubjpass",) or (c.dep_ == "nsubj" and passive):
                    out.append(c)
        if not out and tok.dep_ in ("oprd", "xcomp") and tok.head.lemma_ in ("find", "leave", "discover"):
            # "Holmes was found shot and killed"
            out = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj")]
        if not out and tok.head.lemma_ in ("identify", "list", "confirm", "report", "record", "document") and (
                tok.dep_ in ("oprd", "xcomp") or (tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in tok.children))):
            # "Mustafa was identified as killed by a family member", "was confirmed killed"
            out = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    elif tr.kind == "die":
        out = [c for c in tok.children if c.dep_ in ("nsubj",)]
        # "the spokesperson said Lavontay had been resuscitated ... but succumbed": a parse that
        # joins the death to the saying gives the death no subject of its own, not the speaker's
        if not out and tok.dep_ == "conj" and tok.head.lemma_.lower() not in REPORTING_VERBS:
            out = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not out and tok.dep_ in ("relcl", "acl"):
            out = [tok.head]
    elif tr.kind == "adj":
        if tok.dep_ == "amod":
            out = [tok.head]
        elif tok.dep_ in ("acomp", "oprd", "xcomp"):
            h = tok.head
            # "officers shot him dead": the object when there is one, not the ones who shot
            out = [c for c in h.children if c.dep_ == "dobj"] or \
                [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not out and h.dep_ == "conj":  # "was shot and was pronounced dead"
                out = [c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif tr.kind == "care":
        out = _cared_for(tok)
    elif tr.kind == "victim":
        out = [tok]
    elif tr.kind == "shooting":  # "the shooting of a teen"
        out = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    elif tr.kind == "noun":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to"):
                out += [p for p in c.children if p.dep_ == "pobj"]
        if tok.dep_ == "attr":  # "became victims"
            out += [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tr.harm == "killed" and tok.lemma_.lower() == "death":
            # "led to man's death", "a teen's shooting death": the one whose death it was (a
            # noun; "his death", "his wife's death", "the child's death" tell of one known already)
            out += [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                    and not any(k.dep_ == "poss" or (k.dep_ == "det" and k.lower_ in ("the", "this", "that"))
                                for k in c.children)]
        if not out and tr.harm == "injured":
            out += _sufferer(tok)
    # "Jon Boring, who was shot and killed": the one the relative pronoun stands for
    out = [v.head.head if v.lower_ in ("who", "whom", "that") and v.head.dep_ == "relcl" else v for v in out]
    if tr.kind != "die" and tr.harm != "detained":
        out = [v for v in out if not _accused(v)]
    # extend over conjunctions: "a man and a woman were killed"
    more = []
    for v in out:
        more += [c for c in v.conjuncts if c not in out and c.pos_ not in ("VERB", "AUX")]
    return [v for v in out + more if not _unborn(v)]  # ("her unborn baby": the tolls count those born)


def _list_opener(v):
    """The first noun of the list of bare nouns that an "a" opens and `v` ends ("man" of "a man,
    woman and child"), or None."""
    k, crossed = v.i - 1, False
    while k >= v.sent.start and (v.doc[k].text in (",", "and") or v.doc[k].tag_ == "NN"):
        crossed = crossed or v.doc[k].text in (",", "and")
        k -= 1
    if crossed and k >= v.sent.start and v.doc[k].lower_ in ("a", "an") and k + 1 < v.i:
        return v.doc[k + 1]
    return None


def _aimed_at(noun, tok) -> bool:
    """The noun is what the shooting was aimed at ("fired at three people", "shot at officers"),
    or one of those ("at 5 people, including two children")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "like") and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.i == tok.i and \
        tok.lemma_.lower() in ("shoot", "fire")


def _included(noun, tok) -> bool:
    """Whether `tok` tells of someone the noun's "including ..." singles out."""
    return any(c.dep_ == "prep" and c.lower_ in ("including", "like") and tok in c.subtree
               for c in noun.children)


def _numberless(sent, tr: Trigger, offset: int, used_nouns: set[int], headline: bool = False,
                partners_of: set[int] | None = None) -> list[FigureCandidate]:
    tok = sent.doc[tr.i]
    victims = [v for v in _victim_tokens(tok, tr, headline) if v.i not in used_nouns and not _hedged(v)]
    if partners_of is not None:
        victims = [v for v in victims if (v.dep_ == "conj" and (v.head.i in partners_of or v.lower_ in REFLEXIVE))
                   or (v.tag_ == "NN" and (o := _list_opener(v)) is not None and o.i in partners_of)
                   or (tr.kind in ("verb", "shoot") and v.i not in partners_of
                       and not any(c.dep_ == "nummod" for c in v.children)
                       and any(c.i in partners_of for c in v.conjuncts))]   # "his wife and two sons"
    if not victims:
        return []
    if tr.negated:
        return []
    out: list[FigureCandidate] = []
    # a victim is named only by a person's name of two words or more ("Hosni Salha"): a lone
    # capitalised word is as often a heading or a label ("Matched to MoH ID ...")
    # capitalised word is as often a heading or a label ("Matched to MoH ID ..."), unless the
    # sentence makes it the one the harm befell ("Waldron was shot and killed")
    names = [v for v in victims if (v.ent_type_ == "PERSON" and (
        len(_ent_text(v).split()) >= 2 or (v.dep_ == "nsubjpass" and v.text[:1].isupper() and not v.is_upper)))
        # ("Collier was shot and killed": a surname the tagger knows no kind for, the one killed; not
        # "the driver saw Hart had been injured", told of one who died)
        or (not v.ent_type_ and v.tag_ == "NNP" and v.dep_ == "nsubjpass" and tr.kind in ("verb", "shoot")
            and tr.harm == "killed" and v.text[:1].isupper() and not v.is_upper
            and not any(c.dep_ == "compound" for c in v.children))]
    if names and len(names) == len(victims):
        spans = [_ent_text(v) for v in names]
        s, e = min(v.left_edge.idx for v in names), max(v.idx + len(v.text) for v in names)
        # named people are those known by name: a floor on the toll, not its total
        return [FigureCandidate(tr.harm, "people", len(names), len(names), s + offset, e + offset,
                                sent.doc.text[s:e], tr.i, named=tuple(spans), partial=True)]
    for v in victims:
        lem = v.lemma_.lower()
        if v.lower_ in PRONOUN_ONE:
            out.append(FigureCandidate(tr.harm, "people", 1, 1, v.idx + offset, v.idx + len(v.text) + offset,
                                       v.text, tr.i, weak=True))
            continue
        if v.lower_ == "another" and v.dep_ in ("nsubj", "nsubjpass") and tr.kind in ("verb", "shoot", "die") \
                and not any(c.dep_ == "prep" for c in v.children):
            # "a man was killed and another was wounded": one more ("another of them" is one of those)
            out.append(FigureCandidate(tr.harm, "people", 1, 1, v.idx + offset, v.idx + len(v.text) + offset,
                                       v.text, tr.i))
            continue
        if v.lower_ == "both" and v.dep_ in ("nsubj", "nsubjpass") and tr.kind in ("verb", "shoot", "die") \
                and not any(c.dep_ == "prep" for c in v.children):
            # "When Trejo showed up with Martinez, both were fatally shot": the two told of before
            out.append(FigureCandidate(tr.harm, "people", 2, 2, v.idx + offset, v.idx + len(v.text) + offset,
                                       v.text, tr.i, weak=True))
            continue
        g = group_of(v)
        if g is None and person_noun(v):
            g = "people"  # "a waitress was shot": who they are, not which group
        age = _age_phrase(v)
        if g is None and age is not None:
            g = "children" if age < 18 else "people"  # "the death of the 15-year-old"
        if g is None:
            continue
        dets = {c.lower_ for c in v.children if c.dep_ in ("det", "nummod")}
        # "a 2-year-old boy": the article may hang on the age phrase, not on the noun;
        # "a husband and wife": the second shares the first's
        dets |= {t.lower_ for t in v.doc[v.left_edge.i: v.i] if t.lower_ in ("a", "an", "one", "another")}
        if v.dep_ == "conj" and not dets & {"the", "these", "those"}:
            dets |= {t.lower_ for t in v.head.doc[v.head.left_edge.i: v.head.i] if t.lower_ in ("a", "an")}
        if v.tag_ == "NN" and not dets and _list_opener(v) is not None:
            dets.add("a")  # "A man, woman and child were shot": the list's article is each one's
        if v.dep_ in ("compound", "amod") and v.head.lower_ == "suffering":  # "a teen suffering", as one noun
            dets |= {c.lower_ for c in v.head.children if c.dep_ == "det"}
        if dets & {"no"}:
            out.append(FigureCandidate(tr.harm, g, 0, 0, v.left_edge.idx + offset, v.idx + len(v.text) + offset,
                                       sent.doc.text[v.left_edge.idx:v.idx + len(v.text)], tr.i, zero=True))
        elif (dets & {"a", "an", "one", "another"} and lem not in ("family", "couple")) or age is not None or (
                v.tag_ in ("NN", "NNP") and lem not in ("people", "family", "police")):
            # "his mother and brother": the second shares the first's "his"
            owned = any(c.dep_ == "poss" for c in v.children) or (
                v.dep_ == "conj" and any(c.dep_ == "poss" for c in v.head.children))
            # ("9-year-old Tyshawn Lee" is someone by name)
            if (v.tag_ == "NN" or (age is not None and v.tag_ != "NNP")) and not dets & {"a", "an", "one", "another"} and not owned:
                clipped = v.dep_ in ("nsubj", "nsubjpass") and v.left_edge.i == v.sent.start and \
                    not v.sent.text.rstrip().endswith((".", "!", "?", "\"", "”", "’"))   # a subheading
                if not dets & {"the", "this", "that"} and not headline and not clipped:
                    continue  # a bare "man" in running text is a noun modifier, not a victim;
                    # in a headline ("Man shot inside restaurant") articles are dropped, and so
                    # they are in a subheading's subject ("7-year-old boy was fatally shot")
            out.append(FigureCandidate(tr.harm, g, 1, 1, v.left_edge.idx + offset, v.idx + len(v.text) + offset,
                                       sent.doc.text[v.left_edge.idx:v.idx + len(v.text)], tr.i,
                                       weak=not (dets & {"a", "an", "one", "another"})))
        elif "both" in dets and v.tag_ in ("NNS", "NNPS"):  # "both teens": two, whoever they are
            out.append(FigureCandidate(tr.harm, g, 2, 2, v.left_edge.idx + offset, v.idx + len(v.text) + offset,
                                       sent.doc.text[v.left_edge.idx:v.idx + len(v.text)], tr.i))
        elif lem == "family" and (any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children) or (
                v.dep_ == "pobj" and v.head.lower_ == "from") or v.dep_ == "compound"):
            continue  # "the family of a man police shot" mourns the victim, and "a sibling from the
            # same family killed" is one of it: neither is the victims
        elif lem == "family" or v.lower_ == "couple":
            out.append(FigureCandidate(tr.harm, "people", 2, 2, v.left_edge.idx + offset, v.idx + len(v.text) + offset,
                                       sent.doc.text[v.left_edge.idx:v.idx + len(v.text)], tr.i, vague=True))
        elif v.tag_ in ("NNS", "NNPS") or lem in ("people", "police"):
            if tok.tag_ in ("VBG", "VB") or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in tok.children):
                continue  # "killing civilians", "to kill civilians", "kids getting shot": no event said to
                # have happened
            if dets & {"the", "these", "those", "their", "his", "her", "its"}:
                continue  # "the civilians": refers back to a count stated elsewhere
            if any(c.dep_ == "poss" for c in v.children):
                continue
            out.append(FigureCandidate(tr.harm, g, 2, 2, v.left_edge.idx + offset, v.idx + len(v.text) + offset,
                                       sent.doc.text[v.left_edge.idx:v.idx + len(v.text)], tr.i, vague=True, weak=True))
    return out


def _with_partner(f: FigureCandidate, figures: list[FigureCandidate], sent, offset: int) -> None:
    """"a woman and her son", "two men and their mother", "his wife and two young sons": where one
    of the partners is counted as people and the other as women, men or children, the people count
    takes in both, so that the incident's total is both (the women, men or children stay as the
    part they are)."""
    def joined(a: FigureCandidate, b: FigureCandidate) -> bool:
        return a.end <= b.start and bool(re.fullmatch(r"\s*(?:,|,?\s*and)\s*",
                                                      sent.doc.text[a.end - offset:b.start - offset]))
    h = next((o for o in figures if o.trigger == f.trigger and (joined(o, f) or joined(f, o))), None)
    if h is None or h.group == f.group or "people" not in (h.group, f.group) or f.harm != h.harm:
        return
    if h.min is None or h.min != h.max or f.min != f.max or f.zero or h.zero:
        return
    _take_in(*((f, h) if f.group == "people" else (h, f)), sent, offset)


def _take_in(total: FigureCandidate, part: FigureCandidate, sent, offset: int) -> None:
    """The people count `total` takes in the women, men or children `part` beside it."""
    total.min = total.max = total.min + part.min
    total.start, total.end = min(total.start, part.start), max(total.end, part.end)
    total.text = sent.doc.text[total.start - offset:total.end - offset]


def _people_and_part(figures: list[FigureCandidate], sent, offset: int) -> None:
    """"one adult and two children were killed", "a man and two other people were wounded": a
    count of people joined by "and" to a count of children, women or men is the other part of
    one total, so the people count takes in both (the part stays as it is). Only "and": in "two
    victims, a man and a woman" the comma names the two."""
    for a, b in itertools.pairwise(sorted(figures, key=lambda f: f.start)):
        gap = sent.doc.text[a.end - offset:b.start - offset]
        if a.trigger == b.trigger and a.harm == b.harm and a.text.lower() in PRONOUN_ONE and b.group == "people" \
                and b.min is not None and b.min == b.max and (
                    re.search(r"\b(?:other|others)\b", b.text, re.I) and re.fullmatch(r"\s+and\s+", gap)
                    or re.fullmatch(r"\s+and\s+(?:his|her|their)\s+", gap, re.I)):
            _take_in(b, a, sent, offset)  # "killed her and three other people": four; "she and her two sons": three
            continue
        if a.trigger != b.trigger or a.harm != b.harm or "people" not in (a.group, b.group) or \
                (a.group if b.group == "people" else b.group) not in ("children", "women", "men"):
            continue
        if any(f.min is None or f.min != f.max or f.zero or f.vague or f.weak or f.partial or f.named
               or f.listed for f in (a, b)):
            continue
        if "unborn" in (a.text + b.text).lower():
            continue  # "five adults and an unborn child": the tolls count those born
        if a.end > b.start or not re.fullmatch(r"\s+and\s+", sent.doc.text[a.end - offset:b.start - offset]):
            continue
        _take_in(*((a, b) if a.group == "people" else (b, a)), sent, offset)


def _a_subject(f: FigureCandidate, sent, offset: int) -> bool:
    """The count is a clause's subject ("two victims were taken"), not a noun's object ("the
    martyrdom of 4 people and the injury of 15 others", where the others are other than the 4)."""
    tok = next((t for t in sent if t.idx >= f.start - offset), None)
    while tok is not None and tok.dep_ in ("nummod", "compound", "amod", "quantmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


_OTHERS_TOO = re.compile(r"^\S+\s+(?:others|more)\b", re.I)


def _add_up(figures: list[FigureCandidate], sent, offset: int) -> list[FigureCandidate]:
    """"a 25-year-old man and a 24-year-old man were shot": two men, not one told twice. The
    victims of one harm word, each "a" one of a group, add up within their group ("2 wounded, 1
    critically" is one of the two, not a third); "two victims ... and two others" adds the others
    to the count just before them."""
    out: list[FigureCandidate] = []
    summed: set[int] = set()   # the sums made here: "a man, a man and a man" goes on adding
    text = sent.doc.text
    for f in figures:
        # (the figure just before, of the same harm: "the death of one and the injury of four
        # others" are others than the dead, and "several injuries" is no count to add to)
        last = out[-1] if out and out[-1].group == (f.group or out[-1].group) and out[-1].harm == f.harm \
            and out[-1].min and f.min and not out[-1].vague else None
        if last is not None and f.start > last.end and _OTHERS_TOO.search(text[f.start - offset:f.end - offset + 6]) \
                and re.search(r"\band\b", text[last.end - offset:f.start - offset]) and _a_subject(last, sent, offset):
            # "two victims were taken to a local hospital and two more to Memphis", "two others
            # were sent to ...": as many again, of the same harm
            last.min = last.min + f.min
            last.max = last.min if last.max is not None else None
            last.end = max(last.end, f.end)
            last.text = text[last.start - offset:last.end - offset]
            continue
        prev = next((o for o in out if o.group == f.group and o.harm == f.harm and o.trigger == f.trigger), None)
        # only victims joined by "and" or a comma: "a 15-year-old was killed and a 14-year-old
        # injured" parsed as one harm is two harms
        joined = prev is not None and re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[prev.end - offset:f.start - offset])
        if prev is None or not (joined and (_one_of(f) or _counted_singly(f))
                                and (_one_of(prev) or _counted_singly(prev) or id(prev) in summed)):
            out.append(f)
            continue
        summed.add(id(prev))
        prev.min = prev.max = prev.min + f.min
        prev.start, prev.end = min(prev.start, f.start), max(prev.end, f.end)
        prev.text = text[prev.start - offset:prev.end - offset]
    return out


# "19- and 26-year-old men", "a 14-, 15-, and 17-year-old": ages that share one "year-old" (not "a
# 13- or 14-year-old": one of unsure age)
SUSPENDED_AGES = re.compile(r"\b(?:an?\s+|the\s+)?((?:\d{1,2}-,?\s+)+)and\s+(\d{1,2})-years?-olds?\b"
                            r"(?:\s+(?:boys|girls|men|women|males|females|teens|teenagers|children|kids|"
                            r"sisters|brothers)\b)?",
                            re.I)


def _suspended_ages(sent, figures: list[FigureCandidate], offset: int, triggers: list[Trigger]) -> None:
    """"19- and 26-year-old men were shot": as many victims as ages, not 19. The first "19-" is
    no count, and the list is the victims of the harm told after it (or before, when none is)."""
    for m in SUSPENDED_AGES.finditer(sent.text):
        ages = [int(a) for a in re.findall(r"\d+", m.group(1))] + [int(m.group(2))]
        start, end = sent.start_char + m.start() + offset, sent.start_char + m.end() + offset
        inside = [f for f in figures if f.start < end and f.end > start]
        after = [t for t in triggers if sent.doc[t.i].idx + offset >= end and not t.hypothetical and not t.negated]
        before = [t for t in triggers if sent.doc[t.i].idx + offset < start and not t.hypothetical and not t.negated]
        tr = after[0] if after else (before[-1] if before else None)
        if tr is None:
            continue
        for f in inside:
            figures.remove(f)
        if re.search(r"\b(?:are|were|was|is)\s+$", sent.text[:m.start()]) and any(f.harm == tr.harm for f in figures):
            continue  # "two of the victims are 19- and 20-year-old brothers": who the counted are
        group = "children" if max(ages) < 18 else "people"
        figures.append(FigureCandidate(tr.harm, group, len(ages), len(ages), start, end, sent.doc.text[
            start - offset:end - offset], tr.i, shot=any(f.shot for f in inside) or (
                tr.kind in ("shoot", "shooting") and tr.harm == "injured")))


def _one_of(f: FigureCandidate) -> bool:
    """One person: "a man", "another man", or someone's ("his son and his daughter", "his former
    daughter-in-law and her friend")."""
    if f.zero or f.vague or f.named or f.min != f.max or f.min != 1:
        return False
    return bool(re.match(r"(?:an?|another)\b", f.text, re.I)) and not f.weak or \
        bool(re.match(r"(?:his|her|their|my|our)\b", f.text, re.I))


_ONE_BY_ONE = re.compile(r"(?:an?|another)\s.+", re.I)
_ONE_ITEM = re.compile(r"(?:^|,\s*|\s+and\s+)(?:an?|another)\s", re.I)


def _counted_singly(f: FigureCandidate) -> bool:
    """"a 21-year-old and a 16-year-old" taken in as one count of two: a count made one by one,
    each "a" one, which a further one beside it adds to."""
    if f.zero or f.vague or f.named or f.weak or f.min != f.max or not _ONE_BY_ONE.fullmatch(f.text):
        return False
    return f.min == len(_ONE_ITEM.findall(f.text))


_AGE_PHRASE = re.compile(r"\b(\d{1,2})[- ](years?|months?|weeks?)[- ]old$", re.I)


def _age_phrase(tok) -> int | None:
    """The age of "a 15-year-old" when the parser made its "old" the noun: the phrase is the
    person."""
    if tok.lower_ != "old" or any(c.dep_ in ("prep", "pobj") and c.lower_ in ("as", "than") for c in tok.children):
        return None
    m = _AGE_PHRASE.search(tok.doc.text[max(0, tok.idx - 14):tok.idx + 3])
    if not m:
        return None
    return int(m.group(1)) if m.group(2).lower().startswith("year") else 0  # "the 18-month-old": a baby


def _ent_text(tok) -> str:
    if tok.ent_type_:
        for e in tok.doc.ents:
            if e.start <= tok.i < e.end:
                return e.text
    return tok.text


def _inherit_groups(figures: list[FigureCandidate]) -> None:
    """'killed 60 civilians and wounded 200 more': the second figure is of civilians too."""
    last = None
    for f in figures:
        if f.group is None:
            f.group = last or "people"
        else:
            last = f.group if f.group in ("civilians", "people", "militants", "soldiers", "police") else last


def _dedupe(figures: list[FigureCandidate]) -> list[FigureCandidate]:
    out: list[FigureCandidate] = []
    for f in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if any(o.start <= f.start < o.end and o.harm == f.harm for o in out):
            continue
        out.append(f)
    return out
