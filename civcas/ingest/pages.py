"""Reading saved HTML pages: the article's main text and metadata, found by trafilatura."""
from __future__ import annotations

import re
from pathlib import Path

from civcas.ingest.article import make_article
from civcas.ingest.files import decode, reject
from civcas.models import Article, Rejection

# A line that reads like prose: six words or more, ending as a sentence ends. Navigation menus
# and footers, which trafilatura returns when a page has no article, have none.
_SENTENCE = re.compile(r"(?:\S+\s+){5,}\S*[.!?][\"'”’)]*\s*$", re.M)
_NO_ARTICLE_FIX = "save the article's own page, or give its text as a .txt file"


def read_html(path: Path, source: str) -> Article | Rejection:
    """One article from a page; its id the file name without extension."""
    page = decode(path.read_bytes(), source)
    if isinstance(page, Rejection):
        return page
    import trafilatura  # imported here: it is heavy, and only pages need it

    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False,
            # No "extensive search": it guesses a date from any number on the page ("© 2016"
            # becomes 2016-01-01). Metadata, URL and visible publication dates only.
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        return reject(source, "no_article", f"the page could not be parsed ({type(e).__name__})",
                      _NO_ARTICLE_FIX)
    text = getattr(doc, "text", None) or ""
    if not _SENTENCE.search(text):
        return reject(source, "no_article", "no article text found on the page (only menus, "
                      "links or short fragments)", _NO_ARTICLE_FIX)
    return make_article(path.stem, text, source=source, title=getattr(doc, "title", None),
                        url=getattr(doc, "url", None), outlet=getattr(doc, "sitename", None),
                        published=getattr(doc, "date", None))
