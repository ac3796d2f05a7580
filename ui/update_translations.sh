#!/bin/sh
# Refresh resources/translations/*.ts from the committed ui/ sources (plus any named
# as arguments), then compile the .qm files. Translate new zh_CN entries in between:
#   sh ui/update_translations.sh [extra.py ...] && (translate) && sh ui/update_translations.sh
set -e
cd "$(dirname "$0")/.."
BIN=.venv/bin
FILES=$( (git ls-files 'ui/*.py'; for f in "$@"; do echo "$f"; done) | sort -u)
for lang in zh_CN en; do
    $BIN/pyside6-lupdate $FILES -ts resources/translations/lotkeeper_$lang.ts -no-obsolete -silent
    $BIN/pyside6-lrelease resources/translations/lotkeeper_$lang.ts \
        -qm resources/translations/lotkeeper_$lang.qm -silent
done
