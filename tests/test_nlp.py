"""civcas's attribute table against spaCy's own attribute ruler: the same token attributes; and the
sentence boundaries civcas keeps the parser from drawing."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

TEXTS = [
    "Y'all gon na see. There is a   problem, ain't it? I told you 'd go, but he had gotta leave.",
    "Let's go: c'm on, somethin' is wrong with 'em, nothin' works and ol' Sam's doin' fine.",
    "Two civilians were killed and three others were wounded when a US-led coalition airstrike hit a "
    "house in Mosul on Tuesday, the Russian General Staff said.",
    "Her son was shot; it was his car. They say it is theirs, not ours. Were there any survivors?",
    "That is what she said: this, these and those who'd done it, because it's there.\n\n  Then\tnothing.",
    "Nobody was hurt.  Anyone could have been.  Everybody knew something was about to happen.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def pipelines():
    from civcas.nlp import MODEL, _use_attribute_table

    ref = spacy.load(MODEL)
    table = spacy.load(MODEL)
    _use_attribute_table(table)
    assert type(table.get_pipe("attribute_ruler")).__name__ == "AttributeTable"
    return ref, table


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_attribute_table_gives_what_the_ruler_gives(pipelines, text):
    ref, table = pipelines
    assert _attrs(table(text)) == _attrs(ref(text))


def test_attribute_table_over_a_batch(pipelines):
    ref, table = pipelines
    assert [_attrs(d) for d in table.pipe(TEXTS * 3)] == [_attrs(d) for d in ref.pipe(TEXTS * 3)]


def test_unknown_rules_keep_spacys_ruler():
    from civcas.attribute_table import supported

    assert supported([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}])
    assert not supported([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert not supported([{"patterns": [[{"ORTH": "a"}, {"ORTH": "b"}, {"ORTH": "c"}]], "attrs": {"POS": "X"}}])
    assert not supported([{"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "x"}}])


def test_a_time_goes_on_with_its_day_in_the_parsed_sentence():
    from civcas.nlp import get_nlp
    text = ("More than 40 revelers were celebrating at a home in the 13500 block of Cerise Avenue when shots rang "
            "out at about 1:15 a.m. Tuesday, sheriff's sergeant Diane Hecht said in a statement. He died at 3 p.m. "
            "The police came.")
    sents = [s.text for s in get_nlp()(text).sents]
    assert sents[0].endswith("said in a statement.") and "The police came." in sents


def test_a_title_goes_on_with_its_name_in_the_parsed_sentence():
    from civcas.nlp import get_nlp
    text = ("Green said the man who was shot, former TCSO Sgt. Rick Treadwell, had told investigators he did not "
            "want charges filed. The police came.")
    sents = [s.text for s in get_nlp()(text).sents]
    assert sents == [text[:text.index(" The police")], "The police came."]
