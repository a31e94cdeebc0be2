"""Who says it: reporting verbs, "according to", quotes, headline tails, and "he" back to the
last named speaker, with persons resolved to the organisations they speak for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import Actor, actors, guess_type
from .lexicon import ACK_VERBS, DENY_VERBS, REPORTING_VERBS


@dataclass(frozen=True)
class Speaker:
    name: str | None
    person: str | None
    type: str
    family: str | None
    start: int = 0
    end: int = 0

    @property
    def specificity(self) -> int:
        """How much this attribution tells: a known organisation with its person beats a bare name."""
        known = actors().lookup(self.name) is not None
        return (2 if known else 1 if self.name else 0) * 2 + (1 if self.person else 0)


@dataclass
class Context:
    """What attribution carries from sentence to sentence within one article."""
    last_person: Speaker | None = None
    persons: dict[str, Speaker] = field(default_factory=dict)   # surname -> speaker
    last_speaker: Speaker | None = None


HEADLINE_TAIL = re.compile(r"\s[–—-]{1,2}\s*([A-Za-z][^–—\n]{1,60}?)\s*(?:https?://\S+)?\s*$")
URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")
PRONOUNS_SG = {"he", "she"}
PRONOUNS_PL = {"they", "it", "we"}
GENERIC_HEADS = {"source", "sources", "official", "officials", "spokesman", "spokeswoman",
                 "spokesperson", "statement", "report", "group", "organization", "organisation"}


def speaker_from_text(text: str, start: int, end: int, ctx: Context) -> Speaker | None:
    """A speaker from the words of a noun phrase ("Russia's General Staff", "a UK-based
    monitoring group", "Lieutenant General Sergei Rudskoi, chief of ...")."""
    text = URL.sub("", text).strip(" ,.;:“”\"'")
    if not text:
        return None
    low = text.lower()
    if low in PRONOUNS_SG:
        return ctx.last_person
    if low in PRONOUNS_PL:
        return ctx.last_speaker if ctx.last_speaker and not ctx.last_speaker.person else None
    found = actors().find(text)
    orgs = [m for m in found if not m.is_person]
    persons = [m for m in found if m.is_person]
    if orgs:
        a = _most_specific(orgs)
        person = persons[0].text if persons else None
        return Speaker(a.name, person, a.type, a.family, start, end)
    if persons:
        a = persons[0].actor
        return Speaker(a.name, persons[0].text, a.type, a.family, start, end)
    name = re.sub(r"^(?:the|a|an|one|some|several)\s+", "", text, flags=re.I)
    if len(name) > 80:
        name = name[:80].rsplit(" ", 1)[0]
    return Speaker(name, None, guess_type(name), None, start, end)


def _most_specific(mentions) -> Actor:
    """Of several organisations in one phrase, the one most specific to speaking: "the General
    Staff of the Russian Armed Forces" is the General Staff; "US military spokesman" the military."""
    order = {"military": 0, "monitor": 0, "ngo": 0, "international": 0, "medical": 0,
             "civil_defence": 0, "armed_group": 1, "media": 1, "government": 2,
             "local_source": 2, "witness": 2}

    def rank(m):
        generic = m.text.lower() in ("coalition", "regime", "officials", "authorities", "hospital")
        return (generic, order.get(m.actor.type, 3), -(m.end - m.start))
    return min(mentions, key=rank).actor


def person_speaker(tok, ctx: Context, offset: int) -> Speaker | None:
    """A PERSON token as a speaker, with the organisation named around the name."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    name = ent.text
    head = ent.root
    # the noun phrase around the name: titles before it, apposition after it
    lo = min(t.i for t in head.subtree)
    hi = max(t.i for t in head.subtree)
    around = tok.doc[lo: hi + 1].text
    found = [m for m in actors().find(around) if not m.is_person]
    surname = name.split()[-1].lower()
    if found:
        a = _most_specific(found)
        sp = Speaker(a.name, name, a.type, a.family, ent.start_char + offset, ent.end_char + offset)
    elif surname in ctx.persons:
        prev = ctx.persons[surname]
        sp = Speaker(prev.name, name, prev.type, prev.family, ent.start_char + offset, ent.end_char + offset)
    else:
        a = actors().person_actor(name)
        if a:
            sp = Speaker(a.name, name, a.type, a.family, ent.start_char + offset, ent.end_char + offset)
        else:
            title = around.replace(name, " ").strip(" ,")
            t = guess_type(title) if title else "unknown"
            sp = Speaker(None, name, t if t != "unknown" else "unknown", None,
                         ent.start_char + offset, ent.end_char + offset)
    ctx.persons[surname] = sp
    return sp


def _np_speaker(tok, ctx: Context, offset: int) -> Speaker | None:
    if tok.lower_ in PRONOUNS_SG:
        return ctx.last_person
    if tok.ent_type_ == "PERSON":
        return person_speaker(tok, ctx, offset)
    # a surname alone, known from earlier in the article ("Konashenkov said")
    if tok.pos_ == "PROPN" and tok.lower_ in ctx.persons:
        return ctx.persons[tok.lower_]
    for t in tok.subtree:
        if t.ent_type_ == "PERSON":
            return person_speaker(t, ctx, offset)
    lo = min(t.i for t in tok.subtree)
    hi = max(t.i for t in tok.subtree)
    span = tok.doc[lo: hi + 1]
    return speaker_from_text(span.text, span.start_char + offset, span.end_char + offset, ctx)


def sentence_speaker(sent, offset: int, ctx: Context, triggers: list[int] = ()) -> tuple[Speaker | None, str | None]:
    """The speaker of a sentence and the stance its verb implies ("acknowledged", "denied")."""
    doc = sent.doc
    # "according to X"
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                sp = _np_speaker(pobj, ctx, offset)
                if sp:
                    return sp, None
    # a reporting verb whose clause holds the harm, or the main reporting verb
    best = None
    for t in sent:
        if t.lemma_.lower() not in REPORTING_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        # ("said Sgt. Jared Collins": the parser may make the title a subject of its own)
        subjs = [c for c in t.children if c.dep_ == "nsubj"]
        subj = next((c for c in subjs if c.lower_ not in _TITLE_WORDS), subjs[0] if subjs else None)
        if subj is None:
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subj is None:
            continue
        if subj.lower_ in ("it", "that", "which", "this", "who", "whom", "what", "there") or subj.pos_ == "DET":
            continue
        governs = any(t.i == tr or t in doc[tr].ancestors for tr in triggers)
        score = (governs, t.dep_ == "ROOT", -t.i)
        if best is None or score > best[0]:
            best = (score, t, subj)
    if best is not None:
        _, verb, subj = best
        sp = _np_speaker(subj, ctx, offset)
        if sp and not sp.family and not sp.person and subj.i < verb.i:
            # "A London-based monitoring group, Airwars, said": the parser may leave the name out
            # of the subject; read everything between the subject and its verb
            span = doc[subj.left_edge.i: verb.i]
            wider = speaker_from_text(span.text, span.start_char + offset, span.end_char + offset, ctx)
            if wider and wider.family:
                sp = wider
        if sp:
            stance = "acknowledged" if verb.lemma_ in ACK_VERBS else "denied" if verb.lemma_ in DENY_VERBS else None
            return sp, stance
    # "the 603 civilians the US military claims were killed": the parser takes "claims" for a noun
    m = re.search(r"\b(?:claims?|says?|said|reports?|reported|announced|estimates?)\s+(?:that\s+)?(?:were|was|had|have|has)\b",
                  sent.text)
    if m:
        before = sent.text[:m.start()]
        found = [a for a in actors().find(before[-60:]) if not a.is_person]
        if found:
            a = found[-1].actor
            return Speaker(a.name, None, a.type, a.family), None
    return None, None


_TITLE_WORDS = frozenset({"sgt", "lt", "capt", "det", "cpl", "ofc", "sgt.", "lt.", "capt.", "det.", "cpl.", "ofc."})


def headline_speaker(line: str, start: int, ctx: Context) -> Speaker | None:
    """'60 civilians killed in Mosul – Russian MoD': the claimant after the dash of a headline."""
    m = HEADLINE_TAIL.search(URL.sub("", line))
    if not m:
        return None
    tail = m.group(1).strip()
    if len(tail.split()) > 6:
        return None
    return speaker_from_text(tail, start + m.start(1), start + m.end(1), ctx)


def remember(ctx: Context, sent, offset: int, speaker: Speaker | None) -> None:
    """Update what later pronouns refer to."""
    if speaker is not None:
        ctx.last_speaker = speaker
        if speaker.person:
            ctx.last_person = speaker
            return
    for ent in sent.ents:
        if ent.label_ == "PERSON" and ent.root.dep_ in ("nsubj", "nsubjpass"):
            sp = person_speaker(ent.root, ctx, offset)
            if sp:
                ctx.last_person = sp
                return
