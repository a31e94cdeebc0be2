"""Extraction: from an Article to its Claims. Pure per article; the same code runs in a local
process pool or on a Dask worker."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from ..models import Article, Claim, Rejection

# bump when extraction changes, so that a re-run re-reads articles extracted by an older version
EXTRACTOR_VERSION = "0.86"

MAX_LINE = 20_000  # characters; longer "lines" (texts without newlines) are cut at sentence ends


def split_lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) offsets; over-long lines cut at a sentence end. A line of a
    video gallery's captions is left out."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        if not text[s:e].strip() or _VIDEO_CAPTIONS.match(text, s):
            continue
        while e - s > MAX_LINE:
            cut = text.rfind(". ", s, s + MAX_LINE)
            cut = cut + 1 if cut > s else s + MAX_LINE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


# a news site's video gallery, each entry's title and its blurb twice after "Caption" ("Caption Video:
# Police investigate deadly shooting in Hampton Hampton police investigate after ..."): other stories
# linked from the page (not a photo's own caption: "Caption + A teenage boy was found shot ...")
_VIDEO_CAPTIONS = re.compile(r"Caption (?!\+)")


# words without which a sentence holds no claim: harm, attacks, weapons, victims' names listed
CUE = re.compile(r"kill|dead\b|\bdie[ds]?\b|dying|death|deceased|fatal|wound|injur|hurt|casualt|\bshot\b|shoot|"
                 r"gunfire|gunshot|\bshots\b|gunm[ae]n|attack|strike|struck|bomb|shell|explo|blast|clash|raid|massacre|"
                 r"missile|rocket|drone|victim|bodies|\btoll\b|lives\b|missing|abduct|kidnap|murder|stab|"
                 r"grenade|chemical|chlorine|mortar|artiller|martyr|slain|named as|identif|fighting|"
                 r"no one|nobody|hospitali[sz]|homicide|slaying|bullet|\bhit\b|\bgrazed\b|"
                 # where and when it took place ("It happened at 12:30 a.m."), other events ("other incidents")
                 r"\bhappened\b|\boccurred\b|\bincidents?\b|"
                 # where officers went: the address names the event ("called to the 600 block of ...")
                 r"\bblock of\b|\b(?:called|dispatched|responded) to\b|"
                 # "The student was in critical condition at Children's Medical Center Monday"
                 r"\bhospital|\bcondition\b|\bmedical cent|\bexpected to (?:recover|survive)", re.I)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)\]]*\s*|$)")
TWEET_SIGN = re.compile(r"^\s*[—–-]\s*[^\n]*\(@\w+\)")
# "around 7 p.m. Monday in Frontenac", "at 2 a.m. Jan. 5", "10 p.m. ET": the time goes on with its day
_DAY_AFTER_TIME = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                   r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|"
                   r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|"
                   r"[ECMP][SD]?T\b")
# periods that end no sentence: "about 1:30 a.m. on Saturday (December 31)", "Sgt. Smith", "Aug. 22",
# an initial ("shot on E. 55th St.", "John E. Smith", "U.S.") (a sentence cut there loses its date, or its
# subject, to the prefilter)
_NOT_AN_END = re.compile(r"(?<=\b[apAP])\.(?=\s?[mM]\.)|"
                         r"(?<=\b[apAP]\.[mM])\.(?=,|\s+(?:[a-z0-9(]|" + _DAY_AFTER_TIME + r"))|"
                         r"(?<=\b(?:Mr|Ms|Dr|St|Lt|Mt|Ft|Jr|Sr))\.|(?<=\b(?:Mrs|Sgt|Det|Gov|Sen|Rep|Gen|Col|Ave))\.|"
                         r"(?<=\b(?:Capt|Cmdr|Insp|Supt))\.|(?<=\b(?:Cpl|Ofc))\.|(?<=\b[A-Z])\.(?=\s+\w|[A-Z]\.)|"
                         r"(?:(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec))|(?<=\bSept))\.(?=\s+\d)")


def prefilter(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the text worth parsing: runs of sentences with a cue, each with the sentence
    before it (where the speaker is often named), the title line and tweet signatures whole.
    Everything a claim can be built from is kept; the rest is never parsed."""
    units: list[tuple[int, int]] = []
    for li, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if li == 0 or TWEET_SIGN.match(line):
            units.append((ls, le))
            continue
        sents = [(ls + m.start(), ls + m.end()) for m in SENTENCE.finditer(_NOT_AN_END.sub("_", line))
                 if m.group(0).strip()]
        keep = [bool(CUE.search(text[a:b])) for a, b in sents]
        wanted = [k or (i + 1 < len(keep) and keep[i + 1]) for i, k in enumerate(keep)]
        run: tuple[int, int] | None = None
        for (a, b), w in zip(sents, wanted):
            if w:
                run = (run[0], b) if run else (a, b)
            elif run:
                units.append(run)
                run = None
        if run:
            units.append(run)
    # units end where their sentence ends: trailing spaces are not part of a sentence
    return [(a, a + len(text[a:b].rstrip())) for a, b in units if text[a:b].strip()]


def extract_articles(articles: list[Article], *, batch_size: int = 256,
                     use_prefilter: bool | None = None) -> list[list[Claim] | Rejection]:
    """Claims for each article, in order. Parses all lines of the batch in one `nlp.pipe`. An
    article that breaks the extractor comes back as a Rejection, so the run goes on without it."""
    from ..gazetteer import Gazetteer
    from ..nlp import get_nlp
    from .claims import build_claims
    from .sentences import read_sentences
    from .places import article_hints, first_line_place, home_place

    nlp = get_nlp()
    gaz = Gazetteer.default()
    lines = [split_lines(a.text) for a in articles]
    if use_prefilter is None:
        # CIVCAS_PARSE_ALL=1 parses every sentence: the benchmark's check that the prefilter
        # leaves the scores as they were
        use_prefilter = os.environ.get("CIVCAS_PARSE_ALL", "") in ("", "0")
    if use_prefilter:
        lines = [prefilter(a.text, ls) for a, ls in zip(articles, lines)]
    flat = [_detitle(_unshout(_uncaption(a.text[s:e]))) if i == 0 and a.title and a.text[s:e].strip() == a.title.strip()
            else _unshout(_uncaption(a.text[s:e])) for a, ls in zip(articles, lines) for i, (s, e) in enumerate(ls)]
    docs = _parse(nlp, flat, batch_size)
    out: list[list[Claim]] = []
    for a, ls in zip(articles, lines):
        adocs = [next(docs) for _ in ls]
        try:
            hints = article_hints(a.text, gaz, a.outlet, a.url)
            sentences = read_sentences(a, adocs, ls, gaz, hints)
            out.append(build_claims(a, sentences, gaz, hints.dateline,
                                    first_line_place(adocs[0], ls[0][0], gaz, hints) if ls else None,
                                    home_place(hints, gaz), asides=hints.asides,
                                    officials=hints.officials))
        except Exception as e:  # noqa: BLE001 - one article must not stop a run of thousands
            out.append(Rejection(a.source or a.id, "extract_error",
                                 f"{a.source or a.id}: civcas could not read article {a.id!r} "
                                 f"({type(e).__name__}: {e}); please report it with the article text"))
    return out


# a photo gallery's furniture run into the captions it frames: "Image 7 of 33 Authorities have
# identified ... four children dead", "1 / 8 Back to Gallery"
_GALLERY = re.compile(r"\b(?:Image|Photo|Slide|Picture)\s+\d+\s+of\s+(?:/\s*)?\d+\b|"
                      r"(?:\b\d+\s*/\s*\d+\s+)?\bBack to Gallery\b|\bCaption Close\b")


# a video playlist's entry, its running time before its title ("1:51 Boy killed with machete; uncle
# suspected"): another story, linked from the page, not a line of this one
_PLAYLIST = re.compile(r"\s*\d{1,2}:\d\d\s+(?![AaPp]\.?[Mm]\b)[A-Z][^\n]{0,200}")


def _uncaption(text: str) -> str:
    """The text with a gallery's numbering and a video playlist's entries blanked, so that "33" of
    "Image 7 of 33" is no toll and "1:51 Boy killed with machete" no event. The same length, so
    offsets into the article hold."""
    if _PLAYLIST.fullmatch(text):
        return " " * len(text)
    return _GALLERY.sub(lambda m: " " * len(m.group(0)), text)


def _unshout(text: str) -> str:
    """A line in capitals ("SIX PEOPLE WERE SHOT, ONE FATALLY", a broadcast transcript) in
    sentence case, for the parser, which reads every capitalised word as a name. The same length,
    so offsets into the article hold."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    low = text.lower()
    if len(low) != len(text):
        return text
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), low)


_SENTENCE_START = re.compile(r"(^|[.!?][\"”’)]*\s+)([a-z])")
_WORD = re.compile(r"[A-Za-z][a-z’']*")


def _detitle(text: str) -> str:
    """A headline in title case ("Two Hunters Shot In Hunting Accident") with its common words in
    lower case, for the parser, which reads every capitalised word as a name: names stay as they
    are. The same length, so offsets hold."""
    words = [m for m in _WORD.finditer(text) if len(m.group(0)) > 3]
    if len(words) < 3 or sum(w.group(0)[0].isupper() for w in words) < 0.75 * len(words):
        return text
    common = _common_words()
    out = list(text)
    for i, m in enumerate(_WORD.finditer(text)):
        w = m.group(0)
        if i > 0 and w[0].isupper() and w.lower() in common:
            out[m.start()] = w[0].lower()
    return "".join(out)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Stop words and the words of the casualty grammar: in a headline, never a name."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from .lexicon import DIE_VERBS, HARM_ADJ, HARM_NOUNS, HARM_VERBS, SHOOT_VERBS, VICTIM_LEMMAS
    words = set(STOP_WORDS) | set(HARM_ADJ) | set(VICTIM_LEMMAS)
    words |= {w + s for w in HARM_NOUNS for s in ("", "s")}
    words |= {w + s for w in VICTIM_LEMMAS for s in ("s", "es")} | {"men", "women", "children", "people"}
    for v in (*HARM_VERBS, *DIE_VERBS, *SHOOT_VERBS):
        words |= {v, v + "s", v + "ed", v + "d", v + "ing", v + "es"}
    words |= {"shot", "shots", "shooting", "shootings", "stabbing", "slain", "fatally", "fatal", "deadly",
              "accidentally", "critically", "seriously", "found", "dies", "died", "killing", "killings",
              "murdered", "homicide", "suspect", "suspects", "victim", "victims", "gunfire", "gunman",
              "accident", "hunting", "arrested", "charged", "identified", "identify", "investigate",
              "investigating", "investigates", "injuries", "wounds", "after", "during", "while", "near",
              "outside", "inside", "says", "said", "year", "old", "gun", "teen", "teens", "boy", "girl",
              "man", "woman", "child", "toddler", "baby", "assassination", "morning", "night", "afternoon",
              "evening", "arraigned", "sentenced", "convicted", "hunters", "officers"}
    return frozenset(w for w in words if w.isalpha())


MAX_BATCH_CHARS = 100_000  # the parser's memory follows the characters of a batch, not its texts


def _parse(nlp, texts: list[str], batch_size: int):
    """`nlp.pipe` over `texts` in batches of at most `batch_size` texts and MAX_BATCH_CHARS
    characters: 256 wire-length paragraphs are fine, 256 whole Airwars narratives (one line each)
    took the parser past a gigabyte."""
    batch: list[str] = []
    chars = 0
    for t in texts:
        if batch and (len(batch) >= batch_size or chars + len(t) > MAX_BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, chars = [], 0
        batch.append(t)
        chars += len(t)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def extract_article(article: Article) -> list[Claim]:
    r = extract_articles([article])[0]
    if isinstance(r, Rejection):
        raise RuntimeError(r.message)
    return r
