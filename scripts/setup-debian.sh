#!/usr/bin/env bash
# Installs what building chitieu needs on Debian 12 (idempotent): `bash scripts/setup-debian.sh`.
# With --tests, also what the test suite uses: rsvg-convert (charts), pandoc (Word export),
# dpkg-dev and file (CPack's .deb dependency list), groff (the manual page is read without a warning),
# bash-completion (the completion is tested with its helpers),
# python3 with pandas (the benchmark peer's agreement test) and node/npm (ajv, the JSON Schema
# validator, installed from npm by the tests themselves).
set -euo pipefail
packages=(g++ cmake make libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev libmimalloc-dev libutf8proc-dev libzip-dev libexpat1-dev nlohmann-json3-dev libxlsxwriter-dev pkg-config)
if [ "${1:-}" = "--tests" ]; then
  packages+=(librsvg2-bin pandoc python3 python3-pandas util-linux dpkg-dev file groff-base bash-completion
             python3-docx python3-openpyxl python3-pil libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)
  command -v npm >/dev/null || packages+=(nodejs npm)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -ne 0 ] && as_root=(sudo)
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
