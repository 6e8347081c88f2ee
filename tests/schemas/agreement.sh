#!/usr/bin/env bash
# Validates inputs against schemas/*.schema.json with a real validator (ajv-cli, from npm, pinned
# in package.json here) and shows that the schemas and chitieu agree: every valid file passes
# both, every file of the invalid corpus (tests/data/schema-invalid/) fails both.
#   bash agreement.sh CHITIEU_BINARY
set -u
chitieu=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here" || exit 1
if [ ! -x node_modules/.bin/ajv ]; then
  flock .npm-install.lock sh -c "[ -x node_modules/.bin/ajv ] || npm ci --no-audit --no-fund --silent" >/dev/null 2>&1 ||
    { echo "npm ci failed: ajv-cli is needed (node and npm)"; exit 1; }
fi
ajv() { node_modules/.bin/ajv validate --spec=draft2020 --strict=true "$@" >/dev/null 2>&1; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
checked=0

statistics_valid=("$root"/examples/*/statistics.yaml "$root"/tests/data/check/on-track.yaml "$root"/tests/data/check/at-risk.yaml)
targets_valid=("$root"/src/builtin/*.yaml "$root"/examples/*/targets.yaml "$root"/tests/data/check/plan.yaml
               "$root"/tests/data/plan-forms/targets-*.yaml "$root"/tests/data/districts/*.yaml)

for file in "${statistics_valid[@]}"; do
  checked=$((checked + 1))
  ajv -s "$root/schemas/statistics.schema.json" -d "$file" || fail "schema rejects valid statistics $file"
  "$chitieu" report "$file" -f csv >/dev/null 2>&1 || fail "chitieu rejects valid statistics $file"
done
for file in "${targets_valid[@]}"; do
  checked=$((checked + 1))
  ajv -s "$root/schemas/targets.schema.json" -d "$file" || fail "schema rejects valid target set $file"
  "$chitieu" targets list -t "$file" >/dev/null 2>&1 || fail "chitieu rejects valid target set $file"
done
for file in "$root"/tests/data/schema-invalid/statistics/*.yaml; do
  checked=$((checked + 1))
  ajv -s "$root/schemas/statistics.schema.json" -d "$file" && fail "schema accepts invalid statistics $file"
  "$chitieu" report "$file" -f csv >/dev/null 2>&1
  [ $? -eq 1 ] || fail "chitieu does not reject invalid statistics $file with exit 1"
done
for file in "$root"/tests/data/schema-invalid/targets/*.yaml; do
  checked=$((checked + 1))
  ajv -s "$root/schemas/targets.schema.json" -d "$file" && fail "schema accepts invalid target set $file"
  "$chitieu" targets list -t "$file" >/dev/null 2>&1
  [ $? -eq 1 ] || fail "chitieu does not reject invalid target set $file with exit 1"
done
# The schemas chitieu prints are the files in schemas/.
for name in statistics targets; do
  "$chitieu" schema "$name" | cmp -s - "$root/schemas/$name.schema.json" || fail "chitieu schema $name differs from schemas/$name.schema.json"
done
echo "schema agreement: $checked files, $failures failures"
[ "$failures" -eq 0 ]
