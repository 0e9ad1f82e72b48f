"""The progress bar of a batch: tqdm in a terminal or a notebook, nothing elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

__all__ = ["Progress", "interactive", "progress_bar"]


class Progress(Protocol):
    """What a batch needs of a bar: a step forward."""

    def update(self, n: float | None = 1) -> bool | None: ...


class _Silent:
    def update(self, n: float | None = 1) -> bool | None:
        return None


def interactive() -> bool:
    """Whether someone watches: standard error is a terminal, or this is a notebook."""
    if "ipykernel" in sys.modules:
        return True
    stream = sys.stderr
    return stream is not None and hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress_bar(total: int, description: str, *, show: bool | None) -> Iterator[Progress]:
    """A bar of ``total`` steps, shown when ``show`` is true (``None``: when
    :func:`interactive`); a silent stand-in otherwise, so no import of tqdm is paid."""
    if not (interactive() if show is None else show) or total == 0:
        yield _Silent()
        return
    from tqdm.auto import tqdm

    with tqdm(total=total, desc=description, unit="doc", file=sys.stderr, leave=True) as bar:
        yield bar
