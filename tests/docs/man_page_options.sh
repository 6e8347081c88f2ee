#!/usr/bin/env bash
# The manual page names every long option each command's --help lists (a new option without its
# line in docs/man/chitieu.1 fails here), and groff, when installed, reads the page without a warning.
set -euo pipefail
chitieu=$1
page=$2/docs/man/chitieu.1
missing=0
for command in report check targets schema calc units; do
  for option in $("$chitieu" "$command" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    [ "$option" = --help ] && continue
    roff=${option//-/\\-}
    if ! grep -qF -- "$roff" "$page"; then
      echo "docs/man/chitieu.1: $command's option $option is not in the manual page" >&2
      missing=1
    fi
  done
done
if command -v groff >/dev/null; then
  warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1 || true)
  if [ -n "$warnings" ]; then echo "$warnings" >&2; missing=1; fi
fi
exit $missing
