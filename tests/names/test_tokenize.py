"""Tokens keep their kind: legal forms, titles, particles and initials are typed, not deleted."""

from __future__ import annotations

from embargo.names import analyse, skeleton, word_similarity
from embargo.names.acronym import acronym, query_acronym
from embargo.names.tokenize import INITIAL, LEGAL, NAME, PARTICLE, TITLE
from embargo.names.variants import name_variants


def test_legal_forms_are_typed_tokens_of_their_generic_class() -> None:
    form = analyse("LIMITED LIABILITY COMPANY FLEMSTED", True)
    assert form.tokens == ("flemsted", "llc")
    assert form.kinds == (NAME, LEGAL)
    assert analyse("Deutsche Bank AG", True).legal == ("jsc",)
    assert analyse("Deutsche Bank GmbH", True).legal == ("llc",)


def test_a_legal_form_makes_a_name_of_unknown_kind_an_organisation() -> None:
    assert analyse("EMMA LLC").legal == ("llc",)
    assert analyse("Emma Daniels").legal == ()


def test_short_legal_forms_count_only_at_the_edges() -> None:
    assert analyse("Solutions Yu Co., Ltd.", True).tokens[:2] == ("solutions", "yu")
    assert "sad" in analyse("SAD IMPORT EXPORT COMPANY", True).tokens


def test_person_tokens() -> None:
    form = analyse("Mullah Edinson R. AL-ROJAS", False)
    assert form.tokens == ("mullah", "edinson", "r", "al", "rojas")
    assert form.kinds == (TITLE, NAME, INITIAL, PARTICLE, NAME)


def test_letters_of_organisation_names_join_into_one_word() -> None:
    assert analyse("M. D. S. IMPORT EXPORT CO., LTD.", True).tokens[0] == "mds"


def test_arabic_script_is_spelled_as_lists_spell_it() -> None:
    form = analyse("حامد رجا صلاح التكريتي", False)
    assert form.tokens == ("hamd", "rja", "slah", "al", "tkryty")
    assert form.vowelless


def test_consonant_skeletons_join_transliterations() -> None:
    assert skeleton("muhammad") == skeleton("mohamed") == skeleton("mhmd")
    assert skeleton("qawuq") == skeleton("qaouk")
    assert skeleton("tikriti") == skeleton("tkryty")


def test_word_similarity() -> None:
    assert word_similarity("bulatov", "bulatov") == 1.0
    assert word_similarity("sheni", "shein") >= 0.8  # transposition
    assert word_similarity("mohamed", "muhammad") >= 0.85  # same skeleton
    assert word_similarity("hussein", "hassan") == 0.0  # two names
    assert word_similarity("toriq", "torek") >= 0.85  # Tariq, as some lists write it
    assert word_similarity("tkryty", "tikriti", vowelless=True) >= 0.85
    assert word_similarity("rossi", "arch") == 0.0


def test_acronyms() -> None:
    assert acronym(analyse("BANCO NACIONAL DE CUBA", True)) == "bnc"
    assert query_acronym(analyse("D.U.A.S.A.", False)) == "duasa"
    assert query_acronym(analyse("Edinson Rojas", False)) is None


def test_name_variants() -> None:
    assert name_variants("KOREA KWANGSON BANKING CORPORATION (KKBC)") == [
        "KOREA KWANGSON BANKING CORPORATION",
        "KKBC",
    ]
    assert name_variants("Behman Asgharpour; Behman Asgharpur") == [
        "Behman Asgharpour",
        "Behman Asgharpur",
    ]
    assert name_variants("()") == ["()"]
