"""Vietnamese text as Windows writes it in code page 1258, for tests of data files.

cp1258 holds the letters with a shape mark (â, ê, ô, ơ, ư, ă, đ) and a few with a tone,
and writes every other tone as a combining mark after its letter: "ễ" is "ê" then U+0303.
Python's codec encodes only what the table has, so this composes as Windows does.
"""

from __future__ import annotations

import unicodedata

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str) -> bytes:
    """``text`` (NFC) in Windows-1258, tones as combining marks where the table lacks the
    precomposed letter."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        shape = "".join(mark for mark in decomposed[1:] if mark not in _TONES)
        tones = "".join(mark for mark in decomposed[1:] if mark in _TONES)
        out += unicodedata.normalize("NFC", decomposed[0] + shape).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)
