"""Extraction: from an Article to its Claims. Pure per article; the same code runs in a local
process pool or on a Dask worker."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Article, Claim, Rejection

# bump when extraction changes, so that a re-run re-reads articles extracted by an older version
EXTRACTOR_VERSION = "0.3"

MAX_LINE = 20_000  # characters; longer "lines" (texts without newlines) are cut at sentence ends


def split_lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) offsets; over-long lines cut at a sentence end."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        if not text[s:e].strip():
            continue
        while e - s > MAX_LINE:
            cut = text.rfind(". ", s, s + MAX_LINE)
            cut = cut + 1 if cut > s else s + MAX_LINE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def extract_articles(articles: list[Article], *, batch_size: int = 64) -> list[list[Claim] | Rejection]:
    """Claims for each article, in order. Parses all lines of the batch in one `nlp.pipe`. An
    article that breaks the extractor comes back as a Rejection, so the run goes on without it."""
    from ..gazetteer import Gazetteer
    from ..nlp import get_nlp
    from .claims import build_claims, read_sentences
    from .places import article_hints

    nlp = get_nlp()
    gaz = Gazetteer.default()
    lines = [split_lines(a.text) for a in articles]
    flat = [a.text[s:e] for a, ls in zip(articles, lines) for s, e in ls]
    docs = iter(nlp.pipe(flat, batch_size=batch_size))
    out: list[list[Claim]] = []
    for a, ls in zip(articles, lines):
        adocs = [next(docs) for _ in ls]
        try:
            hints = article_hints(a.text, gaz)
            sentences = read_sentences(a, adocs, ls, gaz, hints)
            out.append(build_claims(a, sentences, gaz, hints.dateline))
        except Exception as e:  # noqa: BLE001 - one article must not stop a run of thousands
            out.append(Rejection(a.source or a.id, "extract_error",
                                 f"{a.source or a.id}: civcas could not read article {a.id!r} "
                                 f"({type(e).__name__}: {e}); please report it with the article text"))
    return out


def extract_article(article: Article) -> list[Claim]:
    r = extract_articles([article])[0]
    if isinstance(r, Rejection):
        raise RuntimeError(r.message)
    return r


def iter_extract(articles: Iterable[Article], *, batch: int = 64):
    buf: list[Article] = []
    for a in articles:
        buf.append(a)
        if len(buf) >= batch:
            yield from zip(buf, extract_articles(buf))
            buf = []
    if buf:
        yield from zip(buf, extract_articles(buf))
