"""Desktop integration: menu entries, AppStream metadata, icons, the Debian package's layout and the
Qt pieces the bundle keeps. The freedesktop validators run when they are installed."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from koryo_desktop import __version__
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP_FILES = sorted((PACKAGING / "linux").glob("*.desktop"))
METAINFO = next(PACKAGING.glob("*.metainfo.xml"))


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_there_are_an_app_a_kiosk_and_a_kiosk_autostart_entry():
    names = [p.name for p in DESKTOP_FILES]
    assert names == ["koryo-desktop-kiosk-autostart.desktop", "koryo-desktop-kiosk.desktop", "koryo-desktop.desktop"]
    app, kiosk = (
        _entry(PACKAGING / "linux" / "koryo-desktop.desktop"),
        _entry(PACKAGING / "linux" / "koryo-desktop-kiosk.desktop"),
    )
    assert app["Exec"] == "koryo-desktop" and kiosk["Exec"] == "koryo-desktop --kiosk"
    assert app["Icon"] == kiosk["Icon"] == "koryo-desktop"
    assert "Education;" in app["Categories"]
    for key in ("Name", "Comment"):
        assert f"{key}[ko]" in kiosk and f"{key}[ru]" in kiosk


def test_the_desktop_file_name_is_the_one_the_app_announces():
    """Wayland compositors match a window to its menu entry (icon, name) by this name."""
    assert 'setDesktopFileName("koryo-desktop")' in (ROOT / "src" / "koryo_desktop" / "app.py").read_text()
    assert (PACKAGING / "linux" / "koryo-desktop.desktop").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate_accepts_every_entry():
    out = subprocess.run(["desktop-file-validate", *map(str, DESKTOP_FILES)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstreamcli_accepts_the_metainfo():
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_metainfo_has_what_software_centres_show():
    root = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.find("launchable").text == "koryo-desktop.desktop"
    assert root.findtext("summary") and root.find("description/p") is not None
    assert root.find("releases/release").get("version") == __version__
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert [lang.text for lang in root.findall("languages/lang")] == ["en", "ko", "ru"]
    shots = [s.findtext("image") for s in root.findall("screenshots/screenshot")]
    assert shots and all((PACKAGING / "screenshots" / url.rsplit("/", 1)[1]).is_file() for url in shots)


def test_the_icon_has_an_svg_and_every_png_size():
    icons = PACKAGING / "icons"
    assert ET.parse(icons / "koryo-desktop.svg").getroot().get("viewBox") == "0 0 512 512"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        header = (icons / f"koryo-desktop-{size}.png").read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)
    assert (ROOT / "resources" / "icons" / "koryo-desktop.png").read_bytes() == (
        icons / "koryo-desktop-256.png"
    ).read_bytes()


def test_the_debian_package_puts_everything_in_the_standard_places(tmp_path: Path):
    make_deb = _module(PACKAGING / "linux" / "make_deb.py")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "koryo-desktop").write_text("#!/bin/sh\n")
    (bundle / "koryo-desktop").chmod(0o700)
    root = tmp_path / "root"
    make_deb.stage(bundle, root)
    expected = [
        "opt/koryo-desktop/koryo-desktop", "usr/bin/koryo-desktop",
        "usr/share/applications/koryo-desktop.desktop", "usr/share/applications/koryo-desktop-kiosk.desktop",
        "usr/share/metainfo/io.github.koryo_desktop.KoryoDesktop.metainfo.xml",
        "usr/share/icons/hicolor/scalable/apps/koryo-desktop.svg",
        "usr/share/icons/hicolor/16x16/apps/koryo-desktop.png", "usr/share/icons/hicolor/512x512/apps/koryo-desktop.png",
        "usr/lib/systemd/user/koryo-desktop-kiosk.service", "usr/lib/koryo-desktop/kiosk-loop",
        "usr/share/doc/koryo-desktop/copyright",
    ]  # fmt: skip
    for path in expected:
        assert (root / path).is_file(), path
    assert (root / "opt/koryo-desktop/koryo-desktop").stat().st_mode & 0o777 == 0o755  # everyone may run it
    assert "exec /opt/koryo-desktop/koryo-desktop" in (root / "usr/bin/koryo-desktop").read_text()
    control = make_deb.control("0.1.0", ["libc6 (>= 2.35)", "libglib2.0-0t64 | libglib2.0-0"], 1234)
    assert "Package: koryo-desktop\nVersion: 0.1.0\nArchitecture: amd64\n" in control
    assert "Depends: libc6 (>= 2.35), libglib2.0-0t64 | libglib2.0-0\n" in control


def test_the_kiosk_service_restarts_the_kiosk_whenever_it_exits():
    unit = (PACKAGING / "linux" / "koryo-desktop-kiosk.service").read_text()
    assert "Restart=always" in unit
    # a frozen interface is killed and started again: the kiosk pings systemd (kiosk_service.sd_notify)
    assert "Type=notify" in unit and "WatchdogSec=30" in unit and "NotifyAccess=main" in unit
    assert "ExecStart=/usr/bin/koryo-desktop --kiosk $KORYO_KIOSK_ARGS" in unit
    assert (
        _entry(PACKAGING / "linux" / "koryo-desktop-kiosk-autostart.desktop")["Exec"]
        == "/usr/lib/koryo-desktop/kiosk-loop"
    )


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),  # --smoke without a display
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows' layout is never pruned
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),  # a folder not listed is kept
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ],
)
def test_the_bundle_keeps_the_qt_pieces_the_app_loads(dest: str, kept: bool):
    qt_prune = _module(PACKAGING / "pyinstaller" / "qt_prune.py")
    assert qt_prune.keep_binary(dest, "/build/venv/lib/python3.11/site-packages/" + dest) is kept


def test_the_bundle_leaves_system_libraries_to_the_system_but_carries_python():
    qt_prune = _module(PACKAGING / "pyinstaller" / "qt_prune.py")
    if not sys.platform.startswith("linux"):
        pytest.skip("system libraries are left out on Linux only")
    assert not qt_prune.keep_binary("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6")
    assert qt_prune.keep_binary("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")
    assert qt_prune.keep_data("PySide6/Qt/translations/qtbase_ko.qm")
    assert not qt_prune.keep_data("PySide6/Qt/translations/qt_help_ko.qm")


def test_the_windows_installer_is_per_machine_with_kiosk_entries():
    iss = (PACKAGING / "windows" / "koryo-desktop.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=admin" in iss and "DefaultDirName={autopf}" in iss
    assert 'Parameters: "--kiosk"' in iss and 'Parameters: "kiosk set-pin"' in iss
    assert "/VERYSILENT" in iss  # the silent switch is written down for school IT
