"""``embargo serve`` and ``embargo keys``: the HTTP server and the API keys it accepts."""

from __future__ import annotations

import click

from embargo import registry
from embargo.api.config import ServerConfig
from embargo.app import create_app
from embargo.cli.common import emit, json_option, open_store
from embargo.cli.jsonout import dumps
from embargo.registry import keys as api_keys
from embargo.store import KeyRecord, Store


@click.command(
    "serve",
    help="Run the HTTP API and web UI; loads the bundled ICC case into an empty store.\n\n"
    "Example: embargo serve --port 8000",
)
@click.option("--host", help="Address to listen on (env EMBARGO_HOST; default 127.0.0.1).")
@click.option("--port", type=int, help="Port (env EMBARGO_PORT; default 8000).")
@click.option("--db", help="Store to serve (default: the --db given before the command).")
@click.option(
    "--auth/--no-auth",
    default=None,
    help="Require API keys (env EMBARGO_AUTH; default: on unless the host is loopback).",
)
@click.option("--access-log/--no-access-log", default=True, show_default=True)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str | None,
    port: int | None,
    db: str | None,
    auth: bool | None,
    access_log: bool,
) -> None:
    import uvicorn

    config = ServerConfig.from_settings(db=db or ctx.obj["db"], host=host, port=port, auth=auth)
    store = Store(config.db)
    if len(store.lists()) == 0:
        report = registry.ingest_curated(store)
        click.echo(f"{config.db}: empty store; loaded {report.list_id} v{report.version.seq}")
    _announce(store, config)
    uvicorn.run(
        create_app(config, store), host=config.host, port=config.port, access_log=access_log
    )


def _announce(store: Store, config: ServerConfig) -> None:
    if not config.auth_required:
        click.echo("API keys: not required (the server listens on loopback only)")
    elif not any(k.active for k in api_keys.list_keys(store)):
        click.echo("API keys: required, and none exists yet: embargo keys create --role admin")
    else:
        click.echo("API keys: required (Authorization: Bearer <key>, or log in on the web page)")
    click.echo(f"embargo is serving {config.db} at {config.url}")


@click.group("keys", help="API keys for the HTTP server (stored hashed).")
def keys() -> None:
    pass


@keys.command(
    "create",
    help="Create a key and print it once.\n\nExample: embargo keys create --role screener "
    "--name onboarding",
)
@click.option(
    "--role", required=True, type=click.Choice([r.value for r in api_keys.Role]), help="Role."
)
@click.option("--name", default="", help="Who or what the key is for.")
@json_option
@click.pass_context
def create(ctx: click.Context, role: str, name: str, as_json: bool) -> None:
    new = api_keys.create_key(open_store(ctx), role, name)
    if as_json:
        click.echo(dumps({**_key_dict(new.record), "key": new.token}))
        return
    click.echo(new.token)
    click.echo(f"key {new.record.id} ({new.record.role}); shown once, store it now", err=True)


@keys.command("list", help="Every key: id, prefix, name, role, created, revoked.")
@json_option
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool) -> None:
    found = api_keys.list_keys(open_store(ctx))
    emit(as_json, [_key_dict(k) for k in found], map(_key_line, found))


@keys.command("revoke", help="Revoke a key by its id; it stops working at once.")
@click.argument("key_id", type=int)
@click.pass_context
def revoke(ctx: click.Context, key_id: int) -> None:
    key = api_keys.revoke_key(open_store(ctx), key_id)
    click.echo(f"key {key.id} ({key.prefix}..., {key.role}) revoked")


def _key_line(key: KeyRecord) -> str:
    revoked = f"revoked {key.revoked_at.isoformat()}" if key.revoked_at else "active"
    created = key.created_at.isoformat()
    return f"{key.id}\t{key.prefix}...\t{key.role}\t{created}\t{revoked}\t{key.name}"


def _key_dict(key: KeyRecord) -> dict[str, object]:
    """A key for printing: never its hash."""
    return {
        "id": key.id,
        "prefix": key.prefix,
        "name": key.name,
        "role": key.role,
        "created_at": key.created_at,
        "revoked_at": key.revoked_at,
    }
