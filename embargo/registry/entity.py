"""An entity as the registry knows it now: its latest description and its relationships.

Lists name related parties by name ("Linked To: X", "wife of Y"); a name that matches exactly
one entity in the store becomes a link to it, others stay as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from embargo.exc import NotFound
from embargo.model.codec import relationship_from_dict
from embargo.model.entity import Entity, Relationship
from embargo.registry.reference import Reference, latest_entity, resolve_entities
from embargo.registry.status import EntityStatus, status_from_events
from embargo.store import Store


@dataclass(slots=True)
class EntityView:
    entity: Entity
    #: Lists whose records describe it, and curated datasets.
    lists: list[str]
    relationships: list[Relationship] = field(default_factory=list)


@dataclass(slots=True)
class EntityReport:
    """An entity as known now, with its designation status on a chosen day."""

    view: EntityView
    status: EntityStatus


def entity_report(store: Store, entity_id: str, day: date) -> EntityReport:
    view = entity_view(store, entity_id)
    events = store.events(entity_id=entity_id)
    status = status_from_events(Reference.load(store), entity_id, view.entity, events, day)
    return EntityReport(view, status)


def entity_views(store: Store, query: str) -> list[EntityView]:
    return [entity_view(store, entity_id) for entity_id in resolve_entities(store, query)]


def entity_view(store: Store, entity_id: str) -> EntityView:
    entity = latest_entity(store, entity_id)
    if entity is None:
        raise NotFound(f"no description of entity {entity_id!r} in the store")
    states = [s for s in store.entity_records(entity_id) if s.present]
    rels = [relationship_from_dict(r) for r in (states[-1].relationships if states else [])]
    rels += _curated(store, entity_id)
    return EntityView(
        entity=entity,
        lists=sorted({s.list_id for s in states}),
        relationships=[_resolve(store, rel) for rel in rels],
    )


def _curated(store: Store, entity_id: str) -> list[Relationship]:
    found = [relationship_from_dict(d) for d in store.facts("relationship")]
    return [r for r in found if entity_id in (r.source_id, r.target_id)]


def _resolve(store: Store, rel: Relationship) -> Relationship:
    if rel.target_id != "" or rel.target_name is None:
        return rel
    matches = store.entity_ids_by_name(rel.target_name)
    return replace(rel, target_id=matches[0]) if len(matches) == 1 else rel
