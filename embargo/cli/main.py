"""Command definitions. Each one parses, calls one library function and prints."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from embargo import registry, settings
from embargo.batch import BatchSettings, screen_file
from embargo.cli import render
from embargo.cli.common import emit, json_option, open_store
from embargo.cli.demo import demo
from embargo.cli.search import search_cmd
from embargo.cli.server import keys, serve
from embargo.exc import EmbargoError
from embargo.ingest.tabular import ColumnMap
from embargo.matching import Query
from embargo.model.values import EntityKind, PartialDate
from embargo.screening import Screener, screen
from embargo.screening.options import identifier_from_text, thresholds_from_text
from embargo.screening.service import DEFAULT_THRESHOLD


@click.group(help="Sanctions registry with the full history of designations.")
@click.option(
    "--db",
    default=settings.DB,
    show_default=True,
    help="SQLite file or SQLAlchemy URL of the store (env EMBARGO_DB).",
)
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    ctx.obj = {"db": db}


@cli.group(help="Add a list version to the store.")
def ingest() -> None:
    pass


def _observed(text: str | None) -> datetime | None:
    return None if text is None else registry.parse_moment(text)


@ingest.command(
    "ofac-sdn",
    help="OFAC SDN legacy CSV: sdn.csv [add.csv alt.csv sdn_comments.csv], paths or URLs.",
)
@click.argument("paths", nargs=-1, required=True)
@click.option("--observed-at", help="When this version was observed (default: now).")
@json_option
@click.pass_context
def ingest_ofac(
    ctx: click.Context, paths: tuple[str, ...], observed_at: str | None, as_json: bool
) -> None:
    report = registry.ingest_list(open_store(ctx), "us_ofac_sdn", paths, _observed(observed_at))
    emit(as_json, report, render.ingest_report(report))


@ingest.command("un-sc", help="UN Security Council consolidated list XML, a path or URL.")
@click.argument("path")
@click.option("--observed-at", help="When this version was observed (default: now).")
@json_option
@click.pass_context
def ingest_un(ctx: click.Context, path: str, observed_at: str | None, as_json: bool) -> None:
    report = registry.ingest_list(open_store(ctx), "un_sc", [path], _observed(observed_at))
    emit(as_json, report, render.ingest_report(report))


@ingest.command(
    "custom",
    help="A list of your own from CSV or JSON Lines.\n\n"
    "Example: embargo ingest custom blocklist people.csv --map name=full_name --kind person",
)
@click.argument("list_id")
@click.argument("path")
@click.option("--map", "pairs", multiple=True, help="FIELD=COLUMN (id, name, kind, aliases, ...).")
@click.option("--kind", help="Entity kind when the file has no kind column.")
@click.option("--title", help="A title for the list.")
@click.option("--observed-at", help="When this version was observed (default: now).")
@json_option
@click.pass_context
def ingest_custom(
    ctx: click.Context,
    list_id: str,
    path: str,
    pairs: tuple[str, ...],
    kind: str | None,
    title: str | None,
    observed_at: str | None,
    as_json: bool,
) -> None:
    spec = registry.custom_list_spec(list_id, ColumnMap.parse(list(pairs), kind), title)
    report = registry.ingest_list(open_store(ctx), spec, [path], _observed(observed_at))
    emit(as_json, report, render.ingest_report(report))


@ingest.command("curated", help="A curated YAML dataset (default: the bundled ICC case).")
@click.argument("path", required=False)
@json_option
@click.pass_context
def ingest_curated(ctx: click.Context, path: str | None, as_json: bool) -> None:
    report = registry.ingest_curated(open_store(ctx), path)
    emit(as_json, report, render.ingest_report(report))


@cli.command(
    "screen",
    help="Screen a name against the lists as they stood on a day.\n\n"
    'Example: embargo screen "Fatou Bensuda" --as-of 2020-12-01',
)
@click.argument("name")
@click.option("--dob", help="Birth date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--country", "countries", multiple=True, help="Nationality or country (ISO code).")
@click.option("--kind", type=click.Choice([k.value for k in EntityKind]))
@click.option("--as-of", "as_of", help="Screen against the lists of this day (default today).")
@click.option("--id", "ids", multiple=True, help="Identifier as KIND:VALUE (repeatable).")
@click.option("--list", "lists", multiple=True, help="Only these lists (repeatable).")
@click.option("--threshold", type=float, default=DEFAULT_THRESHOLD, show_default=True)
@click.option("--list-threshold", "list_thresholds", multiple=True, help="LIST=SCORE for one list.")
@click.option("--limit", type=int, default=10, show_default=True)
@json_option
@click.pass_context
def screen_cmd(
    ctx: click.Context,
    name: str,
    dob: str | None,
    countries: tuple[str, ...],
    kind: str | None,
    as_of: str | None,
    ids: tuple[str, ...],
    lists: tuple[str, ...],
    threshold: float,
    list_thresholds: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    query = Query(
        name=name,
        kind=None if kind is None else EntityKind(kind),
        birth_date=None if dob is None else PartialDate.parse(dob),
        countries=tuple(c.casefold() for c in countries),
        identifiers=tuple(identifier_from_text(i) for i in ids),
    )
    day = _day_or_today(as_of)
    per_list = thresholds_from_text(list_thresholds) if list_thresholds else None
    store = open_store(ctx)
    result = screen(store, query, day, list(lists) or None, threshold, limit, per_list)
    emit(as_json, result, render.screening(result))


@cli.command(
    "screen-file",
    help="Screen a customer file (CSV, JSON Lines or Parquet) on every core; resumable.\n\n"
    "Columns: row_id, name, schema, birth_date, nationality.\n\n"
    "Example: embargo screen-file customers.csv --output hits.csv --as-of 2025-07-01",
)
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-of", "as_of", help="Screen against the lists of this day (default today).")
@click.option("--list", "lists", multiple=True, help="Only these lists (repeatable).")
@click.option("--threshold", type=float, default=DEFAULT_THRESHOLD, show_default=True)
@click.option("--workers", type=int, default=0, help="Processes (default: one per core).")
@click.option("--chunk-size", type=int, default=1000, show_default=True)
@click.pass_context
def screen_file_cmd(
    ctx: click.Context,
    source: Path,
    output: Path,
    as_of: str | None,
    lists: tuple[str, ...],
    threshold: float,
    workers: int,
    chunk_size: int,
) -> None:
    day = _day_or_today(as_of)
    screener = Screener(open_store(ctx), day, list(lists) or None)
    settings = BatchSettings(day, threshold, chunk_size=chunk_size, workers=workers)
    with Progress(transient=True, console=Console(stderr=True)) as progress:
        task = progress.add_task("screening", total=None)
        count = screen_file(screener, source, output, settings, lambda n: progress.advance(task, n))
    click.echo(f"{count} rows screened into {output}")


@cli.command("lists", help="Each list's versions with observed-at, sha256 and counts.")
@json_option
@click.pass_context
def lists_cmd(ctx: click.Context, as_json: bool) -> None:
    versions = open_store(ctx).versions()
    emit(as_json, versions, render.versions(versions))


@cli.command(
    "status",
    help='Designated or not on a day.\n\nExample: embargo status "Fatou Bensouda" --at 2020-12-01',
)
@click.argument("query")
@click.option("--at", "day", help="The day (YYYY-MM-DD); default today.")
@json_option
@click.pass_context
def status_cmd(ctx: click.Context, query: str, day: str | None, as_json: bool) -> None:
    on = _day_or_today(day)
    answers = registry.status(open_store(ctx), query, on)
    emit(as_json, answers, (line for a in answers for line in render.entity_status(a)))


@cli.command("show", help="An entity: names, attributes and relationships.")
@click.argument("query")
@json_option
@click.pass_context
def show_cmd(ctx: click.Context, query: str, as_json: bool) -> None:
    views = registry.entity_views(open_store(ctx), query)
    emit(as_json, views, (line for view in views for line in render.entity_view(view)))


@cli.command("history", help="The whole timeline of an entity's designations.")
@click.argument("query")
@json_option
@click.pass_context
def history_cmd(ctx: click.Context, query: str, as_json: bool) -> None:
    found = registry.history(open_store(ctx), query)
    emit(as_json, found, (line for events in found.values() for line in render.events(events)))


@cli.command("changes", help="Events of a list in order of their date.")
@click.argument("list_id")
@click.option("--since", help="First day (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last day (YYYY-MM-DD), inclusive.")
@json_option
@click.pass_context
def changes_cmd(
    ctx: click.Context, list_id: str, since: str | None, until: str | None, as_json: bool
) -> None:
    events = registry.changes(open_store(ctx), list_id, _day(since), _day(until))
    emit(as_json, events, render.events(events))


def _day_or_today(text: str | None) -> date:
    return datetime.now(UTC).date() if text is None else registry.parse_date(text)


def _day(text: str | None) -> date | None:
    return None if text is None else registry.parse_date(text)


@cli.command("export", help="A list exactly as it stood at a moment (observation time).")
@click.argument("list_id")
@click.option(
    "--as-of", required=True, help="Day or timestamp; the latest version observed by then."
)
@click.option("--format", "fmt", default="csv", type=click.Choice(["csv", "jsonl", "sdn-csv"]))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout."
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format jsonl.")
@click.pass_context
def export_cmd(
    ctx: click.Context, list_id: str, as_of: str, fmt: str, output: str | None, as_json: bool
) -> None:
    moment = registry.parse_moment(as_of)
    _, text = registry.export_list(open_store(ctx), list_id, moment, "jsonl" if as_json else fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)


cli.add_command(demo)
cli.add_command(search_cmd)
cli.add_command(serve)
cli.add_command(keys)


def main() -> None:
    """Run the CLI; an ``EmbargoError`` is one line on stderr and a non-zero exit status."""
    try:
        cli(standalone_mode=False)
    except EmbargoError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2 if exc.status < 500 else 1)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
