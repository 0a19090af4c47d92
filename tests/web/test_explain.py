"""Explanations of real matches from the real scorer, in the words the page shows."""

from __future__ import annotations

from embargo.matching import Query, score
from embargo.model.entity import Entity, Name
from embargo.model.values import EntityKind, NameType, PartialDate
from embargo.web.explain import explain

BENSOUDA = Entity(
    id="icc-fatou-bensouda",
    kind=EntityKind.PERSON,
    names=(
        Name("BENSOUDA, Fatou", NameType.PRIMARY),
        Name("BENSOUDA, Fatou Bom", NameType.ALIAS),
    ),
    birth_dates=(PartialDate(1961, 1, 31),),
    nationalities=("gm",),
)


def test_a_misspelt_name_with_birth_date_and_country() -> None:
    query = Query(
        "Fatu Bensuda", EntityKind.PERSON, PartialDate.parse("1961-01-31"), countries=("gm",)
    )
    match = score(query, BENSOUDA)
    found = explain(match)
    assert found.name is not None
    assert (found.name.query_name, found.name.listed_name, found.name.name_type) == (
        "Fatu Bensuda",
        "BENSOUDA, Fatou",
        "primary",
    )
    assert sorted(found.name.similar) == [("bensuda", "bensouda"), ("fatu", "fatou")]
    assert found.name.equal == () and found.name.query_only == ()
    assert [(r.text, r.effect) for r in found.reasons] == [
        ("Birth date 1961-01-31 agrees with the listed 1961-01-31", "for"),
        ("Country Gambia matches the listing (Gambia)", "for"),
    ]
    assert match.name is not None
    expected = match.name.score + sum(f.contribution for f in match.features)
    assert round(found.total, 9) == round(expected, 9)
    assert found.clipped == (found.total > 1)


def test_evidence_against_is_said_so() -> None:
    query = Query("Fatou Bensouda", birth_date=PartialDate.parse("1975"), countries=("fr",))
    found = explain(score(query, BENSOUDA))
    assert found.name is not None and sorted(found.name.equal) == ["bensouda", "fatou"]
    assert [(r.text, r.effect) for r in found.reasons] == [
        ("Birth date 1975 differs from the listed 1961-01-31", "against"),
        ("Country France does not match the listing (Gambia)", "against"),
    ]
    assert all(r.points < 0 for r in found.reasons)


def test_extra_words_on_either_side_are_named() -> None:
    found = explain(score(Query("Fatou Bom Bensouda Jallow"), BENSOUDA))
    assert found.name is not None
    assert found.name.listed_name == "BENSOUDA, Fatou Bom"
    assert found.name.query_only == ("jallow",)
    assert found.name.listed_only == ()
