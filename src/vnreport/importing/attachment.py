"""The text a quyết định issues, read from the pages after its signature (Mẫu 1.3).

Those pages repeat the issuer and the Quốc hiệu, then print the text's type name ("QUY
CHẾ"), its subject, "(Kèm theo Quyết định số … ngày … của …)" — which the model writes
from the decision, so it is read and passed over — and its content: chapters ("Chương
I" over its title in capitals) of articles, articles alone, or numbered sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.formatting.text import in_capitals
from vnreport.importing.body import build_sections, items_of, join_cut_lines
from vnreport.importing.casing import restore_case
from vnreport.importing.decision import read_articles
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.importing.subject import type_name_of
from vnreport.model.article import Chapter
from vnreport.model.decision import IssuedText
from vnreport.rules import ND30

__all__ = ["read_attachment"]

_TEXTS = ND30.texts
_CHAPTER = re.compile(rf"^{re.escape(_TEXTS.chapter_label)}\s+[IVXLC]+\.?$", re.IGNORECASE)
_ARTICLE = re.compile(rf"^{re.escape(_TEXTS.article_label)}\s+\d+")
_ENCLOSED = re.compile(rf"^\(\s*(?:Ban hành\s+)?{re.escape(_TEXTS.enclosed)}\b", re.IGNORECASE)


def read_attachment(
    lines: Sequence[Line], unrecognised: list[Unrecognised]
) -> tuple[IssuedText | None, list[Line]]:
    """The issued text ``lines`` (what follows the decision's signature) hold, and the
    lines before its type name that it did not take (none when it is found)."""
    start = next(
        (i for i, line in enumerate(lines) if line.cell is None and type_name_of(line.text)),
        None,
    )
    if start is None:
        return None, list(lines)
    named = type_name_of(lines[start].text)
    assert named is not None
    kind = named.member.title if named.member is not None else restore_case(lines[start].text)
    position = start + 1
    subject: list[str] = [named.rest] if named.rest else []
    while position < len(lines) and not _ENCLOSED.match(lines[position].text):
        line = lines[position]
        if line.alignment != lines[start].alignment or len(subject) >= 4:
            break
        subject.append(line.text)
        position += 1
    if position < len(lines) and _ENCLOSED.match(lines[position].text):
        # The note may run over a few lines: it ends with its ")".
        end = position
        while end < min(len(lines), position + 3) and not lines[end].text.endswith(")"):
            end += 1
        position = (end if end < len(lines) and lines[end].text.endswith(")") else position) + 1
    rest = [line for line in lines[position:] if not line.is_rule]
    body = _to_end_mark(join_cut_lines(rest), unrecognised)
    chapters = _chapters(body, unrecognised)
    content: dict[str, Sequence[object]]
    if chapters:
        content = {"chapters": chapters}
    else:
        items = items_of(body)
        if any(item.kind == "article" for item in items):
            content = {"articles": read_articles(items, unrecognised)}
        else:
            opening, sections, _ = build_sections(items, unrecognised)
            # The model's issued text holds sections only: a paragraph before the first
            # one has no place, and is said.
            unrecognised.extend(
                Unrecognised(
                    text=paragraph.text[:80],
                    reason="a paragraph of the issued text before its first section",
                )
                for paragraph in opening
            )
            content = {"sections": sections}
    issued = IssuedText(kind=kind, subject=restore_case(" ".join(subject)), **content)
    return issued, []


def _title_goes_on(line: Line) -> bool:
    return (
        in_capitals(line.text) and not _CHAPTER.match(line.text) and not _ARTICLE.match(line.text)
    )


def _to_end_mark(body: list[Line], unrecognised: list[Unrecognised]) -> list[Line]:
    """The issued text up to its "./."; what real files print after it — the signature
    again — is not the model's (the decision's signature issues the text), and is said
    in one item."""
    end = next((i for i, line in enumerate(body) if line.text.endswith(_TEXTS.end_mark)), None)
    if end is None or end == len(body) - 1:
        return body
    rest = body[end + 1 :]
    line, paragraph = rest[0].where
    unrecognised.append(
        Unrecognised(
            line=line,
            paragraph=paragraph,
            text=" / ".join(item.text for item in rest)[:80],
            reason="after the end (./.) of the text the decision issues: its signature "
            "printed again, which the model does not hold (the decision's signature "
            "issues the text)",
        )
    )
    return body[: end + 1]


def _chapters(lines: Sequence[Line], unrecognised: list[Unrecognised]) -> list[Chapter]:
    """Chapters, when the text opens with "Chương I" (else none)."""
    if not lines or not _CHAPTER.match(lines[0].text):
        return []
    groups: list[tuple[Line, list[Line]]] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if _CHAPTER.match(line.text) and position + 1 < len(lines):
            title = lines[position + 1]
            position += 2
            # A long chapter title runs over lines in capitals.
            while position < len(lines) and _title_goes_on(lines[position]):
                title = title.with_text(f"{title.text} {lines[position].text}")
                position += 1
            groups.append((title, []))
            continue
        groups[-1][1].append(line)
        position += 1
    return [
        Chapter(
            title=restore_case(title.text), articles=read_articles(items_of(rest), unrecognised)
        )
        for title, rest in groups
    ]
