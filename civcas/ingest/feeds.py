"""Reading RSS and Atom feeds with feedparser: one article per entry, its HTML turned into text."""
from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from civcas.ingest.article import make_article
from civcas.ingest.dates import normalise_date
from civcas.ingest.files import reject
from civcas.models import Article, Rejection, stable_id

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "pre",
           "hr", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "template"}


class _Text(HTMLParser):
    """HTML to text: a line break at each block element, runs of spaces made one, scripts dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # inline whitespace, line breaks included, is one space ("were <b>wounded</b>")
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def read_feed(path: Path, source: str, *, xml_only: bool = False) -> Iterator[Article | Rejection]:
    """One article per entry; `xml_only` for a .xml file, which may be XML of another kind."""
    import feedparser  # imported here: only feeds need it

    fix = "check that it is an RSS or Atom feed, and that it is complete"
    try:
        # Bytes, not text: the XML declaration names the feed's encoding, and feedparser honours it.
        feed = feedparser.parse(path.read_bytes())
    except Exception as e:  # feedparser is lenient, but its XML and date layers can still raise
        yield reject(source, "bad_feed", f"the feed could not be parsed ({type(e).__name__})", fix)
        return
    if not feed.entries:
        if feed.get("bozo") and feed.get("bozo_exception") is not None:
            problem = f"not a readable feed ({feed.bozo_exception})"
            yield reject(source, "unsupported" if xml_only else "bad_feed", problem,
                         "civcas reads RSS and Atom feeds from .xml files" if xml_only else fix)
        elif not feed.get("version"):
            yield reject(source, "unsupported" if xml_only else "bad_feed",
                         "XML, but not an RSS or Atom feed", "give a feed, or its articles as .txt files")
        else:
            yield reject(source, "empty", "the feed has no entries", "nothing to read; remove it")
        return
    outlet = feed.feed.get("title")
    # feedparser reads on past a syntax error ("bozo"): the entries before the fault are good,
    # the one it broke off in is a fragment. Its encoding remarks are harmless and ignored.
    fault = feed.get("bozo_exception")
    broken = fault is not None and not isinstance(fault, feedparser.ThingsNobodyCaresAboutButMe)
    for n, entry in enumerate(feed.entries, 1):
        item = _entry_article(entry, f"{source}#entry{n}", outlet)
        if not (broken and isinstance(item, Rejection) and item.reason == "empty"):
            yield item
    if broken:
        yield reject(source, "bad_feed", f"the feed is malformed ({fault}); entries before the "
                     "fault were read", fix)


def _entry_article(entry: Any, where: str, outlet: str | None) -> Article | Rejection:
    text = _entry_text(entry)
    title = entry.get("title")
    if title and (entry.get("title_detail") or {}).get("type") == "text/html":
        title = html_to_text(title)
    if not text.strip() and not (title or "").strip():
        return reject(where, "empty", "entry has no title, content or summary",
                      "nothing to read; remove it from the feed")
    # The entry's own id (or link) is its identity across fetches of the feed; hashed because
    # ids are often long URLs or "tag:" URIs that make poor file and database keys.
    key = entry.get("id") or entry.get("link") or f"{title}\x1f{text}"
    return make_article(stable_id(key), text, source=where, title=title, url=entry.get("link"),
                        outlet=outlet, published=_entry_date(entry))


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    detail = parts[0] if parts else entry.get("summary_detail") or {}
    value = (parts[0].get("value") if parts else entry.get("summary")) or ""
    if detail.get("type", "text/html") == "text/plain":
        return value
    return html_to_text(value)


def _entry_date(entry: Any) -> Any:
    # The date as written first: feedparser's *_parsed struct_time is converted to UTC, which moves
    # "Tue, 25 Oct 2016 01:00 +0300" to 24 October.
    for key in ("published", "updated", "created"):
        if entry.get(key) and normalise_date(entry[key]):
            return entry[key]
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return entry[key]
    return None
