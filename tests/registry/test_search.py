"""Text search over names: every word, any order, exact names first, filters and pages."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from embargo import registry
from embargo.exc import InvalidInput
from embargo.model.values import EntityKind
from embargo.registry.search import (
    MAX_CANDIDATES,
    _candidates,
    name_rank,
    search,
    search_words,
)
from embargo.store import Store, fold_name
from tests.conftest import FIXTURES

OFAC = [str(FIXTURES / "ofac" / n) for n in ("sdn.csv", "add.csv", "alt.csv")]


@pytest.fixture
def loaded(store: Store) -> Store:
    registry.ingest_curated(store)
    registry.ingest_list(store, "us_ofac_sdn", OFAC, registry.parse_moment("2024-05-03"))
    return store


def ids(store: Store, text: str, **filters: object) -> list[str]:
    return [i.entity_id for i in search(store, text, **filters).items]  # type: ignore[arg-type]


def test_words_in_any_order_and_case(loaded: Store) -> None:
    assert ids(loaded, "fatou bensouda") == ["icc-fatou-bensouda"]
    assert ids(loaded, "BENSOUDA Fatou") == ["icc-fatou-bensouda"]
    assert ids(loaded, "Bom") == ["icc-fatou-bensouda"]
    [item] = search(loaded, "fatou bom").items
    assert item.matched_name == "BENSOUDA, Fatou Bom"


def test_exact_name_first_then_names_starting_with_the_text(loaded: Store) -> None:
    found = ids(loaded, "khan")
    assert found[:2] == ["icc-karim-khan", "icc-nazhat-shameem-khan"]


def test_designated_on_a_day(loaded: Store) -> None:
    page = search(loaded, "bensouda", designated_on=date(2020, 12, 1))
    assert [(i.entity_id, i.designated) for i in page.items] == [("icc-fatou-bensouda", True)]
    assert page.day == date(2020, 12, 1)
    assert search(loaded, "bensouda", designated_on=date(2021, 5, 1)).items == []


def test_filters(loaded: Store) -> None:
    assert ids(loaded, "cuba", lists=["us_ofac_sdn"]) == ["ofac-306"]
    assert ids(loaded, "msn", kind=EntityKind.AIRCRAFT) == ["ofac-18150"]
    assert ids(loaded, "msn", kind=EntityKind.VESSEL) == []
    assert ids(loaded, "bensouda", country="GM") == ["icc-fatou-bensouda"]
    assert ids(loaded, "khan", programme="ICC-EO14203") == [
        "icc-karim-khan",
        "icc-nazhat-shameem-khan",
    ]


def test_pages_cover_the_results_once(loaded: Store) -> None:
    everything = ids(loaded, "a", limit=100)
    pages = [ids(loaded, "a", limit=7, offset=start) for start in range(0, len(everything), 7)]
    assert [e for page in pages for e in page] == everything
    assert search(loaded, "a", limit=7).total == len(everything)


@pytest.mark.parametrize(
    ("text", "limit", "offset", "message"),
    [("  ", 20, 0, "at least one word"), ("a", 0, 0, "limit"), ("a", 20, -1, "offset")],
)
def test_bad_arguments(loaded: Store, text: str, limit: int, offset: int, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        search(loaded, text, limit=limit, offset=offset)


def test_like_wildcards_are_plain_characters(loaded: Store) -> None:
    assert ids(loaded, "%") == []
    assert ids(loaded, "_") == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="abcdeghiklmnorstu ,-", min_size=1, max_size=6))
def test_every_item_shows_a_name_holding_every_word(loaded: Store, text: str) -> None:
    words = search_words(text)
    assume(len(words) > 0)
    page = search(loaded, text, limit=100)
    assert page.total == len(page.items)
    for item in page.items:
        assert all(word in fold_name(item.matched_name) for word in words), item


def test_name_rank_prefers_the_exact_name() -> None:
    words = ["fatou", "bensouda"]
    assert name_rank(words, "BENSOUDA, Fatou")[0] == 0
    assert name_rank(words, "Fatou BENSOUDA") == (0, 14)
    assert name_rank(["ben"], "BENSOUDA, Fatou")[0] == 1
    assert name_rank(["fat"], "BENSOUDA, Fatou")[0] == 2
    assert name_rank(["ou"], "BENSOUDA, Fatou")[0] == 3


def test_a_comma_separates_words(loaded: Store) -> None:
    assert ids(loaded, "BENSOUDA, Fatou") == ids(loaded, "fatou bensouda") == ["icc-fatou-bensouda"]
    assert ids(loaded, "m,") == ids(loaded, "m")


def test_truncated_when_the_store_stops_at_its_row_limit(loaded: Store) -> None:
    rows = loaded.names_containing(["a"])
    entities = {entity_id for entity_id, _, _ in rows}
    assert len(rows) > 3 and len(entities) < MAX_CANDIDATES
    assert _candidates(loaded, ["a"], None)[1] is False
    ranked, truncated = _candidates(loaded, ["a"], None, max_rows=3)
    assert truncated is True
    assert len(ranked) <= 3
