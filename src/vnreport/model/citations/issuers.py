"""Issuers (*cơ quan ban hành*) in citations: their shapes, and where an issuer ends.

A citation writes its issuer after "của" and, often, its subject right after the issuer
with no word between: "… của Chính phủ quy định chi tiết một số điều …". Where the issuer
ends is told by what follows it and by what it is:

* "về" (and "về việc") always ends it: no agency's name holds the word;
* a subject verb in lower case ("quy định", "hướng dẫn", "ban hành", "sửa đổi", "phê
  duyệt" … :data:`~vnreport.model.citations.vocabulary.SUBJECT_VERBS`) or an opening
  quotation mark always ends it;
* a verb that names may hold ("thực hiện", "quản lý", "tổ chức" …) or a capitalised
  subject verb ("Quy định …") ends it only after a name whose end is known
  (:func:`is_known_issuer`): "UBND tỉnh thực hiện Nghị quyết …" ends the issuer at
  "tỉnh", "Ban Chỉ đạo thực hiện Chương trình …" cannot be told, and
  :func:`split_issuer` raises :class:`AmbiguousCitationError` saying so instead of guessing.

The known shapes are those of the agencies that issue most cited documents: the central
bodies (Chính phủ, Thủ tướng Chính phủ, Quốc hội, Ủy ban Thường vụ Quốc hội, Bộ Chính trị,
Ban Bí thư, Ban Chấp hành Trung ương …), the ministries and their ministers ("Bộ trưởng Bộ
Công Thương"), the departments ("Giám đốc Sở Tài chính tỉnh Lào Cai"), the people's
committees and councils of every level with their place ("Chủ tịch UBND huyện Bảo Thắng"),
and the Party committees ("Ban Thường vụ Tỉnh ủy"); several joined by "và", ", " or " - ".
"""

from __future__ import annotations

import re

import attrs

from vnreport.model.citations.vocabulary import SubjectConnector, SubjectStart, subject_start

__all__ = [
    "KNOWN_ISSUER",
    "KNOWN_ISSUER_IN_TEXT",
    "SECTORS",
    "UPPER",
    "AmbiguousCitationError",
    "Tail",
    "is_known_issuer",
    "split_issuer",
]


class AmbiguousCitationError(ValueError):
    """A citation whose issuer and subject cannot be told apart from its words alone.

    ``issuer`` is the shorter reading's issuer (the subject would start after it), ``word``
    the word that may start the subject. Pass the issuer to
    :meth:`~vnreport.model.citations.DocumentReference.parse` to settle it.
    """

    def __init__(self, text: str, issuer: str, word: str) -> None:
        self.text = text
        self.issuer = issuer
        self.word = word
        super().__init__(
            f"{text!r} is ambiguous: {word!r} may start the subject after the issuer "
            f"{issuer!r} or belong to the issuer's name; say which with "
            f"DocumentReference.parse(text, issuer=...), or write 'về' before the subject"
        )


#: The capital letters of Vietnamese, for patterns that tell a name from a common word.
UPPER = "A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
# A capitalised word of a proper name ("Lào", "Cai", "TP.HCM", "1" in "Quận 1").
_CAP_WORD = rf"[{UPPER}0-9]\w*(?:\.\w+)*"
_PLACE_NAME = rf"{_CAP_WORD}(?: {_CAP_WORD})*(?: - {_CAP_WORD}(?: {_CAP_WORD})*)?"
_LEVELS = (
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
    "Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn",
)  # fmt: skip
_PLACE = (
    rf"(?:(?:{'|'.join(_LEVELS)})(?: {_PLACE_NAME})?"
    rf"|(?:TP|Tp|TX|Tx)\. ?{_PLACE_NAME}"
    rf"|{_PLACE_NAME})"
)

#: The fields ministries and departments are named after (Nghị định 123/2016 and its
#: successors), in both spellings of the tone marks.
SECTORS: tuple[str, ...] = (
    "Công Thương", "Tài chính", "Nội vụ", "Tư pháp", "Xây dựng", "Y tế", "Ngoại giao",
    "Ngoại vụ", "Quốc phòng", "Công an", "Giáo dục và Đào tạo", "Khoa học và Công nghệ",
    "Kế hoạch và Đầu tư", "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển "
    "nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường", "Thông tin và "
    "Truyền thông", "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch",
    "Văn hóa và Thể thao", "Văn hoá và Thể thao", "Du lịch", "Giao thông vận tải",
    "Dân tộc và Tôn giáo",
)  # fmt: skip
_SECTOR = "|".join(re.escape(sector) for sector in sorted(SECTORS, key=len, reverse=True))
_UY = "(?:Ủy|Uỷ)"
_CENTRAL = "|".join(
    (
        "Chính phủ",
        "(?:Phó )?Thủ tướng Chính phủ",
        "Quốc hội",
        f"{_UY} ban Thường vụ Quốc hội",
        "Chủ tịch nước",
        "Chủ tịch Quốc hội",
        "Văn phòng (?:Chính phủ|Quốc hội|Chủ tịch nước|Trung ương Đảng)",
        "Bộ Chính trị",
        "Ban Bí thư(?: Trung ương Đảng)?",
        "Ban Chấp hành Trung ương(?: Đảng)?(?: kh(?:óa|oá) [IVXLC]+)?",
        f"{_UY} ban Trung ương (?:Mặt trận Tổ quốc|MTTQ) Việt Nam",
        f"{_UY} ban Kiểm tra Trung ương",
        "Ban (?:Tổ chức|Tuyên giáo|Dân vận|Nội chính|Kinh tế) Trung ương",
        "Kiểm toán [Nn]hà nước",
        "Ngân hàng Nhà nước(?: Việt Nam)?",
        "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
    )
)
_MINISTRY = f"(?:(?:Bộ trưởng|Thứ trưởng) )?Bộ (?:{_SECTOR})"
_DEPARTMENT = f"(?:(?:Phó )?Giám đốc )?Sở(?: (?:{_SECTOR}))?(?: {_PLACE})?"
_LOCAL = (
    f"(?:(?:Phó Chủ tịch|Chủ tịch|Thường trực) )?"
    f"(?:{_UY} ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?: {_PLACE})?"
)
_PARTY = (
    "(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành Đảng bộ) )?"
    f"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)(?: {_PLACE})?"
)
_ONE = f"(?:{_CENTRAL}|{_MINISTRY}|{_DEPARTMENT}|{_LOCAL}|{_PARTY})"

#: An issuer whose end is known: agencies of the shapes above, joined by "và", ", " or
#: " - " ("Bộ Tài chính và Bộ Nội vụ").
KNOWN_ISSUER = re.compile(rf"{_ONE}(?:(?:, | và | - | – ){_ONE})*(?!\w)")
#: The same in running text, where a comma may end the issuer and go on with the sentence
#: ("… của Sở Công Thương, UBND huyện báo cáo …"): agencies listed with commas only as an
#: enumeration closed by "và" ("Bộ Tài nguyên và Môi trường, Bộ Nội vụ và Bộ Tài chính").
KNOWN_ISSUER_IN_TEXT = re.compile(rf"{_ONE}(?:(?:, {_ONE})*(?: và | - | – ){_ONE})*(?!\w)")


def is_known_issuer(text: str) -> bool:
    """Whether ``text`` is an issuer of a known shape, whole.

    >>> is_known_issuer("Bộ trưởng Bộ Công Thương"), is_known_issuer("UBND tỉnh Lào Cai")
    (True, True)
    >>> is_known_issuer("Ban Chỉ đạo")
    False
    """
    return KNOWN_ISSUER.fullmatch(text) is not None


@attrs.frozen
class Tail:
    """What follows "của" in a citation: the issuer, then maybe the subject."""

    issuer: str
    connector: SubjectConnector | None = None
    subject: str | None = None


_CONNECTORS = (
    ("về việc ", SubjectConnector.VE_VIEC),
    ("về ", SubjectConnector.VE),
)


def split_issuer(tail: str, issuer: str | None = None) -> Tail:
    """Split what follows "của" into issuer and subject (see the module's rules).

    ``issuer``, when given, says where the issuer ends (to settle an ambiguity).

    >>> split_issuer("Chính phủ quy định chi tiết một số điều")
    Tail(issuer='Chính phủ', connector=<SubjectConnector.DIRECT: ''>, subject='quy định chi tiết một số điều')
    >>> split_issuer("UBND tỉnh Lào Cai về việc ban hành Quy chế")
    Tail(issuer='UBND tỉnh Lào Cai', connector=<SubjectConnector.VE_VIEC: 'về việc'>, subject='ban hành Quy chế')
    """  # noqa: E501
    if issuer is not None:
        return _split_at(tail, issuer)
    ambiguous: tuple[str, str] | None = None
    position = tail.find(" ")
    while position > 0:
        prefix, rest = tail[:position], tail[position + 1 :]
        for written, connector in _CONNECTORS:
            if rest.startswith(written) and len(rest) > len(written):
                return Tail(prefix, connector, rest[len(written) :])
        start = subject_start(rest)
        if start is SubjectStart.AFTER_KNOWN_ISSUER and is_known_issuer(prefix):
            start = SubjectStart.CERTAIN
        if start is SubjectStart.CERTAIN:
            if ambiguous is not None and not is_known_issuer(prefix):
                raise AmbiguousCitationError(tail, *ambiguous)
            return Tail(prefix, SubjectConnector.DIRECT, rest)
        if start is SubjectStart.AFTER_KNOWN_ISSUER and ambiguous is None:
            ambiguous = (prefix, rest.split(" ", 1)[0])
        position = tail.find(" ", position + 1)
    if ambiguous is not None and not is_known_issuer(tail):
        raise AmbiguousCitationError(tail, *ambiguous)
    return Tail(tail)


def _split_at(tail: str, issuer: str) -> Tail:
    if tail == issuer:
        return Tail(issuer)
    if not tail.startswith(f"{issuer} "):
        raise ValueError(f"{tail!r} does not start with the issuer {issuer!r}")
    rest = tail[len(issuer) + 1 :]
    for written, connector in _CONNECTORS:
        if rest.startswith(written) and len(rest) > len(written):
            return Tail(issuer, connector, rest[len(written) :])
    if subject_start(rest) is None:
        raise ValueError(
            f"{rest!r} after the issuer {issuer!r} is not a subject: a subject follows 'về', "
            "'về việc', or starts with its verb ('quy định …') or a quotation mark"
        )
    return Tail(issuer, SubjectConnector.DIRECT, rest)
