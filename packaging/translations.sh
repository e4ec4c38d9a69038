#!/bin/sh
# Bring the interface catalogs up to date with the code, then compile them.
#   sh packaging/translations.sh          update resources/translations/*.ts and compile *.qm
# New strings appear in the .ts files marked type="unfinished": translate them (Qt Linguist or a
# text editor), then run this again to compile. The tests fail while one is left unfinished.
set -eu
cd "$(dirname "$0")/.."
bin=${VENV:-.venv}/bin
S=$(find src/koryo_desktop -name '*.py' | sort)
others=$(ls resources/translations/koryo_*.ts | grep -v koryo_en.ts)
# shellcheck disable=SC2086
$bin/pyside6-lupdate $S -ts $others -no-obsolete -locations none
# English needs only its plural forms ("1 person", "30 people")
# shellcheck disable=SC2086
$bin/pyside6-lupdate $S -ts resources/translations/koryo_en.ts -pluralonly -no-obsolete -locations none
for f in resources/translations/*.ts; do $bin/pyside6-lrelease -silent "$f" -qm "${f%.ts}.qm"; done
grep -c 'type="unfinished"' resources/translations/*.ts || true
