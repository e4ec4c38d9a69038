import json
import shutil
import subprocess
import sys
from pathlib import Path

from koryo_desktop.__main__ import main
from tests.conftest import FIXTURE_CONTENT


def test_content_check_build_stats_search(tmp_path: Path, capsys):
    assert main(["content", "check", str(FIXTURE_CONTENT)]) == 0
    assert "OK" in capsys.readouterr().out
    db = tmp_path / "out.db"
    assert main(["content", "build", str(FIXTURE_CONTENT), "-o", str(db)]) == 0
    assert db.is_file()
    capsys.readouterr()
    assert main(["content", "stats", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["tables"]["people"] == 2
    assert main(["content", "stats", str(db)]) == 0
    assert "person_names" in capsys.readouterr().out
    assert main(["content", "search", "Нам Ир", "--db", str(db), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["hits"][0]["id"] == "nam-il"
    assert result["hits"][0]["kind"] == "person"
    assert main(["content", "search", "Pamnunjom", "--db", str(db)]) == 0
    assert "Did you mean: Panmunjom" in capsys.readouterr().out


def test_malformed_content_gives_file_line_errors_and_no_database(tmp_path: Path, capsys, monkeypatch):
    src = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, src)
    (src / "events" / "events.toml").write_text('[[event]]\nid = "x"\ndate = "someday"\n')
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "out.db"
    assert main(["content", "build", "content", "-o", str(db)]) == 1
    err = capsys.readouterr().err
    assert "content/events/events.toml:3: bad date in 'date'" in err
    assert "Traceback" not in err
    assert "nothing was built" in err
    assert not db.exists()


def test_stats_of_a_missing_database_is_a_clear_error(tmp_path: Path, capsys):
    assert main(["content", "stats", str(tmp_path / "none.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_smoke_runs_headless_and_reports_milliseconds(fixture_db: Path, tmp_path: Path):
    env = {
        k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, "-m", "koryo_desktop", "--smoke", "--content", str(fixture_db), "--data-dir", str(tmp_path),
         "--open", "people/nam-il", "--lang", "ru"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (
        out.stdout.startswith("smoke ok: ") and "language ru, screen people/nam-il, 1 of 9 screens made" in out.stdout
    )
    test = subprocess.run(
        [sys.executable, "-m", "koryo_desktop", "--self-test", "--content", str(fixture_db), "--data-dir", str(tmp_path),
         "--open", "timeline"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert test.returncode == 0, test.stderr
    assert test.stdout.startswith("self-test ok: ") and "9 screens" in test.stdout
    bad = subprocess.run([sys.executable, "-m", "koryo_desktop", "--smoke", "--open", "nowhere"], capture_output=True,
                         text=True, env=env, timeout=60)  # fmt: skip
    assert bad.returncode == 2
    assert "Valid targets: home, reader" in bad.stderr


def test_version():
    out = subprocess.run([sys.executable, "-m", "koryo_desktop", "--version"], capture_output=True, text=True)
    assert out.stdout.startswith("koryo-desktop ")
