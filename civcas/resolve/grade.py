"""An incident's status (alleged, acknowledged, denied) and its Airwars-style grade with a reason.

Independence counts claimants, not outlets: RT and Press TV repeating one statement of the Russian
General Staff are one source. The outlet is the source only of what it says without naming anyone.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import COMBATANT_GROUPS, Claim
from .normalize import actor_family, actor_key, actor_label, fold

Articles = Mapping[str, tuple[str | None, str | None]]


def status(claims: Sequence[Claim]) -> str:
    """acknowledged if the accused party admits it anywhere; denied if every claim is a denial."""
    if any(c.stance == "acknowledged" for c in claims):
        return "acknowledged"
    if claims and all(c.stance == "denied" for c in claims):
        return "denied"
    return "alleged"


def outlet_of(claim: Claim, articles: Articles) -> str | None:
    meta = articles.get(claim.article_id)
    return meta[0] if meta and meta[0] else None


def source_of(claim: Claim, articles: Articles) -> tuple[str, str]:
    """(key, label) of the source that a claim repeats: its claimant, by actor family where one
    applies; the outlet (or, failing that, the article) when nobody is named."""
    name = claim.claimant.name if claim.claimant else None
    if name and fold(name):
        return actor_key(name) or fold(name), name
    outlet = outlet_of(claim, articles)
    if outlet and fold(outlet):
        return actor_key(outlet) or fold(outlet), outlet
    return "article " + claim.article_id, f"an unattributed report in {claim.article_id}"


def _names(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def grade(claims: Sequence[Claim], articles: Articles, attacker: str | None) -> tuple[str, str]:
    """(grade, reason) for the claims of one incident or aggregate, sorted by claim id.
    `attacker` is the incident's attacker (its most common one)."""
    for c in claims:
        if c.stance == "acknowledged":
            who = source_of(c, articles)[1]
            return "confirmed", f"Confirmed: {who} acknowledged the harm as the accused party."

    figures = [f for c in claims for f in c.figures]
    if figures and all(f.group in COMBATANT_GROUPS for f in figures):
        groups = sorted({f.group for f in figures})
        return "discounted", f"Discounted: every reported victim was a combatant ({_names(groups)})."

    main = actor_key(attacker)
    for c in claims:
        other = actor_key(c.attacker)
        if c.stance == "disputed" and other and main and other != main:
            who = source_of(c, articles)[1]
            return "discounted", (f"Discounted: {who} says {actor_label(other)} was responsible, "
                                  f"not {actor_label(main)}.")

    blamed: dict[str, str] = {}
    for c in claims:
        fam = actor_family(c.attacker)
        if fam and fam not in blamed:
            blamed[fam] = actor_label(fam)
    if len(blamed) > 1:
        return "contested", (f"Contested: sources blame different parties "
                             f"({_names(sorted(blamed.values()))}).")

    sources: dict[str, str] = {}
    outlets: set[str] = set()
    for c in claims:
        if c.stance == "denied":  # a denial is nobody's evidence that the harm happened
            continue
        key, label = source_of(c, articles)
        sources.setdefault(key, label)
        outlets.add(outlet_of(c, articles) or c.article_id)
    labels = sorted(sources.values())
    if len(sources) >= 2:
        return "fair", f"Fair: {len(sources)} independent sources ({_names(labels)})."
    if not sources:
        return "weak", "Weak: no source asserts the harm; there are only denials."
    repeat = f", repeated by {len(outlets)} outlets" if len(outlets) > 1 else ""
    return "weak", f"Weak: a single source ({labels[0]}){repeat}."
