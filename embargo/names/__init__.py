"""Name analysis and comparison: pure functions on strings, no knowledge of the model."""

from embargo.names.compare import NameAlignment, align, token_weight
from embargo.names.normalize import clean, fold
from embargo.names.phonetic import metaphone, skeleton
from embargo.names.similarity import word_similarity
from embargo.names.tokenize import NameForm, analyse, tokenize

__all__ = [
    "NameAlignment",
    "NameForm",
    "align",
    "analyse",
    "clean",
    "fold",
    "metaphone",
    "skeleton",
    "token_weight",
    "tokenize",
    "word_similarity",
]
