"""WordprocessingML names."""

from __future__ import annotations

__all__ = ["R_NS", "W_NS", "W", "w"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute: ``w("p")``."""
    return f"{W}{name}"
