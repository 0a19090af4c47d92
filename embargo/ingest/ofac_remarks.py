"""The Remarks cell of OFAC's legacy sdn.csv: a `;`-separated list of labelled facts.

OFAC packs most of what it knows about a party into one prose cell: birth dates, passports,
weak aliases, links to other parties. The labels are OFAC's own vocabulary, which grows every
year, so they live in ``embargo/sources/us_ofac_sdn.yml``; this module holds the grammar.
Every part ends up somewhere: in a field of the entity, or in its remarks with a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_values import IdParts, parse_date, split_identifier, strip_terminator
from embargo.ingest.ofac_vocab import LIST_ID, Rule, Vocabulary
from embargo.model.entity import Identifier, Name
from embargo.model.values import DateRange, Gender, NameType, PartialDate

_ALT = re.compile(r"^alt\.\s+", re.IGNORECASE)
_TAGS = re.compile(r"^(?:\[[^\[\]]+\]\s*)+$")
_TAG = re.compile(r"\[([^\[\]]+)\]")
_ALIAS_OPEN = re.compile(r"^(?:alt\.\s+)?[a-z]\.[a-z]\.a\.\s+'", re.IGNORECASE)
_QUOTED = re.compile(r"^'(.*)'$", re.DOTALL)
#: Kinds whose value is the whole text: brackets in "(98)(21)(66153220)" are not a country.
_WHOLE_VALUE_KINDS = frozenset({"phone", "email", "website", "crypto_wallet"})
_NAME_TYPES = {
    "weak_alias": NameType.WEAK_ALIAS,
    "former_alias": NameType.FORMER,
    "alias": NameType.ALIAS,
}


@dataclass(slots=True)
class RemarkFacts:
    """What one Remarks cell says, sorted into the entity's fields."""

    names: list[Name] = field(default_factory=list)
    birth_dates: list[PartialDate | DateRange] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    citizenships: list[str] = field(default_factory=list)
    gender: Gender | None = None
    identifiers: list[Identifier] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)
    #: (RelationKind value, name as printed) from "Linked To: X", "wife of X"; resolving the
    #: name to a listed entry is the store's job.
    relations: list[tuple[str, str]] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    #: (kind, value) for the ingest report; a part can be mapped and still carry one.
    findings: list[tuple[str, str]] = field(default_factory=list)
    #: Parts read into a field (or recognised as a plain note) vs parts left as unmapped text.
    mapped: int = 0
    unmapped: int = 0


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The remark vocabulary of ``us_ofac_sdn.yml``, checked against the readers below."""
    return Vocabulary(source_spec(LIST_ID)["lookups"], _FIELD_READERS)


def parse_remarks(text: str, truncated: bool = False) -> RemarkFacts:
    """Read a Remarks cell (plus its sdn_comments overflow, already appended).

    ``truncated`` says the cell was cut at OFAC's length limit with no overflow row: its last
    part is incomplete, so it is kept as text rather than read as a (wrong) value.
    """
    facts = RemarkFacts()
    vocab = vocabulary()
    parts = split_parts(text)
    cut = parts.pop() if truncated and len(parts) > 0 else None
    for part in parts:
        _read_part(facts, part, vocab)
    if cut is not None:
        _leave(facts, cut, "truncated_remark")
    return facts


def split_parts(text: str) -> list[str]:
    """Split at `;`, except inside brackets or an alias quote that closes later on."""
    pieces = strip_terminator(text).split(";")
    parts: list[str] = []
    start = 0
    while start < len(pieces):
        end = _closing_piece(pieces, start)
        parts.append(";".join(pieces[start : end + 1]).strip())
        start = end + 1
    return [part for part in parts if part != ""]


def _closing_piece(pieces: list[str], start: int) -> int:
    if not _is_open(pieces[start]):
        return start
    for end in range(start + 1, len(pieces)):
        if not _is_open(";".join(pieces[start : end + 1])):
            return end
    return start  # never closed: an apostrophe or a stray bracket, not a real grouping


def _is_open(text: str) -> bool:
    if text.count("(") > text.count(")"):
        return True
    text = text.strip()
    return _ALIAS_OPEN.match(text) is not None and not strip_terminator(text).endswith("'")


def _read_part(facts: RemarkFacts, part: str, vocab: Vocabulary) -> None:
    if _TAGS.match(part) is not None:
        facts.programmes.extend(tag.strip() for tag in _TAG.findall(part))
        facts.mapped += 1
        return
    found = vocab.match(_ALT.sub("", part, count=1))
    if found is None:
        _read_free_text(facts, part, vocab)
        return
    rule, value = found
    problem = _READERS[rule.reader](facts, rule, value, vocab)
    if problem is None:
        facts.mapped += 1
    else:
        _leave(facts, part, problem)


def _read_free_text(facts: RemarkFacts, part: str, vocab: Vocabulary) -> None:
    """Unlabelled text: an identifier by its shape, a known note, a role, or unmapped."""
    text = strip_terminator(part)
    for pattern, kind in vocab.unlabelled:
        found = pattern.match(text)
        if found is not None:
            facts.identifiers.append(Identifier(kind, found.group("value")))
            facts.mapped += 1
            return
    if vocab.notes.match(text) is not None:
        facts.remarks.append(text)
    elif vocab.positions.search(text) is not None:
        facts.positions.append(text)
    else:
        _leave(facts, part, "unmapped_remark")
        return
    facts.mapped += 1


def _leave(facts: RemarkFacts, part: str, kind: str) -> None:
    """Keep a part the parser cannot read as text, and say so in the report."""
    facts.remarks.append(strip_terminator(part))
    facts.findings.append((kind, part))
    facts.unmapped += 1


Reader = Callable[[RemarkFacts, Rule, str, Vocabulary], str | None]


def _read_field(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    return _FIELD_READERS[rule.target](facts, rule, value, vocab)


def _read_identifier(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    if rule.target in _WHOLE_VALUE_KINDS:
        parts = IdParts(strip_terminator(value), None, None)
    else:
        parts = split_identifier(value)
    if parts.value == "":
        return "empty_value"
    country, note = None, parts.note
    if parts.country_name is not None:
        known, country = vocab.country(parts.country_name)
        if not known:
            facts.findings.append(("unmapped_country", parts.country_name))
            note = _join(f"({parts.country_name})", note)
    facts.identifiers.append(Identifier(rule.target, parts.value, country, _join(rule.note, note)))
    return None


def _join(first: str | None, second: str | None) -> str | None:
    if first is None or second is None:
        return first if second is None else second
    return f"{first} {second}"


def _read_property(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    value = strip_terminator(value)
    if value == "":
        return "empty_value"
    facts.properties.append((rule.target, value))
    return None


def _read_date_property(
    facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary
) -> str | None:
    parsed = parse_date(value)
    if parsed is None:
        return "unparsed_date"
    facts.properties.append((rule.target, str(parsed)))
    return None


def _read_birth_date(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    parsed = parse_date(value)
    if parsed is None:
        return "unparsed_date"
    facts.birth_dates.append(parsed)
    return None


def _read_birth_place(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    place = strip_terminator(value)
    if place == "":
        return "empty_value"
    facts.birth_places.append(place)
    return None


def _read_country(into: str) -> Reader:
    def read(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
        known, code = vocab.country(value)
        if not known:
            return "unmapped_country"
        if code is not None:
            getattr(facts, into).append(code)
        return None

    return read


def _read_gender(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    gender = vocab.genders.get(strip_terminator(value).lower())
    if gender is None:
        return "unmapped_gender"
    facts.gender = Gender(gender)
    return None


def _read_alias(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    text = strip_terminator(value)
    quoted = _QUOTED.match(text)
    name = (quoted.group(1) if quoted is not None else text).strip()
    if name == "" or (quoted is None and text.startswith("'")):
        return "unparsed_alias"
    facts.names.append(Name(name, _NAME_TYPES[rule.target], quality=rule.label))
    return None


def _read_relation(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    name = value.strip()
    if name == "":
        return "empty_value"
    facts.relations.append((rule.target, name))
    return None


def _read_position(facts: RemarkFacts, rule: Rule, value: str, vocab: Vocabulary) -> str | None:
    position = strip_terminator(value)
    if position == "":
        return "empty_value"
    facts.positions.append(position)
    return None


_FIELD_READERS: dict[str, Reader] = {
    "birth_date": _read_birth_date,
    "birth_place": _read_birth_place,
    "nationality": _read_country("nationalities"),
    "citizenship": _read_country("citizenships"),
    "gender": _read_gender,
    "weak_alias": _read_alias,
    "former_alias": _read_alias,
    "alias": _read_alias,
    "position": _read_position,
}

_READERS: dict[str, Reader] = {
    "field": _read_field,
    "identifier": _read_identifier,
    "property": _read_property,
    "date_property": _read_date_property,
    "relation": _read_relation,
}
