"""Reading list files from disk or from an official URL, with limits and clear errors."""

from __future__ import annotations

import zlib
from pathlib import Path

import httpx

from embargo import settings
from embargo.exc import InvalidData, InvalidInput, SourceUnavailable
from embargo.ingest.snapshot import SourceFile

GZIP_MAGIC = b"\x1f\x8b"


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def read_source(location: str, timeout: float | None = None) -> SourceFile:
    """The bytes behind a path or URL; a ``.gz`` file is unpacked (within the size limit)."""
    content = _fetch(location, timeout) if is_url(location) else _read_file(location)
    return source_file(location, content)


def source_file(name: str, content: bytes) -> SourceFile:
    """A file as read or uploaded; gzip data is unpacked (within the size limit)."""
    if len(content) > settings.MAX_SOURCE_BYTES:
        raise InvalidData(name, None, f"larger than {settings.MAX_SOURCE_BYTES} bytes")
    if content.startswith(GZIP_MAGIC):
        content = _gunzip(name, content)
        name = name.removesuffix(".gz")
    return SourceFile(name, content)


def _read_file(location: str) -> bytes:
    path = Path(location)
    if not path.is_file():
        raise InvalidInput(f"{location}: no such file")
    if path.stat().st_size > settings.MAX_SOURCE_BYTES:
        raise InvalidData(location, None, f"larger than {settings.MAX_SOURCE_BYTES} bytes")
    return path.read_bytes()


def _fetch(url: str, timeout: float | None) -> bytes:
    wait = settings.HTTP_TIMEOUT if timeout is None else timeout
    try:
        with httpx.stream("GET", url, timeout=wait, follow_redirects=True) as response:
            response.raise_for_status()
            return _read_limited(url, response)
    except httpx.TimeoutException as exc:
        raise SourceUnavailable(
            f"{url}: no answer within {wait:g} s ({exc.__class__.__name__})"
        ) from exc
    except httpx.HTTPStatusError as exc:
        raise SourceUnavailable(f"{url}: server answered HTTP {exc.response.status_code}") from exc
    except httpx.TransportError as exc:
        raise SourceUnavailable(f"{url}: cannot connect (offline?): {exc}") from exc


def _read_limited(url: str, response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > settings.MAX_SOURCE_BYTES:
            raise InvalidData(url, None, f"larger than {settings.MAX_SOURCE_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _gunzip(location: str, content: bytes) -> bytes:
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = unpacker.decompress(content, settings.MAX_SOURCE_BYTES + 1)
    except zlib.error as exc:
        raise InvalidData(location, None, f"broken gzip data: {exc}") from exc
    if len(data) > settings.MAX_SOURCE_BYTES:
        raise InvalidData(location, None, f"unpacks to more than {settings.MAX_SOURCE_BYTES} bytes")
    if not unpacker.eof:
        raise InvalidData(location, None, "gzip data is truncated")
    return data


def reachable(url: str, timeout: float = 5.0) -> str | None:
    """``None`` when the server answers; otherwise why not, in a few words."""
    try:
        response = httpx.head(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        return f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__
    return None if response.status_code < 500 else f"HTTP {response.status_code}"
