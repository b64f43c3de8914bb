"""Suggested boxes of the labeling canvas: a model's detections the user accepts or rejects.

A suggestion is drawn dashed in a lighter shade of its class colour, with a chip that reads
``name 0.87`` when the confidence is known. It is never part of the canvas's ``boxes()``: only
accepting it turns it into a normal box (an edit the label page saves).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from workbench.labels import Box
from workbench.widgets.box_item import text_brush_for

_PAD_X, _PAD_Y = 3, 1


@dataclass(frozen=True)
class Suggestion:
    """A suggested box and the model's confidence for it (None when not known)."""

    box: Box
    conf: float | None = None

    @classmethod
    def of(cls, item) -> "Suggestion":
        """A Suggestion from a Suggestion, a Box, or a ``(Box, conf)`` pair."""
        if isinstance(item, Suggestion):
            return item
        if isinstance(item, Box):
            return cls(item)
        box, conf = item
        return cls(box, None if conf is None else float(conf))

    def with_class(self, class_id: int) -> "Suggestion":
        return Suggestion(self.box.with_class(class_id), self.conf)

    def text(self, name: str) -> str:
        return name if self.conf is None else f"{name} {self.conf:.2f}"


class SuggestionStyle:
    """Dashed pens and tag brushes of one class's suggestions (lighter than its boxes)."""

    __slots__ = ("pen", "selected_pen", "brush", "selected_brush", "tag_brush", "text_brush")

    def __init__(self, color: QColor) -> None:
        light = QColor(color).lighter(150)
        self.pen = QPen(light, 2, Qt.PenStyle.DashLine)
        self.selected_pen = QPen(light, 3, Qt.PenStyle.DashLine)
        for p in (self.pen, self.selected_pen):
            p.setCosmetic(True)
        fill = QColor(light)
        fill.setAlpha(0)
        self.brush = QBrush(fill)
        fill = QColor(light)
        fill.setAlpha(70)
        self.selected_brush = QBrush(fill)
        tag = QColor(light)
        tag.setAlpha(200)
        self.tag_brush = QBrush(tag)
        self.text_brush = text_brush_for(light)


class SuggestionItem(QGraphicsRectItem):
    """One suggestion on the canvas: ``rect`` in image pixels, ``suggestion`` what it stands for."""

    def __init__(self, suggestion: Suggestion, rect: QRectF, style: SuggestionStyle, name: str,
                 font: QFont) -> None:
        super().__init__(rect)
        self.suggestion = suggestion
        self.selected = False
        self.setZValue(0.5)  # over the user's boxes so a suggestion on top of one stays visible
        self._tag = QGraphicsRectItem(self)
        self._tag.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._tag.setPen(Qt.PenStyle.NoPen)
        self._text = QGraphicsSimpleTextItem(self._tag)
        self._tag.setPos(rect.topLeft())
        self.apply_style(style, name, font)

    @property
    def box(self) -> Box:
        return self.suggestion.box

    def apply_style(self, style: SuggestionStyle, name: str, font: QFont) -> None:
        self._style = style
        self.setPen(style.selected_pen if self.selected else style.pen)
        self.setBrush(style.selected_brush if self.selected else style.brush)
        text = self.suggestion.text(name)
        self._text.setFont(font)
        self._text.setBrush(style.text_brush)
        self._text.setText(text)
        fm = QFontMetrics(font)
        h = fm.height() + 2 * _PAD_Y
        self._tag.setBrush(style.tag_brush)
        self._tag.setRect(QRectF(0, -h, fm.horizontalAdvance(text) + 2 * _PAD_X, h))
        self._text.setPos(_PAD_X, -h + _PAD_Y)

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.setPen(self._style.selected_pen if selected else self._style.pen)
        self.setBrush(self._style.selected_brush if selected else self._style.brush)
        self.setZValue(1.5 if selected else 0.5)


class SuggestionLayer:
    """The canvas's suggestion API; mixed into :class:`LabelCanvas` (before ``QGraphicsView``).

    Relies on the canvas's scene, image size, styles, box items, ``_select``, ``_add_item``
    and ``_place_tags``. Accepting emits ``suggestions_changed("accepted")`` and then one
    ``boxes_changed``; rejecting and class edits emit ``suggestions_changed("rejected")`` /
    ``("edited")`` only, because nothing of the user's labels changed.
    """

    def _init_suggestions(self) -> None:
        self._sugg: list[SuggestionItem] = []
        self._sugg_sel = -1
        self._sugg_styles: dict[int, SuggestionStyle] = {}

    # -- content -------------------------------------------------------------------------
    def set_suggestions(self, items) -> None:
        """Show suggestions (Suggestion, Box or ``(Box, conf)`` each); emits no signal."""
        self._remove_suggestions()
        for item in items:
            self._add_suggestion(Suggestion.of(item))

    def suggestions(self) -> list[Suggestion]:
        """The suggestions still pending, in order."""
        return [it.suggestion for it in self._sugg]

    def selected_suggestion(self) -> int:
        """Index in :meth:`suggestions` of the selected one, -1 for none."""
        return self._sugg_sel

    def select_suggestion(self, i: int) -> None:
        """Select suggestion ``i`` (-1: none); a selected box is deselected."""
        i = i if 0 <= i < len(self._sugg) else -1
        if i >= 0 and self._selected >= 0:
            self._select(-1)
        if i == self._sugg_sel:
            return
        if 0 <= self._sugg_sel < len(self._sugg):
            self._sugg[self._sugg_sel].set_selected(False)
        self._sugg_sel = i
        if i >= 0:
            self._sugg[i].set_selected(True)
        self.suggestion_selected.emit(i)

    # -- the user's decisions ---------------------------------------------------------------
    def accept_selected_suggestion(self) -> bool:
        """Turn the selected suggestion into a box (one edit); False if none or read-only.

        The next suggestion is selected so Enter, Enter... walks through them; after the last
        one the new box is selected, ready to be adjusted.
        """
        i = self._sugg_sel
        if i < 0 or self._read_only:
            return False
        self._cancel_interaction()
        s = self._take_suggestion(i)
        it = self._add_item(s.box)
        self._place_tags([it])
        if self._sugg:
            self.select_suggestion(min(i, len(self._sugg) - 1))
        else:
            self._select(len(self._items) - 1)
        self.suggestions_changed.emit("accepted")
        self.boxes_changed.emit()
        return True

    def accept_all_suggestions(self) -> int:
        """Turn every suggestion into a box in one edit; returns how many (0: nothing done)."""
        if not self._sugg or self._read_only:
            return 0
        self._cancel_interaction()
        taken = [it.suggestion for it in self._sugg]
        self._remove_suggestions()
        new = [self._add_item(s.box) for s in taken]
        self._place_tags(new)
        self.suggestions_changed.emit("accepted")
        self.boxes_changed.emit()
        return len(taken)

    def reject_selected_suggestion(self) -> bool:
        """Drop the selected suggestion (no label changes); selects the next one."""
        i = self._sugg_sel
        if i < 0:
            return False
        self._take_suggestion(i)
        if self._sugg:
            self.select_suggestion(min(i, len(self._sugg) - 1))
        self.suggestions_changed.emit("rejected")
        return True

    def reject_all_suggestions(self) -> int:
        """Drop every suggestion of the image; returns how many."""
        n = len(self._sugg)
        if n:
            self._remove_suggestions()
            self.suggestions_changed.emit("rejected")
        return n

    def _set_suggestion_class(self, class_id: int) -> bool:
        """Digits with a suggestion selected: correct its class before accepting it."""
        it = self._sugg[self._sugg_sel]
        if it.box.cls != class_id:
            it.suggestion = it.suggestion.with_class(int(class_id))
            self._style_suggestion(it)
            self.suggestions_changed.emit("edited")
        return True

    # -- items ---------------------------------------------------------------------------
    def _suggestion_style(self, cls: int) -> SuggestionStyle:
        style = self._sugg_styles.get(cls)
        if style is None:
            style = self._sugg_styles[cls] = SuggestionStyle(self._styles.get(cls).color)
        return style

    def _style_suggestion(self, it: SuggestionItem) -> None:
        cls = it.box.cls
        it.apply_style(self._suggestion_style(cls), self._styles.get(cls).name, self._styles.font)

    def _restyle_suggestions(self) -> None:
        self._sugg_styles.clear()
        for it in self._sugg:
            self._style_suggestion(it)

    def _add_suggestion(self, s: Suggestion) -> SuggestionItem:
        from PySide6.QtCore import QPointF

        x1, y1, x2, y2 = s.box.to_pixels(self._w, self._h)
        cls = s.box.cls
        it = SuggestionItem(s, QRectF(QPointF(x1, y1), QPointF(x2, y2)).normalized(),
                            self._suggestion_style(cls), self._styles.get(cls).name, self._styles.font)
        self._scene.addItem(it)
        self._sugg.append(it)
        return it

    def _take_suggestion(self, i: int) -> Suggestion:
        if self._sugg_sel >= 0:
            self._sugg[self._sugg_sel].set_selected(False)
        self._sugg_sel = -1
        it = self._sugg.pop(i)
        self._scene.removeItem(it)
        self.suggestion_selected.emit(-1)
        return it.suggestion

    def _remove_suggestions(self) -> None:
        for it in self._sugg:
            self._scene.removeItem(it)
        self._sugg = []
        if self._sugg_sel >= 0:
            self._sugg_sel = -1
            self.suggestion_selected.emit(-1)

    def _hit_suggestion(self, found, sp, tol: float) -> int:
        """Index of the smallest suggestion among scene items ``found`` that holds scene point
        ``sp`` (the selected one wins); -1 for none. ``found`` comes from the scene's index,
        so hovering over 1,000 suggestions tests only the few near the pointer."""
        best, best_area = None, 0.0
        for it in found:
            if not isinstance(it, SuggestionItem):
                continue
            r = it.rect()
            if not r.adjusted(-tol, -tol, tol, tol).contains(sp):
                continue
            if it.selected:
                best = it
                break
            area = r.width() * r.height()
            if best is None or area < best_area:
                best, best_area = it, area
        return -1 if best is None else self._sugg.index(best)
