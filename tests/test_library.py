"""Pair libraries: ``pairs.toml`` manifests and two-file folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ArticleError
from core.reading.library import PairEntry, load_library

ROOT = Path(__file__).resolve().parents[1]


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("A headline\n\nA sentence of the article.\n", encoding="utf-8")


def test_bundled_seed_manifest_names_the_seed_pair() -> None:
    """seeds/pairs.toml lists the seed pair, Guardian on the left."""
    (entry,) = load_library(ROOT / "seeds")
    assert entry.left == ROOT / "seeds" / "guardian.txt"
    assert entry.right == ROOT / "seeds" / "kyiv-independent.txt"
    assert entry.name


def test_manifest_pairs_come_in_order_with_paths_relative_to_the_folder(tmp_path: Path) -> None:
    """Each [[pair]] becomes an entry; paths resolve against the manifest's folder, subfolders too."""
    (tmp_path / "b").mkdir()
    _touch(tmp_path, "one.txt", "two.html")
    _touch(tmp_path / "b", "three.md", "four.txt")
    (tmp_path / "pairs.toml").write_text(
        '[[pair]]\nname = "First"\nleft = "one.txt"\nright = "two.html"\n\n'
        '[[pair]]\nname = "Second"\nleft = "b/three.md"\nright = "b/four.txt"\n',
        encoding="utf-8",
    )
    assert load_library(tmp_path) == (
        PairEntry("First", tmp_path / "one.txt", tmp_path / "two.html"),
        PairEntry("Second", tmp_path / "b" / "three.md", tmp_path / "b" / "four.txt"),
    )


def test_folder_of_two_articles_is_one_pair_named_after_it(tmp_path: Path) -> None:
    """Without a manifest, exactly two article files make one pair, in name order; other files are ignored."""
    folder = tmp_path / "floods"
    folder.mkdir()
    _touch(folder, "b-times.txt", "a-post.html", ".hidden.txt", "notes.toml")
    assert load_library(folder) == (PairEntry("floods", folder / "a-post.html", folder / "b-times.txt"),)


@pytest.mark.parametrize("names", [(), ("only.txt",), ("a.txt", "b.txt", "c.txt")])
def test_folder_without_manifest_needs_exactly_two_articles(tmp_path: Path, names: tuple[str, ...]) -> None:
    """Zero, one or three files: a clear error saying what was found and what is needed."""
    _touch(tmp_path, *names)
    with pytest.raises(ArticleError, match=rf"holds {len(names)} article files.*exactly two"):
        load_library(tmp_path)


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("[[pair]\n", "not valid TOML"),
        ('title = "no pairs"\n', "lists no pairs"),
        ('[[pair]]\nleft = "a.txt"\nright = "b.txt"\n', "needs a non-empty string 'name'"),
        ('[[pair]]\nname = "x"\nleft = "a.txt"\nright = 3\n', "needs a non-empty string 'right'"),
        (
            '[[pair]]\nname = "x"\nleft = "a.txt"\nright = "missing.txt"\n',
            "right file .*missing.txt does not exist",
        ),
        ('[[pair]]\nname = "x"\nleft = "a.txt"\nright = "b.txt"\nlfet = "a.txt"\n', "unknown keys: lfet"),
        (
            '[[pair]]\nname = "x"\nleft = "a.txt"\nright = "b.txt"\n[[pair]]\nname = "x"\nleft = "b.txt"\n'
            'right = "a.txt"\n',
            "repeats the name 'x'",
        ),
    ],
)
def test_bad_manifests_are_article_errors(tmp_path: Path, manifest: str, message: str) -> None:
    """A malformed manifest is reported with the file, the pair number and what is wrong."""
    _touch(tmp_path, "a.txt", "b.txt")
    (tmp_path / "pairs.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        load_library(tmp_path)


def test_missing_folder_is_an_article_error(tmp_path: Path) -> None:
    """A path that is not a folder is reported as such."""
    with pytest.raises(ArticleError, match="is not a folder"):
        load_library(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("x = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
        (f'[[pair]]\nname = "x"\nleft = "{"a" * 5000}.txt"\nright = "b.txt"\n', r"left file .*: File name too long"),
    ],
    ids=["nested-too-deeply", "name-too-long"],
)
def test_manifests_the_system_cannot_take_are_article_errors(tmp_path: Path, manifest: str, message: str) -> None:
    """A manifest nested beyond the TOML reader's stack, or naming a file too long to look up: one clear error."""
    _touch(tmp_path, "a.txt", "b.txt")
    (tmp_path / "pairs.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        load_library(tmp_path)


def test_a_manifest_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Editors on Windows save UTF-8 with a byte-order mark: the manifest reads the same."""
    _touch(tmp_path, "a.txt", "b.txt")
    manifest = '[[pair]]\nname = "x"\nleft = "a.txt"\nright = "b.txt"\n'
    (tmp_path / "pairs.toml").write_bytes(b"\xef\xbb\xbf" + manifest.encode())
    assert load_library(tmp_path) == (PairEntry("x", tmp_path / "a.txt", tmp_path / "b.txt"),)


def _outside(tmp_path: Path) -> dict[str, str]:
    """Manifest right-hand paths that lead out of the folder ``tmp_path / "pairs"``."""
    (tmp_path / "secret.txt").write_text("not for sharing", encoding="utf-8")
    (tmp_path / "pairs" / "link.txt").symlink_to(tmp_path / "secret.txt")
    return {"absolute": str(tmp_path / "secret.txt"), "parent": "../secret.txt", "link": "link.txt"}


@pytest.mark.parametrize("how", ["absolute", "parent", "link"])
def test_manifest_paths_stay_inside_the_folder(tmp_path: Path, how: str) -> None:
    """An absolute path, a ``../`` path or a link out of the folder is refused, saying how to allow it; allowed,
    it is read."""
    folder = tmp_path / "pairs"
    folder.mkdir()
    _touch(folder, "a.txt")
    right = _outside(tmp_path)[how]
    (folder / "pairs.toml").write_text(f'[[pair]]\nname = "x"\nleft = "a.txt"\nright = "{right}"\n', encoding="utf-8")
    with pytest.raises(ArticleError, match=r"right file .* is outside the folder.*--allow-outside"):
        load_library(folder)
    (entry,) = load_library(folder, allow_outside=True)
    assert entry.right.resolve() == (tmp_path / "secret.txt").resolve()


def test_a_folder_of_two_files_keeps_inside_too(tmp_path: Path) -> None:
    """Without a manifest, a link among the two files that leads out of the folder is refused as well."""
    folder = tmp_path / "pairs"
    folder.mkdir()
    _touch(folder, "a.txt")
    _outside(tmp_path)
    with pytest.raises(ArticleError, match="is outside the folder"):
        load_library(folder)
