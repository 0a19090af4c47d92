"""``embargo demo``: the main job on the bundled data, the README's first command."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

import click

from embargo import registry
from embargo.cli import render
from embargo.cli.common import open_store
from embargo.exc import EmbargoError
from embargo.registry.fetch import reachable
from embargo.store import Store

#: (query, day) pairs that tell the ICC story; names are exact names from the bundled case.
STORY: list[tuple[str, str]] = [
    ("Fatou Bensouda", "2020-09-01"),
    ("Fatou Bensouda", "2020-12-01"),
    ("Fatou Bensouda", "2021-05-01"),
    ("Karim Khan", "2025-03-01"),
    ("Solomy Balungi Bossa", "2025-07-01"),
    ("Solomy Balungi Bossa", "2025-07-09"),
]


@click.command("demo", help="Load the bundled ICC case and show its status on a few dates.")
@click.pass_context
def demo(ctx: click.Context) -> None:
    store = open_store(ctx)
    report = registry.ingest_curated(store)
    for line in render.ingest_report(report):
        click.echo(line)
    today = datetime.now(UTC).date().isoformat()
    for query, day in [*STORY, ("Fatou Bensouda", today), ("Karim Khan", today)]:
        click.echo("")
        _show(store, query, date.fromisoformat(day))
    click.echo("")
    _offer_official_lists(store, ctx.obj["db"])


def _show(store: Store, query: str, day: date) -> None:
    try:
        answers = registry.status(store, query, day)
    except EmbargoError as exc:
        click.echo(f"{query}: {exc}")
        return
    for answer in answers:
        for line in render.entity_status(answer):
            click.echo(line)


def _offer_official_lists(store: Store, db: str) -> None:
    """Offer a download when the official servers answer; say so and go on when they do not."""
    targets = []
    for spec in registry.LISTS.values():
        for url in spec.official_urls[:1]:
            problem = reachable(url)
            if problem is None:
                targets.append((spec, url))
            else:
                click.echo(
                    f"{spec.id}: official list not reachable ({problem}); using bundled data only"
                )
    if len(targets) == 0:
        return
    click.echo("The official lists can be downloaded:")
    for spec, url in targets:
        click.echo(f"  embargo --db {db} ingest {spec.command} {url}")
    if not sys.stdin.isatty() or not click.confirm("Download and ingest them now?", default=False):
        return
    for spec, url in targets:
        try:
            report = registry.ingest_list(store, spec.id, [url])
        except EmbargoError as exc:
            click.echo(f"{spec.id}: {exc}")
            continue
        for line in render.ingest_report(report):
            click.echo(line)
