#!/usr/bin/env bash
# With Vietnamese chosen (LC_ALL=vi_VN.UTF-8, as an office's machine has it), every message
# chitieu prints is Vietnamese (issue 14 item 5). Runs every end-to-end case's command again in
# Vietnamese, and check/report on every hostile input, and fails on each line that still prints
# an English severity (": error:", ": warning:", ": note:") or an English usage hint (ours or
# CLI11's): such a line
# is a message built without its Vietnamese form (Diagnostic::message_vi, UsageError's second
# argument). Cases that ask for English themselves (--lang en) are skipped.
#   bash messages_in_vietnamese.sh CHITIEU_BINARY [--list]
set -u
binary=$(realpath "$1")
list=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
tests_dir=$(dirname "$here")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The shell itself runs in C.UTF-8 (this machine may have no vi_VN locale installed, and bash
# would warn); only chitieu sees the Vietnamese setting, through a wrapper the cases call.
printf '#!/bin/sh\nexec env LC_ALL=vi_VN.UTF-8 LANG=vi_VN.UTF-8 %q "$@"\n' "$binary" >"$scratch/chitieu"
chmod +x "$scratch/chitieu"
export CHITIEU="$scratch/chitieu" EXAMPLES=$(realpath "$tests_dir/../examples")
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE
english=': (error|warning|note): |^Run .chitieu --help.|^Run with --help'
found=0
cases=0

run_one() {  # NAME COMMAND [SETUP_FILE]
    local name=$1 command=$2 setup=${3:-}
    export OUT="$scratch/out"
    rm -rf "$OUT" && mkdir -p "$OUT"
    (cd "$tests_dir/data" && { [ -z "$setup" ] || bash -e "$setup" >/dev/null 2>&1; } &&
        bash -c "$command" >/dev/null 2>"$scratch/stderr" </dev/null)
    cases=$((cases + 1))
    local lines
    lines=$(grep -aE -- "$english" "$scratch/stderr" || true)
    if [ -n "$lines" ]; then
        found=$((found + $(printf '%s\n' "$lines" | wc -l)))
        if [ -n "$list" ]; then printf '%s\n' "$lines" | sed "s|^|$name: |"; fi
    fi
}

for case_dir in "$tests_dir"/e2e/cases/*/; do
    command=$(cat "$case_dir/cmd")
    case "$command" in *"--lang en"*) continue ;; esac
    setup=""
    [ -f "$case_dir/setup" ] && setup="$case_dir/setup"
    run_one "$(basename "$case_dir")" "$command" "$setup"
done
for file in "$tests_dir"/data/hostile/*.{csv,yaml,xlsx}; do
    run_one "hostile/$(basename "$file")" "\$CHITIEU check '$file'; \$CHITIEU report '$file' -o \"\$OUT/r.md\""
done

if [ "$found" -gt 0 ]; then
    echo "$found line(s) in English in $cases runs with LC_ALL=vi_VN.UTF-8 (run with --list to see them)"
    exit 1
fi
echo "every message Vietnamese in $cases runs"
