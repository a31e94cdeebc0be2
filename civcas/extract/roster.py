"""A report's roster of its victims: the table of names, ages and fates that monitors append to
an incident's narrative.

    The victims were named as: Family members (4) Hamed Kamal Abu Aoun حامد كمال أبو عون
    36 years old male killed Matched to MoH ID 800788010 Kamal Hamid Abu Aoun ... 13 years old
    male killed ... Wife of Mahdi زوجة مهدي Adult female killed ... Housam Hassouna male injured

Each entry ends in its person's fate, after a word that describes them (male, female, child,
adult). Counting the fates counts the dead and the wounded the report knows by name: a floor on
the toll, and, since the list is all the report knows of them, a top for a toll it leaves open.
The parser reads no sentence grammar: a table is no prose, and read as prose its headings
("Family members (4)") and fates ("Adult female injured") turn into figures they are not."""
from __future__ import annotations

import re
from dataclasses import dataclass

# the heading, with its colon: "The victims were named as: Ahmed Ali, 23, and ..." is prose,
# read by the sentence grammar as a list of names
HEADING = re.compile(r"\b(?:the\s+)?(?:victims|dead|casualties)\s+(?:were|are)\s+(?:named|identified|listed)"
                     r"\s+as\s*:", re.I)
# a fate, right after the words that describe the person ("13 years old male killed",
# "Child male Ola's son killed", "Child killed", "Age unknown female injured")
FATE = re.compile(r"\b(?:male|female|child|adult)\b(?:(?!\b(?:killed|injured|wounded)\b)[^.;:\n]){0,40}?"
                  r"\b(killed|injured|wounded)\b", re.I)

ANY_FATE = re.compile(r"\b(killed|injured|wounded)\b", re.I)


@dataclass(frozen=True)
class Roster:
    start: int      # offsets in the article text: the heading's start, the last fate's end
    end: int
    heading: str
    killed: int
    injured: int


def find_roster(text: str) -> Roster | None:
    """The roster of an article's text, from its first heading to the end of its line; None
    where no heading is followed by entries with fates."""
    m = HEADING.search(text)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if FATE.search(text, m.end(), line_end) is None:
        return None  # names without fates: a list in prose
    # once the table is known, every fate in it counts, whatever the entry says before it
    # ("... son of Tamer al-Nabahin, matched with MoH ID number 438156390 killed")
    fates = list(ANY_FATE.finditer(text, m.end(), line_end))
    killed = sum(1 for f in fates if f.group(1).lower() == "killed")
    return Roster(m.start(), fates[-1].end(), m.group(0), killed, len(fates) - killed)
