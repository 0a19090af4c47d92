"""Name normalisation is total and stable: any text, no exception, and folding twice is once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from embargo.names import analyse, clean, fold, tokenize
from embargo.names.normalize import transliterated


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


LATIN = [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha()]


@given(st.text(st.sampled_from([*LATIN, " ", "a", "Z", "'", "-", ".", ","]), max_size=30))
def test_latin_text_folds_word_by_word_as_a_whole(text: str) -> None:
    """The shortcut for Latin letters gives what transliterating the whole text gives."""
    assert fold(text) == transliterated(text)


def test_every_latin_letter_folds_alone_as_beside_another() -> None:
    for letter in LATIN:
        for other in [*LATIN[::7], " ", "h", "H", "'", "-"]:
            pair = transliterated(letter + other)
            assert pair == transliterated(letter) + transliterated(other), letter + other
            assert fold(letter + other) == pair
