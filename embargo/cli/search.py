"""``embargo search``: text search over every name in the registry, with filters."""

from __future__ import annotations

from collections.abc import Iterator

import click

from embargo.cli.common import emit, json_option, open_store
from embargo.model.values import EntityKind
from embargo.registry import parse_date
from embargo.registry.search import SearchPage, search


@click.command(
    "search",
    help="Entities whose names hold every word of TEXT, with filters.\n\n"
    "Example: embargo search bensouda --designated-on 2020-12-01",
)
@click.argument("text")
@click.option("--list", "lists", multiple=True, help="Only names on these lists (repeatable).")
@click.option("--programme", help="Only entities with an event under this programme code.")
@click.option("--kind", type=click.Choice([k.value for k in EntityKind]))
@click.option("--country", help="Only entities with this country (ISO code).")
@click.option("--designated-on", help="Only entities designated on this day (YYYY-MM-DD).")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0, show_default=True)
@json_option
@click.pass_context
def search_cmd(
    ctx: click.Context,
    text: str,
    lists: tuple[str, ...],
    programme: str | None,
    kind: str | None,
    country: str | None,
    designated_on: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    page = search(
        open_store(ctx),
        text,
        lists=list(lists) or None,
        programme=programme,
        kind=None if kind is None else EntityKind(kind),
        country=country,
        designated_on=None if designated_on is None else parse_date(designated_on),
        limit=limit,
        offset=offset,
    )
    emit(as_json, page, render(page))


def render(page: SearchPage) -> Iterator[str]:
    shown = f"{page.offset + 1}-{page.offset + len(page.items)}" if page.items else "none"
    more = " (only the best 1000 names considered: add words)" if page.truncated else ""
    yield f"{page.total} entities for {page.text!r}; showing {shown}{more}"
    for item in page.items:
        state = f"designated on {page.day}" if item.designated else f"not designated on {page.day}"
        yield f"  {item.caption} [{item.entity_id}] {item.kind.value}: {state}"
        details = [f"matched {item.matched_name!r}", "lists " + ", ".join(item.lists)]
        if item.programmes:
            details.append("programmes " + ", ".join(item.programmes))
        if item.countries:
            details.append("countries " + ", ".join(item.countries))
        yield "    " + "; ".join(details)
