"""Exports of a comparison of several reports: the JSON record (schema, round trip, bad records), and text, Markdown
and HTML that carry every passage, agree on the groups and keep article text inert."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jsonschema
import pytest

from core.align import compare
from core.claims import Comparison, outlet_names
from core.errors import ExportError
from core.export import comparison_from_dict, comparison_to_dict, render_comparison, write_comparison_export
from core.reading import load_article
from tests.conftest import SEEDS, make_article

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "comparison.schema.json").read_text(encoding="utf-8"))
PAIR_SCHEMA = json.loads((ROOT / "docs" / "alignment.schema.json").read_text(encoding="utf-8"))
SEED_FILES = ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")


@pytest.fixture(scope="module")
def seed_three() -> Comparison:
    """The bundled three-outlet example, compared."""
    return compare([load_article(SEEDS / name) for name in SEED_FILES])


@pytest.fixture(scope="module")
def hostile() -> Comparison:
    """Three short reports whose text is full of markup, escapes and controls."""
    trap = "Police said [bold]12[/] <script>alert(1)</script> \x1b[31mred\x1b[0m | cell # not a heading \u202eevil."
    reports = [
        make_article(
            [("title", f"Storm {n}"), None, ("body", trap), None, ("body", f"Only in report {n} *here*.")],
            path=f"r{n}.txt",
            outlet=f"<b>Outlet {n}</b>",
        )
        for n in range(3)
    ]
    return compare(reports)


def test_the_json_record_validates_against_the_schema(seed_three: Comparison) -> None:
    """``storydiff.comparison`` v1 validates against docs/comparison.schema.json."""
    data = json.loads(render_comparison(seed_three, "json"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert (data["format"], data["version"]) == ("storydiff.comparison", 1)
    assert data["outlets"] == list(outlet_names(seed_three.articles))
    for group in data["groups"]:
        assert len(group["passages"]) == len(group["verdicts"]) == len(data["articles"])


def test_articles_are_the_pair_record_s_article_objects() -> None:
    """The schema's article (and segment and reason) are those of the alignment record."""
    for name in ("article", "segment", "reason", "share"):
        assert SCHEMA["$defs"][name] == PAIR_SCHEMA["$defs"][name]


def test_the_record_reads_back_into_the_same_comparison(seed_three: Comparison, hostile: Comparison) -> None:
    """``comparison_from_dict(comparison_to_dict(c)) == c`` (the pairwise alignments are not in the record)."""
    for comparison in (seed_three, hostile):
        data = json.loads(json.dumps(comparison_to_dict(comparison)))
        assert comparison_from_dict(data) == comparison


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="storydiff.alignment"), "not a storydiff.comparison record"),
        (lambda d: d.update(version=2), "unsupported storydiff.comparison version 2"),
        (lambda d: d["groups"][1]["passages"][0].append("s999"), "names segment 's999'"),
        (lambda d: d["groups"][1]["verdicts"].pop(), "parallel to the articles"),
        (lambda d: d["groups"][1]["verdicts"].__setitem__(0, "maybe"), "unknown verdict 'maybe'"),
        (lambda d: d["groups"][0]["links"][0].update(articles=[2, 0]), "names articles 2 and 0"),
        (lambda d: d.pop("summary"), "malformed storydiff.comparison record"),
    ],
)
def test_a_bad_record_is_an_export_error(seed_three: Comparison, change: object, message: str) -> None:
    """Every way a record can be wrong is one ExportError naming the problem."""
    data = comparison_to_dict(seed_three)
    change(data)  # type: ignore[operator]
    with pytest.raises(ExportError, match=re.escape(message)):
        comparison_from_dict(data)


def test_text_and_markdown_carry_every_passage_of_every_report(seed_three: Comparison) -> None:
    """Each body sentence of each report is in the text export and, escaped, in the Markdown."""
    text = render_comparison(seed_three, "text")
    markdown = render_comparison(seed_three, "markdown")
    for article in seed_three.articles:
        for segment in article.body:
            assert segment.text in text
            assert segment.text.split()[0].strip("“\"'") in markdown


def test_every_format_lists_the_same_groups_in_the_same_order(seed_three: Comparison) -> None:
    """Text blocks, Markdown sections, HTML rows and JSON groups: one per group, in the comparison's order."""
    count = len(seed_three.groups)
    text = render_comparison(seed_three, "text")
    assert len(re.findall(r"^\[ ?\d+\] ", text, flags=re.MULTILINE)) == count
    assert len(re.findall(r"^### \d+\. ", render_comparison(seed_three, "markdown"), flags=re.MULTILINE)) == count
    page = render_comparison(seed_three, "html")
    assert [int(n) for n in re.findall(r'<tbody id="claim-(\d+)"', page)] == list(range(1, count + 1))
    first_passages = [
        next(seed_three.passage(group, k) for k in range(3) if group.carries(k)) for group in seed_three.groups
    ]
    positions = [page.index(html.escape(passage, quote=True)) for passage in first_passages]
    assert positions == sorted(positions)
    assert len(json.loads(render_comparison(seed_three, "json"))["groups"]) == count


def test_the_html_table_has_a_column_per_outlet_and_marks_what_each_leaves_out(seed_three: Comparison) -> None:
    """Outlets head the columns; each claim row has a cell per outlet, a left-out claim says so."""
    page = render_comparison(seed_three, "html")
    header = re.search(r"<table class=\"claims\"[^>]*>\s*<thead><tr>(.*?)</tr></thead>", page)
    assert header is not None
    assert [html.unescape(h) for h in re.findall(r'<th scope="col">([^<]*)</th>', header.group(1))] == list(
        outlet_names(seed_three.articles)
    )
    absent = sum(group.verdicts.count("absent") for group in seed_three.groups)
    assert page.count("not in this report") == absent
    assert "<script" not in page


def test_article_text_stays_inert_in_every_format(hostile: Comparison) -> None:
    """Markup, escapes and bidi controls in articles never act: shown, escaped or made visible."""
    text = render_comparison(hostile, "text")
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "␛[31mred" in text
    page = render_comparison(hostile, "html")
    assert "<script>" not in page
    assert "<b>Outlet" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    markdown = render_comparison(hostile, "markdown")
    assert "<script>" not in markdown
    assert "\x1b" not in markdown
    assert "\\*here\\*" in markdown
    raw = render_comparison(hostile, "json")
    assert "\x1b" not in raw
    assert "\u202e" not in raw
    assert json.loads(raw)["articles"][0]["text"] == hostile.articles[0].text


def test_the_export_is_written_atomically_and_never_over_an_input(tmp_path: Path, hostile: Comparison) -> None:
    """The file lands whole, in the format its name says; an input article is never overwritten."""
    written = write_comparison_export(hostile, tmp_path / "claims.md")
    assert written.read_text(encoding="utf-8") == render_comparison(hostile, "markdown")
    assert [p.name for p in tmp_path.iterdir()] == ["claims.md"]
    with pytest.raises(ExportError, match="already exists"):
        write_comparison_export(hostile, tmp_path / "claims.md", overwrite=False)
    source = tmp_path / "r0.txt"
    source.write_text("A headline\n\nA sentence.\n", encoding="utf-8")
    article = load_article(source)
    mine = compare([article, article, article])
    with pytest.raises(ExportError, match="refusing to write over the input article"):
        write_comparison_export(mine, source, "text")
    assert source.read_text(encoding="utf-8") == "A headline\n\nA sentence.\n"
