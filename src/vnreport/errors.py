"""Exceptions raised by vnreport.

Every problem with a document's content is a :class:`FieldError`: it names the field
(``Signature.name``) and states the problem in plain English, so a caller can show it to
the person who typed the value.
"""

from __future__ import annotations

__all__ = ["FieldError", "VnreportError"]


class VnreportError(Exception):
    """Base class of every error vnreport raises on purpose."""


class FieldError(VnreportError, ValueError):
    """A value given for a field of the document model is not acceptable.

    ``field`` names the field (``"Report.subject"``, or a path such as
    ``"sections[2].content[0].title"`` when the caller knows it); ``problem`` says what
    is wrong with it.

    >>> str(FieldError("Agency.name", "must not be empty"))
    'Agency.name: must not be empty'
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        # The default pickling would pass the joined message as the only argument.
        return (type(self), (self.field, self.problem))
