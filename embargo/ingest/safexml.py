"""Reading official XML lists safely, and keeping their entries as plain data.

Official lists are downloaded from the internet, so a file may be hostile: an XML bomb ("billion
laughs") or an external entity that reads local files. The parser here never expands entities,
never loads a DTD, never touches the network, keeps libxml2's size limits (``huge_tree=False``),
and refuses any document that declares a DTD at all (no official list uses one). This is what
``defusedxml.lxml`` did; that module is deprecated and warns on import, so the same checks live
here on top of a hardened ``lxml`` parser, which also gives the line numbers error messages need.

Every failure is an ``InvalidData`` naming the file and a line, so the caller can say where.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from embargo.exc import InvalidData
from embargo.ingest.snapshot import SourceFile

_GZIP_MAGIC = b"\x1f\x8b"
_POSITION = re.compile(r",? line (\d+), column (\d+)$")


def parse_xml(file: SourceFile, root_tag: str, what: str) -> etree._Element:
    """Parse ``file`` and return its root, which must be ``<root_tag>``; ``what`` names it."""
    if file.content.startswith(_GZIP_MAGIC):
        raise InvalidData(file.name, "line 1", "not XML: the file is gzip-compressed")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(file.content, parser)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(file, exc) from exc
    _refuse_dtd(file, root)
    if root.tag != root_tag:
        raise InvalidData(file.name, line_of(root), f"not {what}: root is <{root.tag}>")
    return root


def _syntax_error(file: SourceFile, exc: etree.XMLSyntaxError) -> InvalidData:
    """Turn lxml's message into ours: the line goes into the place, the column stays."""
    message = exc.msg or "unreadable"
    match = _POSITION.search(message)
    if match is not None:
        message = f"{message[: match.start()]} (column {match.group(2)})"
    line = exc.lineno if exc.lineno is not None else 1
    return InvalidData(file.name, f"line {line}", f"not well-formed XML: {message}")


def _refuse_dtd(file: SourceFile, root: etree._Element) -> None:
    """A DTD is how entities get declared; with none allowed, no bomb can be defined."""
    info = root.getroottree().docinfo
    if info.internalDTD is None and info.externalDTD is None and not info.doctype:
        return
    index = file.content.find(b"<!DOCTYPE")
    line = 1 if index < 0 else file.content.count(b"\n", 0, index) + 1
    raise InvalidData(
        file.name, f"line {line}", "DTDs and entities are forbidden (possible XML bomb)"
    )


def line_of(element: etree._Element) -> str | None:
    """The place of an element for messages and findings: ``line N``."""
    return None if element.sourceline is None else f"line {element.sourceline}"


def element_to_raw(element: etree._Element) -> dict[str, Any]:
    """The element as JSON-ready data: ``{tag: value}``, losing nothing but layout whitespace.

    A leaf becomes its text (``None`` when empty, so ``<SORT_KEY/>`` is kept); an element with
    children or attributes becomes a dict of child tag -> value, a list when a tag repeats (in
    document order), attributes as ``@name`` and the text before the first child as ``#text``.
    Text between children (mixed content) and comments are not kept: list formats have none.
    Stores diff this to see any change, and exporters rebuild the entry from it.
    """
    return {str(element.tag): _value(element)}


def _value(element: etree._Element) -> Any:
    children = [child for child in element if isinstance(child.tag, str)]
    text = element.text if element.text is not None and element.text.strip() != "" else None
    if len(children) == 0 and len(element.attrib) == 0:
        return text
    body: dict[str, Any] = {f"@{etree.QName(k).localname}": v for k, v in element.attrib.items()}
    if text is not None:
        body["#text"] = text
    for child in children:
        _put(body, str(child.tag), _value(child))
    return body


def _put(body: dict[str, Any], key: str, value: Any) -> None:
    """Add a child value; a value is never a list itself, so a list always means repetition."""
    if key not in body:
        body[key] = value
    elif isinstance(body[key], list):
        body[key].append(value)
    else:
        body[key] = [body[key], value]
