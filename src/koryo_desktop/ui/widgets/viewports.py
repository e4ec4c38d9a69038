"""A scroll area's viewport, reached without making Python types for all of Qt's widgets.

PySide6 makes each Qt class's Python type (and its enum classes) on first use. A widget Qt made
itself and hands over as a plain ``QWidget *``, as ``viewport()`` does, is matched against every
widget class there is, and the first such call makes them all: about eighty enum classes, tens of
milliseconds. ``findChild`` names the viewport's class instead, so the start-up path, which
touches the viewport of every scroll area it builds, does without. Each viewport found so keeps its
Python object, so the screens' own ``viewport()`` calls later find it made and do without too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"  # what QAbstractScrollArea names the viewport it makes


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``: the same widget."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()  # a viewport given with setViewport()
