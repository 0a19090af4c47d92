"""Uploaded files read within a size limit, under their base name only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath

from fastapi import UploadFile

from embargo.exc import InvalidInput
from embargo.ingest.snapshot import SourceFile


def base_name(filename: str | None) -> str:
    """The file's own name: a client's folders (or tricks like ``../``) play no part."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    return name or "upload"


def read_uploads(files: Sequence[UploadFile], max_bytes: int) -> list[SourceFile]:
    found = []
    for upload in files:
        content = upload.file.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise InvalidInput(f"{base_name(upload.filename)}: larger than {max_bytes} bytes")
        found.append(SourceFile(base_name(upload.filename), content))
    return found
