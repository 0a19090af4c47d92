"""The ``embargo`` command line: thin commands over ``embargo.registry``."""

from embargo.cli.main import cli, main

__all__ = ["cli", "main"]
