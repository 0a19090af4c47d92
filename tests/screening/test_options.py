"""Identifiers and per-list thresholds as people type them; mistakes are named, not guessed."""

from __future__ import annotations

import pytest

from embargo.exc import InvalidInput
from embargo.model.entity import Identifier
from embargo.screening.options import identifier_from_text, thresholds_from_text


def test_identifier_kind_and_value() -> None:
    assert identifier_from_text("Passport: U14624657") == Identifier("passport", "U14624657")
    assert identifier_from_text("imo:9123456").kind == "imo"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("U14624657", "expected KIND:VALUE"),
        ("passport:", "expected KIND:VALUE"),
        ("pasport:U1", "unknown kind 'pasport'"),
    ],
)
def test_identifier_mistakes(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        identifier_from_text(text)


def test_thresholds_one_per_option_or_comma_separated() -> None:
    pairs = ["us_ofac_sdn=0.8", "un_sc=0.75, blocklist=0.6"]
    assert thresholds_from_text(pairs) == {"us_ofac_sdn": 0.8, "un_sc": 0.75, "blocklist": 0.6}
    with pytest.raises(InvalidInput, match="expected list=threshold"):
        thresholds_from_text(["us_ofac_sdn"])
    with pytest.raises(InvalidInput, match="list thresholds"):
        thresholds_from_text(["us_ofac_sdn=high"])
