"""A row of tools that never loses one: the groups that do not fit (a narrow window, large text,
long Russian labels, the notes panel open) leave the row from the right and their actions appear
in the » menu, where they work as they do on the row.

QToolBar's own » only works inside a QMainWindow's tool bar area; elsewhere it opens nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QMenu, QSizePolicy, QToolButton, QWidget

MARGIN, SPACING = 4, 4


@dataclass
class ToolGroup:
    widgets: list[QWidget]
    entries: list[QAction | QMenu]  # what the » menu offers while the group is off the row
    available: bool = True
    separator: QFrame | None = field(default=None)


class ToolStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[ToolGroup] = []
        self._shown = 0  # how many available groups are on the row
        self.more_button = QToolButton(self)
        self.more_button.setText("»")
        self.more_button.setAutoRaise(True)
        self.more_button.clicked.connect(self.show_more)
        self.more_menu = QMenu(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- building --------------------------------------------------------------------------------
    def add_group(self, widgets: list[QWidget], entries: list[QAction | QMenu], separator: bool = False) -> ToolGroup:
        group = ToolGroup(list(widgets), list(entries))
        if separator and self._groups:
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            group.separator = line
        previous = self._groups[-1].widgets[-1] if self._groups else None
        for widget in group.widgets:
            widget.setParent(self)
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.more_button)
        self._groups.append(group)
        self._relayout()
        return group

    def set_available(self, group: ToolGroup, available: bool) -> None:
        """A tool that cannot be used here (no speech engine; no files at a kiosk) is on neither
        the row nor the menu."""
        group.available = available
        self._relayout()

    # -- what is where ---------------------------------------------------------------------------
    def overflow(self) -> list[QAction | QMenu]:
        """The entries of the groups that are off the row, in order."""
        groups = [g for g in self._groups if g.available][self._shown :]
        return [entry for group in groups for entry in group.entries]

    def show_more(self) -> None:
        self.more_menu.clear()
        previous: ToolGroup | None = None
        for group in [g for g in self._groups if g.available][self._shown :]:
            if previous is not None and group.separator is not None:
                self.more_menu.addSeparator()
            for entry in group.entries:
                if isinstance(entry, QMenu):
                    self.more_menu.addMenu(entry)
                else:
                    self.more_menu.addAction(entry)
            previous = group
        button = self.more_button
        self.more_menu.popup(button.mapToGlobal(QPoint(button.width() - self.more_menu.sizeHint().width(),
                                                       button.height())))  # fmt: skip
        first = next(iter(self.more_menu.actions()), None)
        if first is not None:
            self.more_menu.setActiveAction(first)

    # -- layout ----------------------------------------------------------------------------------
    def _parts(self, group: ToolGroup) -> list[QWidget]:
        return ([group.separator] if group.separator is not None else []) + group.widgets

    def _width(self, group: ToolGroup) -> int:
        parts = self._parts(group)
        return sum(w.sizeHint().width() for w in parts) + SPACING * (len(parts) - 1)

    def _height(self) -> int:
        heights = [w.sizeHint().height() for g in self._groups for w in g.widgets]
        return max([self.more_button.sizeHint().height(), *heights]) + 2 * MARGIN

    def sizeHint(self) -> QSize:
        groups = [g for g in self._groups if g.available]
        width = sum(self._width(g) for g in groups) + SPACING * max(0, len(groups) - 1) + 2 * MARGIN
        return QSize(width, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more_button.sizeHint().width() + 2 * MARGIN, self._height())

    def _relayout(self) -> None:
        groups = [g for g in self._groups if g.available]
        widths = [self._width(g) for g in groups]
        room = self.width() - 2 * MARGIN
        if sum(widths) + SPACING * max(0, len(widths) - 1) <= room:
            shown = len(groups)
        else:
            room -= self.more_button.sizeHint().width() + SPACING
            shown, used = 0, 0
            for width in widths:
                if used + width > room:
                    break
                used += width + SPACING
                shown += 1
        self._shown = shown
        height = self.height()
        x = MARGIN
        for index, group in enumerate(groups):
            on_row = index < shown
            for widget in self._parts(group):
                if on_row:
                    hint = widget.sizeHint()
                    h = min(hint.height(), height - 2 * MARGIN) if isinstance(widget, QFrame) else hint.height()
                    widget.setGeometry(x, (height - h) // 2, hint.width(), h)
                    x += hint.width() + SPACING
                widget.setVisible(on_row)
        for group in self._groups:
            if not group.available:
                for widget in self._parts(group):
                    widget.setVisible(False)
        more = self.more_button.sizeHint()
        self.more_button.setGeometry(self.width() - MARGIN - more.width(), (height - more.height()) // 2,
                                     more.width(), more.height())  # fmt: skip
        self.more_button.setVisible(shown < len(groups))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def event(self, event: QEvent) -> bool:
        # a tool's text or font changed (language, interface size): measure the row again
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._relayout()
        return super().event(event)
