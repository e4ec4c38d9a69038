#!/bin/sh
# Build everything a school or museum installs from a file, into dist/:
#
#   sh packaging/build.sh
#
#   dist/koryo_desktop-VERSION-py3-none-any.whl, dist/koryo_desktop-VERSION.tar.gz
#        wheel and sdist, with the content database already built, the fonts and the translations
#   dist/koryo-desktop/koryo-desktop                 one-folder bundle that runs with no Python installed
#   dist/koryo-desktop-VERSION-linux-x86_64.tar.gz   the same folder as one file
#   dist/koryo-desktop_VERSION_amd64.deb             Debian/Ubuntu package (Linux only)
#
# Build tools go into build/venv (PyInstaller and the rest of the `build` extra, never needed to run
# the app). System packages it needs (binutils for PyInstaller, the libraries the .deb's Depends are
# worked out from) come from apt as in dev.sh. On Windows and macOS see packaging/README.md.
set -eu
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/koryo_desktop/__init__.py)
os=$(uname -s)

if [ "$os" = Linux ] && command -v dpkg-query >/dev/null 2>&1; then
  wanted="binutils dpkg-dev libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
libxcb-xfixes0 libxcb-xkb1 libcups2 libwayland-client0 libwayland-cursor0 libwayland-egl1"
  missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "build.sh: these system packages are missing:$missing" >&2
      echo "Run this as root, then run build.sh again:  apt-get update && apt-get install -y$missing" >&2
      exit 1
    fi
    echo "build.sh: installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
  fi
fi

rm -rf dist build/pyinstaller
mkdir -p dist build
[ -x build/venv/bin/python ] || "$python" -m venv build/venv
venv_python=build/venv/bin/python
echo "build.sh: sdist and wheel (the content database is compiled into both)"
$venv_python -m pip install -q --upgrade pip build
$venv_python -m build --outdir dist . >build/build.log 2>&1 || { tail -30 build/build.log; exit 1; }
wheel=$(ls dist/koryo_desktop-"$version"-*.whl)

echo "build.sh: installing the wheel with PyInstaller into build/venv"
$venv_python -m pip install -q --force-reinstall --no-deps "$wheel"
$venv_python -m pip install -q "$wheel[build]"

echo "build.sh: PyInstaller bundle"
build/venv/bin/pyinstaller packaging/pyinstaller/koryo-desktop.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller

echo "build.sh: checking the bundle with --self-test, every screen (no Python on the PATH)"
smoke_home=$(mktemp -d)
env -i PATH=/usr/bin:/bin HOME="$smoke_home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  dist/koryo-desktop/koryo-desktop --self-test --lang ko --open people/nam-il 2>/dev/null
rm -rf "$smoke_home"

arch=$(uname -m)
tarball="koryo-desktop-$version-$(echo "$os" | tr 'A-Z' 'a-z')-$arch.tar.gz"
tar -C dist -czf "dist/$tarball" koryo-desktop

if [ "$os" = Linux ] && command -v dpkg-deb >/dev/null 2>&1; then
  echo "build.sh: Debian package"
  $venv_python packaging/linux/make_deb.py dist/koryo-desktop "$version" dist
fi

bundle_mb=$(du -sm dist/koryo-desktop | cut -f1)
if [ "$bundle_mb" -gt 200 ]; then
  echo "build.sh: the bundle is $bundle_mb MB, over the 200 MB limit: see packaging/pyinstaller/qt_prune.py" >&2
  exit 1
fi
echo "build.sh: done (bundle $bundle_mb MB):"
ls -l dist | sed 1d
