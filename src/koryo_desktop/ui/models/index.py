"""The index type Qt's model and delegate methods take: an override accepts both kinds, as the
method it overrides does."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
