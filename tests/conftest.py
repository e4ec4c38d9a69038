"""Shared fixtures. Learner data and the content cache always live in tmp_path: tests never touch
the real user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"
REAL_CONTENT = ROOT / "resources" / "content"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORYO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KORYO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small test content, built once."""
    from koryo_desktop.store.content_builder import build

    out = tmp_path_factory.mktemp("content") / "fixture.db"
    build(FIXTURE_CONTENT, out)
    return out


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The product's own content, built once."""
    from koryo_desktop.store.content_builder import build

    out = tmp_path_factory.mktemp("content") / "real.db"
    build(REAL_CONTENT, out)
    return out


@pytest.fixture
def store(fixture_db: Path):
    from koryo_desktop.store.content_store import ContentStore

    s = ContentStore(fixture_db)
    yield s
    s.close()


@pytest.fixture
def learner(tmp_path: Path):
    from koryo_desktop.store.learner_store import LearnerStore

    s = LearnerStore(tmp_path / "learner.db")
    yield s
    s.close()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MiB filesystem of its own, to fill up or make read-only (skipped where it cannot be
    mounted: it needs root, as CI has)."""
    from tests.hostile import small_disk_at

    yield from small_disk_at(tmp_path)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """Create the QApplication before anything else may create a bare QCoreApplication (the export
    commands do, to translate without a window); Qt allows one application object per process."""
    return qapp


def activate(qtbot, window) -> None:
    """Make `window` the active window, as a person's click would, so its shortcuts and key focus
    work. Activation is asked again if a request was lost on a busy machine (CI has two cores)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        window.activateWindow()
        handle = window.windowHandle()
        if handle is not None:
            handle.requestActivate()
        try:
            qtbot.waitUntil(window.isActiveWindow, timeout=2500)
            return
        except qtbot.TimeoutError:
            QApplication.processEvents()
    qtbot.waitUntil(window.isActiveWindow, timeout=2500)


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory):
    """A real Learning Record Store (Ralph, file backend) on 127.0.0.1, shared by the xAPI tests:
    each test keeps to statements of its own (its own class, its own learners)."""
    from tests.ralph import Ralph

    server = Ralph(tmp_path_factory.mktemp("ralph"))
    server.start()
    yield server
    server.stop()
