#!/bin/sh
# Koryo Desktop on a fresh Debian/Ubuntu machine with Python 3.11+.
#
#   sh packaging/dev.sh run [APP ARGS...]   install what is missing, then start the app
#   sh packaging/dev.sh test                install what is missing, then lint, check the layers and types, run the tests
#
# System packages come from apt (as root, or through sudo). When neither is possible the script
# stops and prints the exact command to run. Python packages go into ./.venv.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-}
[ $# -gt 0 ] && shift

# What Qt needs to start at all (also headless), and what a real X11 window needs on top.
QT_BASE="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
QT_WINDOW="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 \
libxcb-randr0 libxcb-render-util0 libxcb-xfixes0 libxcb-xkb1"

case "$mode" in
  run) wanted="$QT_BASE $QT_WINDOW" ;;
  test) wanted="$QT_BASE" ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "dev.sh: Python 3.11 or newer is needed: apt-get install -y python3 python3-venv" >&2; exit 1
fi
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "dev.sh: $("$python" --version) is too old; Koryo Desktop needs Python 3.11 or newer" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -c 'import ensurepip, venv' 2>/dev/null || wanted="$wanted python3-venv"

if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""
    elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
    else
      echo "dev.sh: these system packages are missing:$missing" >&2
      echo "Run this as root, then run dev.sh again:" >&2
      echo "  apt-get update && apt-get install -y$missing" >&2
      exit 1
    fi
    echo "dev.sh: installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
  fi
else
  echo "dev.sh: not a Debian/Ubuntu system; make sure Qt's libraries are installed: $wanted" >&2
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true

if [ "$mode" = run ]; then
  .venv/bin/python -m pip install -q .
  exec .venv/bin/koryo-desktop "$@"
fi

.venv/bin/python -m pip install -q -e ".[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports  # the layer contracts in pyproject.toml
.venv/bin/mypy  # the types of src/ ([tool.mypy] in pyproject.toml; .mypy_cache keeps it quick)
exec .venv/bin/python -m pytest "$@"
