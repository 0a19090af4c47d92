"""Text search over every name the registry has seen, with filters, for people browsing.

Unlike screening (fuzzy, scored, for deciding about a customer), search finds entities whose
names contain every word typed, in any order, case aside, and says whether each was designated
on a day. Names of every list version count, so a former name still finds the entity.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from embargo.exc import InvalidInput
from embargo.model.codec import entity_from_dict
from embargo.model.designation import Event, fold_designation
from embargo.model.entity import Entity
from embargo.model.values import EntityKind
from embargo.store import RecordState, Store, fold_name

#: Entities considered per search, best names first; a search this broad needs more words.
MAX_CANDIDATES = 1000
#: Name rows read per search (several names, versions and lists per entity); reaching it means
#: some entities may be missing, so the page says it is truncated.
MAX_NAME_ROWS = 5000
MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class SearchItem:
    entity_id: str
    caption: str
    kind: EntityKind
    #: The lists whose records describe it (a curated dataset counts as a list).
    lists: tuple[str, ...]
    #: The name that matched, as the list printed it.
    matched_name: str
    countries: tuple[str, ...]
    #: Every programme any event of the entity names, in order of first appearance.
    programmes: tuple[str, ...]
    #: Whether a designation of it was in force on the page's ``day``.
    designated: bool


@dataclass(slots=True)
class SearchPage:
    text: str
    #: The day ``designated`` refers to: the ``designated_on`` filter, or today.
    day: date
    #: Entities matching every filter (among the first MAX_CANDIDATES by name).
    total: int
    offset: int
    limit: int
    #: True when the text matched more entities than were considered.
    truncated: bool = False
    items: list[SearchItem] = field(default_factory=list)


def search(
    store: Store,
    text: str,
    *,
    lists: tuple[str, ...] | list[str] | None = None,
    programme: str | None = None,
    kind: EntityKind | None = None,
    country: str | None = None,
    designated_on: date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchPage:
    """Entities whose names hold every word of ``text``, best name matches first."""
    words = search_words(text)
    _check(words, limit, offset)
    day = designated_on or datetime.now(UTC).date()
    ranked, truncated = _candidates(store, words, lists)
    items = _describe(store, ranked, day)
    wanted = country.casefold() if country is not None else None
    kept = [
        item
        for item in items
        if (kind is None or item.kind is kind)
        and (wanted is None or wanted in item.countries)
        and (programme is None or programme in item.programmes)
        and (designated_on is None or item.designated)
    ]
    page = SearchPage(text, day, len(kept), offset, limit, truncated)
    page.items = kept[offset : offset + limit]
    return page


def search_words(text: str) -> list[str]:
    """The words of a search; a comma separates words, as in "BENSOUDA, Fatou"."""
    return fold_name(text).replace(",", " ").split()


def _check(words: list[str], limit: int, offset: int) -> None:
    if len(words) == 0:
        raise InvalidInput("search text must hold at least one word")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise InvalidInput(f"offset must not be negative, got {offset}")


def name_rank(words: list[str], name: str) -> tuple[int, int]:
    """Lower is better: the exact name, then names starting with the text, then word starts."""
    folded = fold_name(name)
    tokens = search_words(name)
    if folded == " ".join(words) or sorted(tokens) == sorted(words):
        rank = 0
    elif folded.startswith(words[0]):
        rank = 1
    elif all(any(t.startswith(w) for t in tokens) for w in words):
        rank = 2
    else:
        rank = 3
    return rank, len(folded)


def _candidates(
    store: Store,
    words: list[str],
    lists: tuple[str, ...] | list[str] | None,
    max_rows: int = MAX_NAME_ROWS,
) -> tuple[list[tuple[str, str]], bool]:
    """(entity id, best matching name), best first, at most MAX_CANDIDATES of them; and
    whether some were left out (too many entities, or the store stopped at ``max_rows``)."""
    best: dict[str, tuple[tuple[int, int], str]] = {}
    rows = store.names_containing(words, lists, limit=max_rows)
    for entity_id, name, _ in rows:
        rank = name_rank(words, name)
        if entity_id not in best or rank < best[entity_id][0]:
            best[entity_id] = (rank, name)
    ordered = sorted(best.items(), key=lambda kv: (kv[1][0], kv[0]))
    truncated = len(ordered) > MAX_CANDIDATES or len(rows) >= max_rows
    return [(e, r[1]) for e, r in ordered[:MAX_CANDIDATES]], truncated


def _describe(store: Store, ranked: list[tuple[str, str]], day: date) -> list[SearchItem]:
    ids = [entity_id for entity_id, _ in ranked]
    records: dict[str, list[RecordState]] = defaultdict(list)
    for state in store.records_of(ids):
        records[state.entity_id].append(state)
    events: dict[str, list[Event]] = defaultdict(list)
    for event in store.events(entity_ids=ids):
        events[event.entity_id].append(event)
    found = []
    for entity_id, name in ranked:
        entity = _latest(records[entity_id])
        if entity is not None:
            shown = printed_name(entity, search_words(name), name)
            found.append(_item(entity, shown, records[entity_id], events[entity_id], day))
    return found


def printed_name(entity: Entity, words: list[str], matched: str) -> str:
    """The entity's own spelling holding the words ("BENSOUDA, Fatou", not the look-up form
    "Fatou BENSOUDA"); the matched name itself when no current name holds them all."""
    for name in entity.names:
        if all(word in fold_name(name.value) for word in words):
            return name.value
    return matched


def _latest(states: list[RecordState]) -> Entity | None:
    present = [s for s in states if s.present and s.entity is not None]
    return None if len(present) == 0 else entity_from_dict(present[-1].entity or {})


def _item(
    entity: Entity, name: str, states: list[RecordState], events: list[Event], day: date
) -> SearchItem:
    by_designation: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_designation[event.designation_id].append(event)
    folded = [fold_designation(group, day) for group in by_designation.values()]
    programmes = dict.fromkeys(p for e in events for p in e.programmes)
    programmes.update(dict.fromkeys(p for s in states for p in s.programmes))
    addresses = (a.country for a in entity.addresses if a.country is not None)
    countries = dict.fromkeys(
        (*entity.nationalities, *entity.citizenships, *entity.countries, *addresses)
    )
    return SearchItem(
        entity_id=entity.id,
        caption=entity.caption,
        kind=entity.kind,
        lists=tuple(sorted({s.list_id for s in states if s.present})),
        matched_name=name,
        countries=tuple(countries),
        programmes=tuple(programmes),
        designated=any(state is not None and state.in_force for state in folded),
    )
