"""Lengths on the preview's sheet: points on paper, scaled for the screen.

Everything is computed in points, as on paper (the rulebook's millimetres, the
template's twips, the metrics' text widths), and written scaled: a preview at
``scale=0.8`` is an A4 sheet drawn at four fifths of its size, its type and rules with it.
"""

from __future__ import annotations

import attrs

from vnreport.metrics.measure import TWIPS_PER_POINT
from vnreport.rules import Rulebook

__all__ = ["POINTS_PER_MM", "SheetSize", "Units", "sheet_size", "twips"]

POINTS_PER_MM = 72 / 25.4


def twips(value: float) -> float:
    """``value`` twips in points."""
    return value / TWIPS_PER_POINT


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.2 <= value <= 4:
        raise ValueError(f"scale must be a number from 0.2 to 4, got {value!r}")


@attrs.frozen
class Units:
    """How a length on paper is written in the preview's CSS."""

    scale: float = attrs.field(default=0.8, validator=_positive)

    def pt(self, points: float) -> str:
        """A length of ``points`` on paper, as a CSS length on the screen."""
        value = round(points * self.scale, 2)
        return f"{value:g}pt"


@attrs.frozen(kw_only=True)
class SheetSize:
    """A sheet and its margins, in points; ``landscape`` turns it."""

    width: float
    height: float
    top: float
    right: float
    bottom: float
    left: float

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    def turned(self) -> SheetSize:
        """The same sheet landscape: the long side across, the margins kept on their
        sides (the binding margin stays on the left, as the .docx keeps it)."""
        return attrs.evolve(self, width=self.height, height=self.width)


def sheet_size(rulebook: Rulebook) -> SheetSize:
    """The rulebook's paper with the margins vnreport prints."""
    page = rulebook.page
    width, height = page.paper
    return SheetSize(
        width=width * POINTS_PER_MM,
        height=height * POINTS_PER_MM,
        **{side: page.printed_margin(side) * POINTS_PER_MM for side in page.margins},
    )
