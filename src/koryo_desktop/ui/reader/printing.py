"""Print a chapter or save it as PDF with Qt's own printing, always on a light page with the
sources at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from koryo_desktop.ui.reader.themes import THEMES


def printable_document(html: str, font: QFont) -> QTextDocument:
    document = QTextDocument()
    base = QFont(font)
    base.setPointSizeF(11)
    document.setDefaultFont(base)
    document.setDefaultStyleSheet(THEMES["light"].css())
    document.setHtml(html)
    return document


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def export_pdf(html: str, font: QFont, path: Path, title: str = "") -> Path:
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    printable_document(html, font).print_(printer)
    return path


def print_with_dialog(html: str, font: QFont, parent: QWidget | None, title: str = "") -> bool:
    printer = _printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    printable_document(html, font).print_(printer)
    return True
