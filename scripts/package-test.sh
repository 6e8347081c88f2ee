#!/usr/bin/env bash
# Builds the .deb from the release build (`build/`), installs it with apt-get as a user would,
# runs the installed chitieu (version, the example report, the manual page, the completion file)
# and removes the package again. Needs root (CI runs as root).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/chitieu_*_*.deb | head -1)
dpkg-deb --info "$deb" | grep -E 'Package|Version|Depends'
apt-get install -y -q "./$deb" >/dev/null
trap 'apt-get remove -y -q chitieu >/dev/null' EXIT
test "$(command -v chitieu)" = /usr/bin/chitieu
chitieu --version
out=$(mktemp -d /tmp/chitieu-package.XXXXXX)
chitieu report /usr/share/doc/chitieu/examples/tuyen-quang/statistics.yaml --lang vi -o "$out/bao-cao.md"
grep -q "Tuyên Quang" "$out/bao-cao.md"
rm -rf "$out"
test -s /usr/share/man/man1/chitieu.1.gz
zcat /usr/share/man/man1/chitieu.1.gz | grep -q '^\.TH CHITIEU 1'
test -s /usr/share/bash-completion/completions/chitieu
echo "package: installed, ran and removed $deb"
