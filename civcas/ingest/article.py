"""Building an `Article` from what a reader found: cleaned text, title line, content hash, date.

Every reader ends here, so that the same article gives the same `Article` whichever way it came in.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from civcas.ingest.clean import clean, clean_line
from civcas.ingest.dates import (archived_on, dateline_date, infer_published, looks_like_date, normalise_date,
                                 url_day)
from civcas.models import Article, Rejection

_TITLE_MAX = 200  # a first line longer than this is a paragraph, not a headline
URL_DAY_SLACK = 1  # days a page's address may precede its given date: a newsroom's clock against UTC


def content_hash(text: str) -> str:
    """sha256 of the stored text (first 32 hex digits): equal texts, equal hashes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def make_article(id: str, text: str, *, source: str, title: str | None = None,
                 url: str | None = None, outlet: str | None = None,
                 published: Any = None) -> Article | Rejection:
    """Clean `text`, put the title on its first line, hash it and date it.

    A text that is empty once cleaned is a Rejection ("empty") unless there is a title, which is
    then the whole text. A `published` value that cannot be read is not rejected: the date is
    then inferred from the text, as when none is given."""
    body = clean(text)
    title = clean_line(title) if title else None
    if title and not body.startswith(title):
        headline = strip_site_name(title)  # a headline the text does not already carry as it is
        if not outlet and headline != title:
            # "... - WMC Action News 5 - Memphis, Tennessee": the site that ran it, and its town
            outlet = title[len(headline):].strip(" \t-–—|:")
        title = headline
    if not body and not title:
        what = "only boilerplate" if text.strip() else "no text"
        return Rejection(source, "empty", f"{source}: the article has {what} — nothing to read; "
                                          "remove it or add the article text")
    if title and not body:
        # A headline alone is still a report ("Strike kills 12 in Sampletown"): headline feeds
        # and rows whose text was lost keep what they say.
        stored = title
    elif title and not body.startswith(title):
        # The headline goes into the stored text so that claims made in it have offsets too.
        stored = f"{title}\n{body}"
    elif title and len(body) > len(title) and not body[len(title)].isspace():
        # A page scraped as "HeadlineFirst words of the body": the headline is a line of its own.
        stored = f"{title}\n{body[len(title):]}"
    elif title and len(body) > len(title) and body[len(title)] in " \t":
        # "Headline Posted: Friday, ...": the headline is a line of its own (the space becomes the
        # line break, so that offsets stay as they are)
        stored = f"{title}\n{body[len(title) + 1:]}"
    else:
        stored = body
        title = title or _first_line_title(body)
    dated, origin = normalise_date(published), "input"
    if dated is None:
        dated, origin = infer_published(stored), "text"
    elif (copied := archived_on(url)) is not None and copied < dated[0]:
        # an archived copy taken before the date given: the page was out by then, and the date given
        # is when it was collected (a story of August 2015 "published" in January 2017)
        dated, origin = (copied, "day"), "archive"
    if dated is not None and origin != "text" and dated[1] == "day" and (made := url_day(url)) is not None \
            and (dt.date.fromisoformat(dated[0]) - dt.date.fromisoformat(made)).days > URL_DAY_SLACK:
        # the page's address was made days before the date given ("krqe.com/2017/02/10/..."
        # "published" 2017-04-19): the given date is when it was collected (a day apart is only
        # the difference between the newsroom's clock and UTC)
        dated, origin = (made, "day"), "url"
    if dated is not None and origin == "input" and (stated := dateline_date(stored)) is not None \
            and stated[0] < dated[0]:
        # "SAVANNAH, GA (August 2, 2015):" on a page given as of January 2017: the dateline's day
        # (a later dateline is a story updated since; the date given stays)
        dated, origin = stated, "text"
    return Article(
        id=str(id), text=stored, title=title or None, url=_one_line(url), outlet=_one_line(outlet),
        published=dated[0] if dated else None, published_precision=dated[1] if dated else None,
        published_source=origin if dated else None, source=source,
        content_hash=content_hash(stored))


# "… shot in face - KFVS12 News & Weather Cape Girardeau, Carbondale, Poplar Bluff": the site's
# name after a headline is no part of the report (its towns are the station's, not the event's)
_SITE_WORD = re.compile(
    r"\b(?:News|TV|Radio|Weather|Channel|Times|Post|Herald|Tribune|Gazette|Journal|Online|Daily|Press|"
    r"Chronicle|Examiner|Register|Dispatch|Observer|Bulletin|Courier|Inquirer|Telegraph|(?:CBS|NBC|ABC)\d*|"
    r"CNN|Patch|Magazine|(?i:fox))\b|\.(?:com|org|net)\b|\b[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?\d*\b")
# a separator between headline and site: a dash, bar or colon with spaces round it
# ("WTVM.com-Columbus" is one name), or "::"
_SITE_SEPARATOR = re.compile(r"\s+(?:[-–—|:]|::)(?:\s+|$)")
# the site's town after its name: "Memphis, Tennessee", "Tulsa, OK"
_SITE_TOWN = re.compile(r"[A-Z][\w.'’ -]{1,30},\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z]+)?$")
_SITE_REGION = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_SITE_TAIL_MAX = 120   # the whole tail: "- WMC Action News 5 - Memphis, Tennessee"
_SITE_PART_MAX = 90    # one part of it; a longer one is a headline's own
_HEADLINE_MIN = 12


def _site_parts(parts: list[str]) -> bool:
    """Each part is a site's name, its town, or (after the name) its region ("KATC.com |
    Continuous News Coverage | Acadiana-Lafayette"); one is a site's name."""
    named = False
    for p in parts:
        if len(p) > _SITE_PART_MAX:
            return False
        if _SITE_WORD.search(p):
            named = True
        elif not (_SITE_TOWN.match(p) or (named and _SITE_REGION.match(p))):
            return False
    return named


def strip_site_name(title: str) -> str:
    """The headline without the name of the site that ran it: the shortest headline after which
    every part is a short site name or the site's town, and one names a news site ("- WMC Action
    News 5 - Memphis, Tennessee", "- NewsOn6.com - Tulsa, OK - News, Weather, Video and Sports -
    KOTV.com |")."""
    for m in _SITE_SEPARATOR.finditer(title):
        head, tail = title[:m.start()], title[m.start():]
        if len(head) < _HEADLINE_MIN or len(tail) > _SITE_TAIL_MAX:
            continue
        parts = [p.strip() for p in _SITE_SEPARATOR.split(tail) if p.strip()]
        if parts and _site_parts(parts):
            return head
    return title


def _first_line_title(body: str) -> str | None:
    """The first line when it reads like a headline: short, not ending as a sentence does, and
    followed by more text (a one-line text is all body, not a headline without an article)."""
    first, sep, rest = body.partition("\n")
    if not sep or not rest.strip() or len(first) >= _TITLE_MAX:
        return None
    # a sentence can end inside closing quotes or brackets: 'he said."' is not a headline
    if first.rstrip("\"'”’)]»").endswith((".", ":", ",", ";")):
        return None
    if looks_like_date(first):  # a date line above the text is a dateline, not a headline
        return None
    if clean_line(first) != first:
        return None  # a given title is cleaned as one line; this one must read back the same
    return first


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return clean_line(value) or None
