"""Appendices (*phụ lục*, Phụ lục I, III.1; Mẫu 2.1, 2.2) of any type of document.

An appendix holds what the main text refers to but does not carry: a statistics table, a
list, a plan's schedule. It is printed after the signature, on pages of its own numbered
from 1, under "Phụ lục" (with a Roman numeral when there are two or more), its title in
capitals and the note "(Kèm theo Báo cáo số … ngày … của …)". The main text must refer to
each appendix: a document whose body never mentions one is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.numerals import roman
from vnreport.model._fields import check_text, fail, to_text
from vnreport.model.body import Block, Bullet, Paragraph, Section, Table, to_blocks
from vnreport.model.outline import Block as LaidOutBlock
from vnreport.model.outline import flatten_body
from vnreport.rules import ND30

__all__ = ["Appendix", "appendix_label", "check_mentioned"]


def _check_content(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    if not isinstance(values, tuple) or not values:
        raise fail(instance, attribute, "an appendix needs content (paragraphs, tables …)")
    for index, value in enumerate(values):
        if not isinstance(value, Paragraph | Bullet | Table | Section):
            raise FieldError(
                f"Appendix.content[{index}]",
                f"must be a Paragraph, Bullet, Table, Section or text, got {type(value).__name__}",
            )


@attrs.frozen(kw_only=True)
class Appendix:
    """An appendix (*phụ lục*): its ``title`` (printed in capitals), its ``content``
    (paragraphs, dash lists, tables and numbered sections, as a section holds) and
    whether its pages are ``landscape``. Left out (``None``), its pages turn landscape
    when one of its tables is too wide for a portrait page to print its words whole.

    >>> appendix = Appendix(title="Kết quả tiếp công dân", content=["Chi tiết như sau."])
    >>> appendix.landscape is None
    True
    """

    title: str = attrs.field(converter=to_text, validator=check_text)
    content: tuple[Block, ...] = attrs.field(converter=to_blocks, validator=_check_content)
    landscape: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )

    @property
    def body(self) -> tuple[LaidOutBlock, ...]:
        """The content laid out: labelled blocks, ending with "./."."""
        return flatten_body(("content", self.content))


def appendix_label(position: int, count: int) -> str:
    """ "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … when there are two or more.

    >>> appendix_label(1, 1), appendix_label(2, 3)
    ('Phụ lục', 'Phụ lục II')
    """
    label = ND30.texts.appendix_label
    return label if count == 1 else f"{label} {roman(position)}"


def check_mentioned(owner: str, appendices: Sequence[Appendix], body_text: str) -> None:
    """Refuse an appendix the main text never refers to (Phụ lục I, III.1)."""
    count = len(appendices)
    for position in range(1, count + 1):
        label = appendix_label(position, count)
        pattern = re.escape(label) + (r"(?![\w])" if count > 1 else "")
        if re.search(pattern, body_text, re.IGNORECASE) is None:
            raise FieldError(
                f"{owner}.appendices[{position - 1}]",
                f"the main text never mentions {label!r}: refer to each appendix in the body "
                "(Phụ lục I, III.1), e.g. '(chi tiết tại " + label + ")'",
            )
