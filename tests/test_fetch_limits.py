"""Fetching from hostile servers: compression bombs, odd encodings, headers trickled a byte at a time.

A local server on 127.0.0.1 plays each part. Peak memory of the bomb in a fresh process, and the times, are printed
by ``python -m bench.hostile``; here the decoder is shown to keep to bounded chunks and to stop reading early.
"""

from __future__ import annotations

import gzip
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from core.errors import ArticleError
from core.reading import fetch as fetch_module
from core.reading import transfer
from core.reading.fetch import fetch
from core.reading.transfer import CHUNK, decode_content, encodings_of
from tests.conftest import local_http_server

TEXT = b"Engineers opened the gates of the Valley Dam on Tuesday after a week of storms. " * 50
BOMB_SIZE = 64 * 1024 * 1024
"""What the test bomb decodes to: 64 MiB of zeros (the bench's bomb decodes to 4 GiB)."""


def _bomb() -> bytes:
    """Zeros gzipped twice: a few kilobytes that decode to :data:`BOMB_SIZE` bytes."""
    inner = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    data = b"".join(inner.compress(block) for _ in range(BOMB_SIZE // len(block))) + inner.flush()
    return gzip.compress(data)


BOMB = _bomb()
RAW_DEFLATE = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
BODIES: dict[str, tuple[bytes, str]] = {
    "/gzip": (gzip.compress(TEXT), "gzip"),
    "/deflate": (zlib.compress(TEXT), "deflate"),
    "/raw-deflate": (RAW_DEFLATE.compress(TEXT) + RAW_DEFLATE.flush(), "deflate"),
    "/twice": (gzip.compress(gzip.compress(TEXT)), "gzip, gzip"),
    "/bomb": (BOMB, "gzip, gzip"),
    "/thrice": (gzip.compress(gzip.compress(gzip.compress(TEXT))), "gzip, gzip, gzip"),
    "/brotli": (b"\x0b\x02\x80hello\x03", "br"),
    "/broken": (b"\x1f\x8b\x08\x00not really gzip at all", "gzip"),
}
STOP = threading.Event()
"""Set at teardown so the trickling handler returns."""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/trickle":
            self._trickle()
            return
        body, encoding = BODIES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self) -> None:
        """The status line, then one byte of a header at a time: never-ending headers."""
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: ")
            self.wfile.flush()
            for _ in range(2000):
                if STOP.wait(0.01):
                    return
                self.wfile.write(b"x")
                self.wfile.flush()
            self.wfile.write(b"\r\nContent-Length: 5\r\n\r\nslow!")
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_http_server(_Handler, before_close=STOP.set) as url:
        yield url


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate", "/twice"])
def test_compressed_pages_are_decoded(server: str, path: str) -> None:
    """gzip, deflate (with or without its zlib header) and gzip applied twice all read back to the page."""
    assert fetch(server + path).data == TEXT


def test_a_compression_bomb_is_refused_at_the_cap(server: str) -> None:
    """A few kilobytes that would decode to 64 MiB: refused at the cap, however far they would expand."""
    assert len(BOMB) < 100_000
    with pytest.raises(ArticleError, match=r"larger than 1,048,576 bytes"):
        fetch(server + "/bomb", max_bytes=1024 * 1024)


@pytest.mark.parametrize("codings", [["gzip"], ["gzip", "gzip"]], ids=["gzip", "gzip-gzip"])
def test_decoding_a_bomb_keeps_to_bounded_chunks_and_stops_early(codings: list[str]) -> None:
    """Decoded a chunk at a time, no chunk (of any layer) is over :data:`CHUNK` bytes, and a reader that stops at a
    cap has made the decoder read only as much of the body as that took: memory stays bounded however far the
    body would expand."""
    body = BOMB if len(codings) == 2 else zlib.decompress(BOMB, zlib.MAX_WBITS | 16)
    consumed = 0

    def raw() -> Iterator[bytes]:
        nonlocal consumed
        for start in range(0, len(body), 256):
            consumed += 256
            yield body[start : start + 256]

    produced = 0
    sizes: list[int] = []
    for chunk in decode_content(raw(), codings, "http://bomb.test/"):
        sizes.append(len(chunk))
        produced += len(chunk)
        if produced > 1024 * 1024:
            break
    assert max(sizes) <= CHUNK
    assert consumed <= max(256, len(body) // 16)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/thrice", r"compressed 3 times over \(at most 2 are undone\)"),
        ("/brotli", r"an encoding storydiff cannot read \(br\)"),
        ("/broken", r"the page's gzip data is broken"),
    ],
)
def test_encodings_storydiff_does_not_undo_are_one_line_errors(server: str, path: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        fetch(server + path)


def test_encodings_are_read_in_the_order_applied() -> None:
    assert encodings_of("gzip, identity, Deflate", "u") == ["gzip", "deflate"]
    assert encodings_of(None, "u") == []


class SteppingClock:
    """A stand-in for the ``time`` module of the fetcher and its transport: 0.2 s pass at every reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 0.2
        return self.now


def test_headers_sent_a_byte_at_a_time_time_out(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that trickles its headers, each byte well within the per-read timeout, is given up at the overall
    deadline: the deadline covers connecting and the headers, not only the body."""
    clock = SteppingClock()
    monkeypatch.setattr(fetch_module, "time", clock)
    monkeypatch.setattr(transfer, "time", clock)
    with pytest.raises(ArticleError, match=r"timed out after 1 s"):
        fetch(server + "/trickle", timeout=1)
    assert clock.now > 1
