"""The entity of one UN entry: one reader per child element, dispatched by tag.

Every tag an entry may carry is either read here, read at record level by ``un_sc`` (see
``RECORD_TAGS``), or reported as ``unknown_field``: when the UN adds an element, the ingest
report says so instead of the value vanishing.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from embargo.ingest.un_sc_dates import read_birth_date
from embargo.ingest.un_sc_entry import (
    EntityParts,
    EntryContext,
    clean,
    fields,
    join_place,
    values,
)
from embargo.ingest.un_sc_names import (
    NAME_PARTS,
    read_alias,
    read_original_script,
    read_primary_name,
)
from embargo.ingest.un_sc_vocab import vocab_key
from embargo.model.entity import Address, Entity, Identifier
from embargo.model.values import EntityKind

#: Read by ``un_sc`` for the record (key, programme, dates) or kept only in ``raw``
#: (DATAID, VERSIONNUM, LIST_TYPE and SORT_KEY* are bookkeeping with no meaning for the entity).
RECORD_TAGS = frozenset(
    {
        "DATAID",
        "VERSIONNUM",
        "REFERENCE_NUMBER",
        "UN_LIST_TYPE",
        "LISTED_ON",
        "LAST_DAY_UPDATED",
        "LIST_TYPE",
        "SORT_KEY",
        "SORT_KEY_LAST_MOD",
        *NAME_PARTS,
    }
)

ADDRESS_FIELDS = frozenset({"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"})
PLACE_FIELDS = frozenset({"STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"})
DOCUMENT_FIELDS = frozenset(
    {
        "TYPE_OF_DOCUMENT",
        "TYPE_OF_DOCUMENT2",
        "NUMBER",
        "ISSUING_COUNTRY",
        "DATE_OF_ISSUE",
        "CITY_OF_ISSUE",
        "COUNTRY_OF_ISSUE",
        "NOTE",
    }
)

Reader = Callable[[EntryContext, etree._Element, EntityParts], None]


def read_entity(ctx: EntryContext, entry: etree._Element, kind: EntityKind) -> Entity:
    """The entity of an INDIVIDUAL or ENTITY, with id ``un-<reference>``."""
    parts = EntityParts()
    read_primary_name(ctx, entry, parts)
    for child in entry:
        if not isinstance(child.tag, str) or child.tag in RECORD_TAGS:
            continue
        reader = READERS.get(child.tag)
        if reader is None:
            ctx.warn(child, "unknown_field", f"{entry.tag}/{child.tag}")
            continue
        reader(ctx, child, parts)
    return parts.build(f"un-{ctx.record}", kind)


def read_comment(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    text = clean(element.text)
    if text is not None:
        parts.remarks.append(text)


def read_titles(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """TITLE holds honorifics (Maulavi, Haji, Dr.), not offices, so they are properties."""
    parts.properties.extend(("title", value) for value in values(ctx, element))


def read_designations(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """DESIGNATION holds offices and ranks ("FDLR Interim President"): positions."""
    parts.positions.extend(values(ctx, element))


def read_nationalities(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    codes = (ctx.country(element, value) for value in values(ctx, element))
    parts.nationalities.extend(code for code in codes if code is not None)


def read_gender(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    text = clean(element.text)
    if text is None:
        return
    gender = ctx.vocab.genders.get(vocab_key(text))
    if gender is None:
        ctx.warn(element, "unmapped_gender", text)
    parts.gender = gender


def read_address(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """An address; its NOTE ("previous address", "as of June 2016") stays in the full text."""
    found = fields(ctx, element, ADDRESS_FIELDS)
    lines = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
    full = join_place([found.get(tag) for tag in lines], found.get("NOTE"))
    if full is None:
        return
    country = ctx.country(element, found.get("COUNTRY"))
    if country is not None:
        parts.countries.append(country)
    parts.addresses.append(
        Address(
            full=full,
            street=found.get("STREET"),
            city=found.get("CITY"),
            region=found.get("STATE_PROVINCE"),
            postal_code=found.get("ZIP_CODE"),
            country=country,
        )
    )


def read_birth_place(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    found = fields(ctx, element, PLACE_FIELDS)
    lines = ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")
    place = join_place([found.get(tag) for tag in lines], found.get("NOTE"))
    if place is not None:
        parts.birth_places.append(place)


def read_document(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """An identity document. One with no NUMBER is reported whole: an empty identifier would
    match nothing, and the number, when there is one, hides in a label or NOTE for a curator."""
    found = fields(ctx, element, DOCUMENT_FIELDS)
    if len(found) == 0:
        return
    kind = document_kind(ctx, element, found)
    number = found.get("NUMBER")
    if number is None:
        ctx.warn(element, "missing_id_number", "; ".join(found.values()))
        return
    issuer = found.get("ISSUING_COUNTRY") or found.get("COUNTRY_OF_ISSUE")
    country = ctx.country(element, issuer)
    parts.identifiers.append(Identifier(kind, number, country, _document_note(found)))


def document_kind(ctx: EntryContext, element: etree._Element, found: dict[str, str]) -> str:
    """The kind of the most specific mapped label; every unmapped label is a finding."""
    kind: str | None = None
    labels = [found[tag] for tag in ("TYPE_OF_DOCUMENT2", "TYPE_OF_DOCUMENT") if tag in found]
    for label in labels:
        key = vocab_key(label)
        if key not in ctx.vocab.id_types:
            ctx.warn(element, "unmapped_id_type", label)
        elif kind is None:
            kind = ctx.vocab.id_types[key]
    if len(labels) == 0:
        ctx.warn(element, "unmapped_id_type", "")
    return "other" if kind is None else kind


def _document_note(found: dict[str, str]) -> str | None:
    """What the list says beside the number: the specific label, issue place and day, note."""
    notes: list[str] = []
    label = found.get("TYPE_OF_DOCUMENT2")
    if label is not None and vocab_key(label) != vocab_key(found.get("TYPE_OF_DOCUMENT", "")):
        notes.append(label)
    place = join_place([found.get("CITY_OF_ISSUE"), found.get("COUNTRY_OF_ISSUE")], None)
    if place is not None:
        notes.append(f"issued in {place}")
    if "DATE_OF_ISSUE" in found:
        notes.append(f"issued on {found['DATE_OF_ISSUE']}")
    if "NOTE" in found:
        notes.append(found["NOTE"])
    return "; ".join(notes) if len(notes) > 0 else None


READERS: dict[str, Reader] = {
    "NAME_ORIGINAL_SCRIPT": read_original_script,
    "COMMENTS1": read_comment,
    "TITLE": read_titles,
    "DESIGNATION": read_designations,
    "NATIONALITY": read_nationalities,
    "GENDER": read_gender,
    "INDIVIDUAL_ALIAS": read_alias,
    "ENTITY_ALIAS": read_alias,
    "INDIVIDUAL_ADDRESS": read_address,
    "ENTITY_ADDRESS": read_address,
    "INDIVIDUAL_DATE_OF_BIRTH": read_birth_date,
    "INDIVIDUAL_PLACE_OF_BIRTH": read_birth_place,
    "INDIVIDUAL_DOCUMENT": read_document,
}
