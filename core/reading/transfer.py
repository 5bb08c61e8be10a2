"""Bounded HTTP transfers: one deadline over the whole exchange, and content decoding that never outgrows a chunk.

:func:`deadline_transport` gives httpx a transport whose every network step (connecting, the TLS handshake, each read
and write) waits at most until one deadline, so a server that sends its headers a byte a second cannot stretch the
exchange past it. :func:`decode_content` undoes ``Content-Encoding`` (gzip, deflate, stacked at most
:data:`MAX_ENCODINGS` deep) chunk by chunk, each chunk at most :data:`CHUNK` bytes, so whoever reads it can stop at a
size cap before a few kilobytes of a compression bomb become gigabytes.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import httpcore
import httpx

from core.errors import ArticleError

__all__ = ["ACCEPTED_ENCODINGS", "CHUNK", "MAX_ENCODINGS", "deadline_transport", "decode_content", "encodings_of"]

CHUNK = 64 * 1024
"""The most bytes one step of decoding produces."""

MAX_ENCODINGS = 2
"""The most content encodings stacked on one body that are undone (a server or a proxy may compress twice)."""

_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
ACCEPTED_ENCODINGS = "gzip, deflate"
"""The ``Accept-Encoding`` request header: the encodings :func:`decode_content` undoes."""


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every step waits at most until the deadline (and at most its own timeout)."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _wait(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("the deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._wait(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._wait(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, self._wait(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's synchronous sockets, each connection a :class:`_DeadlineStream`."""

    def __init__(self, deadline: float) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the deadline passed")
        wait = left if timeout is None else min(timeout, left)
        stream = self._backend.connect_tcp(host, port, wait, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)


class _Body(httpx.SyncByteStream):
    """An httpcore response body as httpx reads it."""

    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from self._response.iter_stream()

    def close(self) -> None:
        self._response.close()


class _DeadlineTransport(httpx.BaseTransport):
    """An httpx transport over httpcore's connection pool with the deadline backend."""

    def __init__(self, deadline: float) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_DeadlineBackend(deadline)
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.SyncByteStream):  # pragma: no cover - httpx's sync client
            raise TypeError("a synchronous request body is needed")
        url = request.url
        response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
        )
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def deadline_transport(deadline: float) -> httpx.BaseTransport:
    """An httpx transport whose connections give up at ``deadline`` (a :func:`time.monotonic` time).

    Each network step waits at most until the deadline; one that would start after it raises httpcore's
    ``ConnectTimeout``, ``ReadTimeout`` or ``WriteTimeout`` (subclasses of ``httpcore.TimeoutException``), which
    reach the caller as they are.
    """
    return _DeadlineTransport(deadline)


def encodings_of(header: str | None, url: str) -> list[str]:
    """The content encodings of a ``Content-Encoding`` header, in the order they were applied.

    Raises:
        ArticleError: an encoding storydiff does not undo, or more than :data:`MAX_ENCODINGS` of them.
    """
    codings = [c.strip().lower() for c in (header or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    unknown = sorted({c for c in codings if c not in _WBITS})
    if unknown:
        raise ArticleError(f"cannot fetch {url}: the page is sent in an encoding storydiff cannot read ({unknown[0]})")
    if len(codings) > MAX_ENCODINGS:
        raise ArticleError(
            f"cannot fetch {url}: the page is compressed {len(codings)} times over (at most {MAX_ENCODINGS} are undone)"
        )
    return codings


def decode_content(chunks: Iterable[bytes], codings: Sequence[str], url: str) -> Iterator[bytes]:
    """Undo ``codings`` (as :func:`encodings_of` gives them) on a body read in ``chunks``, lazily.

    Every chunk produced is at most :data:`CHUNK` bytes, and no more input is decoded than the reader asks for, so
    memory stays bounded however far a body would expand.

    Raises:
        ArticleError: the body is not valid in its encoding.
    """
    stream: Iterable[bytes] = chunks
    for coding in reversed(codings):
        stream = _inflate(stream, coding, url)
    return iter(stream)


def _inflate(chunks: Iterable[bytes], coding: str, url: str) -> Iterator[bytes]:
    """Decompress one layer: gzip, or deflate (zlib-wrapped, or raw as some servers send it)."""
    decompressor = zlib.decompressobj(_WBITS[coding])
    started = False
    for chunk in chunks:
        data = chunk
        while data and not decompressor.eof:
            try:
                out = decompressor.decompress(data, CHUNK)
            except zlib.error as exc:
                if coding != "deflate" or started:
                    raise ArticleError(f"cannot fetch {url}: the page's {coding} data is broken ({exc})") from None
                decompressor = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, without the zlib header
                started = True
                continue
            started = True
            data = decompressor.unconsumed_tail
            if out:
                yield out
            while len(out) == CHUNK and not data and not decompressor.eof:  # output still held inside zlib
                out = decompressor.decompress(b"", CHUNK)
                if out:
                    yield out
        if decompressor.eof:
            return  # anything after the end of the compressed data is ignored
