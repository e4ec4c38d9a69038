"""Kinetic scrolling by touch (drag and flick) for any scroll area: lists, pages, the timeline.

QScroller.grabGesture() would do this, but it registers a new gesture type with Qt for every
widget, and PySide6 makes a new Python enum class for each such type: a kiosk that builds its
screens again for every visitor would keep them all. Here one event filter feeds the touches to
the area's QScroller itself, which registers nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTouchEvent
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QWidget

from koryo_desktop.ui.widgets.viewports import viewport_of

_INPUT = {
    QEvent.Type.TouchBegin: QScroller.Input.InputPress,
    QEvent.Type.TouchUpdate: QScroller.Input.InputMove,
    QEvent.Type.TouchEnd: QScroller.Input.InputRelease,
}


class _TouchScroller(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT and isinstance(event, QTouchEvent) and len(event.points()) == 1:
            scroller = QScroller.scroller(watched)
            scroller.handleInput(_INPUT[kind], event.points()[0].position(), event.timestamp())
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            QScroller.scroller(watched).stop()
        return False


def enable_touch_scrolling_everywhere(root: QWidget) -> None:
    """Touch scrolling for every scroll area under ``root`` (touch screens in museums and classrooms;
    with a mouse nothing changes)."""
    for area in root.findChildren(QAbstractScrollArea):
        enable_touch_scrolling(area)


def enable_touch_scrolling(area: QAbstractScrollArea) -> None:
    """Let one finger drag and flick ``area``'s content (a second finger is left to pinch zoom)."""
    viewport = viewport_of(area)
    if viewport.property("touchScrolling"):
        return
    viewport.setProperty("touchScrolling", True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    touch = _TouchScroller(viewport)  # lives and goes with the viewport
    viewport.installEventFilter(touch)
