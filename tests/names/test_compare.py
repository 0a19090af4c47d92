"""Alignment is order-free, weighted by rarity, and reports what it aligned."""

from __future__ import annotations

from embargo.names import align, analyse


def score(query: str, candidate: str, org: bool = False) -> float:
    q, c = analyse(query, org), analyse(candidate, org)
    return align(q, c, [5.0] * len(q.tokens), [5.0] * len(c.tokens)).score


def test_order_does_not_matter() -> None:
    assert score("Rimma Amirovna UTYASHEVA", "UTYASHEVA, Rimma Amirovna") == 1.0


def test_rare_words_weigh_more() -> None:
    q, c = analyse("Muhammad Bensouda", False), analyse("Muhammad Ahmadi", False)
    common_first = align(q, c, [0.5, 9.0], [0.5, 9.0]).score
    rare_first = align(q, c, [9.0, 0.5], [9.0, 0.5]).score
    assert common_first < 0.2 < 0.9 < rare_first


def test_leftover_candidate_words_cost_less_than_leftover_query_words() -> None:
    assert score("Grigoriy RAPOTA", "RAPOTA, Grigoriy Alexeyevich") > score(
        "Grigoriy Alexeyevich RAPOTA", "RAPOTA, Grigoriy"
    )


def test_initials_and_joined_words() -> None:
    assert score("Edinson R. ROJAS", "ROJAS, Edinson Rodolfo") > 0.85
    assert score("Ziaurrahman Madani", "ZIA-UR-RAHMAN MADANI") == 1.0


def test_different_legal_forms_lower_the_score() -> None:
    assert score("Deutsche Bank AG", "Deutsche Bank GmbH", True) < 0.7
    assert score("Romashka OOO", "Romashka LLC", True) == 1.0


def test_description_names_pairs_and_leftovers() -> None:
    q, c = analyse("Ali Hasan Khan", False), analyse("HASSAN, Ali Mohamed", False)
    alignment = align(q, c, [1.0] * 3, [1.0] * 3)
    assert alignment.describe() == "ali=ali hasan~hassan -khan +mohamed"
