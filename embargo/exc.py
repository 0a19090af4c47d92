"""The exception tree of embargo.

Every error the library raises on purpose derives from ``EmbargoError`` and carries the HTTP
status the API should answer with; the CLI prints ``str(exc)`` on one line and exits non-zero.

    EmbargoError (500)
    ├── InvalidInput (400)    a query, option or argument the caller can fix
    │   └── InvalidData (422) a list file that cannot be read: names the file and the place
    ├── Unauthorized (401)    no API key, or one that is unknown or revoked
    ├── Forbidden (403)       a valid API key whose role does not allow the action
    ├── NotFound (404)        no such entity, list, version or instrument
    ├── Conflict (409)        an ingest that would break the store's order or uniqueness
    └── SourceUnavailable (502) an official list could not be fetched (offline, timeout, HTTP error)
"""

from __future__ import annotations


class EmbargoError(Exception):
    """Root of all errors raised by embargo."""

    status = 500


class InvalidInput(EmbargoError):
    status = 400


class InvalidData(InvalidInput):
    """A list file is malformed. The message names the file and the line, row or element."""

    status = 422

    def __init__(self, source: str, place: str | None, message: str) -> None:
        self.source = source
        self.place = place
        self.message = message
        where = source if place is None else f"{source}:{place}"
        super().__init__(f"{where}: {message}")


class Unauthorized(EmbargoError):
    status = 401


class Forbidden(EmbargoError):
    status = 403


class NotFound(EmbargoError):
    status = 404


class Conflict(EmbargoError):
    status = 409


class SourceUnavailable(EmbargoError):
    status = 502
