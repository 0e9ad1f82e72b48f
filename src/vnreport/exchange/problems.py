"""Problems found in a data file, each with the place it was found."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.errors import VnreportError

__all__ = ["MAX_PROBLEMS", "DataError", "Path", "Problem", "format_path", "parse_path"]

#: The problems listed for one file at most. A file with more is mostly wrong, and listing
#: every one (one per cell of a huge table) would cost more than reading the file did.
MAX_PROBLEMS = 100

#: A place in a document's data: keys and list indexes from the top ("sections", 2, …).
Path = tuple[str | int, ...]

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def format_path(path: Path) -> str:
    """``("sections", 2, "content", 0, "title")`` → ``"sections[2].content[0].title"``.

    >>> format_path(("sections", 2, "content", 0, "title"))
    'sections[2].content[0].title'
    >>> format_path(())
    '(document)'
    """
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or "(document)"


def parse_path(text: str) -> Path:
    """The inverse of :func:`format_path`.

    >>> parse_path("sections[2].content[0].title")
    ('sections', 2, 'content', 0, 'title')
    """
    return tuple(int(index) if index else name for name, index in _STEP.findall(text))


@attrs.frozen
class Problem:
    """One thing wrong in a data file: where, and what."""

    path: Path
    message: str
    line: int | None = None

    @property
    def location(self) -> str:
        """The field path, e.g. ``sections[2].content[0].title``."""
        return format_path(self.path)

    def __str__(self) -> str:
        where = self.location if self.line is None else f"line {self.line}: {self.location}"
        return f"{where}: {self.message}"


class DataError(VnreportError, ValueError):
    """A data file that does not describe a valid document; ``problems`` lists them all."""

    def __init__(self, problems: Sequence[Problem], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        prefix = f"{source}: " if source else ""
        lines = "\n".join(f"  {prefix}{problem}" for problem in self.problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} found:\n{lines}")
