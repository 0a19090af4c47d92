"""Short human labels for codes the pages show: instruments, lists, countries, scripts, ages."""

from __future__ import annotations

from datetime import datetime

from rigour.territories import get_territory

from embargo.ingest.scripts import ISO_15924
from embargo.model.legal import Instrument
from embargo.registry.lists import LISTS
from embargo.registry.reference import Reference
from embargo.store import Store

#: How each kind of instrument is cited before its number ("EO 13928", "UNSCR 1267"); kinds
#: whose number is already a citation ("31 CFR part 520", "Public Law 104-132") have none.
CITATION_PREFIX = {"executive_order": "EO", "resolution": "UNSCR"}

SCRIPT_NAMES = {code: name for name, code in ISO_15924.items()}

#: Right-to-left scripts: names in them are marked ``dir="rtl"``.
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa"})


def instrument_label(instrument: Instrument) -> str:
    prefix = CITATION_PREFIX.get(instrument.kind)
    return instrument.number if prefix is None else f"{prefix} {instrument.number}"


def instrument_labels(reference: Reference) -> dict[str, str]:
    return {key: instrument_label(inst) for key, inst in reference.instruments.items()}


def list_titles(store: Store) -> dict[str, str]:
    """Every list's title by id: the lists embargo reads, then those in the store."""
    titles = {spec.id: spec.info.title for spec in LISTS.values()}
    titles.update((info.id, info.title) for info in store.lists())
    return titles


def short_list_title(title: str) -> str:
    """``... Blocked Persons List (SDN)`` -> ``SDN``: the abbreviation a title ends with."""
    if title.endswith(")") and "(" in title:
        return title[title.rindex("(") + 1 : -1]
    return title


def country_name(code: str) -> str:
    territory = get_territory(code)
    return code.upper() if territory is None else str(territory.name)


def script_name(code: str | None) -> str:
    if code is None:
        return "Latin"
    return SCRIPT_NAMES.get(code, code)


def age(moment: datetime, now: datetime) -> str:
    """How long ago, in the largest whole unit: ``3 days``, ``5 hours``, ``just now``."""
    seconds = int((now - moment).total_seconds())
    for unit, size in (("year", 365 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return "just now"


def humanise(code: str) -> str:
    """``dealings_prohibition`` -> ``dealings prohibition``."""
    return code.replace("_", " ")
