"""Guards against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns
nothing; after a few thousand calls None is freed and the app aborts. A kiosk runs for weeks, so
this must never ship again (pyproject.toml excludes that release)."""

import sys


def test_void_qt_calls_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 5


def test_modules_imported_after_start_are_not_read_for_pyside_features(tmp_path, monkeypatch) -> None:
    """PySide6 reads the source of each newly imported module; the app turns that off (start-up
    time and memory). A module imported afterwards must not land in linecache."""
    import importlib
    import linecache

    from koryo_desktop.app import skip_pyside_source_scan

    skip_pyside_source_scan()
    module_file = tmp_path / "koryo_probe_module.py"
    module_file.write_text("VALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    module = importlib.import_module("koryo_probe_module")
    assert module.VALUE == 42
    assert str(module_file) not in linecache.cache
