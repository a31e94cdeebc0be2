"""Article text cut at the offsets of extracted spans into plain pieces that templates escape and mark up."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Claim

# drawing order of the labels: the quote underlies everything, a figure is on top
LABELS = ("quote", "date", "place", "claimant", "figure")


@dataclass(frozen=True)
class Mark:
    label: str
    start: int
    end: int
    claim: str


@dataclass(frozen=True)
class Segment:
    """A piece of text that one set of marks covers. `text` is raw article text: templates escape it."""
    text: str
    start: int
    labels: tuple[str, ...] = ()   # the labels covering the piece, in LABELS order
    tags: tuple[str, ...] = ()     # the labels of marks that begin here, shown as small tags
    claims: tuple[str, ...] = ()   # the claims whose marks cover it
    anchors: tuple[str, ...] = ()  # claims whose first mark begins here (targets of #claim-ID)
    focus: bool = False            # covered by the claim the reader came for

    @property
    def css(self) -> str:
        names = [f"hl-{label}" for label in self.labels]
        return " ".join(["hl", *names, *(["focus"] if self.focus else [])])


def claim_marks(claim: Claim) -> list[Mark]:
    """Every span a claim was read from: its quote (evidence), figures, and the labelled spans
    (claimant, place, date, figure), once each."""
    seen: set[tuple[str, int, int]] = set()
    for e in claim.evidence:
        seen.add(("quote", e.start, e.end))
    for f in claim.figures:
        if f.end > f.start:
            seen.add(("figure", f.start, f.end))
    for label, start, end in claim.spans:
        seen.add((label if label in LABELS else "other", start, end))
    return [Mark(label, s, e, claim.id) for label, s, e in sorted(seen, key=lambda t: (t[1], t[2], t[0]))]


def segments(text: str, marks: Iterable[Mark], *, focus: str | None = None, window: tuple[int, int] | None = None) -> list[Segment]:
    """`text` (or its `window` start..end) cut at every mark boundary. Marks out of range are
    clipped to the text, and empty ones dropped, so a stale offset can never break a page."""
    lo, hi = window if window else (0, len(text))
    lo, hi = max(0, min(lo, len(text))), max(0, min(hi, len(text)))
    clipped = []
    for m in marks:
        s, e = max(m.start, lo), min(m.end, hi)
        if s < e:
            clipped.append(Mark(m.label, s, e, m.claim))
    cuts = sorted({lo, hi, *(m.start for m in clipped), *(m.end for m in clipped)})
    first: dict[str, int] = {}
    for m in clipped:
        first[m.claim] = min(first.get(m.claim, m.start), m.start)
    order = {label: n for n, label in enumerate(LABELS)}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [m for m in clipped if m.start <= a and m.end >= b]
        labels = sorted({m.label for m in over}, key=lambda lab: order.get(lab, -1))
        tags = sorted({m.label for m in over if m.start == a and m.label != "quote"},
                      key=lambda lab: order.get(lab, -1))
        claims = tuple(sorted({m.claim for m in over}))
        anchors = tuple(sorted(c for c, s in first.items() if s == a))
        out.append(Segment(text[a:b], a, tuple(labels), tuple(tags), claims, anchors,
                           focus is not None and focus in claims))
    return out
