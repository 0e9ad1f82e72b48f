"""The Vietnamese term and meaning of every key of the exchange format.

One table serves the JSON Schema's descriptions and docs/data-files.md; a test checks that
every field of every class a document can hold has its entry. The fields every document
has are under "Document"; a type's own fields come with its registry entry
(:attr:`vnreport.types.TypeEntry.terms`).
"""

from __future__ import annotations

import attrs

from vnreport.types import REGISTRY

__all__ = ["TERMS", "terms_of"]

#: Class name → field name → "Vietnamese term — what it holds".
TERMS: dict[str, dict[str, str]] = {
    "Document": {
        "doc_type": "loại văn bản — the type of document ('bao-cao', 'cong-van', …)",
        "issuer": "cơ quan ban hành — the issuing agency",
        "date": (
            "ngày ban hành — 'YYYY-MM-DD', or 'YYYY-MM' for a draft whose day is "
            "written in after signing ('YYYY' when the month is too)"
        ),
        "signature": "chữ ký — who signs, and with what authority",
        "number": "số — the number in the year's series; null for a draft numbered at registration",
        "symbol_unit": (
            "đơn vị soạn thảo trong ký hiệu — a group added after the "
            "issuer in the symbol ('UBND-VP')"
        ),
        "recipients": "nơi nhận — the recipients and the filing line",
        "secrecy": "độ mật — Mật, Tối mật or Tuyệt mật",
        "urgency": "độ khẩn — Khẩn, Thượng khẩn or Hỏa tốc",
        "circulation": "phạm vi lưu hành — e.g. 'Lưu hành nội bộ', 'Xem xong trả lại'",
        "drafter": (
            "ký hiệu người đánh máy, số lượng bản — printed after the filing line, 'PL.(300)'"
        ),
        "contact": "thông tin liên hệ — address, phone, e-mail … at the foot of page 1",
        "appendices": "phụ lục — appendices after the signature, each mentioned in the body",
    },
    "Appendix": {
        "title": "tên phụ lục — the appendix's title, printed in capitals",
        "content": "nội dung — paragraphs, bullets, tables and sections, as a section holds",
        "landscape": (
            "khổ ngang — true or false; left out, landscape when a table is too wide for a "
            "portrait page"
        ),
    },
    "Agency": {
        "name": "tên cơ quan — the full official name in normal case",
        "abbreviation": "chữ viết tắt — the agency's group of the document symbol ('UBND')",
        "place": "địa danh — the place name of the agency's seat, for the date line",
        "parent": "cơ quan chủ quản — the direct managing agency, printed above the name",
        "short_name": (
            "tên viết tắt — the usual short name, used when printed as a "
            "parent ('UBND tỉnh Điện Biên')"
        ),
        "header_lines": (
            "dòng tên trong tiêu đề — where the name breaks in the header, one item per line"
        ),
    },
    "Signature": {
        "title": "chức vụ người ký — the signer's own title ('Phó Chủ tịch')",
        "name": "họ và tên — the signer's name, in normal case",
        "authority": (
            "quyền hạn ký — lines such as 'TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'TL. …', 'TUQ. …'"
        ),
        "acting": "quyền (Q.) — true when the signer is an acting head",
    },
    "Authority": {
        "prefix": "thẩm quyền — TM., KT., TL. or TUQ.",
        "title": "tên tập thể hoặc chức danh — the body or title the prefix applies to",
    },
    "Recipients": {
        "items": "nơi nhận — the recipients, one per item, without the dash and the ';'",
        "archive": "lưu — the units filing a copy besides the văn thư (VT), e.g. ['NV']",
        "archive_copies": "số bản lưu — the number of copies filed, '(2)'",
    },
    "Section": {
        "title": "tiêu đề mục — the heading; leave it out for a numbered paragraph",
        "content": "nội dung — paragraphs (text), bullets, tables and sub-sections, in order",
        "label": "số hiệu riêng — a label that replaces the computed one ('1.1.', 'Phần I')",
    },
    "Paragraph": {
        "text": "đoạn văn — the text, with *italic* and **bold** marks",
    },
    "Bullet": {
        "text": "gạch đầu dòng — the text of a '-' item",
        "items": "ý con — its '+' items",
    },
    "Table": {
        "header": (
            "dòng tiêu đề bảng — the column headings: a text a column, or a heading over "
            "columns ({text, columns}), printed as a merged cell"
        ),
        "rows": "các dòng — the rows: text, numbers, or null for a missing figure",
        "columns": (
            "các cột — how each column prints (kind, decimals, width_mm, ratio_of), one a "
            "column, or none to judge each from its content"
        ),
        "totals": (
            "dòng tổng cộng — the label of a totals row vnreport computes ('Tổng cộng'), or "
            "the row itself, each number checked against its column"
        ),
        "title": "tên bảng — a title printed above the table",
        "unit": "đơn vị tính — printed 'Đơn vị tính: …' above the table ('triệu đồng')",
        "column_numbers": "số thứ tự cột — true for a row '(1) (2) (3)=(2)/(1)' under the headings",
        "missing": "số liệu thiếu — how a missing figure (null) prints: '' or '-'",
        "totals_first": "tổng cộng đầu bảng — true to print the totals row above the rows",
    },
    "Column": {
        "kind": (
            "loại cột — auto, text, stt, count, number, money, percent (0.185 → 18,5), ratio "
            "or change (0.052 → 'tăng 5,2%')"
        ),
        "decimals": "số chữ số thập phân — how many decimals its figures print",
        "width_mm": "độ rộng — the column's width in millimetres, instead of the computed one",
        "ratio_of": (
            "tỷ lệ của — [numerator, denominator]: the column numbers (from 1) whose totals "
            "make this column's total"
        ),
    },
    "Heading": {
        "text": "tiêu đề nhóm cột — the heading printed over its columns",
        "columns": "các cột con — the headings under it: texts, or headings of their own",
    },
    "Article": {
        "title": "tiêu đề điều — a phrase printed bold with 'Điều N.', its content below",
        "text": "nội dung điều — the sentence after 'Điều N.' in the same paragraph (no title)",
        "content": (
            "nội dung — paragraphs, bullets, tables and sections: a section is a khoản "
            "(1., 2.), one inside it an điểm (a), b))"
        ),
    },
    "Chapter": {
        "title": "tên chương — the chapter's title, printed in capitals under 'Chương I'",
        "articles": "các điều — its articles, numbered on from the chapter before",
    },
    "IssuedText": {
        "kind": "tên loại — the type of the text the decision issues ('Quy chế', 'Quy định' …)",
        "subject": "trích yếu — what the text is about, in sentence case",
        "chapters": "các chương — its chapters (Chương I, II …), each with its articles",
        "articles": "các điều — its articles, for a text without chapters",
        "sections": "các mục — its numbered sections I., II. …, for a kế hoạch or a đề án",
    },
    "DrafterMark": {
        "code": "ký hiệu người đánh máy — the drafter's code ('PL')",
        "copies": "số lượng bản phát hành — the number of copies issued",
    },
    "Contact": {
        "address": "địa chỉ — the address",
        "phone": "điện thoại — the telephone number",
        "fax": "fax — the fax number",
        "email": "thư điện tử — the e-mail address",
        "website": "trang thông tin điện tử — the website",
    },
    "Participant": {
        "name": "họ và tên — the name, in normal case, in the body and under the signature",
        "title": "chức vụ — what they are, after the name in the body ('Phó Chủ tịch UBND huyện')",
        "honorific": "danh xưng — before the name in the body ('Ông', 'Bà', 'Đồng chí')",
    },
}


def terms_of(cls: type) -> dict[str, str]:
    """Every field of ``cls`` with its term: those it inherits, then its own."""
    found: dict[str, str] = {}
    for owner in reversed(cls.__mro__):
        found.update(TERMS.get(owner.__name__, {}))
    for entry in REGISTRY:
        if entry.model is cls:
            found.update(entry.terms)
    if attrs.has(cls):
        # A field derived from the others (a biên bản's signature) is no key of a file.
        derived = {field.name for field in attrs.fields(cls) if not field.init}
        found = {key: term for key, term in found.items() if key not in derived}
    return found
