"""The lists embargo knows how to read: identity, official URLs and parser of each.

Titles, publishers and URLs are data (``embargo/sources/<list>.yml``); which function parses
which format is structure, so it lives here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from embargo.exc import InvalidInput
from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_sdn import parse_ofac_sdn
from embargo.ingest.snapshot import ListSnapshot, SourceFile
from embargo.ingest.tabular import ColumnMap, parse_tabular
from embargo.ingest.un_sc import parse_un_sc
from embargo.store import ListInfo

Parser = Callable[[Sequence[SourceFile]], ListSnapshot]


@dataclass(frozen=True, slots=True)
class ListSpec:
    id: str
    #: The name used on the command line: ``embargo ingest ofac-sdn``.
    command: str
    format: str
    parse: Parser
    #: How many files one version is made of, at most.
    max_files: int
    #: ``official`` lists have a spec in ``embargo/sources``; ``custom`` ones are the user's.
    kind: str = "official"
    title: str | None = None

    @property
    def info(self) -> ListInfo:
        if self.kind == "custom":
            return ListInfo(self.id, self.title or self.id, "custom", "custom", None, self.format)
        spec = source_spec(self.id)
        return ListInfo(
            id=self.id,
            title=spec["title"],
            publisher=spec["publisher"],
            kind="official",
            url=spec.get("url"),
            format=self.format,
        )

    @property
    def official_urls(self) -> list[str]:
        """Where the publisher serves the files, main file first."""
        if self.kind == "custom":
            return []
        urls = source_spec(self.id).get("urls") or []
        return [str(u) for u in (urls.values() if isinstance(urls, dict) else urls)]


def _parse_un(files: Sequence[SourceFile]) -> ListSnapshot:
    return parse_un_sc(files[0])


LISTS: dict[str, ListSpec] = {
    spec.id: spec
    for spec in (
        ListSpec("us_ofac_sdn", "ofac-sdn", "ofac-sdn-csv", parse_ofac_sdn, 4),
        ListSpec("un_sc", "un-sc", "un-sc-xml", _parse_un, 1),
    )
}


def custom_list_spec(list_id: str, columns: ColumnMap, title: str | None = None) -> ListSpec:
    """A user's list read from CSV or JSON Lines; its id must not clash with an official one."""
    if any(list_id in (s.id, s.command) for s in LISTS.values()) or not list_id.isidentifier():
        raise InvalidInput(
            f"bad custom list id {list_id!r}: use letters, digits and _, not {sorted(LISTS)}"
        )

    def parse(files: Sequence[SourceFile]) -> ListSnapshot:
        return parse_tabular(files[0], list_id, columns)

    return ListSpec(list_id, list_id, "tabular", parse, 1, kind="custom", title=title)


def list_spec(name: str) -> ListSpec:
    """Find a list by its id (``us_ofac_sdn``) or its command name (``ofac-sdn``)."""
    for spec in LISTS.values():
        if name in (spec.id, spec.command):
            return spec
    known = ", ".join(sorted(LISTS))
    raise InvalidInput(f"unknown list {name!r}; known lists: {known}")
