"""The UN Security Council Consolidated List (``consolidated.xml``) as a ``ListSnapshot``.

One record per INDIVIDUAL or ENTITY, keyed by its REFERENCE_NUMBER (``QDi.001``), which the UN
never reuses; DATAID changes between versions and is kept only in ``raw``. The parser is pure:
bytes in, snapshot out. A file that cannot be read as a whole (not XML, truncated, a DTD, a
wrong root, an entry without a reference) raises ``InvalidData`` and yields nothing, so a store
never sees half a list; a single value it cannot map is a ``Finding`` instead.

Element readers live in ``un_sc_fields`` (entity), ``un_sc_names`` and ``un_sc_dates``; the
list's vocabulary lives in ``embargo/sources/un_sc.yml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from lxml import etree

from embargo.exc import InvalidData
from embargo.ingest.safexml import element_to_raw, line_of, parse_xml
from embargo.ingest.snapshot import Finding, ListRecord, ListSnapshot, SourceFile
from embargo.ingest.un_sc_dates import read_day
from embargo.ingest.un_sc_entry import EntryContext, clean
from embargo.ingest.un_sc_fields import read_entity
from embargo.ingest.un_sc_vocab import LIST_ID, vocab_key, vocabulary
from embargo.model.values import EntityKind

__all__ = ["LIST_ID", "parse_un_sc"]

ROOT_TAG = "CONSOLIDATED_LIST"
#: Container element -> the entry element it holds, and the kind of party that entry is.
#: The UN lists the odd ship as an ENTITY with nothing to tell it apart, so it stays an
#: organisation rather than being guessed into a vessel.
GROUPS: dict[str, tuple[str, EntityKind]] = {
    "INDIVIDUALS": ("INDIVIDUAL", EntityKind.PERSON),
    "ENTITIES": ("ENTITY", EntityKind.ORGANIZATION),
}


def parse_un_sc(file: SourceFile) -> ListSnapshot:
    """Read one version of the UN consolidated list; raises ``InvalidData`` if unreadable."""
    root = parse_xml(file, ROOT_TAG, "a UN consolidated list")
    snapshot = ListSnapshot(LIST_ID)
    snapshot.published = _published(file.name, root, snapshot.findings)
    for entry, kind in _entries(file.name, root, snapshot.findings):
        record = _record(file.name, entry, kind, snapshot.findings)
        snapshot.add(record, file.name, line_of(entry))
    return snapshot


def _published(source: str, root: etree._Element, findings: list[Finding]) -> datetime | None:
    """``dateGenerated`` (``2026-02-27T00:00:09.554Z``): when the UN produced this file."""
    text = root.get("dateGenerated")
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        findings.append(Finding(source, line_of(root), "invalid_date", text))
        return None


def _entries(
    source: str, root: etree._Element, findings: list[Finding]
) -> Iterator[tuple[etree._Element, EntityKind]]:
    """Every INDIVIDUAL and ENTITY; any other element is reported, never silently skipped."""
    for group in root:
        if not isinstance(group.tag, str):
            continue
        if group.tag not in GROUPS:
            findings.append(Finding(source, line_of(group), "unknown_field", group.tag))
            continue
        entry_tag, kind = GROUPS[group.tag]
        for entry in group:
            if not isinstance(entry.tag, str):
                continue
            if entry.tag == entry_tag:
                yield entry, kind
            else:
                field = f"{group.tag}/{entry.tag}"
                findings.append(Finding(source, line_of(entry), "unknown_field", field))


def _record(
    source: str, entry: etree._Element, kind: EntityKind, findings: list[Finding]
) -> ListRecord:
    key = _reference(source, entry)
    ctx = EntryContext(source, key, vocabulary(), findings)
    return ListRecord(
        key=key,
        raw=element_to_raw(entry),
        entity=read_entity(ctx, entry, kind),
        programmes=_programmes(ctx, entry),
        listed_on=_listed_on(ctx, entry),
        amended_on=_amended_on(ctx, entry),
    )


def _reference(source: str, entry: etree._Element) -> str:
    """The record key; without it a record could not be told apart across versions."""
    reference = clean(entry.findtext("REFERENCE_NUMBER"))
    if reference is None:
        raise InvalidData(source, line_of(entry), f"<{entry.tag}> has no REFERENCE_NUMBER")
    return reference


def _programmes(ctx: EntryContext, entry: etree._Element) -> tuple[str, ...]:
    """UN_LIST_TYPE as a programme code; an unknown regime keeps its UN spelling."""
    element = entry.find("UN_LIST_TYPE")
    text = None if element is None else clean(element.text)
    if element is None or text is None:
        return ()
    code = ctx.vocab.programmes.get(vocab_key(text))
    if code is None:
        ctx.warn(element, "unmapped_programme", text)
        return (text,)
    return (code,)


def _listed_on(ctx: EntryContext, entry: etree._Element) -> date | None:
    element = entry.find("LISTED_ON")
    text = None if element is None else clean(element.text)
    if element is None or text is None:
        return None
    return read_day(ctx, element, text)


def _amended_on(ctx: EntryContext, entry: etree._Element) -> tuple[date, ...]:
    """Every LAST_DAY_UPDATED value, oldest first: the days the UN amended the entry."""
    days: set[date] = set()
    for element in entry.iterfind("LAST_DAY_UPDATED/VALUE"):
        text = clean(element.text)
        day = None if text is None else read_day(ctx, element, text)
        if day is not None:
            days.add(day)
    return tuple(sorted(days))
