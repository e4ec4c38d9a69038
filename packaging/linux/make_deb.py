"""Make koryo-desktop_VERSION_amd64.deb from the one-folder bundle, with dpkg-deb.

    python packaging/linux/make_deb.py dist/koryo-desktop VERSION dist/

The bundle goes to /opt/koryo-desktop, a launcher to /usr/bin/koryo-desktop, the desktop entries,
icons and AppStream metainfo to their standard places under /usr/share. `Depends` is worked out from
the bundle itself: every shared library an executable or library in it needs that the bundle does not
carry is looked up among the build machine's Debian packages (so the build machine must have them
installed: packaging/build.sh sees to it), and named so that apt finds it on Debian 12 and on Ubuntu
22.04 and later (where some libraries were renamed with a "t64" suffix). Nothing is written outside
the package's own files and no maintainer script is needed, so `apt-get purge` leaves nothing behind:
the icon cache and the menu are refreshed by the triggers of hicolor-icon-theme and desktop-file-utils.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
APP_ID = "io.github.koryo_desktop.KoryoDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Ubuntu 24.04 and Debian 13 renamed these libraries (64-bit time_t); apt takes the first that exists
RENAMED_T64 = {"libglib2.0-0", "libcups2", "libssl3", "libpng16-16", "libreadline8", "libgdbm6", "libtirpc3",
               "libgnutls30", "libcurl4", "libasound2", "libnsl2", "libgdbm-compat4"}  # fmt: skip
# loaded by name at run time (not listed as NEEDED by any file), or needed to be useful at all
ALWAYS = ["libegl1", "libgl1", "libxkbcommon-x11-0", "libxcb-cursor0", "fontconfig-config", "xkb-data"]
RECOMMENDS = ["hicolor-icon-theme", "desktop-file-utils"]


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_and_glibc(path: Path) -> tuple[list[str], tuple[int, ...]]:
    """The sonames a file needs and the newest GLIBC_x.y symbol version it asks for."""
    dynamic = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True, check=True).stdout
    versions = subprocess.run(["readelf", "-VW", str(path)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
    glibc = [tuple(int(n) for n in v.split(".")) for v in re.findall(r"Name: GLIBC_([0-9.]+)", versions)]
    return needed, max(glibc, default=(0,))


def system_library_path(soname: str) -> str | None:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        match = re.match(rf"\s+{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)", line)
        if match:
            return match.group(1)
    return None


def debian_package(path: str) -> str:
    real = os.path.realpath(path)
    candidates = {path, real}
    for p in list(candidates):  # merged /usr: dpkg may know the file under /lib or /usr/lib
        if p.startswith("/usr/lib/"):
            candidates.add(p[len("/usr") :])
        elif p.startswith("/lib/"):
            candidates.add("/usr" + p)
    for candidate in sorted(candidates):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"make_deb: no Debian package owns {path}")


def depends(bundle: Path) -> tuple[list[str], tuple[int, ...]]:
    """Debian dependencies of the bundle, and the newest glibc it needs."""
    carried = {p.name for p in bundle.rglob("*")}
    sonames: set[str] = set()
    newest_glibc: tuple[int, ...] = (0,)
    for path in elf_files(bundle):
        needed, glibc = needed_and_glibc(path)
        sonames.update(n for n in needed if n not in carried)
        newest_glibc = max(newest_glibc, glibc)
    packages = set(ALWAYS)
    missing = []
    for soname in sorted(sonames):
        path = system_library_path(soname)
        if path is None:
            missing.append(soname)
        else:
            packages.add(debian_package(path))
    if missing:
        raise SystemExit(
            "make_deb: the bundle needs libraries this machine lacks, so their packages are unknown: "
            + ", ".join(missing)
        )
    packages.discard("libc6")  # versioned below
    names = [f"{p}t64 | {p}" if p in RENAMED_T64 else p for p in sorted(packages)]
    return [f"libc6 (>= {'.'.join(map(str, newest_glibc))})", *names], newest_glibc


def install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def stage(bundle: Path, root: Path) -> None:
    opt = root / "opt" / "koryo-desktop"
    shutil.copytree(bundle, opt, symlinks=True)
    for path in opt.rglob("*"):  # readable by everyone, written by no one but root
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    launcher = root / "usr" / "bin" / "koryo-desktop"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/koryo-desktop/koryo-desktop "$@"\n')
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    for name in ("koryo-desktop.desktop", "koryo-desktop-kiosk.desktop"):
        install(HERE / name, share / "applications" / name)
    install(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = PACKAGING / "icons"
    install(icons / "koryo-desktop.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "koryo-desktop.svg")
    for size in ICON_SIZES:
        install(icons / f"koryo-desktop-{size}.png",
                share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "koryo-desktop.png")  # fmt: skip
    install(
        HERE / "koryo-desktop-kiosk.service", root / "usr" / "lib" / "systemd" / "user" / "koryo-desktop-kiosk.service"
    )
    install(HERE / "kiosk-loop", root / "usr" / "lib" / "koryo-desktop" / "kiosk-loop", 0o755)
    doc = share / "doc" / "koryo-desktop"
    install(HERE / "copyright", doc / "copyright")
    install(HERE / "koryo-desktop-kiosk-autostart.desktop", doc / "examples" / "koryo-desktop-kiosk-autostart.desktop")


def installed_size_kib(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def control(version: str, deps: list[str], size_kib: int) -> str:
    return (
        "Package: koryo-desktop\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Koryo Desktop team <maintainers@koryo-desktop.invalid>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(deps)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: history of the Koryo-saram (Korean diaspora of Central Asia), offline\n"
        " Koryo Desktop teaches the history of the Koryo-saram: settlement in the\n"
        " Russian Far East, the 1937 deportation to Kazakhstan and Uzbekistan, Soviet\n"
        " Koreans in the founding of North Korea, the end of the USSR and today's ties\n"
        " between South Korea and Uzbekistan, in English, Korean and Russian.\n"
        " .\n"
        " A reader, a people directory, a timeline, quizzes with several learners per\n"
        " computer and class reports, and a museum kiosk mode. It never connects to a\n"
        " network.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("version")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    deps, glibc = depends(args.bundle)
    with tempfile.TemporaryDirectory(prefix="koryo-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(args.bundle, root)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(args.version, deps, installed_size_kib(root)))
        out = args.outdir / f"koryo-desktop_{args.version}_amd64.deb"
        args.outdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    print(f"{out}: needs glibc {'.'.join(map(str, glibc))}; Depends: {', '.join(deps)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
