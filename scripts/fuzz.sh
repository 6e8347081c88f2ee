#!/usr/bin/env bash
# Builds one libFuzzer target with clang (ASan + UBSan) and fuzzes it for SECONDS, then merges
# whatever new coverage it found into the committed corpus, kept minimal.
#
#   scripts/fuzz.sh TARGET SECONDS     TARGET: statistics_yaml, targets_yaml, statistics_csv,
#                                      parse_number, xlsx, px, json_stat
#
# Work files live in build-fuzz/: the running corpus (build-fuzz/corpus/TARGET, kept between runs
# so that a target's time can be spent in several sittings), crashing inputs
# (build-fuzz/artifacts/TARGET/), the logs, and build-fuzz/fuzz-time.log, which sums the seconds
# each target has run. A crash stops the run with libFuzzer's exit code and the input's path; once
# fixed, copy the input to tests/fuzz/regressions/TARGET/, where every build's ctest replays it.
#
# The whole script is one function, read before it runs: editing this file while a long run is
# under way cannot change what that run does next.
set -euo pipefail

main() {
  cd "$(dirname "$0")/.."
  if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
    exit 2
  fi
  local target=$1 seconds=$2 dict
  case $target in
    statistics_yaml|targets_yaml) dict=tests/fuzz/yaml.dict ;;
    statistics_csv) dict=tests/fuzz/csv.dict ;;
    parse_number) dict=tests/fuzz/number.dict ;;
    xlsx|px|json_stat) dict=tests/fuzz/$target.dict ;;
    *) echo "fuzz.sh: unknown target '$target';" \
            "use statistics_yaml, targets_yaml, statistics_csv, parse_number, xlsx, px or json_stat" >&2
       exit 2 ;;
  esac

  local clangxx
  clangxx=$(command -v clang++ || command -v clang++-14 || true)
  if [ -z "$clangxx" ]; then
    echo "fuzz.sh: clang++ is missing; install clang and libclang-rt-14-dev (Debian 12)" >&2
    exit 2
  fi

  local build=build-fuzz
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clangxx" \
        -DCHITIEU_FUZZ=ON >/dev/null
  cmake --build "$build" -j"${JOBS:-2}" --target "fuzz_$target"

  local fuzzer=$build/tests/fuzz/fuzz_$target
  local committed=tests/fuzz/corpus/$target
  local work=$build/corpus/$target
  local artifacts=$build/artifacts/$target
  mkdir -p "$committed" "$work" "$artifacts" "$build/logs"

  # Inputs up to 4 KiB: enough for every construct of the formats, small enough to run fast; a
  # workbook needs more (openpyxl's smallest is 5 KiB of zip).
  local max_len=4096
  [ "$target" = xlsx ] && max_len=65536
  local started status=0 ran
  started=$(date +%s)
  "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
    -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$work" "$committed" "tests/fuzz/regressions/$target" 2>"$build/logs/$target.log" || status=$?
  ran=$(( $(date +%s) - started ))
  echo "$target $ran" >>"$build/fuzz-time.log"
  tail -n 15 "$build/logs/$target.log"
  if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: $target failed (exit $status) after ${ran}s;" \
         "see $build/logs/$target.log and $artifacts/" >&2
    exit "$status"
  fi

  # Minimise: only the inputs that add edge coverage (counters off keeps it to a few hundred
  # files), from the committed corpus and the run's finds.
  local fresh=$build/merged/$target
  rm -rf "$fresh" && mkdir -p "$fresh"
  "$fuzzer" -merge=1 -use_counters=0 -rss_limit_mb=2048 -timeout=10 \
    "$fresh" "$committed" "$work" 2>"$build/logs/$target.merge.log"
  rm -rf "$committed" && mv "$fresh" "$committed"
  local total
  total=$(awk -v t="$target" '$1 == t { s += $2 } END { print s + 0 }' "$build/fuzz-time.log")
  echo "fuzz.sh: $target ran ${ran}s (${total}s in all); corpus: $(ls "$committed" | wc -l) files," \
       "$(du -sk "$committed" | cut -f1) KiB in $committed"
}

main "$@"
exit
