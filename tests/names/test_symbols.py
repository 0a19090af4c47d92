"""Company words keep their meaning across languages, from rigour's tables; places count too."""

from __future__ import annotations

from embargo.names.symbols import SYMBOL_SIM, org_symbols, org_symbols_of, symbol_similarity


def test_translations_share_a_meaning() -> None:
    assert symbol_similarity("empresa", "enterprise") == SYMBOL_SIM
    assert symbol_similarity("banco", "bank") == SYMBOL_SIM
    assert symbol_similarity("russian", "rossiya") == SYMBOL_SIM
    assert symbol_similarity("bank", "enterprise") == 0.0


def test_words_without_a_known_meaning_have_none() -> None:
    assert org_symbols("bensouda") == frozenset()
    assert set(org_symbols_of(["bank", "bensouda", "gruppo"])) == {"bank", "gruppo"}
