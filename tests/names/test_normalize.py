"""Name normalisation is total and stable: any text, no exception, and folding twice is once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from embargo.names import analyse, clean, fold, tokenize


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_never_raises(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(max_size=60), st.none() | st.booleans())
def test_analysis_never_raises(text: str, org: bool | None) -> None:
    clean(text)
    tokenize(text)
    analyse(text, org)


def test_folding_of_real_names() -> None:
    assert fold("IBÁÑEZ CARRANZA") == fold("Ibanez Carranza")
    assert fold("ALAPINI-GANSOU, Reine Adélaïde") == fold("alapini-gansou, reine adelaide")
