"""Exports in each content language, from the command line and without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from koryo_desktop.__main__ import main


def test_timelinejs_in_korean_and_russian(fixture_db: Path, tmp_path: Path):
    out = tmp_path / "ko.json"
    assert main(["export", "timelinejs", "-o", str(out), "--lang", "ko", "--content", str(fixture_db)]) == 0
    document = json.loads(out.read_text())
    slides = {s["unique_id"]: s for s in document["events"]}
    assert slides["armistice-signed"]["text"]["headline"] == "한국 전쟁 정전 협정 서명"
    assert slides["armistice-signed"]["display_date"] == "1953년 7월 27일"  # CLDR, not a hand-made pattern
    assert slides["armistice-signed"]["group"] == "전쟁"
    assert slides["deportation"]["text"]["headline"] == "Deportation trains leave the Far East"  # no translation yet
    out = tmp_path / "ru.json"
    assert main(["export", "timelinejs", "-o", str(out), "--lang", "ru", "--content", str(fixture_db)]) == 0
    slides = {s["unique_id"]: s for s in json.loads(out.read_text())["events"]}
    assert (
        slides["armistice-signed"]["display_date"] == "27 июля 1953\u202fг."
    )  # CLDR keeps "г." with a narrow no-break space
    assert slides["deportation"]["display_date"].startswith("9 сентября 1937\u202fг.")


def test_question_exports_in_korean(fixture_db: Path, tmp_path: Path):
    out = tmp_path / "bank.xml"
    assert main(["export", "moodle", "-o", str(out), "--lang", "ko", "--content", str(fixture_db)]) == 0
    root = ET.parse(out).getroot()
    texts = {q.findtext("name/text"): q for q in root.findall("question") if q.get("type") != "category"}
    assert "북측을 대표해" in texts["signer"].findtext("questiontext/text")
    answers = [a.findtext("text") for a in texts["signer"].findall("answer")]
    assert sorted(answers) == ["<p>남일</p>", "<p>다른 사람</p>"]
    out = tmp_path / "bank.txt"
    assert main(["export", "gift", "-o", str(out), "--lang", "ko", "--content", str(fixture_db)]) == 0
    assert "남 일" in out.read_text()  # a translation's accepted answers are accepted too


def test_exports_and_content_commands_do_not_load_qt(fixture_db: Path, tmp_path: Path):
    code = (
        "import sys\n"
        "from koryo_desktop.__main__ import main\n"
        f"assert main(['export', 'timelinejs', '-o', {str(tmp_path / 't.json')!r}, '--lang', 'ru',"
        f" '--content', {str(fixture_db)!r}]) == 0\n"
        f"assert main(['export', 'anki', '-o', {str(tmp_path / 'a.apkg')!r}, '--lang', 'ko',"
        f" '--content', {str(fixture_db)!r}]) == 0\n"
        f"assert main(['content', 'search', 'Нам Ир', '--db', {str(fixture_db)!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
