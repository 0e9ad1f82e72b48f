"""File names of a batch's outputs, from a pattern such as ``{so}-{ho_ten}.docx``.

The pattern is the user's and may hold folders (``{xa}/{so}.docx``), but never leaves
the output folder: an absolute pattern, a ``..`` or an empty step is refused before any
row is read. The values are the rows', so they are made into names that every common
file system takes — Windows' (reserved characters, device names such as ``CON``, no
trailing dot or space), macOS' and Linux' (no ``/``, 255 bytes a name) — and can never
add a folder: a ``/`` in a value is a dash. Two rows whose names differ only by case or
by how their letters are composed would be one file on Windows or macOS, so they
collide (:func:`collisions`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

import attrs

from vnreport.batch.placeholders import Placeholder, PlaceholderError, cell_text, parse_text
from vnreport.formatting.text import plain_letters

__all__ = ["NamePattern", "NamePatternError", "check_fixed_name", "collisions"]

#: The suffix of every .docx output; a pattern without one gets it.
DOCX = ".docx"

#: Suffixes of other kinds of files, refused at the end of a pattern: "{row}.pdf" would
#: otherwise become "1.pdf.docx".
_OTHER_SUFFIX = re.compile(r"\.(?:pdf|docm|doc|dotx|dot|odt|rtf|txt|html?|xlsx?|csv)\s*$", re.I)

#: Bytes a name may take on ext4, APFS, NTFS (in UTF-16 units there, which UTF-8 bytes
#: bound), less room for the ".pdf" that may sit beside it.
_MAX_NAME_BYTES = 250

_RESERVED_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{digit}" for digit in "123456789"}
    | {f"lpt{digit}" for digit in "123456789"}
)
_WIDTH = re.compile(r"0?([1-9][0-9]?)")


class NamePatternError(ValueError):
    """A name pattern that cannot make safe names, or a row that makes none."""


@attrs.frozen
class NamePattern:
    """A checked pattern of output names (``{so}-{ho_ten}.docx``).

    A placeholder may pad a whole number with zeros, ``{row:04}`` → ``0007``.
    ``plain=True`` writes letters without their marks (``Nguyễn`` → ``Nguyen``, ``Đ`` →
    ``D``), for systems that mangle other names.
    """

    text: str
    plain: bool = False
    steps: tuple[tuple[str | tuple[str, int], ...], ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "steps", _parse_pattern(self.text))

    @property
    def names(self) -> frozenset[str]:
        """The columns (and built-in names) the pattern uses."""
        return frozenset(
            piece[0] for step in self.steps for piece in step if isinstance(piece, tuple)
        )

    def name_for(self, values: Mapping[str, object]) -> str:
        """The relative path (with ``/`` between folders) of the row with ``values``.

        Raises :class:`NamePatternError` naming the column whose value leaves a step empty.
        """
        steps = [self._step(step, values) for step in self.steps]
        last = steps[-1]
        if not last.lower().endswith(DOCX):
            last += DOCX
        steps[-1] = _fit(last)
        return "/".join([*(_fit(step) for step in steps[:-1]), steps[-1]])

    def _step(self, step: tuple[str | tuple[str, int], ...], values: Mapping[str, object]) -> str:
        text = ""
        for piece in step:
            if isinstance(piece, str):
                text += piece
                continue
            name, width = piece
            value = values[name]
            if width and isinstance(value, int) and not isinstance(value, bool):
                shown = f"{value:0{width}d}"
            else:
                shown = cell_text(value)
            safe = _safe(shown, plain=self.plain)
            if not safe and shown.strip():
                raise NamePatternError(
                    f"column '{name}' holds {shown[:40]!r}, nothing a file name can keep "
                    f"(reserved characters, dots and spaces are dropped): the file name "
                    f"({self.text}) would lack it"
                )
            if not safe:
                raise NamePatternError(
                    f"column '{name}' is empty here: the file name ({self.text}) would lack it"
                )
            text += safe
        text = _SPACES.sub(" ", text).strip(" .")
        if not text:
            raise NamePatternError(f"the file name ({self.text}) would be empty")
        if text.split(".")[0].lower() in _WINDOWS_DEVICES:
            text = "_" + text  # CON.docx is a device on Windows, not a file
        return text


def check_fixed_name(text: str) -> None:
    """Refuse a name given whole (the joined file's) that a pattern could not be: one
    outside the output folder, with a character file systems refuse, or not a .docx."""
    _parse_pattern(text.replace("{", "{{").replace("}", "}}"), fixed=True)
    if not text.lower().endswith(DOCX):
        raise NamePatternError(f"{text!r} is not the name of a .docx file")


def _parse_pattern(
    text: str, *, fixed: bool = False
) -> tuple[tuple[str | tuple[str, int], ...], ...]:
    if not text.strip():
        raise NamePatternError("the name pattern is empty")
    if "\\" in text:
        raise NamePatternError(f"the name pattern {text!r} holds a '\\': write folders with '/'")
    path = PurePosixPath(text)
    if path.is_absolute() or re.match(r"[A-Za-z]:", text):
        raise NamePatternError(
            f"the name pattern {text!r} is absolute: names are inside the output folder"
        )
    raw_steps = text.split("/")
    steps: list[tuple[str | tuple[str, int], ...]] = []
    for raw in raw_steps:
        if raw.strip() in ("", ".", ".."):
            raise NamePatternError(
                f"the name pattern {text!r} has an empty, '.' or '..' step: names must stay "
                "inside the output folder"
            )
        try:
            pieces = parse_text(raw)
        except PlaceholderError as error:
            raise NamePatternError(f"the name pattern {text!r}: {error}") from None
        step: list[str | tuple[str, int]] = []
        for piece in pieces:
            if isinstance(piece, str):
                if _RESERVED_CHARACTERS.search(piece):
                    raise NamePatternError(
                        f"the name pattern {text!r} holds a character file systems refuse "
                        f"({_RESERVED_CHARACTERS.search(piece).group()!r})"  # type: ignore[union-attr]
                    )
                step.append(piece)
            else:
                step.append(_placeholder(piece, text))
        steps.append(tuple(step))
    last = steps[-1][-1] if steps[-1] else ""
    if isinstance(last, str):
        suffix = _OTHER_SUFFIX.search(last)
        if suffix is not None:
            raise NamePatternError(
                f"the name pattern {text!r} ends in {suffix.group()!r}: the documents are "
                ".docx files; end it with .docx (with --pdf, each PDF takes the document's "
                "name with .pdf)"
            )
    if not fixed and not any(isinstance(piece, tuple) for step in steps for piece in step):
        raise NamePatternError(
            f"the name pattern {text!r} names no column: every row would get the same file"
        )
    return tuple(steps)


def _placeholder(piece: Placeholder, pattern: str) -> tuple[str, int]:
    name, colon, spec = piece.name.partition(":")
    if not colon:
        return (name.strip(), 0)
    match = _WIDTH.fullmatch(spec.strip())
    if match is None:
        raise NamePatternError(
            f"the name pattern {pattern!r}: '{{{piece.name}}}' — the only format is a width "
            "of zeros, such as {row:04}"
        )
    return (name.strip(), int(match.group(1)))


def _safe(text: str, *, plain: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if plain:
        text = plain_letters(text)
    return _SPACES.sub(" ", _RESERVED_CHARACTERS.sub("-", text)).strip(" .")


def _fit(step: str) -> str:
    """``step`` cut (at a letter's end, its suffix kept) to the bytes a name may take."""
    if len(step.encode("utf-8")) <= _MAX_NAME_BYTES:
        return step
    stem, dot, suffix = step.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = step, ""
    tail = f".{suffix}" if suffix else ""
    room = _MAX_NAME_BYTES - len(tail.encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
    return cut + tail


def collisions(names: Iterable[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """The pairs of rows whose names are one file on a file system that ignores case or
    composes letters (``(first row, second row, name)``)."""
    seen: dict[str, int] = {}
    found: list[tuple[int, int, str]] = []
    for row, name in names:
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            found.append((seen[key], row, name))
        else:
            seen[key] = row
    return found
