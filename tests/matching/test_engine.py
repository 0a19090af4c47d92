"""The engine end to end on small real-looking lists: candidates, features, explanations."""

from __future__ import annotations

from embargo.matching import Engine, NameIndex, Query, score
from embargo.matching.features import date_similarity
from embargo.model.entity import Entity, Identifier, Name
from embargo.model.values import DateRange, EntityKind, Gender, NameType, PartialDate

PERSON, ORG = EntityKind.PERSON, EntityKind.ORGANIZATION
ROJAS = Entity(
    "ofac-17032",
    PERSON,
    (Name("ROJAS, Edinson Rodolfo"), Name("Chamo", NameType.WEAK_ALIAS)),
    birth_dates=(PartialDate(1973, 9, 26),),
    nationalities=("co",),
    gender=Gender.MALE,
    identifiers=(Identifier("passport", "AB 123-456", "co"),),
)
DANIELS = Entity("x-1", PERSON, (Name("Emma Daniels"),))
CUBA = Entity("ofac-306", ORG, (Name("BANCO NACIONAL DE CUBA"),))
LIST = [ROJAS, DANIELS, CUBA] + [
    Entity(f"filler-{i}", PERSON, (Name(f"Ali Hassan Number{i}"),)) for i in range(50)
]


def test_finds_a_perturbed_name_and_explains_it() -> None:
    engine = Engine(LIST)
    query = Query("Edinson R. ROJAS", PERSON, PartialDate(1973, 9, 26), ("co",))
    best = engine.match(query)[0]
    assert best.entity_id == "ofac-17032"
    assert best.score > 0.95
    assert best.name is not None and best.name.alignment == "rojas=rojas edinson=edinson r~rodolfo"
    assert {f.name for f in best.features} == {"birth_date", "country"}
    assert "birth_date +" in best.explain()


def test_a_different_birth_date_makes_a_namesake() -> None:
    engine = Engine(LIST)
    same = engine.match(Query("Edinson Rodolfo ROJAS", PERSON, PartialDate(1973, 9, 26)))[0]
    other = engine.match(Query("Edinson Rodolfo ROJAS", PERSON, PartialDate(1951, 2, 3)))[0]
    assert same.score == 1.0
    assert other.score < 0.6


def test_a_legal_form_keeps_a_company_from_matching_a_person() -> None:
    found = Engine(LIST).match(Query("EMMA LLC"))
    assert all(m.score < 0.5 for m in found)
    assert any(f.name == "kind" for m in found for f in m.features)


def test_a_person_query_sees_only_persons() -> None:
    assert Engine(LIST).match(Query("Banco Nacional de Cuba", PERSON)) == []


def test_an_equal_strong_identifier_decides_and_a_different_one_counts_against() -> None:
    engine = Engine(LIST)
    hit = engine.match(
        Query("Someone Else", PERSON, identifiers=(Identifier("passport", "ab123456"),))
    )
    assert hit[0].entity_id == "ofac-17032" and hit[0].score == 1.0
    other = Query("Edinson Rodolfo ROJAS", PERSON, identifiers=(Identifier("passport", "ZZ999"),))
    assert engine.match(other)[0].score < 1.0


def test_weak_aliases_count_less() -> None:
    found = Engine(LIST).match(Query("Chamo", PERSON))
    assert found and found[0].name is not None
    assert found[0].name.name_type is NameType.WEAK_ALIAS
    assert found[0].score < 0.9


def test_acronyms_find_organisations_for_review() -> None:
    found = Engine(LIST).match(Query("BNC", ORG))
    assert found[0].entity_id == "ofac-306" and 0.7 <= found[0].score < 0.85


def test_gender_conflict() -> None:
    match = score(Query("Edinson Rodolfo Rojas", PERSON, gender=Gender.FEMALE), ROJAS)
    assert any(f.name == "gender" and f.contribution < 0 for f in match.features)


def test_date_similarity() -> None:
    day = PartialDate(1973, 9, 26)
    assert date_similarity(day, PartialDate(1973, 9, 26)) == 1.0
    assert date_similarity(day, PartialDate(1973)) == 0.6
    assert date_similarity(PartialDate(1973, 9, 10), PartialDate(1973, 10, 9)) == 0.8
    assert date_similarity(day, PartialDate(1978, 9, 26)) == 0.3  # one digit off, same day
    assert date_similarity(day, PartialDate(1983, 1, 1)) == 0.0
    assert date_similarity(day, DateRange(PartialDate(1970), PartialDate(1975))) == 0.6


def test_index_is_arrays_of_ints() -> None:
    index = NameIndex(LIST)
    assert len(index) == len(LIST)
    assert index.name_count == len(LIST) + 1  # the weak alias is a name of its own
    assert index.data.tokens.typecode == "i" and index.data.post_names.typecode == "i"
    assert index.by_identifier("AB123456") == [0]
