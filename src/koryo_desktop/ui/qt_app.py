"""The running QApplication, typed as one: Qt's ``QApplication.instance()`` is typed as any
QCoreApplication, or None before one is made. Every widget of the app needs the QApplication
that ``app.application()`` (or a test) made first."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def qapp() -> QApplication:
    """The QApplication; a RuntimeError when none was made (or only a QCoreApplication)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("Koryo Desktop's widgets need a QApplication, made before them")
    return app
