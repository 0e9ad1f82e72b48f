"""The indents Word's list numbering gives a paragraph (``word/numbering.xml``).

A paragraph in a list (``w:numPr``) takes the indents of its list level, under its own:
a list item that sets only ``w:hanging`` keeps the level's ``w:left``. Without them a list
item's first line would be measured from the margin.
"""

from __future__ import annotations

from lxml import etree

from vnreport.ooxml.names import w

__all__ = ["ListLevel", "Numbering"]

#: A list level: its key (numId, ilvl) and the level's ``w:pPr``.
ListLevel = tuple[tuple[str, str], etree._Element]

_VAL = w("val")
_NUM_PR = f"{w('pPr')}/{w('numPr')}"


class Numbering:
    """The paragraph properties of every list level, by list (numId) and level (ilvl)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._levels: dict[tuple[str, str], etree._Element] = {}
        if root is None:
            return
        abstracts = {
            element.get(w("abstractNumId")): element for element in root.iter(w("abstractNum"))
        }
        for num in root.iter(w("num")):
            num_id = num.get(w("numId"))
            reference = num.find(w("abstractNumId"))
            if num_id is None or reference is None:
                continue
            levels: dict[str, etree._Element | None] = {}
            abstract = abstracts.get(reference.get(_VAL))
            if abstract is not None:
                for level in abstract.iter(w("lvl")):
                    levels[level.get(w("ilvl"), "0")] = level.find(w("pPr"))
            for override in num.iter(w("lvlOverride")):
                replaced = override.find(w("lvl"))
                if replaced is not None and replaced.find(w("pPr")) is not None:
                    levels[override.get(w("ilvl"), "0")] = replaced.find(w("pPr"))
            for ilvl, properties in levels.items():
                if properties is not None:
                    self._levels[(num_id, ilvl)] = properties

    def level(self, paragraph: etree._Element) -> ListLevel | None:
        """The list level a paragraph's own ``w:numPr`` puts it at, if any."""
        if not self._levels:
            return None
        numbering = paragraph.find(_NUM_PR)
        if numbering is None:
            return None
        num_id = numbering.find(w("numId"))
        ilvl = numbering.find(w("ilvl"))
        key = (
            "" if num_id is None else num_id.get(_VAL, ""),
            "0" if ilvl is None else ilvl.get(_VAL, "0"),
        )
        properties = self._levels.get(key)
        return None if properties is None else (key, properties)
