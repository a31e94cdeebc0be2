"""Walking spaCy's dependency tree: distances, paths that other verbs do not cut, governors."""
from __future__ import annotations

from collections.abc import Collection

from .lexicon import DIE_VERBS, HARM_VERBS, SHOOT_VERBS

def dist(a, b, limit: int = 6) -> int:
    """Path length between two tokens in the dependency tree (large when far or unrelated)."""
    anc_a = [a] + list(a.ancestors)
    anc_b = [b] + list(b.ancestors)
    pos_b = {t.i: k for k, t in enumerate(anc_b)}
    for k, t in enumerate(anc_a):
        if t.i in pos_b:
            return k + pos_b[t.i]
        if k > limit:
            break
    return 99


# verbs a victim's number may reach its harm word through: copulas, "including", reporting
PASSABLE_VERBS = {"be", "have", "become", "include", "leave", "say", "report", "claim", "believe",
                  "confirm", "tell", "announce", "state", "add", "note", "rise", "reach", "climb", "stand",
                  "bring", "put", "find", "remain", "appear", "seem", "suffer", "sustain"}


def linked(a, b) -> bool:
    """No other verb stands between two tokens in the tree: "searching for a suspect in the
    death of a teen" links the teen to the death, not the suspect."""
    anc_a = [a] + list(a.ancestors)
    anc_b = [b] + list(b.ancestors)
    ids_b = [t.i for t in anc_b]
    for k, t in enumerate(anc_a):
        if t.i in ids_b:
            path = anc_a[1:k] + anc_b[1:ids_b.index(t.i)] + ([t] if t.i not in (a.i, b.i) else [])
            return not any(x.pos_ == "VERB" and x.lemma_.lower() not in _HARMLESS for x in path)
    return False


_HARMLESS = frozenset(HARM_VERBS) | frozenset(DIE_VERBS) | SHOOT_VERBS | PASSABLE_VERBS


def governed_by(tok, lemmas: Collection[str], depth: int = 3, unless=None) -> bool:
    """One of the `depth` words above `tok` in the tree is one of `lemmas` ("denied that ... killed"),
    and not one that `unless(word)` excuses."""
    h = tok
    for _ in range(depth):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in lemmas and not (unless and unless(h)):
            return True
    return False
