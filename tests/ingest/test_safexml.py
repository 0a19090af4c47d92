"""Safe XML reading and the generic element -> raw dict conversion."""

from __future__ import annotations

import pytest
from lxml import etree

from embargo.exc import InvalidData
from embargo.ingest.safexml import element_to_raw, parse_xml
from embargo.ingest.snapshot import SourceFile


def parse(text: str) -> etree._Element:
    return parse_xml(SourceFile("f.xml", text.encode("utf-8")), "ROOT", "a test file")


def test_raw_keeps_text_verbatim_and_empty_leaves() -> None:
    root = parse("<ROOT><A> keep  spaces\n</A><B/><C>  </C></ROOT>")
    assert element_to_raw(root) == {"ROOT": {"A": " keep  spaces\n", "B": None, "C": None}}


def test_raw_lists_repeated_tags_in_order() -> None:
    root = parse("<ROOT><V>1</V><V>2</V><W><V>3</V></W><V>4</V></ROOT>")
    assert element_to_raw(root) == {"ROOT": {"V": ["1", "2", "4"], "W": {"V": "3"}}}


def test_raw_keeps_attributes_and_text_beside_children() -> None:
    root = parse('<ROOT a="1"><X b="2">text</X><Y/></ROOT>')
    assert element_to_raw(root) == {
        "ROOT": {"@a": "1", "X": {"@b": "2", "#text": "text"}, "Y": None}
    }


def test_comments_and_processing_instructions_are_not_fields() -> None:
    root = parse("<ROOT><!-- note --><?pi data?><A>1</A></ROOT>")
    assert element_to_raw(root) == {"ROOT": {"A": "1"}}


def test_a_doctype_without_entities_is_refused_too() -> None:
    with pytest.raises(InvalidData) as info:
        parse("<?xml version='1.0'?>\n\n<!DOCTYPE ROOT>\n<ROOT/>")
    assert info.value.place == "line 3"
    assert "entities are forbidden" in info.value.message


def test_undeclared_entity_is_a_syntax_error_with_its_line() -> None:
    with pytest.raises(InvalidData) as info:
        parse("<ROOT>\n<A>&nope;</A>\n</ROOT>")
    assert info.value.place == "line 2"
    assert info.value.message.startswith("not well-formed XML: Entity 'nope' not defined")
