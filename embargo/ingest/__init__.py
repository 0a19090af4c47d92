"""List parsers: each turns the files of one list version into a ``ListSnapshot``."""
