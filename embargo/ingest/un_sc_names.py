"""Names of a UN entry: the primary name, the original-script name and the aliases.

The UN splits a primary name into FIRST_NAME..FOURTH_NAME in the order it prints them (not
given/family), so joining them in order reproduces the printed name. An alias element may
carry several spellings separated by ";", and sometimes its own birth date and place (the
identity that alias was used with); both are kept.
"""

from __future__ import annotations

from lxml import etree

from embargo.ingest.scripts import detect_script
from embargo.ingest.un_sc_dates import read_partial_date
from embargo.ingest.un_sc_entry import EntityParts, EntryContext, clean, fields, join_place
from embargo.ingest.un_sc_vocab import vocab_key
from embargo.model.entity import Name
from embargo.model.values import NameType

NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")

ALIAS_FIELDS = frozenset(
    {"QUALITY", "ALIAS_NAME", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH", "NOTE"}
)

_BRACKETS = frozenset("()[]")


def read_primary_name(ctx: EntryContext, entry: etree._Element, parts: EntityParts) -> None:
    """FIRST..FOURTH_NAME joined in order, skipping empty parts."""
    texts = (clean(entry.findtext(tag)) for tag in NAME_PARTS)
    name = " ".join(text for text in texts if text is not None)
    if name == "":
        ctx.warn(entry, "missing_name", str(entry.tag))
        return
    parts.names.append(Name(name))


def read_original_script(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """NAME_ORIGINAL_SCRIPT, with the script detected from its letters (the UN omits it)."""
    text = clean(element.text)
    if text is None:
        return
    script = detect_script(text)
    if script is None:
        ctx.warn(element, "unknown_script", text)
    parts.names.append(Name(text, NameType.ORIGINAL_SCRIPT, script=script))


def read_alias(ctx: EntryContext, element: etree._Element, parts: EntityParts) -> None:
    """One INDIVIDUAL_ALIAS or ENTITY_ALIAS: its names, its note, its birth date and place."""
    found = fields(ctx, element, ALIAS_FIELDS)
    name, note = found.get("ALIAS_NAME"), found.get("NOTE")
    if name is not None:
        quality = found.get("QUALITY")
        name_type = _alias_type(ctx, element, quality)
        spellings = split_alias(ctx, element, name)
        parts.names.extend(Name(value, name_type, quality=quality) for value in spellings)
    if note is not None:
        parts.remarks.append(note if name is None else f"{name}: {note}")
    _read_alias_birth(ctx, element, found, parts)


def _alias_type(ctx: EntryContext, element: etree._Element, quality: str | None) -> NameType:
    """Good and a.k.a. are aliases, Low is weak, f.k.a. is former; unknown reads as alias."""
    name_type = None if quality is None else ctx.vocab.alias_types.get(vocab_key(quality))
    if name_type is None:
        ctx.warn(element, "unmapped_alias_quality", quality or "")
        return NameType.ALIAS
    return name_type


def split_alias(ctx: EntryContext, element: etree._Element, text: str) -> list[str]:
    """Split "Qasim Soleimani; Qasem Sulaimani" into its spellings.

    A ";" inside brackets ("جبهة النصرة (the Victory Front; Jabhat al-Nusrah)") belongs to a
    gloss, and splitting there would cut names in half, so such a value is kept whole and
    reported for a curator instead.
    """
    if ";" not in text:
        return [text]
    if not _BRACKETS.isdisjoint(text):
        ctx.warn(element, "compound_name", text)
        return [text]
    pieces = (clean(piece) for piece in text.split(";"))
    return [piece for piece in pieces if piece is not None]


def _read_alias_birth(
    ctx: EntryContext, element: etree._Element, found: dict[str, str], parts: EntityParts
) -> None:
    born = found.get("DATE_OF_BIRTH")
    value = None if born is None else read_partial_date(ctx, element, born)
    if value is not None:
        parts.birth_dates.append(value)
    place = join_place([found.get("CITY_OF_BIRTH"), found.get("COUNTRY_OF_BIRTH")], None)
    if place is not None:
        parts.birth_places.append(place)
