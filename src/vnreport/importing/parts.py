"""What the importer hands a type's own builder (:mod:`vnreport.importing.typed`).

The header and the footer are read the same way for every type; the body of a công văn, a
giấy mời or a biên bản is read by a builder of its own. A builder gets the body's lines
and the parts every document shares (the issuer, the date, the number, Nơi nhận and the
signature), made on request by :class:`FrameMaker`: a biên bản has no date line, so its
builder says which date and place to use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import attrs

from vnreport.importing.footer import Footer
from vnreport.importing.header import Header
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.model.document import Document
from vnreport.rules.doctypes import DocumentType

__all__ = ["Builder", "FrameMaker", "Parts", "refusal"]


class FrameMaker(Protocol):
    """The keyword arguments every :class:`~vnreport.model.document.Document` takes —
    ``issuer``, ``date``, ``number``, ``symbol_unit``, ``recipients`` and, when
    ``signed``, ``signature`` — read from the header and the footer.

    ``name`` is the issuer's name in normal case when the body prints it ("Ủy ban nhân
    dân huyện Tuần Giáo trân trọng kính mời"); ``place`` and ``date`` stand in for a date
    line the document does not print. A part that cannot be read raises a
    :class:`~vnreport.errors.FieldError` naming it.
    """

    def __call__(
        self,
        *,
        name: str | None = None,
        place: str | None = None,
        date: str | None = None,
        signed: bool = True,
    ) -> dict[str, Any]: ...


@attrs.frozen(kw_only=True)
class Parts:
    """A document read as far as its type's own body.

    ``lines`` are the body's as the source gives them, "Kính gửi" taken out (a builder
    joins the lines of a text cut inside a paragraph where it reads running text:
    :func:`~vnreport.importing.body.join_cut_lines`); ``addressees`` are the Kính gửi
    items as printed; ``header`` and ``footer`` are what their recognisers read.
    """

    kind: DocumentType
    header: Header
    footer: Footer
    lines: tuple[Line, ...]
    addressees: tuple[str, ...]
    frame: FrameMaker


#: A type's builder: the document, or ``None`` with the reasons added to the list.
Builder = Callable[[Parts, list[Unrecognised]], Document | None]


def refusal(error: Exception, header: Header) -> Unrecognised:
    """The model's refusal of a header part as an item that names the line it was read
    from (the date line for ``date``, the Số line for the symbol, the issuer's first
    line), so that a person finds what to fix."""
    field = getattr(error, "field", "")
    line: Line | None = None
    if field == "date" or field == "issuer.place":
        line = header.place_line
    elif field in ("symbol_unit", "issuer.abbreviation"):
        line = header.number_line
    elif field.startswith("issuer") and header.issuer:
        line = header.issuer[0]
    if line is None:
        return Unrecognised(text="", reason=str(error))
    where = line.where
    return Unrecognised(line=where[0], paragraph=where[1], text=line.text[:80], reason=str(error))
