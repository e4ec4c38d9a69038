"""The wheel, installed into a clean virtual environment, carries everything the app needs: it
passes --smoke on the content database built into it, compiling nothing at start."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from koryo_desktop import __version__
from tests.conftest import ROOT


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    out = subprocess.run(args, capture_output=True, text=True, **kwargs)
    assert out.returncode == 0, f"{args}\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_wheel_runs_from_a_clean_virtual_environment(tmp_path: Path):
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(ROOT)], timeout=240
    )
    wheel = next((tmp_path / "dist").glob(f"koryo_desktop-{__version__}-py3-none-any.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "koryo_desktop/resources/"
    assert {resources + "koryo-content.db", resources + "fonts/NanumGothic.ttf", resources + "translations/koryo_ko.qm",
            resources + "translations/koryo_ru.qm", resources + "icons/koryo-desktop.png"} <= names  # fmt: skip

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], timeout=120)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], timeout=240)

    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KORYO_"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               QT_QPA_PLATFORM="offscreen", PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")  # fmt: skip
    app = str(bin_dir / "koryo-desktop")
    smoke = _run([app, "--self-test", "--lang", "ko", "--open", "people/nam-il"], env=env, cwd=tmp_path, timeout=120)
    assert smoke.stdout.startswith("self-test ok: ")  # every screen, each imported only when first opened
    assert "language ko, screen people/nam-il" in smoke.stdout
    assert not list(home.rglob("content-*.db"))  # the database in the wheel was used, nothing compiled

    version = _run([app, "--version"], env=env, cwd=tmp_path, timeout=60).stdout.splitlines()
    assert version[0] == f"koryo-desktop {__version__}"
    assert str(venv) in version[1] and version[1].endswith("koryo-content.db")
