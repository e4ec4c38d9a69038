"""A fourth language takes only files: an interface catalog (koryo_uz.ts, compiled), content files
beside the English ones (*.uz.toml) — and every screen opens in it, with its texts where they are
translated and English (tagged) where not."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from koryo_desktop.app import Started, start
from koryo_desktop.config import Config, languages
from koryo_desktop.store.content_builder import build
from tests.conftest import FIXTURE_CONTENT, ROOT

CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>MainWindow</name>
    <message>
        <source>People</source>
        <translation>Shaxslar</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Shaxslar</translation>
    </message>
</context>
</TS>
"""

PERSON = """[[person]]
id = "nam-il"
from = ""
summary = "1953-yilgi sulh bitimini shimol tomonidan imzolagan sovet koreys zobiti."
"""


@pytest.fixture
def uzbek(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The product's resources with one more language: Uzbek."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("content", "*.db"))
    shutil.copytree(FIXTURE_CONTENT, resources / "content")
    (resources / "content" / "people" / "nam-il.uz.toml").write_text(PERSON, encoding="utf-8")
    ts = resources / "translations" / "koryo_uz.ts"
    ts.write_text(CATALOG, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    monkeypatch.setenv("KORYO_RESOURCES", str(resources))
    return resources


def test_a_fourth_language_takes_only_files(uzbek: Path, qtbot, tmp_path: Path):
    assert "uz" in languages()
    db = tmp_path / "uz.db"
    build(uzbek / "content", db)
    app = start(Config(content=db, data_dir=tmp_path / "learner", lang="uz"), lang_given=True)
    assert isinstance(app, Started)
    try:
        app.window.resize(1366, 768)
        app.window.show()
        qtbot.waitExposed(app.window)
        box = app.window.language_box
        assert box.currentData() == "uz" and "o" in box.currentText().lower()  # named in itself: O‘zbek
        assert app.window.rail_buttons["people"].text() == "Shaxslar"  # the catalog's word
        for target in ("home", "reader", "people", "timeline", "quiz", "search/nam", "glossary", "places", "map"):
            assert app.navigator.go(target), target
            qtbot.waitUntil(lambda: app.window.current_screen() is not None)
        assert app.navigator.go("people/nam-il")
        people = app.navigator.screens()["people"]
        text = people.detail.document().toPlainText()
        assert "sovet koreys zobiti" in text  # the Uzbek summary
        assert app.navigator.go("timeline/deportation")
        card = app.navigator.screens()["timeline"].card.document().toPlainText()
        assert "Trains carry families west." in card and "[English]" in card  # not translated: English, tagged
    finally:
        app.close()
