"""Cleaning of article text: normalised whitespace and Unicode, and whole-line boilerplate removed.

Every offset civcas stores points into the text this module returns, so `clean` must be
deterministic and idempotent (clean(clean(x)) == clean(x)): re-ingesting changes nothing.
"""
from __future__ import annotations

import re
import unicodedata

# Characters that Python's str.splitlines() (and so some downstream tools) treat as line breaks:
# turning them into "\n" up front keeps "one line" meaning the same thing everywhere.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Other control characters carry no text and confuse tokenisers; the tab stays.
# \ufeff (a BOM or zero-width no-break space) and \u200b (zero-width space) are invisible noise;
# lone surrogates (JSON can carry "\ud800") cannot even be written back as UTF-8.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\ufeff\ud800-\udfff]")
# No-break spaces of every width become plain spaces so that "60\u00a0civilians" reads as words.
_NBSP = re.compile(r"[\u00a0\u2007\u202f]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# "the Juniata section of Philadelphia.It happened at 12:30 a.m. Monday": a scrape that lost the
# space between two sentences, which the parser then reads as one word
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")

_SHARE_WORDS = (r"share|shares|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest"
                r"|reddit|google\+?|telegram|messenger|copy link|copy|comments?|sms|flipboard")

# Each pattern must match a whole line (stripped). Only lines that can never carry a claim are
# listed: the cost of keeping a stray widget line is nothing; the cost of dropping a sentence is a
# lost figure. Embedded tweets ("— RT (@RT_com) October 23, 2016") and headlines are never matched.
_BOILERPLATE = [re.compile(p, re.IGNORECASE) for p in (
    r"read more\s*(?:[:\-–—].*)?",                       # READ MORE: <other headline>
    r"comments are closed\.?",
    rf"(?:{_SHARE_WORDS})(?:\s*[|·•,/:]?\s*(?:{_SHARE_WORDS}))*\s*[|·•,/:]?",  # share widgets
    r"share (?:this|this article|this story|this post|this page|on \w+)(?:\s*[:|].*)?",
    r"link:\s*https?://\S*",                             # LINK: https://…  footer
    r"tags?\s*:.*",                                       # TAGS: footer
    r"you must enter the characters\b.*",
    r"message:\s*\*?\s*a friend wanted you to see this item\b.*",
    r"(?:this (?:web)?site|we|our (?:web)?site) uses? cookies\b.*",
    r"by (?:continuing|using) (?:to use )?(?:this|our) (?:web)?site\b.*cookies\b.*",
    r"(?:accept|allow) (?:all )?cookies|cookie (?:policy|settings|preferences)",
    r"click here (?:to|for)\b.*",
    r"related(?:\s+(?:articles?|stories|posts|news|content|coverage|links|topics))?\s*:.*",
    r"related\s+(?:articles?|stories|posts|news|content|coverage|links|topics)",
    r"\(cc by[^)]*\).*",                                  # (CC BY-NC-ND 2.0) Flickr: …
    r"(?:photo|image) credits?\s*:.*|flickr\s*:.*",
    r"this (?:post|article|story) (?:originally )?(?:ran|appeared|was (?:originally )?published)"
    r" (?:on|in|at) [^.]{1,100}\.?",
    r"advertisement|please enable javascript to watch this video|scroll down for video",
    r"like this:\s*like loading\.*",
    # a video playlist's entry, its length and another story's title: "1:45 Police describe
    # Central Fresno house fire Pause" (not a timeline's "10:03 PM - officers arrived.")
    r"\d{1,2}:\d\d (?!(?:a\.?m|p\.?m)\b)[A-Z][^\n]{0,200}(?<![.!?\"”])",
    # copyright footers: short, and they say "copyright"/"©" together with a year or the formula
    r"\(?(?:©|copyright)\s*(?:©\s*)?(?=[^\n]*(?:\b(?:19|20)\d\d\b|all rights reserved))"
    r"[^\n]{0,150}",
)]


def is_boilerplate(line: str) -> bool:
    """True when the whole line (stripped) is boilerplate that carries no article content."""
    s = line.strip()
    return bool(s) and any(p.fullmatch(s) for p in _BOILERPLATE)


def clean(text: str) -> str:
    """Return `text` with normalised line ends, Unicode (NFC) and spaces (one put back between two
    sentences glued together), boilerplate lines removed and runs of blank lines collapsed to one.
    Deterministic and idempotent."""
    # Order matters for idempotence: characters are removed *before* NFC, because removing one
    # (e.g. a zero-width space between "e" and a combining accent) can make a new composable pair.
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _NBSP.sub(" ", text)
    text = _GLUED_SENTENCES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if not is_boilerplate(line))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def clean_line(text: str) -> str:
    """A title or other one-line field: cleaned like a text, then all whitespace runs to one space."""
    return " ".join(clean(text).split())
