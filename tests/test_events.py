"""Event folders: a folder of reports of one event, a manifest naming events, a folder of event folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ArticleError
from core.reading import EventEntry, load_events

ROOT = Path(__file__).resolve().parents[1]


def _touch(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text("A headline\n\nA sentence of the article.\n", encoding="utf-8")


def test_a_folder_of_three_reports_is_one_event_named_after_it(tmp_path: Path) -> None:
    """Three article files, no manifest: one event, files in name order; other files ignored."""
    folder = tmp_path / "floods"
    _touch(folder, "nyt.txt", "fox.md", "hpo.html", ".hidden.txt", "notes.toml")
    assert load_events(folder) == (EventEntry("floods", (folder / "fox.md", folder / "hpo.html", folder / "nyt.txt")),)


def test_a_folder_of_event_folders_lists_each_event(tmp_path: Path) -> None:
    """BASIL-like: one subfolder per event (2 to 10 reports), in name order; a subfolder of one report is skipped."""
    _touch(tmp_path / "2019_b", "fox.txt", "nyt.txt", "hpo.txt")
    _touch(tmp_path / "2010_a", "fox.txt", "nyt.txt")
    _touch(tmp_path / "lonely", "one.txt")
    events = load_events(tmp_path)
    assert [(e.name, [p.name for p in e.articles]) for e in events] == [
        ("2010_a", ["fox.txt", "nyt.txt"]),
        ("2019_b", ["fox.txt", "hpo.txt", "nyt.txt"]),
    ]


def test_a_manifest_names_pairs_and_events(tmp_path: Path) -> None:
    """``[[pair]]`` tables come first (as the pair picker reads them), then ``[[event]]`` tables, paths relative."""
    _touch(tmp_path, "a.txt", "b.txt")
    _touch(tmp_path / "e", "x.txt", "y.txt", "z.txt")
    (tmp_path / "pairs.toml").write_text(
        '[[pair]]\nname = "Pair"\nleft = "a.txt"\nright = "b.txt"\n\n'
        '[[event]]\nname = "Event"\narticles = ["e/z.txt", "e/x.txt", "e/y.txt"]\n',
        encoding="utf-8",
    )
    assert load_events(tmp_path) == (
        EventEntry("Pair", (tmp_path / "a.txt", tmp_path / "b.txt")),
        EventEntry("Event", (tmp_path / "e" / "z.txt", tmp_path / "e" / "x.txt", tmp_path / "e" / "y.txt")),
    )


def test_the_bundled_three_outlet_example_is_one_event() -> None:
    """seeds/three-outlets names the seed pair and the written third report (in seeds/, so read with
    allow_outside, as the command line reads the bundled seeds); seeds/ itself is the seed pair."""
    (event,) = load_events(ROOT / "seeds" / "three-outlets", allow_outside=True)
    assert [path.name for path in event.articles] == ["guardian.txt", "kyiv-independent.txt", "example-wire.txt"]
    assert all(path.is_file() for path in event.articles)
    (pair,) = load_events(ROOT / "seeds")
    assert [path.name for path in pair.articles] == ["guardian.txt", "kyiv-independent.txt"]


@pytest.mark.parametrize(
    ("manifest", "fragment"),
    [
        ('[[event]]\nname = "E"\narticles = ["a.txt"]\n', "names 1 articles; an event needs 2 to 10"),
        ('[[event]]\nname = "E"\narticles = ["a.txt", "gone.txt"]\n', "gone.txt does not exist"),
        ('[[event]]\nname = "E"\narticles = ["a.txt", "b.txt"]\nlinks = 1\n', "unknown keys: links"),
        ('[[event]]\nname = ""\narticles = ["a.txt", "b.txt"]\n', "needs a non-empty string 'name'"),
        ('[[event]]\nname = "E"\narticles = "a.txt"\n', "needs 'articles', a list of file names"),
        (
            '[[event]]\nname = "E"\narticles = ["a.txt", "b.txt"]\n'
            '[[event]]\nname = "E"\narticles = ["b.txt", "a.txt"]\n',
            "repeats the name 'E'",
        ),
        ("event = 3\n", "event must be [[event]] tables"),
        ("[[event]\n", "is not valid TOML"),
    ],
)
def test_a_bad_manifest_is_one_clear_error(tmp_path: Path, manifest: str, fragment: str) -> None:
    """Every way an ``[[event]]`` table can be wrong names the manifest, the event and the problem."""
    _touch(tmp_path, "a.txt", "b.txt")
    (tmp_path / "pairs.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"pairs\.toml") as caught:
        load_events(tmp_path)
    assert fragment in str(caught.value)


@pytest.mark.parametrize("count", [1, 11])
def test_a_folder_of_one_or_eleven_reports_is_refused(tmp_path: Path, count: int) -> None:
    """An event folder needs 2 to 10 article files; the error says how many it found."""
    _touch(tmp_path, *(f"r{n:02}.txt" for n in range(count)))
    with pytest.raises(ArticleError, match=rf"holds {count} article files .* needs 2 to 10"):
        load_events(tmp_path)


def test_an_empty_folder_says_what_it_looked_for(tmp_path: Path) -> None:
    """No articles, no manifest, no event folders: the error lists what would have worked."""
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArticleError, match=r"no article files, no pairs\.toml and no event folders"):
        load_events(tmp_path)
    with pytest.raises(ArticleError, match="is not a folder"):
        load_events(tmp_path / "missing")


def test_an_event_manifest_keeps_inside_its_folder(tmp_path: Path) -> None:
    """An event naming a file outside the folder (``../``) is refused, saying how to read it anyway."""
    _touch(tmp_path, "outside.txt")
    _touch(tmp_path / "shared", "a.txt", "b.txt")
    (tmp_path / "shared" / "pairs.toml").write_text(
        '[[event]]\nname = "E"\narticles = ["a.txt", "b.txt", "../outside.txt"]\n', encoding="utf-8"
    )
    with pytest.raises(ArticleError, match=r"outside\.txt is outside the folder.*--allow-outside"):
        load_events(tmp_path / "shared")
    (event,) = load_events(tmp_path / "shared", allow_outside=True)
    assert event.articles[-1].resolve() == (tmp_path / "outside.txt").resolve()


def test_an_event_manifest_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt", "b.txt", "c.txt")
    (tmp_path / "pairs.toml").write_text(
        '\ufeff[[event]]\nname = "E"\narticles = ["a.txt", "b.txt", "c.txt"]\n', encoding="utf-8"
    )
    (event,) = load_events(tmp_path)
    assert [path.name for path in event.articles] == ["a.txt", "b.txt", "c.txt"]
