"""The installed app opens the content database shipped with it while its sources are unchanged,
and --version names that database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from koryo_desktop import __version__
from koryo_desktop.content_database import default_database, version_text
from koryo_desktop.store.content_builder import build
from tests.conftest import FIXTURE_CONTENT, ROOT


@pytest.fixture
def installed_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder as a wheel installs it: the sources and the database built from them."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("content", "*.ts", "*.db"))
    shutil.copytree(FIXTURE_CONTENT, resources / "content")
    build(resources / "content", resources / "koryo-content.db")
    monkeypatch.setenv("KORYO_RESOURCES", str(resources))
    return resources


def test_the_shipped_database_is_used_while_its_sources_are_unchanged(installed_resources: Path, tmp_path: Path):
    assert default_database() == installed_resources / "koryo-content.db"
    assert not list((tmp_path / "cache").glob("content-*.db"))  # nothing was compiled


def test_edited_sources_are_compiled_into_the_cache_instead(installed_resources: Path, tmp_path: Path):
    chapter = next((installed_resources / "content" / "chapters").glob("*.md"))
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    path = default_database()
    assert path.parent == tmp_path / "cache"
    assert path.name.startswith("content-")


def test_without_sources_the_shipped_database_is_used(installed_resources: Path):
    shutil.rmtree(installed_resources / "content")
    assert default_database() == installed_resources / "koryo-content.db"


def test_a_database_of_another_schema_is_not_used_when_sources_exist(installed_resources: Path, tmp_path: Path):
    (installed_resources / "koryo-content.db").write_bytes(b"not a database at all")
    assert default_database().parent == tmp_path / "cache"


def test_version_names_the_app_and_the_content_database(installed_resources: Path):
    from koryo_desktop.store.content_store import ContentStore

    store = ContentStore(installed_resources / "koryo-content.db")
    meta = store.meta
    store.close()
    text = version_text()
    first, second = text.splitlines()
    assert first == f"koryo-desktop {__version__}"
    assert meta["content_version"] in second
    assert meta["built_at"][:10] in second  # the build date
    assert str(installed_resources / "koryo-content.db") in second


def test_version_with_a_broken_content_database_still_answers(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nonsense")
    text = version_text(bad)
    assert text.startswith(f"koryo-desktop {__version__}\ncontent database: unavailable (")
    assert "damaged or not a database" in text


def test_version_from_the_command_line_with_content(fixture_db: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "koryo_desktop", "--version", "--content", str(fixture_db)],
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == f"koryo-desktop {__version__}"
    assert f"{fixture_db}" in out.stdout and "built " in out.stdout


def test_the_app_starts_from_the_shipped_database_without_the_markdown_renderer(installed_resources: Path):
    """The renderer (markdown-it-py, nh3) is only for building content: blocked, every screen still opens."""
    code = (
        "import sys; sys.modules['markdown_it'] = None; sys.modules['nh3'] = None\n"
        "from koryo_desktop.__main__ import main\n"
        "sys.exit(main(['--self-test', '--lang', 'ru']))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("self-test ok: ") and "9 screens" in out.stdout
