"""The item data roles of every model in the app, declared once: a delegate or a view shared by
several models (the two-line lists) reads the same role from each."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole.value)


class Role(IntEnum):
    ID = _USER + 1  # the record's id
    SUBTITLE = _USER + 2  # the second line of a two-line row
    SORT = _USER + 3  # what a list sorts by
    TITLE = _USER + 4  # the first line of a two-line row
    ROW = _USER + 5  # the whole row object, for a delegate that draws it
    BIRTH_YEAR = _USER + 6  # people: the year of birth (for sorting by it)
    IS_HEADER = _USER + 10  # search: a group's header, not a hit
    TARGET = _USER + 11  # the navigation target the row opens
    HTML = _USER + 12  # search: title and snippet
    SNIPPET = _USER + 13  # search: the snippet alone, the matched words in <b>
    NOTE_ID = _USER + 14  # notes: the bookmark's, highlight's or note's id
    PAINT = _USER + 15  # search: (is a header, title or header text, snippet), a row in one call
