#!/usr/bin/env bash
# Validates JSON (or YAML) files against a JSON Schema (2020-12): `bash validate.sh SCHEMA FILE...`.
#
# The validator is ajv-cli when `npm ci` has installed it here (package.json; agreement.sh does
# that), else python3's jsonschema (Debian: python3-jsonschema, and python3-yaml for YAML files).
# With neither, the script says so and exits 77 (ctest: skipped, where SKIP_RETURN_CODE is set).
set -u
here=$(cd "$(dirname "$0")" && pwd)
# ajv-cli is pinned in package.json here: install it on first use, so that the test runs rather
# than skips wherever npm can reach its registry (CI included).
if [ ! -x "$here/node_modules/.bin/ajv" ] && command -v npm >/dev/null; then
  (cd "$here" && flock .npm-install.lock sh -c "[ -x node_modules/.bin/ajv ] || npm ci --no-audit --no-fund --silent" >/dev/null 2>&1)
fi

validate() {  # validate SCHEMA FILE...
  local schema
  schema=$(realpath "$1")
  shift
  local files=()
  for file in "$@"; do files+=("$(realpath "$file")"); done
  set -- "${files[@]}"
  if [ -x "$here/node_modules/.bin/ajv" ]; then
    local args=()
    for file in "$@"; do args+=(-d "$file"); done
    (cd "$here" && node_modules/.bin/ajv validate --spec=draft2020 --strict=true -c ajv-formats -s "$schema" "${args[@]}")
    return
  fi
  if python3 -c 'import jsonschema, yaml' 2>/dev/null; then
    python3 - "$schema" "$@" <<'PY'
import json
import sys

import jsonschema
import yaml

def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle) if path.endswith(".json") else yaml.safe_load(handle)

def stringify_keys(value):  # YAML reads {2020: 1} with int keys; JSON Schema sees strings
    if isinstance(value, dict):
        return {str(key): stringify_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [stringify_keys(item) for item in value]
    return value

schema = load(sys.argv[1])
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(stringify_keys(load(path))), key=lambda error: list(error.path))
    for error in errors:
        print(f"{path}: {'/'.join(str(part) for part in error.path) or '(top)'}: {error.message}")
    print(f"{path} {'invalid' if errors else 'valid'}")
    failed = failed or bool(errors)
sys.exit(1 if failed else 0)
PY
    return
  fi
  echo "skipped: no validator; run 'npm ci' in tests/schemas (ajv-cli) or install python3-jsonschema and python3-yaml"
  exit 77
}

[ $# -ge 2 ] || { echo "usage: validate.sh SCHEMA FILE..."; exit 2; }
validate "$@"
