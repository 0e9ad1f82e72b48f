"""The styles of documents joined into one file (:mod:`vnreport.render.compose`).

A joined file has one style sheet: the first document's. Each later document brings the
style ids its body and its headers and footers name; for each of them (with the styles
it is based on, linked to, or followed by):

- a style the sheet already has with the same definition (its XML in exclusive
  canonical form, with ``w:basedOn`` naming the sheet's own ids) is shared;
- a style the sheet lacks is copied under its own id;
- a style whose id the sheet holds with another definition is copied under a new id
  (``VNBody-2``) and a new name (``VN Body (2)``), and the document's references are
  renamed, so that the document prints as it did alone.

Paragraphs and tables that name no style take the sheet's defaults; when a document's
default differs from the sheet's, they are given its (renamed) default explicitly.
``w:docDefaults`` (the font and spacing under every style) cannot differ from document to
document in one file: a later document with other defaults is refused.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable

import attrs
from lxml import etree

from vnreport.errors import RenderError
from vnreport.ooxml.names import w

__all__ = ["StyleMap", "StyleMerger", "apply_styles", "numbering_ids", "style_ids"]

_VAL = w("val")
_STYLE_ID = w("styleId")
_REFERENCES = (w("pStyle"), w("rStyle"), w("tblStyle"))
# The style elements that name other styles: what a style is built on comes first.
_DEPENDENCIES = (w("basedOn"), w("link"), w("next"))


@attrs.frozen
class StyleMap:
    """What a later document's references become in the joined file."""

    #: A document's style id → the joined sheet's id, where they differ.
    renames: dict[str, str] = attrs.field(factory=dict)
    #: The style to name explicitly on paragraphs (tables) that name none, when the
    #: document's default is not the sheet's.
    paragraph_default: str | None = None
    table_default: str | None = None
    #: The list numbering (``w:numId``) the styles used refer to.
    num_ids: frozenset[str] = frozenset()

    @property
    def identity(self) -> bool:
        """Whether the document's references stand as they are."""
        return not self.renames and self.paragraph_default is None and self.table_default is None


def style_ids(trees: Iterable[etree._Element]) -> set[str]:
    """The style ids named in ``trees`` (paragraph, run and table styles)."""
    return {
        str(element.get(_VAL))
        for tree in trees
        for element in tree.iter(*_REFERENCES)
        if element.get(_VAL)
    }


def numbering_ids(trees: Iterable[etree._Element]) -> set[str]:
    """The list numbering ids named in ``trees`` (``w:numId`` 0 means "no list")."""
    return {
        str(element.get(_VAL))
        for tree in trees
        for element in tree.iter(w("numId"))
        if element.get(_VAL) not in (None, "0")
    }


def apply_styles(tree: etree._Element, styles: StyleMap) -> bool:
    """Rename the style references of ``tree`` as ``styles`` says; whether it changed."""
    changed = False
    for element in tree.iter(*_REFERENCES):
        new = styles.renames.get(str(element.get(_VAL)))
        if new is not None:
            element.set(_VAL, new)
            changed = True
    if styles.paragraph_default is not None:
        for paragraph in tree.iter(w("p")):
            if paragraph.find(f"{w('pPr')}/{w('pStyle')}") is None:
                _first_child(paragraph, "pPr").insert(0, _named("pStyle", styles.paragraph_default))
                changed = True
    if styles.table_default is not None:
        for table in tree.iter(w("tbl")):
            if table.find(f"{w('tblPr')}/{w('tblStyle')}") is None:
                _first_child(table, "tblPr").insert(0, _named("tblStyle", styles.table_default))
                changed = True
    return changed


def _first_child(parent: etree._Element, name: str) -> etree._Element:
    found = parent.find(w(name))
    if found is None:
        found = etree.Element(w(name))
        parent.insert(0, found)
    return found


def _named(name: str, value: str) -> etree._Element:
    element = etree.Element(w(name))
    element.set(_VAL, value)
    return element


def _canonical(element: etree._Element | None) -> bytes:
    if element is None:
        return b""
    return etree.tostring(element, method="c14n", exclusive=True)


def _defaults(root: etree._Element) -> dict[str, str]:
    """The default style id of each style type (paragraph, table …)."""
    found: dict[str, str] = {}
    for style in root.iter(w("style")):
        if style.get(w("default")) in ("1", "true", "on") and style.get(_STYLE_ID):
            found.setdefault(str(style.get(w("type"), "paragraph")), str(style.get(_STYLE_ID)))
    return found


@attrs.define
class _Sheet:
    """A later document's style sheet, and what its styles became (kept across
    documents that share the sheet: a batch from one template resolves each style once)."""

    by_id: dict[str, etree._Element]
    defaults: dict[str, str]
    doc_defaults: bytes
    resolved: dict[str, str] = attrs.field(factory=dict)


class StyleMerger:
    """The joined file's style sheet, growing as documents are added.

    Mutable, and local to one join: it holds the sheet being built.
    """

    def __init__(self, root: etree._Element | None, data: bytes | None) -> None:
        #: The joined sheet (the first document's, parsed); ``None`` when it has none.
        self.root = root
        self.changed = False
        self._base_data = data
        self._sheets: dict[bytes, _Sheet] = {}
        self._ids: set[str] = set()
        self._names: set[str] = set()
        self._by_signature: dict[bytes, str] = {}
        self._defaults: dict[str, str] = {}
        self._doc_defaults = b""
        if root is None:
            return
        for style in root.iter(w("style")):
            style_id = str(style.get(_STYLE_ID, ""))
            self._ids.add(style_id.casefold())
            self._add_name(style)
            self._by_signature.setdefault(_canonical(style), style_id)
        self._defaults = _defaults(root)
        self._doc_defaults = _canonical(root.find(w("docDefaults")))

    def merge(
        self, label: str, data: bytes | None, root: etree._Element | None, used: set[str]
    ) -> StyleMap:
        """Bring the styles ``used`` by a later document (its sheet's bytes ``data``,
        parsed as ``root``) into the joined sheet; what its references become.

        :class:`RenderError` naming ``label`` when the document's defaults differ from the
        first document's, or the joined file has no style sheet to bring them into.
        """
        if root is None:
            return StyleMap()
        if self.root is None:
            raise RenderError(
                f"cannot join {label}: it has a style sheet (word/styles.xml) and "
                "document 1, whose package the joined file keeps, has none"
            )
        key = hashlib.sha256(data or b"").digest()
        sheet = self._sheets.get(key)
        if sheet is None:
            sheet = _Sheet(
                by_id={str(s.get(_STYLE_ID)): s for s in root.iter(w("style"))},
                defaults=_defaults(root),
                doc_defaults=_canonical(root.find(w("docDefaults"))),
            )
            self._sheets[key] = sheet
        if sheet.doc_defaults != self._doc_defaults:
            raise RenderError(
                f"cannot join {label}: its document defaults (w:docDefaults in "
                "word/styles.xml: the font and spacing of text under every style) differ "
                "from document 1's, and one file has one set; join documents made from "
                "templates with the same defaults"
            )
        closure = self._closure(sheet, used | set(sheet.defaults.values()))
        if data == self._base_data:
            # The first document's own sheet: every style is already there, unchanged.
            return StyleMap(num_ids=frozenset(numbering_ids(sheet.by_id[i] for i in closure)))
        pending: list[etree._Element] = []
        for style_id in closure:
            self._resolve(label, sheet, style_id, pending, set())
        for style in pending:
            self._append(sheet, style)
        renames = {key: value for key, value in sheet.resolved.items() if key != value}
        return StyleMap(
            renames={key: renames[key] for key in sorted(closure & renames.keys())},
            paragraph_default=self._explicit_default(sheet, "paragraph"),
            table_default=self._explicit_default(sheet, "table"),
            num_ids=frozenset(numbering_ids(sheet.by_id[i] for i in closure)),
        )

    def _closure(self, sheet: _Sheet, used: set[str]) -> list[str]:
        """``used`` and every style they name, in the sheet's order."""
        found: set[str] = set()
        todo = [style_id for style_id in used if style_id in sheet.by_id]
        while todo:
            style_id = todo.pop()
            if style_id in found:
                continue
            found.add(style_id)
            for child in sheet.by_id[style_id]:
                if child.tag in _DEPENDENCIES and child.get(_VAL) in sheet.by_id:
                    todo.append(str(child.get(_VAL)))
        return [style_id for style_id in sheet.by_id if style_id in found]

    def _resolve(
        self,
        label: str,
        sheet: _Sheet,
        style_id: str,
        pending: list[etree._Element],
        chain: set[str],
    ) -> str:
        """The joined sheet's id for the document's style ``style_id``."""
        done = sheet.resolved.get(style_id)
        if done is not None:
            return done
        if style_id in chain:
            raise RenderError(
                f"cannot join {label}: its style {style_id!r} is based on itself "
                "(a w:basedOn cycle in word/styles.xml)"
            )
        style = copy.deepcopy(sheet.by_id[style_id])
        based = style.find(w("basedOn"))
        if based is not None and based.get(_VAL) in sheet.by_id:
            parent = self._resolve(label, sheet, str(based.get(_VAL)), pending, chain | {style_id})
            based.set(_VAL, parent)
        signature = _canonical(style)
        found = self._by_signature.get(signature)
        if found is None:
            found = style_id if style_id.casefold() not in self._ids else self._new_id(style_id)
            self._ids.add(found.casefold())
            self._by_signature[signature] = found
            style.set(_STYLE_ID, found)
            pending.append(style)
        sheet.resolved[style_id] = found
        return found

    def _append(self, sheet: _Sheet, style: etree._Element) -> None:
        """Add a copied style to the joined sheet, naming the copies of its neighbours."""
        assert self.root is not None
        if w("default") in style.attrib:  # the sheet keeps its own defaults
            del style.attrib[w("default")]
        for child in style:
            if child.tag in (w("link"), w("next")):
                target = sheet.resolved.get(str(child.get(_VAL)))
                if target is not None:
                    child.set(_VAL, target)
        name = style.find(w("name"))
        if name is not None and str(name.get(_VAL, "")).casefold() in self._names:
            base, number = str(name.get(_VAL)), 2
            while f"{base} ({number})".casefold() in self._names:
                number += 1
            name.set(_VAL, f"{base} ({number})")
        self._add_name(style)
        self.root.append(style)
        self.changed = True

    def _add_name(self, style: etree._Element) -> None:
        name = style.find(w("name"))
        if name is not None:
            self._names.add(str(name.get(_VAL, "")).casefold())

    def _new_id(self, style_id: str) -> str:
        number = 2
        while f"{style_id}-{number}".casefold() in self._ids:
            number += 1
        return f"{style_id}-{number}"

    def _explicit_default(self, sheet: _Sheet, kind: str) -> str | None:
        own = sheet.defaults.get(kind)
        if own is None:
            return None
        joined = sheet.resolved.get(own, own)
        return None if joined == self._defaults.get(kind) else joined
