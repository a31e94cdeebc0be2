"""What happened and who did it: event types (ACLED sub-event types), attackers, targets."""
from __future__ import annotations

import re

from .actors import ActorMention, actors
from .lexicon import ATTACK_VERBS, EVENT_PATTERNS, FOILED, TARGET_PATTERNS

ATTACKER_TYPES = {"military", "government", "armed_group"}
# words whose modifiers or subject name the attacker
EVENT_HEADS = re.compile(r"^(?:air ?strikes?|strikes?|raids?|attacks?|bombing|bombings|bombardment|"
                         r"shelling|shells|fire|missiles?|rockets?|drones?|warplanes?|jets?|aircraft|"
                         r"planes?|artillery|assault|operations?|campaign|offensive|forces|troops|"
                         r"helicopters?|mortars?|munitions?|bombs?|gunfire|sniper|tanks?)$", re.I)


def event_type(text: str) -> str | None:
    """The event type a sentence describes, by the first pattern of the priority list it matches."""
    low = text.lower()
    for rx, t in EVENT_PATTERNS:
        if rx.search(low):
            return t
    return None


def event_type_near(sent, trigger_ids: list[int]) -> str | None:
    """Prefer event words in the clause of the harm words; fall back to the whole sentence."""
    if trigger_ids:
        doc = sent.doc
        toks = set()
        for i in trigger_ids:
            t = doc[i]
            toks.update(x.i for x in t.subtree)
            if t.head is not t:
                toks.update(x.i for x in t.head.subtree)
        clause = " ".join(doc[i].text for i in sorted(toks))
        et = event_type(clause)
        if et and et != "attack":
            return et
    return event_type(sent.text)


def is_attack(sent) -> bool:
    """Does the sentence say an attack happened (not a weapon found, a strike foiled, a plan)?"""
    text = sent.text
    if FOILED.search(text):
        return False
    if not event_type(text):
        return False
    for t in sent:
        if t.pos_ in ("VERB",) and t.lemma_.lower() in ATTACK_VERBS and _happened(t):
            return True
        if t.pos_ == "NOUN" and EVENT_HEADS.match(t.text) and t.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and t.head.lemma_.lower() in ATTACK_VERBS and _happened(t.head):
            return True
    return False


STOP_VERBS = {"stop", "cease", "halt", "suspend", "pause", "end", "avoid", "prevent", "refrain", "resume",
              "threaten", "plan", "vow", "warn", "urge", "call", "deny", "try", "attempt", "seek", "want"}


def _happened(v) -> bool:
    """The verb says the attack took place: not negated, not modal, not stopped or planned."""
    if any(c.dep_ == "neg" for c in v.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "will", "can", "should", "must", "to")
           for c in v.children):
        return False
    h = v
    for _ in range(3):
        if h.head is h:
            break
        h = h.head
        if h.lemma_.lower() in STOP_VERBS:
            return False
    return True


def targets(text: str) -> tuple[str, ...]:
    return tuple(sorted({t for t, rx in TARGET_PATTERNS if rx.search(text)}))


def attacker_mentions(sent, offset: int, speaker_span: tuple[int, int] | None = None) -> list[ActorMention]:
    """Actors in the sentence that carry out the attack: modifiers of event words ("US-led
    coalition airstrikes", "a US airstrike", "the coalition's air strikes"), subjects of attack
    verbs ("the US bombarded"), agents ("killed by Israeli shelling")."""
    doc = sent.doc
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
    return out


def _acts(tok) -> bool:
    t = tok
    for _ in range(4):
        h = t.head
        if h is t:
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
