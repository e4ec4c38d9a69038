"""The Korean and Russian catalogs cover every interface string, the English one every plural, and the shipped .qm files are
compiled from the current .ts files."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = TOOLS / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize("lang", ["en", "ko", "ru"])
def test_catalog_is_complete_and_compiled(lang: str, tmp_path: Path):
    ts = TRANSLATIONS / f"koryo_{lang}.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    out = tmp_path / "out.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TRANSLATIONS / f"koryo_{lang}.qm").read_bytes(), "run pyside6-lrelease"


def test_every_interface_string_is_in_the_catalogs(tmp_path: Path):
    copy = tmp_path / "koryo_ru.ts"
    shutil.copy(TRANSLATIONS / "koryo_ru.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "koryo_desktop").rglob("*.py"))
    result = subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
                            check=True, capture_output=True, text=True)  # fmt: skip
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr


def test_every_plural_is_in_the_english_catalog(tmp_path: Path):
    copy = tmp_path / "koryo_en.ts"
    shutil.copy(TRANSLATIONS / "koryo_en.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "koryo_desktop" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-pluralonly", "-no-obsolete"],
                            check=True, capture_output=True, text=True)  # fmt: skip
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8"), "add the new plural to koryo_en.ts"


def test_no_translated_string_hides_inside_an_f_string():
    """lupdate cannot see self.tr('…') inside an f-string; such text would stay in English."""
    offenders = []
    for path in (ROOT / "src" / "koryo_desktop").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "tr('" in line or "translate('" in line:
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_english_plurals_read_naturally(qapp):
    from PySide6.QtCore import QCoreApplication

    from koryo_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    translations.set_language("en")
    try:
        assert QCoreApplication.translate("PeopleScreen", "%n person(s)", "", 30) == "30 people"
        assert QCoreApplication.translate("PeopleScreen", "%n person(s)", "", 1) == "1 person"
    finally:
        translations.set_language("en")
