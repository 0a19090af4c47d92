"""The HTTP API: JSON routes over the registry and screening services, keys and roles.

``embargo.app.create_app`` composes these routers with the web UI into one application.
"""

from embargo.api.auth import Principal, Role, authenticate, require
from embargo.api.config import ServerConfig
from embargo.api.state import ServerState, get_state

__all__ = [
    "Principal",
    "Role",
    "ServerConfig",
    "ServerState",
    "authenticate",
    "get_state",
    "require",
]
