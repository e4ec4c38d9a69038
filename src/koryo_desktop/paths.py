"""The one place that finds resources: in a source checkout, an installed wheel, or a frozen bundle.
Also where learner data and the cached content database live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "koryo-desktop"
BUNDLED_DATABASE = "koryo-content.db"  # written by packaging/hatch_build.py

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """resources/ of the checkout, the wheel (koryo_desktop/resources) or the frozen bundle."""
    candidates = []
    env = os.environ.get("KORYO_RESOURCES")
    if env:
        candidates.append(Path(env))
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources"]
    for candidate in candidates:
        if (candidate / "content").is_dir() or (candidate / BUNDLED_DATABASE).is_file():
            return candidate
    raise FileNotFoundError(
        "Koryo Desktop's resources folder was not found; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    """A named resource; fails loudly when it does not exist."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (looked for {path})")
    return path


def content_sources_dir() -> Path:
    return resources_dir() / "content"


def bundled_database() -> Path | None:
    """The content database shipped prebuilt in the resources (wheel, sdist, frozen bundle), if any."""
    path = resources_dir() / BUNDLED_DATABASE
    return path if path.is_file() else None


def user_data_dir() -> Path:
    """Where learner data lives unless --data-dir says otherwise."""
    env = os.environ.get("KORYO_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    env = os.environ.get("KORYO_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
