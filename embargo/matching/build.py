"""Build the arrays of a ``NameIndex`` from entities, in one pass.

Every indexed name becomes a run of token ids in one flat array; the vocabulary keeps each
distinct token once, with its document frequency (the number of names that use it), from which
rarity weights follow. Postings (token -> names) are stored CSR-style: one offsets array, one
flat array of name ids.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator

import numpy as np

from embargo.matching.keymap import KeyMap
from embargo.model.entity import Entity
from embargo.model.values import EntityKind, NameType
from embargo.names.acronym import acronym
from embargo.names.phonetic import skeleton
from embargo.names.symbols import org_symbols_of
from embargo.names.tokenize import GENERIC, LEGAL, NAME, NUMBER, NameForm, analyse
from embargo.names.variants import name_variants

KIND_CODES = {kind: code for code, kind in enumerate(EntityKind)}
NAME_TYPES = tuple(NameType)
TYPE_CODES = {t: code for code, t in enumerate(NAME_TYPES)}
#: Words shorter than this get no typo keys: a one-letter change makes another common word.
MIN_TYPO_LEN = 4


def analyse_name(text: str, kind: EntityKind | None) -> NameForm:
    """Analyse a name the way the index does for an entity (or query) of ``kind`` (None:
    unknown; a legal form then says org)."""
    org = None if kind is None else kind is not EntityKind.PERSON
    return analyse(text, org)


def useful_forms(text: str, kind: EntityKind | None) -> list[NameForm]:
    """The analysed variants of a written name (see ``name_variants``), without those made of
    legal forms alone: ``SHER MATCH INDUSTRIES (PVT.) LIMITED`` is not also a company ``PVT``."""
    forms = [analyse_name(v, kind) for v in name_variants(text)]
    kept = [f for f in forms if any(k != LEGAL for k in f.kinds)]
    return kept or forms[:1]


def typo_keys(token: str) -> Iterator[str]:
    """The token and every form of it with one letter deleted (symmetric-delete typo keys)."""
    yield token
    if len(token) >= MIN_TYPO_LEN:
        for i in range(len(token)):
            yield token[:i] + token[i + 1 :]


class IndexData:
    """The arrays a NameIndex is made of, filled by ``build``."""

    __slots__ = (
        "acronyms", "df", "entity_ids", "entity_kinds", "entity_name_start", "forms",
        "identifiers", "name_entity", "name_flags", "name_origin", "name_tok_start", "name_types",
        "post_names", "post_start", "skeleton_typos", "skeletons", "symbols", "token_kinds",
        "tokens", "typos", "vocab",
    )  # fmt: skip

    def __init__(self) -> None:
        self.entity_ids: list[str] = []
        self.entity_kinds = bytearray()
        self.entity_name_start = array("i", [0])
        self.name_entity = array("i")
        #: Position of the name in its entity's ``names`` (one name may give several variants).
        self.name_origin = array("i")
        self.name_types = bytearray()
        #: Bit 0: written without short vowels; bits 1+: number of trailing legal-form tokens.
        self.name_flags = bytearray()
        self.name_tok_start = array("i", [0])
        self.tokens = array("i")
        self.token_kinds = bytearray()
        self.vocab: dict[str, int] = {}
        self.forms: list[str] = []
        self.df = array("i")
        self.post_start = array("i")
        self.post_names = array("i")
        self.typos = KeyMap(())
        self.skeletons = KeyMap(())
        self.skeleton_typos = KeyMap(())
        self.acronyms = KeyMap(())
        self.identifiers = KeyMap(())
        #: Meanings of words in company names (``SYMBOL:ENTERPRISE``) to the words that have them.
        self.symbols = KeyMap(())


def build(entities: Iterable[Entity], strong_kinds: frozenset[str]) -> IndexData:
    """Analyse every name of every entity and lay the results out in arrays."""
    data = IndexData()
    acronyms: list[tuple[str, int]] = []
    identifiers: list[tuple[str, int]] = []
    for entity in entities:
        position = len(data.entity_ids)
        data.entity_ids.append(entity.id)
        data.entity_kinds.append(KIND_CODES[entity.kind])
        for offset, name in enumerate(entity.names):
            for form in useful_forms(name.value, entity.kind):
                _add_name(data, form, position, TYPE_CODES[name.type], offset)
                short = acronym(form) if entity.kind is not EntityKind.PERSON else None
                if short is not None:
                    acronyms.append((short, len(data.name_types) - 1))
        data.entity_name_start.append(len(data.name_types))
        identifiers += [
            (normalise_identifier(i.value), position)
            for i in entity.identifiers
            if i.kind in strong_kinds
        ]
    _postings(data)
    data.typos = KeyMap((k, v) for t, v in data.vocab.items() for k in typo_keys(t))
    data.skeletons = KeyMap((skeleton(t), v) for t, v in data.vocab.items() if skeleton(t))
    data.skeleton_typos = KeyMap(
        (k, v) for t, v in data.vocab.items() for k in skeleton_keys(skeleton(t))
    )
    data.acronyms = KeyMap(acronyms)
    data.identifiers = KeyMap(identifiers)
    meanings = org_symbols_of(data.forms)
    data.symbols = KeyMap((s, data.vocab[w]) for w, symbols in meanings.items() for s in symbols)
    return data


def skeleton_keys(key: str) -> Iterator[str]:
    """A consonant skeleton and, from three consonants, its forms with one deleted: vowel-less
    spellings (``kazm``) and Latin ones (``kathim``) often differ by one consonant."""
    if key:
        yield key
    if len(key) >= 3:
        for i in range(len(key)):
            yield key[:i] + key[i + 1 :]


def normalise_identifier(value: str) -> str:
    """Identifiers compare without spaces, dashes, dots and case (``AB 123-45`` = ``ab12345``)."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def _add_name(data: IndexData, form: NameForm, entity: int, type_code: int, origin: int) -> None:
    data.name_entity.append(entity)
    data.name_origin.append(origin)
    data.name_types.append(type_code)
    data.name_flags.append(int(form.vowelless) | (len(form.legal) << 1))
    vocab = data.vocab
    for token in form.tokens:
        vid = vocab.get(token)
        if vid is None:
            vid = vocab[token] = len(data.forms)
            data.forms.append(token)
        data.tokens.append(vid)
    data.token_kinds.extend(form.kinds)
    data.name_tok_start.append(len(data.tokens))


def _postings(data: IndexData) -> None:
    """Fill document frequencies and the CSR postings of searchable tokens: per word, the
    names that hold it, each once, in ascending order (numpy: a million names hold a few
    million words, too many for a Python loop at build time)."""
    starts = np.frombuffer(data.name_tok_start, dtype=np.int32)
    n_names, n_words = len(starts) - 1, len(data.forms)
    holder = np.repeat(np.arange(n_names, dtype=np.int64), np.diff(starts))
    pairs = np.unique(
        np.frombuffer(data.tokens, dtype=np.int32).astype(np.int64) * n_names + holder
    )
    df = np.bincount(pairs // max(n_names, 1), minlength=n_words)
    data.df = array("i", df.astype(np.int32).tobytes())
    data.post_start = array("i", np.concatenate(([0], np.cumsum(df))).astype(np.int32).tobytes())
    data.post_names = array("i", (pairs % max(n_names, 1)).astype(np.int32).tobytes())


SEARCHABLE = frozenset((NAME, NUMBER, LEGAL, GENERIC))
