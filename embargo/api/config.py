"""How the server runs: the store, where it listens, whether keys are needed, batch size."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from embargo import settings
from embargo.exc import InvalidInput

#: Host names that mean "this machine only".
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host.casefold() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_auth(text: str) -> bool | None:
    """``on``/``off`` as a bool; ``auto`` as None (decided by the host)."""
    value = text.strip().casefold()
    choices = {"on": True, "true": True, "1": True, "off": False, "false": False, "0": False}
    if value == "auto":
        return None
    if value not in choices:
        raise InvalidInput(f"EMBARGO_AUTH must be on, off or auto, not {text!r}")
    return choices[value]


@dataclass(frozen=True, slots=True)
class ServerConfig:
    db: str = settings.DB
    host: str = settings.HOST
    port: int = settings.PORT
    #: True or False to force; None: keys are needed unless the host is loopback.
    auth: bool | None = None
    max_batch: int = settings.MAX_BATCH
    max_upload_bytes: int = settings.MAX_UPLOAD_BYTES

    @classmethod
    def from_settings(
        cls,
        db: str | None = None,
        host: str | None = None,
        port: int | None = None,
        auth: bool | None = None,
    ) -> ServerConfig:
        """The configuration from ``EMBARGO_*`` settings; the values given (not None) win."""
        return cls(
            db=settings.DB if db is None else db,
            host=settings.HOST if host is None else host,
            port=settings.PORT if port is None else port,
            auth=parse_auth(settings.AUTH) if auth is None else auth,
        )

    @property
    def auth_required(self) -> bool:
        """Keys are needed when forced on, or by default on anything but loopback."""
        return self.auth if self.auth is not None else not is_loopback(self.host)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"
