"""How each component should look: Nghị định 30/2020, Phụ lục I, mục II and V (the font
table, nd30-spec §4). The checker's own statement of the decree, independent of the
template the renderer uses, so that one can check the other."""

from __future__ import annotations

import attrs

__all__ = ["EXPECTATIONS", "Expect"]


@attrs.frozen(kw_only=True)
class Expect:
    """The form of a component: size range (points), weight, slant, case, alignment.

    ``None`` means the decree does not fix that property for the component.
    """

    component: str
    locator: str
    sizes: tuple[float, float]
    bold: bool | None = None
    italic: bool | None = None
    upper: bool | None = None
    align: str | None = None

    def describe(self) -> str:
        low, high = self.sizes
        size = f"{low:g} pt" if low == high else f"{low:g}–{high:g} pt"
        parts = [size]
        if self.bold is not None:
            parts.append("bold" if self.bold else "not bold")
        if self.italic is not None:
            parts.append("italic" if self.italic else "upright")
        if self.upper:
            parts.append("capitals")
        if self.align:
            parts.append(
                {"center": "centred", "both": "justified", "left": "flush left"}[self.align]
            )
        return ", ".join(parts)


def _expect(component: str, locator: str, sizes: tuple[float, float], **form: object) -> Expect:
    return Expect(component=component, locator=locator, sizes=sizes, **form)  # type: ignore[arg-type]


_PL1 = "NĐ 30/2020, Phụ lục I"

#: Component → its expected form.
EXPECTATIONS: dict[str, Expect] = {
    expect.component: expect
    for expect in (
        _expect(
            "national-name",
            f"{_PL1}, II.1",
            (12, 13),
            bold=True,
            italic=False,
            upper=True,
            align="center",
        ),
        _expect("motto", f"{_PL1}, II.1", (13, 14), bold=True, italic=False, align="center"),
        _expect(
            "parent",
            f"{_PL1}, II.2",
            (12, 13),
            bold=False,
            italic=False,
            upper=True,
            align="center",
        ),
        _expect(
            "issuer", f"{_PL1}, II.2", (12, 13), bold=True, italic=False, upper=True, align="center"
        ),
        _expect("number", f"{_PL1}, II.3", (13, 13), italic=False, align="center"),
        _expect("place-date", f"{_PL1}, II.4", (13, 14), italic=True, align="center"),
        _expect(
            "type-name",
            f"{_PL1}, II.5.a",
            (13, 14),
            bold=True,
            italic=False,
            upper=True,
            align="center",
        ),
        _expect("subject", f"{_PL1}, II.5.a", (13, 14), bold=True, italic=False, align="center"),
        _expect("subject-vv", f"{_PL1}, II.5.b", (12, 13), bold=False, italic=False),
        _expect("addressee", f"{_PL1}, II.9.a", (13, 14), italic=False),
        _expect("legal-basis", f"{_PL1}, II.6.b", (13, 14), italic=True),
        _expect("body", f"{_PL1}, II.6.a", (13, 14)),
        _expect("recipients-heading", f"{_PL1}, II.9.b", (12, 12), bold=True, italic=True),
        _expect("recipient", f"{_PL1}, II.9.b", (11, 11), bold=False, italic=False),
        _expect("signature", f"{_PL1}, II.7.a", (13, 14), bold=True, upper=True, align="center"),
        _expect("signer", f"{_PL1}, II.7.b", (13, 14), bold=True, align="center"),
        _expect("page-number", f"{_PL1}, I.7", (13, 14), bold=False, italic=False, align="center"),
        _expect("stamp", f"{_PL1}, III.2", (13, 14), bold=True, upper=True),
        _expect("appendix", f"{_PL1}, III.1.b", (14, 14), bold=True, align="center"),
    )
}
