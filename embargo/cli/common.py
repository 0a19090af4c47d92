"""What every command shares: the ``--json`` flag, printing text or JSON, opening the store.

Kept apart from ``main`` so that the command modules it gathers can use them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from embargo.cli.jsonout import dumps
from embargo.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def emit(as_json: bool, value: Any, lines: Iterable[str]) -> None:
    """``value`` as JSON, or the text ``lines``."""
    if as_json:
        click.echo(dumps(value))
    else:
        for line in lines:
            click.echo(line)


def open_store(ctx: click.Context) -> Store:
    """The store named by the group's ``--db``."""
    return Store(ctx.obj["db"])


__all__ = ["emit", "json_option", "open_store"]
