"""The never-tuned-on page bench: a saved page is made ready for an offline render (no scripts, no refresh, the
paste hook before the page's end), and a page's body truth is the paste's lines that its snippets open."""

from __future__ import annotations

import json

from bench.newpages import SOURCES, body_truth, prepared

PAGE = b"""<!DOCTYPE html><html><head><meta http-equiv="refresh" content="30"><base href="https://example.org/">
<script>document.write('ad')</script><title>Ostley</title></head>
<body><h1>Ostley train crash kills five</h1><p>Five people died.</p></body></html>"""


def test_prepared_page_has_no_script_refresh_or_base_and_one_hook_before_the_end() -> None:
    page = prepared(PAGE)
    assert "document.write" not in page
    assert "refresh" not in page
    assert "<base" not in page
    assert page.count("innerText") == 1
    assert page.index("innerText") < page.rindex("</body>")
    assert "Five people died." in page


def test_prepared_page_reads_its_declared_charset() -> None:
    raw = '<meta charset="windows-1252"><p>caf\u00e9</p>'.encode("cp1252")
    assert "caf\u00e9" in prepared(raw)


def test_body_truth_takes_a_recurring_line_where_the_snippets_before_it_stand() -> None:
    paste = "Request() is the constructor.\nIt has options. {\n});\nMenu\nRequest\nIt takes a URL. {\n  });\n"
    truth, missing = body_truth(paste, ["Request()", "It has", "});", "Request", "It takes", "});"])
    assert truth == "Request() is the constructor.\nIt has options. {\n});\nRequest\nIt takes a URL. {\n});\n"
    assert missing == 0


def test_body_truth_takes_the_lines_its_snippets_open_in_snippet_order() -> None:
    paste = "Menu\nOstley train crash kills five\nFive people  died on Tuesday.\nShare\nPolice said more.\n"
    truth, missing = body_truth(paste, ["Five people died", "Police said", "Nobody wrote this"])
    assert truth == "Five people died on Tuesday.\nPolice said more.\n"
    assert missing == 1


def test_labels_hold_snippets_not_articles() -> None:
    for source in SOURCES.values():
        stored = json.loads(source.labels.read_text(encoding="utf-8"))
        assert stored["pages"]
        for label in stored["pages"].values():
            assert {"headline", "authors", "date", "outlet", "body"} <= set(label)
            assert all(len(snippet.split()) <= 48 for snippet in label["body"])  # one line's opening at most


def test_development_pages_are_labelled_and_leave_some_held_out() -> None:
    for source in SOURCES.values():
        stored = json.loads(source.labels.read_text(encoding="utf-8"))
        dev = set(stored.get("dev", []))
        assert dev <= set(stored["pages"])
        assert len(dev) <= len(stored["pages"]) * 3 / 5  # a split by site cannot always halve the pages


def test_a_page_in_a_folder_is_named_with_a_double_underscore() -> None:
    source = SOURCES["mercury"]
    assert source.member("www.nytimes.com__1474318141888") == "package/fixtures/www.nytimes.com/1474318141888.html"
    assert source.member("latimes") == "package/fixtures/latimes.html"
    assert SOURCES["trafilatura"].member("dw.com.colonial") == "trafilatura-1.0.0/tests/cache/dw.com.colonial.html"
