"""Text processing is linear: the longest texts the model accepts render in bounded time.

Once a 300,000-character title took minutes to render and 200,000 no-break spaces in a
recipient never finished: patterns that retried at every space of a run, and a line
wrapper that measured the whole line again for every word. Each shape below fills the
fields a render measures, upper-cases, wraps and checks, at the model's longest text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounded import run_bounded

SHAPES = {
    "one long word": "a" * 99_000,
    "words": "ab " * 33_000,
    "no-break spaces": "x" + "\u00a0" * 99_000 + "y",
    "digits": "1" * 99_000,
    "dots": "x" + "." * 99_000,
    "dashes and slashes": "-/" * 49_000,
    "underscores": "x" + "_" * 99_000,
    "Vietnamese": "ượ" * 49_000,
    "label-like": "1." * 49_000,
}

_RUN = """
import json, sys
sys.path.insert(0, {tests!r})
from test_long_texts import SHAPES as shapes
from vnreport import Agency, Bullet, Report, Section, Signature, Table
for name, text in shapes.items():
    report = Report(
        issuer=Agency(name="Sở " + text, abbreviation="SNV", place="Điện Biên"),
        date="2021-06",
        subject="Về " + text,
        opening=["Mở " + text],
        sections=[
            Section(
                title="Mục " + text,
                content=[
                    "Đoạn " + text,
                    Bullet(text="Ý " + text, items=["Con " + text]),
                    Table(header=["Cột " + text, "Số"], rows=[["Ô " + text, 1]]),
                ],
            )
        ],
        recipients=["Nơi " + text, "Lưu: VT"],
        signature=Signature(title="Chủ tịch " + text, name="Lò Văn Inh"),
    )
    data = report.render(check="warn")
    outline = report.outline(full=True)
    print(json.dumps([name, len(data), len(outline)]), flush=True)
"""


def test_the_longest_texts_render_in_bounded_time() -> None:
    tests = str(Path(__file__).resolve().parent)
    done = run_bounded(_RUN.format(tests=tests))
    assert done.returncode == 0, done.stderr[-3000:]
    rendered = [json.loads(line)[0] for line in done.stdout.splitlines()]
    assert rendered == list(SHAPES)


@pytest.mark.parametrize("shape", ["no-break spaces", "one long word"])
def test_a_long_recipient_is_read_as_typed(shape: str) -> None:
    from vnreport import Recipients

    text = SHAPES[shape]
    recipients = Recipients.parse([text + ";", "Lưu: VT" + "\u00a0" * 50_000 + ", NV"])
    assert recipients.items == (text,)
    assert recipients.archive == ("NV",)
