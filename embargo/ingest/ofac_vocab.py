"""OFAC's remark vocabulary, read from ``embargo/sources/us_ofac_sdn.yml``.

The labels OFAC writes in Remarks ("Passport", "Cedula No.", "Linked To:") are data; this
module turns the spec's ``lookups`` into one longest-label-first matcher, plus the patterns
for unlabelled text, and fails at load time on a spec the parser could not honour.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from embargo.exc import InvalidData
from embargo.ingest.ofac_values import country_code, strip_terminator
from embargo.model.entity import RelationKind

LIST_ID = "us_ofac_sdn"

_VALUE_LEAD = re.compile(r"^[\s:,#-]+")
_RELATION_KINDS = frozenset(kind.value for kind in RelationKind)


@dataclass(frozen=True, slots=True)
class Rule:
    """How to read the value after one label; ``reader`` names a reader of ofac_remarks."""

    label: str
    reader: str
    target: str
    note: str | None = None


class Vocabulary:
    """The remark labels of one source spec, indexed for longest-prefix lookup."""

    def __init__(self, lookups: dict[str, Any], field_readers: Collection[str]) -> None:
        self.rules: dict[str, Rule] = {}
        for label, reader in lookups["remark_fields"].items():
            if reader not in field_readers:
                raise _spec_error(label, f"no reader named {reader!r}")
            self._add(Rule(label, "field", reader))
        for label, spec in lookups["id_types"].items():
            kind, note = (spec, None) if isinstance(spec, str) else (spec["kind"], spec.get("note"))
            self._add(Rule(label, "identifier", kind, note))
        for label, key in lookups["properties"].items():
            self._add(Rule(label, "property", key))
        for label, key in lookups["date_properties"].items():
            self._add(Rule(label, "date_property", key))
        for label, kind in lookups["relations"].items():
            if kind not in _RELATION_KINDS:
                raise _spec_error(label, f"no relation kind {kind!r}")
            self._add(Rule(label, "relation", kind))
        self.labels = _label_pattern(self.rules)
        self.unlabelled = [
            (re.compile(spec["pattern"]), spec["kind"]) for spec in lookups["unlabelled_ids"]
        ]
        self.notes = re.compile("|".join(f"(?:{p})" for p in lookups["notes"]), re.IGNORECASE)
        words = "|".join(re.escape(word) for word in lookups["position_words"])
        self.positions = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
        self.genders: dict[str, str] = lookups["genders"]
        self.countries: dict[str, str | None] = lookups.get("countries") or {}

    def _add(self, rule: Rule) -> None:
        key = rule.label.lower()
        if key in self.rules:
            raise _spec_error(rule.label, "label defined twice")
        self.rules[key] = rule

    def match(self, text: str) -> tuple[Rule, str] | None:
        """The longest label ``text`` starts with (at a word boundary), and the value after it."""
        found = self.labels.match(text)
        if found is None:
            return None
        return self.rules[found.group(0).lower()], _VALUE_LEAD.sub("", text[found.end() :])

    def country(self, name: str) -> tuple[bool, str | None]:
        """(known, code): OFAC's own spellings first, then rigour."""
        name = strip_terminator(name)
        if name in self.countries:
            return True, self.countries[name]
        code = country_code(name)
        return code is not None, code


def _label_pattern(rules: dict[str, Rule]) -> re.Pattern[str]:
    """One regex over all labels, longest first, so the most specific label wins."""
    labels = sorted(rules, key=len, reverse=True)
    body = "|".join(re.escape(label) for label in labels)
    return re.compile(f"(?:{body})(?=[ :,]|$)", re.IGNORECASE)


def _spec_error(label: str, message: str) -> InvalidData:
    return InvalidData(f"{LIST_ID}.yml", "lookups", f"remark label {label!r}: {message}")
