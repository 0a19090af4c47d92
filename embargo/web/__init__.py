"""Server-rendered web UI: HTML pages over the same registry and screening services as the CLI."""

from pathlib import Path

_HERE = Path(__file__).resolve().parent

#: Stylesheet and scripts, mounted at /static by the app factory.
STATIC_DIR: Path = _HERE / "static"
#: Jinja2 templates (autoescaped).
TEMPLATES_DIR: Path = _HERE / "templates"

__all__ = ["STATIC_DIR", "TEMPLATES_DIR"]
