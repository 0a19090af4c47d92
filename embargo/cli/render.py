"""Human-readable text for the CLI's answers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from embargo.model.designation import Event
from embargo.registry import DesignationStatus, EntityStatus, EntityView, IngestReport
from embargo.screening import ScreeningResult
from embargo.store import VersionInfo


def ingest_report(report: IngestReport) -> Iterator[str]:
    v = report.version
    if report.unchanged:
        yield f"{report.list_id}: already stored as version {v.seq} ({v.sha256[:12]}); nothing new"
        return
    yield f"{report.list_id}: version {v.seq} observed {v.observed_at.isoformat()}"
    yield f"  sha256 {v.sha256}"
    yield "  " + ", ".join(f"{k} {n}" for k, n in report.counts.items())
    if len(report.findings) == 0:
        yield "  every value was mapped"
        return
    yield f"  {len(report.findings)} values could not be mapped:"
    counts = Counter((f["kind"], f["value"]) for f in report.findings)
    for (kind, value), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        yield f"    {kind}: {value!r}" + (f" (x{n})" if n > 1 else "")


def versions(rows: Iterable[VersionInfo]) -> Iterator[str]:
    for v in rows:
        counts = " ".join(f"{k}={n}" for k, n in v.counts.items())
        yield f"{v.list_id}\tv{v.seq}\t{v.observed_at.isoformat()}\t{v.sha256[:16]}\t{counts}"


def entity_status(answer: EntityStatus) -> Iterator[str]:
    verdict = {"designated": "DESIGNATED", "unknown": "unknown (no list data that early)"}.get(
        answer.verdict, answer.verdict
    )
    yield f"{answer.caption} [{answer.entity_id}] on {answer.day.isoformat()}: {verdict}"
    for item in answer.designations:
        yield from _designation(item)
    for event in answer.later:
        yield f"  later: {event.kind.value} on {event.list_id} from {event.date.isoformat()}"
    for event in answer.unknown:
        first = event.date.isoformat()
        yield f"  {event.list_id}: in the first version ingested ({first}); not known before"
    if len(answer.designations) == 0 and len(answer.later) == 0 and len(answer.unknown) == 0:
        yield "  no designation events are known for this entity"


def _designation(item: DesignationStatus) -> Iterator[str]:
    s = item.state
    if s.in_force:
        yield f"  {s.list_id}: in force since {s.since.isoformat()} ({_basis(s.last_event)})"
    else:
        first = s.first_listed.isoformat()
        ended = f"{s.last_event.kind.value} on {s.since.isoformat()}"
        yield f"  {s.list_id}: not in force; {ended} (first listed {first})"
    if s.programmes:
        yield "    programmes: " + ", ".join(s.programmes)
    for inst in item.instruments:
        yield f"    instrument: {inst.kind.replace('_', ' ')} {inst.number}: {inst.title}"
    for measure in item.measures:
        yield f"    measure: {measure.label}"
    for lic in item.licences:
        until = "open-ended" if lic.end is None else f"until {lic.end.isoformat()}"
        yield f"    licence in force: {lic.title} ({until}): {lic.permits}"
    for order in item.court_orders:
        yield f"    court order in force: {order.court}, {order.case}: {order.effect}"
    if s.reason:
        yield f"    basis: {s.reason}"
    if item.unknown:
        yield "    not in the vocabulary: " + ", ".join(item.unknown)


def _basis(event: Event) -> str:
    if event.date_basis == "legal":
        return "legal date from curated sources"
    if event.date_basis == "list":
        return "listing date stated by the list"
    if event.date_basis == "first_observed":
        return "first list version ingested; the legal listing date is earlier or unknown"
    return "date the change was first observed in a list version"


def events(rows: Iterable[Event]) -> Iterator[str]:
    for e in rows:
        progs = ",".join(e.programmes)
        yield f"{e.date.isoformat()}\t{e.kind.value}\t{e.list_id}\t{e.entity_id}\t{progs}"
        for change in e.changes:
            yield f"\t\t{change.field}: {change.old} -> {change.new}"


def entity_view(view: EntityView) -> Iterator[str]:
    entity = view.entity
    yield f"{entity.caption} [{entity.id}] {entity.kind.value}; lists: {', '.join(view.lists)}"
    for name in entity.names:
        script = f", {name.script}" if name.script else ""
        yield f"  name ({name.type.value}{script}): {name.value}"
    for label, values in (
        ("born", [str(d) for d in entity.birth_dates]),
        ("birth place", list(entity.birth_places)),
        ("nationality", list(entity.nationalities)),
        ("citizenship", list(entity.citizenships)),
        ("position", list(entity.positions)),
    ):
        for value in values:
            yield f"  {label}: {value}"
    if entity.gender is not None:
        yield f"  gender: {entity.gender.value}"
    for ident in entity.identifiers:
        country = f" ({ident.country})" if ident.country else ""
        yield f"  {ident.kind}: {ident.value}{country}"
    for rel in view.relationships:
        other = rel.target_id or f'"{rel.target_name}" (not resolved)'
        yield f"  relationship: {rel.source_id} -[{rel.kind.value}]-> {other}"


def screening(result: ScreeningResult) -> Iterator[str]:
    used = ", ".join(f"{v.list_id} v{v.seq}" for v in result.versions)
    yield f"{result.query.name!r} as of {result.as_of.isoformat()} against {used}"
    if len(result.hits) == 0:
        yield f"  no match at or above {result.threshold:.2f}"
    for hit in result.hits:
        verdict = hit.status.verdict.upper() if hit.status.designated else hit.status.verdict
        yield f"  {hit.match.score:.3f}  {hit.entity.caption} [{hit.entity.id}]: {verdict}"
        yield f"         why: {hit.match.explain()}"
        for item in hit.status.designations:
            if item.state.in_force:
                measures = ", ".join(m.label for m in item.measures)
                progs = ", ".join(item.state.programmes)
                yield f"         {item.state.list_id} since {item.state.since}: {progs}; {measures}"
                for lic in item.licences:
                    yield f"         licence in force: {lic.title}"
            else:
                kind = item.state.last_event.kind.value
                yield f"         {item.state.list_id}: {kind} on {item.state.since}, not in force"
