"""The labels Word's list numbering prints (``w:numPr``): "1.", "a)", "I.", "-".

A file typed in Word often numbers its sections with a list rather than typed labels;
the text of such a paragraph lacks the label the reader sees. This counts the lists as
Word does (each level's counter, deeper levels restarted) and prints each level's
``w:lvlText`` in its ``w:numFmt``.
"""

from __future__ import annotations

from lxml import etree

from vnreport.formatting.numerals import roman
from vnreport.ooxml.names import w

__all__ = ["ListLabels"]

_VAL = w("val")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _formatted(value: int, kind: str) -> str:
    if kind in ("upperRoman", "lowerRoman"):
        numeral = roman(value)
        return numeral if kind == "upperRoman" else numeral.lower()
    if kind in ("lowerLetter", "upperLetter"):
        letter = _LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter if kind == "lowerLetter" else letter.upper()
    return str(value)


class ListLabels:
    """Counts the lists of one document, paragraph after paragraph, in reading order."""

    def __init__(self, root: etree._Element | None) -> None:
        # (numId, ilvl) → (numFmt, lvlText, start)
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstracts = {a.get(w("abstractNumId")): a for a in root.iter(w("abstractNum"))}
        for num in root.iter(w("num")):
            reference = num.find(w("abstractNumId"))
            abstract = None if reference is None else abstracts.get(reference.get(_VAL))
            if abstract is None:
                continue
            for level in abstract.iter(w("lvl")):
                fmt, text, start = (
                    level.find(w("numFmt")),
                    level.find(w("lvlText")),
                    level.find(w("start")),
                )
                self._levels[(num.get(w("numId"), ""), int(level.get(w("ilvl"), "0")))] = (
                    "decimal" if fmt is None else fmt.get(_VAL, "decimal"),
                    "" if text is None else text.get(_VAL, ""),
                    1 if start is None else int(start.get(_VAL, "1") or 1),
                )

    def label(self, paragraph: etree._Element) -> tuple[int, str] | None:
        """The list level (0 the top) and the label Word prints before ``paragraph``."""
        numbering = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        if numbering is None or not self._levels:
            return None
        num, ilvl = numbering.find(w("numId")), numbering.find(w("ilvl"))
        num_id = "" if num is None else num.get(_VAL, "")
        level = 0 if ilvl is None else int(ilvl.get(_VAL, "0") or 0)
        found = self._levels.get((num_id, level))
        if found is None:
            return None
        kind, text, start = found
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        if kind == "bullet":
            return level, "-" if text.strip() in ("-", "–", "") else "+"
        label = text
        for depth in range(level + 1):
            value = counters.get(depth, self._levels.get((num_id, depth), ("", "", 1))[2])
            depth_kind = self._levels.get((num_id, depth), (kind, "", 1))[0]
            label = label.replace(f"%{depth + 1}", _formatted(value, depth_kind))
        return level, label.strip()
