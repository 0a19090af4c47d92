"""embargo: a sanctions registry with the full history of designations."""

__version__ = "0.1.0"
