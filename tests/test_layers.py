"""core and store must not import Qt: they are plain Python, testable without a QApplication."""

import subprocess
import sys

import koryo_desktop


def test_core_and_store_import_no_qt():
    code = (
        "import sys, pkgutil, importlib, koryo_desktop.core, koryo_desktop.store\n"
        "for pkg in (koryo_desktop.core, koryo_desktop.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import koryo_desktop.cli, koryo_desktop.config, koryo_desktop.paths\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt imported by core/store: {out.stdout}"


def test_no_sql_in_ui_package():
    from pathlib import Path

    ui = Path(koryo_desktop.__file__).parent / "ui"
    offenders = [str(p) for p in ui.rglob("*.py") if any(w in p.read_text() for w in ("SELECT ", "INSERT ", "sqlite3"))]
    assert offenders == []
