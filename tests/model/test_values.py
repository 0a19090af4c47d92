import pytest
from hypothesis import given
from hypothesis import strategies as st

from embargo.exc import InvalidInput
from embargo.model.codec import birth_date_from_str, entity_from_dict, entity_to_dict
from embargo.model.entity import Entity, Identifier, Name
from embargo.model.values import DateRange, EntityKind, Gender, NameType, PartialDate


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("1961", PartialDate(1961), "year"),
        ("1961-01", PartialDate(1961, 1), "month"),
        ("1961-01-31", PartialDate(1961, 1, 31), "day"),
    ],
)
def test_partial_dates(text: str, expected: PartialDate, precision: str) -> None:
    assert PartialDate.parse(text) == expected
    assert expected.precision == precision
    assert str(expected) == text


@pytest.mark.parametrize("text", ["31 Jan 1961", "1961-02-30", "1961-13", "", "19610131"])
def test_bad_partial_dates_say_what_was_expected(text: str) -> None:
    with pytest.raises(InvalidInput, match="date"):
        PartialDate.parse(text)


def test_date_ranges_round_trip() -> None:
    value = birth_date_from_str("1960/1965")
    assert value == DateRange(PartialDate(1960), PartialDate(1965))
    assert str(value) == "1960/1965"


partial_dates = st.dates().map(lambda d: PartialDate(d.year, d.month, d.day)) | st.integers(
    1800, 2100
).map(PartialDate)
texts = st.text(min_size=1, max_size=40)


@given(
    names=st.lists(st.tuples(texts, st.sampled_from(list(NameType))), min_size=1, max_size=4),
    dates=st.lists(partial_dates, max_size=3),
    countries=st.lists(st.sampled_from(["gm", "ls", "ir", "ru"]), max_size=3),
    ids=st.lists(st.tuples(st.sampled_from(["passport", "tax_id"]), texts), max_size=3),
    gender=st.none() | st.sampled_from(list(Gender)),
)
def test_entity_round_trips_through_its_dict(
    names: list[tuple[str, NameType]],
    dates: list[PartialDate],
    countries: list[str],
    ids: list[tuple[str, str]],
    gender: Gender | None,
) -> None:
    entity = Entity(
        id="ofac-1",
        kind=EntityKind.PERSON,
        names=tuple(Name(v, t) for v, t in names),
        birth_dates=tuple(dates),
        nationalities=tuple(countries),
        gender=gender,
        identifiers=tuple(Identifier(k, v) for k, v in ids),
    )
    assert entity_from_dict(entity_to_dict(entity)) == entity
