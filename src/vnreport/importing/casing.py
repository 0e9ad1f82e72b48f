"""Normal case back from capitals: what "ĐẶC ĐIỂM TÌNH HÌNH" was typed as.

The decree prints headings, the issuer and the signature's titles in capitals; the model
holds them in normal case. Sentence case is right for most of them; the words that stay
capitalised inside a title are the offices and bodies Vietnamese writes so ("Phó Chủ
tịch", "Chánh Văn phòng", "Ủy ban nhân dân huyện Tuần Giáo"), given here, and proper
names after an administrative unit ("huyện TUẦN GIÁO" → "huyện Tuần Giáo"). What this
cannot know (another proper name in a heading) stays in lower case: printed in capitals,
it looks the same.
"""

from __future__ import annotations

import re

from vnreport.formatting.text import in_capitals, nfc, sentence_case

__all__ = ["restore_case", "title_case"]

# Phrases written with capitals inside a title, as the decree's samples write them.
_PHRASES = (
    "Chủ tịch", "Giám đốc", "Văn phòng", "Ủy ban nhân dân", "Hội đồng nhân dân",
    "Quốc hội", "Chính phủ", "Thủ tướng", "Việt Nam", "Đảng", "Nhà nước", "Mặt trận Tổ quốc",
)  # fmt: skip
# Administrative units: the words after one are a place's name, in title case.
_UNITS = ("tỉnh", "huyện", "xã", "thị trấn", "thị xã", "thành phố", "quận", "phường")
_UNIT_NAME = re.compile(
    r"\b(" + "|".join(_UNITS) + r")\s+((?:[^\s,;.()]+\s*)+?)(?=$|[,;.()]|\s+(?:và|của|về|năm)\b)"
)


def restore_case(text: str) -> str:
    """``text`` in normal case if it was typed in capitals, else as it is."""
    text = nfc(text)
    if not in_capitals(text):
        return text
    return _capitalise(sentence_case(text))


def title_case(text: str) -> str:
    """A title or a body from the signature ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch")."""
    text = nfc(text)
    if not (in_capitals(text) or text.isupper()):
        return text
    return _capitalise(sentence_case(text))


def _capitalise(text: str) -> str:
    # The old placement of the tone ("Uỷ ban") is the same word: the model writes the
    # decree samples' "Ủy ban".
    text = re.sub(r"(?<!\w)uỷ(?= ban\b)", "ủy", text, flags=re.IGNORECASE)
    for phrase in _PHRASES:
        text = re.sub(
            rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", phrase, text, flags=re.IGNORECASE
        )
    text = _UNIT_NAME.sub(
        lambda match: (
            f"{match.group(1)} {' '.join(w[:1].upper() + w[1:] for w in match.group(2).split())}"
        ),
        text,
    )
    return text[:1].upper() + text[1:]
