"""Limits on what untrusted input may cost: .docx packages, data files, templates and
the rows of a merge.

vnreport reads files that other systems and other offices send. Each reader measures what
it reads against these limits while it reads (never trusting sizes a file declares about
itself) and refuses with a clear error naming the limit that was reached. The defaults
are generous for real documents; for trusted inputs that need more, pass larger values::

    from vnreport.limits import Limits, PackageLimits
    vnreport.check("so-tay-1200-trang.docx", limits=PackageLimits(max_paragraphs=500_000))

docs/security.md lists every limit, what it protects against and how to raise it.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["DataLimits", "Limits", "PackageLimits", "RowLimits", "TemplateLimits"]

_MIB = 1024 * 1024


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be a positive number, got {value!r}"
        )


def _limit(default: int | float) -> Any:
    return attrs.field(default=default, validator=_positive)


@attrs.frozen(kw_only=True)
class PackageLimits:
    """What reading one .docx package (checked, fixed, used as a template) may cost.

    Sizes are counted while inflating, so an entry that lies about its size in the zip
    directory is caught when it passes the limit, not after it has filled the memory.
    """

    #: The .docx file itself, as stored.
    max_file_bytes: int = _limit(64 * _MIB)
    #: Entries in the zip archive.
    max_entries: int = _limit(2_000)
    #: One part once inflated.
    max_part_bytes: int = _limit(64 * _MIB)
    #: All parts together once inflated.
    max_total_bytes: int = _limit(256 * _MIB)
    #: XML elements in one part, each attribute, comment and processing instruction
    #: counted as one too (each costs about as much memory once parsed).
    max_xml_elements: int = _limit(2_000_000)
    #: The same, in all parts together (a document reads many: headers, footers …).
    max_total_xml_elements: int = _limit(2_500_000)
    #: Paragraphs of the document, headers and footers included.
    max_paragraphs: int = _limit(100_000)


@attrs.frozen(kw_only=True)
class DataLimits:
    """What reading one data file (YAML, JSON, TOML) may cost."""

    #: The file itself.
    max_file_bytes: int = _limit(16 * _MIB)
    #: Lists and mappings inside each other.
    max_depth: int = _limit(64)
    #: Characters of one text value.
    max_string_chars: int = _limit(100_000)
    #: Digits of one number (before and after the decimal mark).
    max_number_digits: int = _limit(50)
    #: Items of one list (rows of a table, paragraphs of a section …) or keys of one mapping.
    max_items: int = _limit(100_000)
    #: Values in the whole file (texts, numbers, lists, mappings): each costs time to read
    #: and memory to hold, and a small file can hold millions (``[1,1,1,…]``).
    max_values: int = _limit(1_000_000)


@attrs.frozen(kw_only=True)
class RowLimits:
    """What reading the rows of a merge (trộn văn bản) may cost: a CSV, an Excel workbook,
    or a JSON, YAML or TOML list of rows (docs/merge-data.md)."""

    #: The file itself, as stored.
    max_file_bytes: int = _limit(64 * _MIB)
    #: Rows of data (the header and blank rows not counted): one document each.
    max_rows: int = _limit(100_000)
    #: Columns of the header.
    max_columns: int = _limit(512)
    #: Cells of all rows together (rows × columns): each costs memory, and a file within
    #: the size limit can hold tens of millions of one-character cells.
    max_cells: int = _limit(5_000_000)
    #: Characters of one cell (or one column name).
    max_cell_chars: int = _limit(100_000)
    #: Entries in an .xlsx workbook's zip archive (a workbook has 10–50).
    max_zip_entries: int = _limit(2_000)
    #: An .xlsx workbook's entries together once inflated: what openpyxl would read.
    max_inflated_bytes: int = _limit(256 * _MIB)
    #: How many times larger than stored an entry of an .xlsx may inflate (past its first
    #: MiB): a sheet's XML deflates 5 to 30 times, a zip bomb about 1,000 times.
    max_compression_ratio: int = _limit(200)


@attrs.frozen(kw_only=True)
class TemplateLimits:
    """What rendering one custom template may cost (its package is read under
    :class:`PackageLimits` as well)."""

    #: Characters of a part that holds tags (the main document, headers, footers).
    max_source_chars: int = _limit(8 * _MIB)
    #: Tags (``{{ }}``, ``{% %}``, ``{# #}``) in one part.
    max_tags: int = _limit(10_000)
    #: Characters of one tag.
    max_tag_chars: int = _limit(2_000)
    #: Characters one part may produce, and the size of any text or list the template
    #: makes on its way.
    max_output_chars: int = _limit(32 * _MIB)
    #: Loop iterations of all the template's loops together.
    max_iterations: int = _limit(1_000_000)
    #: Seconds a render may take (checked at every loop step, call and piece of output).
    max_seconds: float = _limit(30.0)


@attrs.frozen(kw_only=True)
class Limits:
    """All the limits together, as the command line and batch functions take them."""

    package: PackageLimits = attrs.field(factory=PackageLimits)
    data: DataLimits = attrs.field(factory=DataLimits)
    template: TemplateLimits = attrs.field(factory=TemplateLimits)
    rows: RowLimits = attrs.field(factory=RowLimits)

    @classmethod
    def trusted(cls, factor: int = 16) -> Limits:
        """Every size, count and time limit ``factor`` times the default, for inputs from a
        trusted source. Nesting depth is not scaled: it guards the interpreter's stack.

        >>> Limits.trusted().package.max_paragraphs
        1600000
        >>> Limits.trusted().data.max_depth
        64
        """

        def scaled(value: Any) -> Any:
            return attrs.evolve(
                value,
                **{
                    field.name: getattr(value, field.name) * factor
                    for field in attrs.fields(type(value))
                    if field.name not in _UNSCALED
                },
            )

        return cls(
            package=scaled(PackageLimits()),
            data=scaled(DataLimits()),
            template=scaled(TemplateLimits()),
            rows=scaled(RowLimits()),
        )


_UNSCALED = frozenset({"max_depth"})
