"""Nghị định 30/2020/NĐ-CP as a rulebook (Phụ lục I: format; Phụ lục III: samples).

Where the decree gives a range, the form holds it and the value vnreport prints; where it
is silent and vnreport follows the decree's own samples, the comment says so.
"""

from __future__ import annotations

from vnreport.rules.book import (
    Align,
    AuthorityGrammar,
    AuthorityPrefix,
    Form,
    MeetingTexts,
    PageRules,
    Rulebook,
    RuleLength,
    Sizes,
    Texts,
)
from vnreport.rules.components import Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["ND30"]

_PL1 = "NĐ 30/2020, Phụ lục I"
_PL3 = "NĐ 30/2020, Phụ lục III"


def _form(
    component: Component,
    where: str,
    sizes: tuple[float, float, float],
    **form: bool | Align | None,
) -> Form:
    low, high, printed = sizes
    return Form(
        component=component,
        locator=where,
        sizes=Sizes(low=low, high=high, printed=printed),
        **form,  # type: ignore[arg-type]
    )


C = Component
_FORMS = (
    # The header. Quốc hiệu 12, Tiêu ngữ 13, date 13 is one of the two pairings of the
    # decree's samples (the other is 13/14/14).
    _form(C.NATIONAL_NAME, f"{_PL1}, II.1", (12, 13, 12), bold=True, italic=False, upper=True,
          align=Align.CENTER),
    _form(C.MOTTO, f"{_PL1}, II.1", (13, 14, 13), bold=True, italic=False, align=Align.CENTER),
    _form(C.PARENT, f"{_PL1}, II.2", (12, 13, 12), bold=False, italic=False, upper=True,
          align=Align.CENTER),
    _form(C.ISSUER, f"{_PL1}, II.2", (12, 13, 12), bold=True, italic=False, upper=True,
          align=Align.CENTER),
    _form(C.NUMBER, f"{_PL1}, II.3", (13, 13, 13), italic=False, align=Align.CENTER),
    _form(C.PLACE_DATE, f"{_PL1}, II.4", (13, 14, 13), italic=True, align=Align.CENTER),
    _form(C.TYPE_NAME, f"{_PL1}, II.5.a", (13, 14, 14), bold=True, italic=False, upper=True,
          align=Align.CENTER),
    # The trích yếu and a công văn's subject are "chữ in thường" (II.5.a, II.5.b).
    _form(C.SUBJECT, f"{_PL1}, II.5.a", (13, 14, 14), bold=True, italic=False, upper=False,
          align=Align.CENTER),
    _form(C.SUBJECT_VV, f"{_PL1}, II.5.b", (12, 13, 12), bold=False, italic=False,
          upper=False, align=Align.CENTER),
    _form(C.ADDRESSEE, f"{_PL1}, II.9.a", (13, 14, 14), italic=False),
    # A quyết định: the authority line and "QUYẾT ĐỊNH:" in bold capitals, centred (Mẫu
    # 1.2, 1.3); the bases in italic.
    _form(C.AUTHORITY_LINE, f"{_PL3}, Mẫu 1.2", (13, 14, 14), bold=True, upper=True,
          align=Align.CENTER),
    _form(C.LEGAL_BASIS, f"{_PL1}, II.6.a", (13, 14, 14), italic=True),
    _form(C.DECISION_WORD, f"{_PL3}, Mẫu 1.2", (13, 14, 14), bold=True, upper=True,
          align=Align.CENTER),
    _form(C.PART, f"{_PL1}, II.6.đ", (13, 14, 14), bold=True, align=Align.CENTER),
    _form(C.SECTION_HEADING, f"{_PL1}, II.6.đ; mục V", (13, 14, 14), bold=True),
    _form(C.ARTICLE, f"{_PL1}, II.6.đ", (13, 14, 14), bold=True),
    _form(C.BODY, f"{_PL1}, II.6.e", (13, 14, 14), align=Align.JUSTIFY),
    _form(C.RECIPIENTS_HEADING, f"{_PL1}, II.9.b", (12, 12, 12), bold=True, italic=True,
          align=Align.LEFT),
    _form(C.RECIPIENT, f"{_PL1}, II.9.b", (11, 11, 11), bold=False, italic=False),
    _form(C.SIGNATURE, f"{_PL1}, II.7.a", (13, 14, 14), bold=True, upper=True,
          align=Align.CENTER),
    _form(C.SIGNER, f"{_PL1}, II.7.b", (13, 14, 14), bold=True, align=Align.CENTER),
    _form(C.STAMP, f"{_PL1}, III.2", (13, 14, 13), bold=True, upper=True),
    _form(C.CIRCULATION, f"{_PL1}, III.3", (13, 14, 13), bold=True, upper=True),
    _form(C.DRAFTER, f"{_PL1}, III.4", (11, 11, 11), italic=False),
    _form(C.CONTACT, f"{_PL1}, III.5", (11, 12, 11), italic=False),
    _form(C.PAGE_NUMBER, f"{_PL1}, I.7", (13, 14, 14), bold=False, italic=False,
          align=Align.CENTER),
    _form(C.APPENDIX, f"{_PL1}, III.1.b", (14, 14, 14), bold=True, align=Align.CENTER),
    _form(C.APPENDIX_TITLE, f"{_PL1}, III.1.b", (13, 14, 14), bold=True, upper=True,
          align=Align.CENTER),
    _form(C.APPENDIX_NOTE, f"{_PL1}, III.1.b", (13, 14, 14), italic=True, align=Align.CENTER),
)  # fmt: skip


# "From 1/3 to 1/2" of the text (II.2, II.5), drawn at 0.4; "as long as" the Tiêu ngữ
# (II.1). A file laid out by another program measures a few per cent off: the checker
# accepts a little more on each side.
def _third_to_half(where: str) -> RuleLength:
    return RuleLength(locator=where, low=1 / 3, high=1 / 2, printed=0.4, accepted=(0.30, 0.55))


_RULES = {
    C.ISSUER: _third_to_half(f"{_PL1}, II.2"),
    C.MOTTO: RuleLength(locator=f"{_PL1}, II.1", low=1, high=1, printed=1, accepted=(0.85, 1.15)),
    C.SUBJECT: _third_to_half(f"{_PL1}, II.5.a"),
    # "a short rule" under the appendix's note: the samples draw it as the subject's.
    C.APPENDIX_NOTE: _third_to_half(f"{_PL1}, III.1.b"),
}

P = AuthorityPrefix
_AUTHORITY = AuthorityGrammar(
    locator="NĐ 30/2020, Điều 13",
    # TM. opens the stack; KT. is always the last line, the deputy signs under it; TL. may
    # be passed on to a deputy; nothing is delegated again under TUQ.
    may_follow={
        None: frozenset({P.ON_BEHALF, P.DEPUTY, P.BY_ORDER, P.AUTHORISED}),
        P.ON_BEHALF: frozenset({P.DEPUTY, P.BY_ORDER, P.AUTHORISED}),
        P.BY_ORDER: frozenset({P.DEPUTY}),
        P.DEPUTY: frozenset(),
        P.AUTHORISED: frozenset(),
    },
    why_not={
        P.ON_BEHALF: "TM. (thay mặt) opens the stack: it goes first, once",
        P.DEPUTY: "KT. (ký thay) is the last line above the deputy's own title",
        P.AUTHORISED: "nothing can be delegated again under TUQ. (thừa ủy quyền)",
        P.BY_ORDER: "TL. (thừa lệnh) may only be passed on to a deputy with KT.",
    },
    deputy=P.DEPUTY,
    acting="Q.",
)

#: Nghị định 30/2020/NĐ-CP về công tác văn thư, as vnreport reads and prints it.
ND30 = Rulebook(
    name="Nghị định 30/2020/NĐ-CP",
    short_name="NĐ 30/2020",
    page=PageRules(
        locator=f"{_PL1}, I.1",
        paper=(210, 297),
        tolerance=1,
        # (lowest, highest, printed): the decree's ranges (I.3); vnreport prints the
        # lowest of each, as most offices do.
        margins={
            "top": (20, 25, 20),
            "bottom": (20, 25, 20),
            "left": (30, 35, 30),
            "right": (15, 20, 15),
        },
        margins_locator=f"{_PL1}, I.3",
        orientation_locator=f"{_PL1}, I.2",
        # Not the decree's: how closely a checker can tell a margin on paper (practice).
        margin_tolerance=0.5,
    ),
    font="Times New Roman",
    font_locator=f"{_PL1}, I.4",
    forms={form.component: form for form in _FORMS},
    texts=Texts(
        # The decree writes both "HÒA" and "HOÀ"; the modern placement is printed.
        national_name="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        national_name_variants=(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ),
        # Phrases joined by a hyphen with a space each side, never an en dash.
        motto="Độc lập - Tự do - Hạnh phúc",
        number_label="Số",
        subject_prefix="V/v",
        addressee_label="Kính gửi",
        recipients_label="Nơi nhận",
        as_above="Như trên",
        as_article="Như Điều",
        archive_label="Lưu",
        archive_office="VT",
        # Every sample of Phụ lục III ends its body with it, right after the last word.
        end_mark="./.",
        # Mẫu 1.7 and 1.9 as printed; the sample's "Chủ trì (chủ toạ)" and "Thư ký (người
        # ghi biên bản)" name the role two ways, vnreport prints the first.
        meeting=MeetingTexts(
            invite="trân trọng kính mời",
            attend="Tới dự",
            chair="Chủ trì",
            time="Thời gian",
            place="Địa điểm",
            start="Thời gian bắt đầu",
            attendees="Thành phần tham dự",
            secretary="Thư ký",
            content="Nội dung",
            ended="kết thúc vào",
            same_day="cùng ngày",
            presiding="Chủ tọa",
        ),
        decision_word="QUYẾT ĐỊNH",
        resolution_word="QUYẾT NGHỊ",
        appendix_label="Phụ lục",
        legal_basis="Căn cứ",
        proposal="Theo đề nghị của",
        # Practice, not a sample of the decree: real decisions weigh a request before the
        # proposal ("Xét đề nghị của Công ty … tại Văn bản số …;").
        review="Xét đề nghị của",
        article_label="Điều",
        chapter_label="Chương",
        # Mẫu 1.3 and 2.1 write "(Kèm theo Quyết định số …)"; offices often write "(Ban
        # hành kèm theo …)": the decree's samples are followed.
        enclosed="Kèm theo",
        # Practice (Mẫu 1.2 only shows "Như Điều ….;"): the last article of a decision
        # says who "chịu trách nhiệm thi hành" or "tổ chức thực hiện" it; "có hiệu lực thi
        # hành" names no one; "… căn cứ Quyết định thi hành" names them as well.
        execution_words=(
            "trách nhiệm thi hành",
            "căn cứ Quyết định thi hành",
            "trách nhiệm thực hiện",
            "tổ chức thi hành",
            "tổ chức thực hiện",
            "thi hành Quyết định",
            "thực hiện Quyết định",
        ),
    ),
    rules=_RULES,
    authority=_AUTHORITY,
    # 1 cm or 1.27 cm (II.6.e), printed 1.27 cm; at least 6 pt between paragraphs; single
    # to 1.5 lines, printed 1.15 (Word's own "multiple 1.15").
    body_indent=(567, 720, 720),
    body_spacing=(120, 120),
    body_line_spacing=(1.0, 1.5, 1.15),
    # Phụ lục I, III.2: KHẨN 20 × 8 mm, THƯỢNG KHẨN 40 × 8 mm, HỎA TỐC 30 × 8 mm.
    stamp_boxes={"KHẨN": (20, 8), "THƯỢNG KHẨN": (40, 8), "HỎA TỐC": (30, 8)},
    # Ô 9a is "for a Tờ trình, a Báo cáo (of a lower body to a higher one) and a Công văn"
    # (II.9.b–d). A tờ trình always goes up to the body that approves it, so it always has
    # one; a báo cáo only when it goes up, which a file does not say.
    addressed=frozenset({DocumentType.OFFICIAL_LETTER, DocumentType.SUBMISSION}),
    addressed_locator=f"{_PL1}, II.9.a",
    # Mẫu 1.8 and 1.10 go from the type name straight to "… trân trọng giới thiệu:" and
    # "Xét Đơn đề nghị nghỉ phép …": no trích yếu, no rule under one.
    without_subject=frozenset({DocumentType.INTRODUCTION, DocumentType.LEAVE_PERMIT}),
    without_subject_locator="Phụ lục III, Mẫu 1.8, 1.10",
)
