from __future__ import annotations

from pathlib import Path

import pytest

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config
from tests.conftest import activate


@pytest.fixture
def started(qtbot, fixture_db: Path, tmp_path: Path) -> Started:
    result = start(Config(content=fixture_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert isinstance(result, Started)
    result.window.resize(1366, 768)
    result.window.show()
    qtbot.waitExposed(result.window)
    activate(qtbot, result.window)
    yield result
    result.close()
    from PySide6.QtWidgets import QApplication

    from koryo_desktop.ui import theme

    theme.apply_display(QApplication.instance(), None, 100, "standard")  # the next test starts from the defaults


@pytest.fixture
def panel(qtbot, real_db: Path, tmp_path: Path) -> Started:
    """The real content on a 1024x600 touch panel."""
    result = start(Config(content=real_db, data_dir=tmp_path / "learner"), lang_given=True)
    assert isinstance(result, Started)
    result.window.resize(1024, 600)
    result.window.show()
    qtbot.waitExposed(result.window)
    yield result
    result.close()
    from PySide6.QtWidgets import QApplication

    from koryo_desktop.ui import theme

    theme.apply_display(QApplication.instance(), None, 100, "standard")
