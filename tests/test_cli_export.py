"""`koryo-desktop export anki|moodle|gift|timelinejs`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from koryo_desktop.__main__ import main
from koryo_desktop.store.content_store import ContentStore


def _questions(db: Path, chapter: str | None = None) -> list[str]:
    store = ContentStore(db)
    try:
        return [q.id for q in store.questions.all(chapter_id=chapter)]
    finally:
        store.close()


def _moodle_names(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [el.findtext("name/text") for el in root.findall("question") if el.get("type") != "category"]


@pytest.mark.parametrize(("fmt", "name"), [("gift", "bank.txt"), ("moodle", "bank.xml"), ("anki", "bank.apkg")])
def test_export_all_questions(fmt: str, name: str, real_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "out" / name
    assert main(["export", fmt, "-o", str(out), "--content", str(real_db)]) == 0
    assert out.is_file() and out.stat().st_size > 0
    n = len(_questions(real_db))
    assert n >= 220  # the whole bank: issue 12 asks for at least 220 questions
    assert f"wrote {n} questions" in capsys.readouterr().out


def test_moodle_export_has_every_question(real_db: Path, tmp_path: Path):
    out = tmp_path / "bank.xml"
    assert main(["export", "moodle", "-o", str(out), "--content", str(real_db)]) == 0
    assert _moodle_names(out) == _questions(real_db)
    root = ET.parse(out).getroot()
    assert root.find("question").findtext("category/text") == "$course$/Koryo Desktop"


def test_gift_export_has_every_question(real_db: Path, tmp_path: Path):
    out = tmp_path / "bank.txt"
    assert main(["export", "gift", "-o", str(out), "--content", str(real_db)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("// Koryo Desktop question bank\n$CATEGORY: $course$/Koryo Desktop\n")
    for qid in _questions(real_db):
        assert f"\n::{qid}::" in text


def test_chapter_option_exports_only_that_chapter(real_db: Path, tmp_path: Path, capsys):
    wanted = _questions(real_db, "north-korea")
    assert 0 < len(wanted) < len(_questions(real_db))
    xml_out, gift_out, anki_out = tmp_path / "nk.xml", tmp_path / "nk.txt", tmp_path / "nk.apkg"
    assert main(["export", "moodle", "-o", str(xml_out), "--chapter", "north-korea", "--content", str(real_db)]) == 0
    assert f"wrote {len(wanted)} questions (chapter north-korea)" in capsys.readouterr().out
    assert _moodle_names(xml_out) == wanted
    category = ET.parse(xml_out).getroot().find("question").findtext("category/text")
    assert category.startswith("$course$/Koryo Desktop/04 ")

    assert main(["export", "gift", "-o", str(gift_out), "--chapter", "north-korea", "--content", str(real_db)]) == 0
    assert gift_out.read_text(encoding="utf-8").count("\n::") == len(wanted)

    assert main(["export", "anki", "-o", str(anki_out), "--chapter", "north-korea", "--content", str(real_db)]) == 0
    with zipfile.ZipFile(anki_out) as zf:
        (tmp_path / "nk.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "nk.anki2")
    try:
        tags = [r[0] for r in conn.execute("SELECT tags FROM notes")]
    finally:
        conn.close()
    assert len(tags) == len(wanted)
    assert all("north-korea" in t.split() for t in tags)


@pytest.mark.parametrize("fmt", ["gift", "moodle", "anki"])
def test_unknown_chapter_exits_2_listing_valid_ids(fmt: str, real_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "x"
    assert main(["export", fmt, "-o", str(out), "--chapter", "atlantis", "--content", str(real_db)]) == 2
    err = capsys.readouterr().err
    assert "unknown chapter 'atlantis'" in err
    assert "north-korea" in err and "deportation-1937" in err
    assert not out.exists()


def test_output_is_required(real_db: Path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "gift", "--content", str(real_db)])
    assert exc.value.code == 2


def test_missing_database_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["export", "gift", "-o", str(tmp_path / "x.txt"), "--content", str(tmp_path / "none.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_fixture_content_exports(fixture_db: Path, tmp_path: Path):
    out = tmp_path / "small.xml"
    assert main(["export", "moodle", "-o", str(out), "--content", str(fixture_db)]) == 0
    types = [el.get("type") for el in ET.parse(out).getroot().findall("question")]
    assert types == ["category", "multichoice", "numerical", "shortanswer"]


def test_question_exports_need_no_qt(fixture_db: Path, tmp_path: Path):
    code = (
        "import sys\n"
        "from koryo_desktop.__main__ import main\n"
        "for fmt, name in (('gift', 'a.txt'), ('moodle', 'a.xml'), ('anki', 'a.apkg')):\n"
        f"    assert main(['export', fmt, '-o', {str(tmp_path)!r} + '/' + name, '--content', {str(fixture_db)!r}]) == 0\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_timelinejs_still_works(fixture_db: Path, tmp_path: Path, capsys):
    out = tmp_path / "timeline.json"
    assert main(["export", "timelinejs", "-o", str(out), "--content", str(fixture_db)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "events" in document
    assert "events and" in capsys.readouterr().out
