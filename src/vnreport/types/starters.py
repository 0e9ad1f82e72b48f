"""Starter data files for ``vnreport new``: a complete, valid document with comments.

Every type's starter shares its top (what the file is, the issuer, the number and the
date) and its foot (Nơi nhận, the signature, the optional marks); in between stands what
the type holds of its own. A test renders every starter.
"""

from __future__ import annotations

__all__ = ["ISSUER", "SIGNATURE", "starter"]

#: The issuer block, with its parent agency shown as a comment.
ISSUER = """\
# Cơ quan ban hành: full official name, its abbreviation in the symbol, and its place.
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: Tuần Giáo
  # parent:                          # cơ quan chủ quản, if any
  #   name: Ủy ban nhân dân tỉnh Điện Biên
  #   abbreviation: UBND
  #   place: Điện Biên
  #   short_name: UBND tỉnh Điện Biên
"""

#: A deputy signing for the chair on behalf of the collective.
SIGNATURE = """\
# Chữ ký: authority lines (TM., KT., TL., TUQ.), the signer's own title and name.
signature:
  authority:
    - TM. Ủy ban nhân dân
    - KT. Chủ tịch
  title: Phó Chủ tịch
  name: Phạm Thị Tuyên
"""

_RECIPIENTS = """\
# Nơi nhận: one recipient per item; the last is the filing line "Lưu: VT, <unit>".
recipients:
{items}
"""

_MARKS = """\
# Optional marks:
# secrecy: Mật                      # Mật, Tối mật, Tuyệt mật
# urgency: Khẩn                     # Khẩn, Thượng khẩn, Hỏa tốc
# circulation: Lưu hành nội bộ
# appendices:                       # phụ lục, after the signature; mention each in the body
#   - title: Kết quả chi tiết
#     content:
#       - Nội dung phụ lục.
"""


def starter(
    key: str,
    title: str,
    middle: str,
    *,
    recipients: tuple[str, ...] = ("Ban Dân vận Huyện ủy", '"Lưu: VT, NV"'),
    signature: str = SIGNATURE,
    number: str = "number: null         # số: null until the document is registered (then 5)",
    date: str = "2021-06",
) -> str:
    """The starter file of the type ``key`` ("bao-cao") named ``title`` ("Báo cáo"):
    the shared top and foot around ``middle``, the type's own keys."""
    items = "\n".join(f"  - {item}" for item in recipients)
    return (
        f"# {title} — vnreport data file (docs/data-files.md explains every key).\n"
        "# Fill in the content; vnreport writes the form (Nghị định 30/2020/NĐ-CP):\n"
        f"#     vnreport validate {key}.yaml       check this file\n"
        f"#     vnreport render {key}.yaml         write {key}.docx\n"
        "# Text may use *italic* and **bold**. A line break inside a text is a space; start a\n"
        "# new list item for a new paragraph. A text ending with ':' must be in quotes.\n"
        "\n"
        f"doc_type: {key}\n"
        "\n"
        f"{ISSUER}\n"
        f"{number}\n"
        f'date: "{date}"      # ngày ban hành: "YYYY-MM" for a draft, "YYYY-MM-DD" once signed\n'
        "\n"
        f"{middle.rstrip()}\n"
        "\n"
        f"{_RECIPIENTS.format(items=items)}\n"
        f"{signature}\n"
        f"{_MARKS}"
    )
