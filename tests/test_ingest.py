"""Specification of civcas.ingest: inputs of every kind become Articles, bad ones typed Rejections."""
from __future__ import annotations

import builtins
import json
import pathlib
import time
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.ingest import (clean, content_hash, infer_published, make_article, normalise_date,
                            read_inputs)
from civcas.models import Article, Rejection

BODY = ("An air strike hit the market in Sampletown on Monday, killing at least 12 civilians, "
        "the mayor said.\nRescue workers searched the rubble into the evening.\n")


def read(*paths, **kw) -> list[Article | Rejection]:
    return list(read_inputs(paths, **kw))


def one(*paths, **kw) -> Article | Rejection:
    items = read(*paths, **kw)
    assert len(items) == 1, items
    return items[0]


def write(path: pathlib.Path, content: str | bytes) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------ text files

def test_a_text_file_is_one_article_named_after_the_file(tmp_path):
    a = one(write(tmp_path / "strike.2016.txt", BODY))
    assert isinstance(a, Article)
    assert a.id == "strike.2016"
    assert a.text == BODY.strip()
    assert a.source == str(tmp_path / "strike.2016.txt")
    assert a.title is None  # the first line is a sentence, not a headline


def test_a_short_first_line_without_a_final_period_is_the_title_and_stays_in_the_text(tmp_path):
    a = one(write(tmp_path / "a.md", "Strike kills 12 in Sampletown – mayor\n" + BODY))
    assert a.title == "Strike kills 12 in Sampletown – mayor"
    assert a.text.startswith(a.title + "\n")
    assert a.text[a.body_start:].startswith("An air strike")


def test_a_one_line_text_has_no_title(tmp_path):
    assert one(write(tmp_path / "a.txt", "Twelve civilians were killed")).title is None


def test_a_utf8_bom_is_stripped_and_windows_line_ends_normalised(tmp_path):
    a = one(write(tmp_path / "a.txt", b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n"))
    assert a.text == "First line.\nSecond line."


def test_an_unknown_extension_that_is_text_is_read_as_text(tmp_path):
    a = one(write(tmp_path / "report.article", BODY))
    assert isinstance(a, Article) and a.id == "report"


def test_a_folder_is_walked_recursively_in_name_order_skipping_hidden_entries(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt", ".hidden.txt",
                 ".git/e.txt", "sub/.f.txt"):
        write(tmp_path / name, f"Article {name}. Text.")
    assert [a.id for a in read(tmp_path)] == ["a", "b", "c", "d", "z"]


def test_a_date_line_on_top_is_a_dateline_not_a_title(tmp_path):
    a = one(write(tmp_path / "a.txt", "Wednesday 26 October 2016\n" + BODY))
    assert a.title is None and a.published == "2016-10-26"


def test_an_empty_folder_is_reported_rather_than_read_as_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / ".only-hidden.txt", "Hidden.")
    assert one(tmp_path / "empty").reason == "empty"


def test_a_symlink_loop_in_a_folder_is_walked_once(tmp_path):
    write(tmp_path / "a.txt", "Article.")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert [getattr(i, "id", None) or i.reason for i in read(tmp_path)] == ["a", "not_found"]


def test_a_single_path_may_be_given_bare(tmp_path):
    assert one(str(write(tmp_path / "a.txt", "Article."))) == read(tmp_path / "a.txt")[0]
    assert list(read_inputs(tmp_path / "a.txt")) == read(tmp_path / "a.txt")


def test_inputs_are_read_in_the_order_given(tmp_path):
    write(tmp_path / "a.txt", "First article.")
    write(tmp_path / "b.txt", "Second article.")
    assert [a.id for a in read(tmp_path / "b.txt", tmp_path / "a.txt")] == ["b", "a"]


# ------------------------------------------------------------------------------------------ JSONL

def test_jsonl_gives_one_article_per_line_and_a_broken_line_does_not_stop_the_file(tmp_path):
    p = write(tmp_path / "in.jsonl", "\n".join([
        json.dumps({"id": 7, "text": BODY, "title": "Strike on market", "url": "https://x.example/1",
                    "outlet": "Example News", "published": "October 25, 2016"}),
        '{"id": "b", "text": "Unclosed',
        json.dumps({"id": "c", "text": "A third article."}),
    ]))
    first, broken, third = read(p)
    assert first.id == "7"  # integer ids become strings
    assert first.title == "Strike on market"
    assert first.text == "Strike on market\n" + BODY.strip()  # the headline leads the stored text
    assert (first.url, first.outlet) == ("https://x.example/1", "Example News")
    assert (first.published, first.published_precision, first.published_source) == \
        ("2016-10-25", "day", "input")
    assert first.source == f"{p}:1"
    assert isinstance(broken, Rejection)
    assert (broken.reason, broken.source) == ("bad_json", f"{p}:2")
    assert "line 2" in broken.message and str(p) in broken.message
    assert third.id == "c" and third.source == f"{p}:3"


def test_a_title_already_heading_the_text_is_not_repeated(tmp_path):
    p = write(tmp_path / "in.jsonl", json.dumps({"id": "a", "title": "Strike on market",
                                                 "text": "Strike on market\n" + BODY}))
    a = one(p)
    assert a.text == "Strike on market\n" + BODY.strip()


@pytest.mark.parametrize("row, reason, words", [
    ({"text": "No id here."}, "bad_row", "no 'id'"),
    ({"id": "a"}, "bad_row", "no 'text'"),
    ({"id": "a", "text": ["not", "a", "string"]}, "bad_row", "'text' is a list"),
    ({"id": True, "text": "Text."}, "bad_row", "'id' is True"),
    ({"id": "a", "text": "   "}, "empty", "'text' is empty and there is no title"),
    (["id", "text"], "bad_json", "not an object"),
    ("[" * 100_000, "bad_json", "not valid JSON"),  # nested too deep for the parser
])
def test_a_bad_jsonl_row_is_rejected_with_its_line(tmp_path, row, reason, words):
    line = row if isinstance(row, str) else json.dumps(row)
    p = write(tmp_path / "in.ndjson", json.dumps({"id": "ok", "text": "Fine."}) + "\n" + line)
    ok, bad = read(p)
    assert isinstance(ok, Article)
    assert (bad.reason, bad.source) == (reason, f"{p}:2")
    assert words in bad.message


def test_a_row_with_a_title_but_no_text_is_an_article_of_its_headline(tmp_path):
    a = one(write(tmp_path / "in.jsonl", json.dumps({"id": "h", "title": "Strike kills 12", "text": ""})))
    assert (a.text, a.title, a.body_start) == ("Strike kills 12", "Strike kills 12", 15)


def test_blank_jsonl_lines_are_skipped_and_line_numbers_stay_true(tmp_path):
    p = write(tmp_path / "in.jsonl", '\n{"id": "a", "text": "A."}\n\n{"id": "b", "text": "B."}\n')
    assert [a.source for a in read(p)] == [f"{p}:2", f"{p}:4"]


def test_a_jsonl_line_that_is_not_utf8_is_rejected_alone(tmp_path):
    p = write(tmp_path / "in.jsonl", b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "B."}\n')
    bad, ok = read(p)
    assert (bad.reason, bad.source) == ("encoding", f"{p}:1")
    assert ok.id == "b"


def test_the_size_limit_is_per_article_for_jsonl_not_per_file(tmp_path):
    rows = [json.dumps({"id": i, "text": f"Article number {i}. " + "x" * 500}) for i in range(10)]
    rows.insert(5, json.dumps({"id": "big", "text": "y" * 2000}))
    p = write(tmp_path / "in.jsonl", "\n".join(rows))  # ~5 KB file, over the 1 KB limit
    items = read(p, max_bytes=1000)
    assert [type(i).__name__ for i in items].count("Article") == 10
    (big,) = [i for i in items if isinstance(i, Rejection)]
    assert (big.reason, big.source) == ("too_large", f"{p}:6")


def test_jsonl_is_streamed_so_a_huge_line_is_never_held_whole(tmp_path):
    p = tmp_path / "in.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": "Small article."}) + "\n")
        f.write('{"id": "huge", "text": "' + "z" * 25_000_000 + '"}\n')
        f.write(json.dumps({"id": "c", "text": "After the huge line."}) + "\n")
    tracemalloc.start()
    try:
        items = read(p, max_bytes=1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "id", None) or i.reason for i in items] == ["a", "too_large", "c"]
    assert peak < 5_000_000


# -------------------------------------------------------------------------------------- CSV / TSV

def test_csv_rows_are_articles_with_quoted_line_breaks_and_a_bad_row_in_the_middle(tmp_path):
    p = write(tmp_path / "in.csv", 'ID,Text,Title,Published\n'
                                   '1,"First line.\nSecond line.",Headline one,2016-10\n'
                                   '2,too,many,fields,here\n'
                                   '3,Third article.,,\n')
    first, bad, third = read(p)
    assert (first.id, first.text) == ("1", "Headline one\nFirst line.\nSecond line.")
    assert (first.published, first.published_precision) == ("2016-10", "month")
    assert (bad.reason, bad.source) == ("bad_row", f"{p}:4")  # line 4: row 1 spans lines 2-3
    assert (third.id, third.title, third.source) == ("3", None, f"{p}:5")


def test_a_csv_row_that_is_not_utf8_is_rejected_alone(tmp_path):
    bad, ok = read(write(tmp_path / "in.csv", b"id,text\n1,caf\xe9\n2,Fine.\n"))
    assert (bad.reason, bad.source, ok.id) == ("encoding", f"{tmp_path / 'in.csv'}:2", "2")


def test_tsv_is_read_with_tabs(tmp_path):
    a = one(write(tmp_path / "in.tsv", "id\ttext\nx1\tA claim, with a comma.\n"))
    assert (a.id, a.text) == ("x1", "A claim, with a comma.")


def test_a_csv_without_a_text_column_is_rejected_once_saying_which_columns_it_has(tmp_path):
    bad = one(write(tmp_path / "in.csv", "id,body\n1,Text.\n"))
    assert bad.reason == "bad_row" and "'text'" in bad.message and "'body'" in bad.message


# ------------------------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Strike hits market in Sampletown | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-10-25T09:00:00Z">
<link rel="canonical" href="https://news.example.org/2016/10/strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Strike hits market in Sampletown</h1>
<p>An air strike hit the central market of Sampletown on Monday morning, killing at least twelve
civilians, the town's mayor said.</p>
<p>Witnesses described a large explosion shortly after nine o'clock, when the market is at its
busiest. Rescue workers searched the rubble for survivors into the evening.</p>
</article>
<footer><p>Share this article</p><p>© 2016 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_an_html_page_gives_its_article_text_and_metadata_without_menus_or_footer(tmp_path):
    a = one(write(tmp_path / "market-strike.html", PAGE))
    assert a.id == "market-strike"
    assert a.title == "Strike hits market in Sampletown"
    assert a.text.startswith("Strike hits market in Sampletown\nAn air strike hit the central market")
    assert "killing at least twelve civilians" in a.text
    assert "Home" not in a.text and "All rights reserved" not in a.text
    assert (a.outlet, a.url) == ("Example News", "https://news.example.org/2016/10/strike")
    assert (a.published, a.published_source) == ("2016-10-25", "input")


def test_an_html_page_with_no_article_is_rejected_as_no_article(tmp_path):
    page = ("<html><head><title>Example News</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/w'>World</a></nav><footer>© 2016 Example News</footer></body></html>")
    bad = one(write(tmp_path / "index.htm", page))
    assert bad.reason == "no_article" and "index.htm" in bad.message


# ------------------------------------------------------------------------------------------ feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Shelling kills five in Sampletown</title><link>https://wire.example.org/a/1</link>
<guid>https://wire.example.org/a/1</guid><pubDate>Tue, 25 Oct 2016 01:00:00 +0300</pubDate>
<description>&lt;p&gt;Shelling killed five civilians in Sampletown on Monday, an official
said.&lt;/p&gt;&lt;p&gt;Two more were &lt;b&gt;wounded&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Headline only</title><link>https://wire.example.org/a/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Monitor</title>
<id>urn:example:monitor</id><updated>2017-03-20T00:00:00Z</updated>
<entry><title>Report on Sampletown strike</title><id>tag:monitor.example.org,2017:42</id>
<link href="https://monitor.example.org/42"/><published>2017-03-20T10:00:00Z</published>
<updated>2017-03-21T10:00:00Z</updated>
<content type="html">&lt;p&gt;The monitor said 40 civilians were killed.&lt;/p&gt;</content></entry>
</feed>"""


def test_an_rss_feed_gives_one_article_per_entry_with_html_stripped(tmp_path):
    p = write(tmp_path / "wire.rss", RSS)
    a, headline_only = read(p)
    assert a.text == ("Shelling kills five in Sampletown\nShelling killed five civilians in "
                      "Sampletown on Monday, an official said.\nTwo more were wounded.")
    assert (a.outlet, a.url, a.source) == ("Example Wire", "https://wire.example.org/a/1", f"{p}#entry1")
    # the date as written: converted to UTC it would be 24 October
    assert (a.published, a.published_source) == ("2016-10-25", "input")
    assert len(a.id) == 16
    # an entry with a headline only is an article of its headline
    assert (headline_only.text, headline_only.source) == ("Headline only", f"{p}#entry2")


def test_feed_entry_ids_are_stable_hashes_of_the_entry_id(tmp_path):
    first = read(write(tmp_path / "a.rss", RSS))[0]
    again = read(write(tmp_path / "b.xml", RSS))[0]
    assert first.id == again.id and first.id.isalnum()


def test_an_atom_feed_is_read_like_rss(tmp_path):
    a = one(write(tmp_path / "monitor.atom", ATOM))
    assert a.text == "Report on Sampletown strike\nThe monitor said 40 civilians were killed."
    assert (a.outlet, a.url) == ("Example Monitor", "https://monitor.example.org/42")
    assert a.published == "2017-03-20"  # published, not updated


def test_a_broken_feed_is_bad_feed_and_other_xml_is_unsupported(tmp_path):
    assert one(write(tmp_path / "cut.rss", "<rss><channel><item><title>Cut off")).reason == "bad_feed"
    assert one(write(tmp_path / "data.xml", '<?xml version="1.0"?><rows><r>1</r></rows>')).reason \
        == "unsupported"


# ------------------------------------------------------------------------------------- rejections

def test_an_empty_file_is_rejected_with_a_message_naming_it_and_the_fix(tmp_path):
    p = write(tmp_path / "x.txt", "")
    assert one(p) == Rejection(str(p), "empty", f"{p}: file is empty — nothing to read; "
                                                "remove it or add the article text")


@pytest.mark.parametrize("content", ["   \n\t\n", "Comments are closed.\nShare this article\n"])
def test_a_file_of_only_whitespace_or_boilerplate_is_empty(tmp_path, content):
    assert one(write(tmp_path / "x.txt", content)).reason == "empty"


def test_a_binary_file_is_rejected(tmp_path):
    bad = one(write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert bad.reason == "binary"


def test_a_binary_file_of_unknown_kind_is_unsupported(tmp_path):
    bad = one(write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"))
    assert bad.reason == "unsupported" and ".jsonl" in bad.message


def test_a_latin1_file_is_rejected_not_guessed(tmp_path):
    bad = one(write(tmp_path / "old.txt", "Le café de Sampletown a été touché.".encode("latin-1")))
    assert bad.reason == "encoding"
    assert "re-save it as UTF-8" in bad.message and "old.txt" in bad.message


def test_a_utf16_file_is_an_encoding_problem_not_binary(tmp_path):
    assert one(write(tmp_path / "w.txt", "Text.".encode("utf-16"))).reason == "encoding"


def test_a_50_mb_file_is_too_large_and_is_not_read(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50_000_000)  # sparse: instant, takes no disk

    def no_reading(*a, **k):
        raise AssertionError("the file was opened")
    monkeypatch.setattr(builtins, "open", no_reading)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    bad = one(p)
    assert bad.reason == "too_large"
    assert "50.0 MB" in bad.message and "20.0 MB" in bad.message and "split" in bad.message


def test_a_missing_path_is_not_found(tmp_path):
    p = tmp_path / "nowhere.txt"
    assert one(p) == Rejection(str(p), "not_found", f"{p}: no such file or folder — check the path")


def test_a_json_document_is_unsupported_with_the_fix(tmp_path):
    bad = one(write(tmp_path / "gold.json", '{"articles": []}'))
    assert bad.reason == "unsupported" and ".jsonl" in bad.message


def test_bad_inputs_never_stop_the_run(tmp_path):
    write(tmp_path / "1.txt", "")
    write(tmp_path / "2.txt", b"\x00\x01")
    write(tmp_path / "3.txt", "Good article.")
    items = read(tmp_path / "missing", tmp_path)
    assert [getattr(i, "reason", "ok") for i in items] == ["not_found", "empty", "binary", "ok"]


# -------------------------------------------------------------------------------------- cleaning

def test_a_video_playlists_entries_are_removed_and_a_timeline_kept():
    raw = "\n".join([
        "Four people were shot in southeast Sampletown on Friday, police said.",
        "0:24 Police investigate scene of shooting in southwest Sampletown Pause",
        "2:26 Foreign president rejects decision to build wall",
        "10:03 PM - the first two officers arrived at the location.",
        "3:30 The gunman opened fire on the crowd.",
    ])
    assert clean(raw) == "\n".join([
        "Four people were shot in southeast Sampletown on Friday, police said.",
        "10:03 PM - the first two officers arrived at the location.",
        "3:30 The gunman opened fire on the crowd.",
    ])


def test_boilerplate_lines_are_removed_and_tweets_and_headlines_kept():
    raw = "\n".join([
        "60 civilians killed in Sampletown – Defence Ministry",
        "Over 60 civilians have been killed, the ministry said.",
        "Strike killed dozens of mourners near Exampleville – ministryhttps://t.co/AbC123",
        "— RT (@RT_com) October 23, 2016",
        "READ MORE: Another headline about something else",
        "Share this article", "Tweet", "Email", "Facebook | Twitter",
        "(CC BY-NC-ND 2.0) Flickr: Quentin Bruno",
        "Click here to subscribe to our newsletter",
        "Related: Earlier strike on the same town",
        "Related Articles",
        "We use cookies to improve your experience on our site.",
        "You must enter the characters with black color that stand out",
        "Message: * A friend wanted you to see this item from Example.com: http://x.example/1",
        "He said residents could click here to donate, and many did.",
        "This post originally ran on Example Agency.",
        "LINK: https://example.org/english/7518",
        "TAGS:",
        "Comments are closed.",
    ])
    assert clean(raw) == "\n".join([
        "60 civilians killed in Sampletown – Defence Ministry",
        "Over 60 civilians have been killed, the ministry said.",
        "Strike killed dozens of mourners near Exampleville – ministryhttps://t.co/AbC123",
        "— RT (@RT_com) October 23, 2016",
        "He said residents could click here to donate, and many did.",
    ])


def test_whitespace_and_unicode_are_normalised():
    raw = "  Over\u00a060 civilians \r\nCafe\u0301 hit.\t \r\n\n\n\n\nSecond paragraph.\u200b  \n\n"
    assert clean(raw) == "Over 60 civilians\nCafé hit.\n\nSecond paragraph."


def test_two_sentences_glued_by_a_scrape_get_their_space_back():
    assert clean("in the Juniata section of Philadelphia.It happened at 12:30 a.m. Monday.Officers "
                 "arrived.") == ("in the Juniata section of Philadelphia. It happened at 12:30 a.m. Monday. "
                                 "Officers arrived.")
    # an abbreviation, a web address and a name keep their dots
    assert clean("The U.S. Army, wfsb.com and St.Louis") == "The U.S. Army, wfsb.com and St.Louis"


LINES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["READ MORE: x", "Tweet", "", " ", "\u00a0", "Comments are closed.",
                     "— RT (@RT_com) October 23, 2016", "e\u0301", "\u200b\u0301", "\r", "\t",
                     "Related:", "\ufeff", "\u2028", "Share on Facebook", "Philadelphia.It", "ab.\u200bCd"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12).map("\n".join))
def test_cleaning_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once


# ------------------------------------------------------------------------------ hashes and re-runs

@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, max_size=8).map("\n".join), st.one_of(st.none(), st.text(max_size=30)))
def test_ingesting_a_stored_article_again_changes_nothing(text, title):
    a = make_article("x", text, source="s", title=title)
    if isinstance(a, Article):
        assert make_article("x", a.text, source="s", title=a.title) == a


def test_the_same_input_twice_gives_identical_articles(tmp_path):
    write(tmp_path / "a.txt", "Headline\n" + BODY)
    write(tmp_path / "b.jsonl", json.dumps({"id": "b", "text": BODY, "title": "T"}))
    assert read(tmp_path) == read(tmp_path)


def test_the_content_hash_is_the_sha256_of_the_stored_text(tmp_path):
    a = one(write(tmp_path / "a.txt", "Text one.\r\n\r\n\r\n\r\nMore.  "))
    assert a.content_hash == content_hash("Text one.\n\nMore.")
    assert len(a.content_hash) == 32
    assert content_hash("Text one.") != content_hash("Text two.")


# ------------------------------------------------------------------------------------------ dates

@pytest.mark.parametrize("given_, expected", [
    ("2016-10-25", ("2016-10-25", "day")),
    ("2016-10-25T23:30:00-05:00", ("2016-10-25", "day")),
    ("2016-10-25T12:00:00Z", ("2016-10-25", "day")),
    ("2016-10", ("2016-10", "month")),
    ("2016", ("2016", "year")),
    (2016, ("2016", "year")),
    ("October 25, 2016", ("2016-10-25", "day")),
    ("25 Oct 2016", ("2016-10-25", "day")),
    ("October 2016", ("2016-10", "month")),
    ("25/10/2016", ("2016-10-25", "day")),
    ("05/10/2016", ("2016-10-05", "day")),   # ambiguous: day first
    ("10/25/2016", ("2016-10-25", "day")),   # day first is impossible: month first
    ("Tue, 25 Oct 2016 01:00:00 +0300", ("2016-10-25", "day")),
    (time.strptime("2016-10-25", "%Y-%m-%d"), ("2016-10-25", "day")),
    ("Wednesday, 26 October, 2016 | 8:45 AM", ("2016-10-26", "day")),
    ("31/02/2016", None), ("yesterday", None), ("Oct. 25", None), ("soon", None), ("", None),
])
def test_given_dates_are_normalised_to_iso_with_their_precision(given_, expected):
    assert normalise_date(given_) == expected


@pytest.mark.parametrize("text, expected", [
    ("SAMPLETOWN, Iraq, Oct. 25, 2016 (Reuters) - Air strikes killed 12.", ("2016-10-25", "day")),
    ("Wednesday 26 October 2016\nAir strikes killed 12 people.", ("2016-10-26", "day")),
    ("Wed 19 Apr 2017 Bomb blast kills six. A bomb killed six people.", ("2017-04-19", "day")),
    ("Shooting in Sampletown | Fox 9SAMPLETOWN, Ind. (December 19, 2015) — Police said.",
     ("2015-12-19", "day")),
    ("Strike kills 12\nPublished: 25 Oct 2016 12:30 GMT | By A. Writer\nTwelve died.",
     ("2016-10-25", "day")),
    ("Twelve died.\nUpdated October 26, 2016\n", ("2016-10-26", "day")),
    ("Strike\nUpdated: October 27, 2016\nPublished: October 25, 2016\nText.", ("2016-10-25", "day")),
    # the latest quoted tweet is a lower bound, used when nothing better is stated
    ("Text.\nFirst tweet\n— RT (@RT_com) October 23, 2016\nMore.\nSecond\n"
     "— Jane Doe (@jane) October 25, 2016\nEnd.", ("2016-10-25", "day")),
    # a dateline without a year takes the quoted tweets' year
    ("SAMPLETOWN, Iraq, Oct. 26 (Reuters) - Text.\nTweet\n— RT (@RT_com) October 23, 2016",
     ("2016-10-26", "day")),
    # dates of events in the body say nothing about publication
    ("Strike\nOn March 17, 2017, a strike hit a building in Sampletown.", None),
    ("SAMPLETOWN, Iraq, Oct. 25 (Reuters) - A dateline without a year, and nothing else.", None),
    ("Residents said the strike happened yesterday.", None),
    ("Strike\nPosted guards were killed on 25 October 2016.", None),  # a sentence, not a stamp
])
def test_the_publication_date_is_inferred_only_from_datelines_stamps_and_tweets(text, expected):
    assert infer_published(text) == expected


def test_a_given_date_wins_over_the_text_and_says_where_it_came_from(tmp_path):
    rows = [{"id": "given", "text": "Wednesday 26 October 2016\nText.", "published": "2016-10-25"},
            {"id": "inferred", "text": "Wednesday 26 October 2016\nText."},
            {"id": "unreadable", "text": "Wednesday 26 October 2016\nText.", "published": "soon"},
            {"id": "unknown", "text": "Text without any date."}]
    p = write(tmp_path / "in.jsonl", "\n".join(map(json.dumps, rows)))
    got = {a.id: (a.published, a.published_precision, a.published_source) for a in read(p)}
    assert got == {"given": ("2016-10-25", "day", "input"),
                   "inferred": ("2016-10-26", "day", "text"),
                   "unreadable": ("2016-10-26", "day", "text"),
                   "unknown": (None, None, None)}


def test_a_date_given_after_the_day_an_archived_copy_was_taken_gives_way_to_that_day():
    """A Wayback Machine copy taken in September 2015 of a story "published" in January 2017: the
    story was out by the copy's day, and the date given is when it was collected."""
    url = "http://web.archive.org/web/20150909062058/http://abcnews.go.com/US/wireStory/spree-33417102"
    a = make_article("a", "A gunman killed three relatives on Saturday.", source="t", url=url, published="2017-01-28")
    assert (a.published, a.published_precision, a.published_source) == ("2015-09-09", "day", "archive")
    # a copy taken after the date given says nothing against it
    later = url.replace("20150909062058", "20170316051551")
    a = make_article("a", "A gunman killed three relatives on Saturday.", source="t", url=later, published="2017-01-28")
    assert (a.published, a.published_source) == ("2017-01-28", "input")


def test_a_dated_dateline_before_the_date_given_is_the_publication_date():
    text = "SAVANNAH, GA (August 2, 2015): An argument ended in a shooting that injured five bystanders."
    a = make_article("a", text, source="t", published="2017-01-05")
    assert (a.published, a.published_source) == ("2015-08-02", "text")
    # a dateline after the date given is the story's update: the date given stays
    a = make_article("a", text.replace("August 2", "June 2, 2014").replace(", 2015", ""), source="t",
                     published="2014-05-20")
    assert (a.published, a.published_source) == ("2014-05-20", "input")


@pytest.mark.parametrize("title, expected", [
    ("Poplar Bluff teen shot in face - KFVS12 News & Weather Cape Girardeau, Carbondale, Poplar Bluff",
     "Poplar Bluff teen shot in face"),
    ("Teen hurt in shooting at Rocky Mount court :: WRAL.com", "Teen hurt in shooting at Rocky Mount court"),
    ("Two killed in Houston - Houston Chronicle", "Two killed in Houston"),
    ("Gunman kills 3 - police", "Gunman kills 3 - police"),
    ("Strike on Mosul - a timeline", "Strike on Mosul - a timeline"),
    ("2 dead, 3 injured in shooting outside club - WMC Action News 5 - Memphis, Tennessee",
     "2 dead, 3 injured in shooting outside club"),
    ("Juvenile dies in Montgomery shooting - WTVM.com-Columbus, GA News Weather & ",
     "Juvenile dies in Montgomery shooting"),
    ("Child Shot When Handgun Discharges - NewsOn6.com - Tulsa, OK - News, Weather, Video and Sports - KOTV.com |",
     "Child Shot When Handgun Discharges"),
    ("Game with gun costs two teens - one dead, another now prison-bound",
     "Game with gun costs two teens - one dead, another now prison-bound"),
    ("Game with gun costs two teens - one dead - KSLA News 12", "Game with gun costs two teens - one dead"),
])
def test_the_site_name_after_a_headline_is_dropped(title, expected):
    a = make_article("t", "Body text of the report.", source="test", title=title)
    assert a.title == expected and a.text.startswith(expected + "\n")


def test_the_site_name_after_a_headline_is_the_outlet_unless_one_is_given():
    title = "2 dead, 3 injured in shooting outside club - WMC Action News 5 - Memphis, Tennessee"
    a = make_article("t", "Body text of the report.", source="test", title=title)
    assert a.outlet == "WMC Action News 5 - Memphis, Tennessee"
    assert make_article("t", "Body.", source="test", title=title, outlet="WMC").outlet == "WMC"
    assert make_article("t", "Body.", source="test", title="Two shot in Memphis").outlet is None


def test_a_day_in_the_page_address_days_before_the_date_given_is_its_publication():
    """"krqe.com/2017/02/10/..." given as of April: the address was made the day the story was out
    (an archived copy of March 10 says no more than March). A day apart is only a newsroom's clock
    against UTC: the date given stays."""
    url = "http://web.archive.org/web/20170310190417/http://krqe.com/2017/02/10/police-activity-closes-road/"
    a = make_article("a", "A woman was shot in the leg Friday afternoon.", source="t", url=url,
                     published="2017-04-19")
    assert (a.published, a.published_precision, a.published_source) == ("2017-02-10", "day", "url")
    a = make_article("a", "A man was shot Sunday.", source="t", published="2017-03-27",
                     url="http://wavy.com/2017/03/26/2-people-shot-on-landstown-road/")
    assert (a.published, a.published_source) == ("2017-03-27", "input")
