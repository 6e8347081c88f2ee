#!/usr/bin/env bash
# The commune-scale benchmark: chitieu against a pandas and a DuckDB peer on the same gap table.
#
#     bench/run.sh [RUNS]        (default 5 runs of each tool, MD_RUNS=3 Markdown runs; README.md)
#
# Builds chitieu (Release) in $BUILD_DIR, generates bench/data/ (once; deterministic), installs the
# DuckDB peer's npm packages (npm ci), checks that both peers agree with chitieu on every row, then
# times the three tools alternating, RUNS times each after one warm-up, and prints medians, ratios
# and peak memory (max RSS from /usr/bin/time -v). Last, it times the 10,600 Markdown reports.
# Needs: g++/cmake and the project's libraries, python3 with pandas (Debian python3-pandas), node
# and npm, /usr/bin/time (Debian package `time`).
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
runs=${1:-5}
md_runs=${MD_RUNS:-3}
build=${BUILD_DIR:-$root/build-bench}
data=$bench/data
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Debian's pandas lives in /usr/bin/python3; a python3 earlier on PATH (pyenv, venv) may lack it.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import pandas' 2>/dev/null; then python=$candidate; break; fi
done
[[ -n $python ]] || { echo "run.sh: pandas is missing: apt-get install python3-pandas" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is missing: apt-get install time" >&2; exit 1; }

echo "== build (Release) in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target chitieu >/dev/null
chitieu=$build/chitieu

if [[ ! -f $data/series.csv || ! -f $data/zones.csv || $bench/generate.py -nt $data/series.csv ]]; then
  echo "== generate the commune set into $data"
  "$python" "$bench/generate.py" "$data"
fi
if [[ ! -d $bench/node_modules/@duckdb/node-api || $bench/package-lock.json -nt $bench/node_modules ]]; then
  echo "== npm ci"
  (cd "$bench" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

series=$data/series.csv
zones=$data/zones.csv
input_bytes=$(stat -L -c %s "$series")
command_of() {  # command_of NAME OUTPUT: sets `cmd` to the tool's command writing its table to OUTPUT
  case $1 in
    chitieu) cmd=("$chitieu" report "$series" "$zones" -t "$bench/targets.yaml" -f csv -o "$2") ;;
    json) cmd=("$chitieu" report "$series" "$zones" -t "$bench/targets.yaml" -f json -o "$2") ;;
    check) cmd=("$chitieu" check "$series" "$zones" -t "$bench/targets.yaml" -o "$2") ;;
    pandas) cmd=("$python" "$bench/peers/gap_pandas.py" "$series" "$zones" "$bench/peers/targets.json"
                 "$2") ;;
    duckdb) cmd=(node "$bench/peers/gap_duckdb.mjs" "$series" "$zones" "$bench/peers/targets.json" "$2") ;;
  esac
}
measure() {  # measure NAME: one timed run; appends "milliseconds max_rss_kb" to $out/NAME.times
  local cmd start end rss
  command_of "$1" "$out/$1.csv"
  start=$(date +%s%N)
  /usr/bin/time -v -o "$out/$1.time" "${cmd[@]}" >/dev/null
  end=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$1.time")
  echo "$(( (end - start) / 1000000 )) $rss" >>"$out/$1.times"
}
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== correctness: every row of the full set"
tools=(chitieu pandas duckdb)
for tool in "${tools[@]}"; do measure "$tool"; rm -f "$out/$tool.times"; done  # warm-up, and the outputs
"$python" "$bench/compare.py" "$out/chitieu.csv" "$out/pandas.csv" pandas
"$python" "$bench/compare.py" "$out/chitieu.csv" "$out/duckdb.csv" duckdb

# chitieu's other sinks on the same pipeline: the JSON report and check's findings.
tools+=(json check)
for tool in json check; do measure "$tool"; rm -f "$out/$tool.times"; done

echo "== timing: $runs runs of each, alternating"
for ((i = 0; i < runs; ++i)); do
  for tool in "${tools[@]}"; do measure "$tool"; done
done

echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
     "$(free -g | awk '/^Mem:/ {print $2}') GiB memory; input $(( input_bytes / 1000000 )) MB," \
     "$(( $(wc -l <"$series") - 1 )) series rows, $(( $(wc -l <"$zones") - 1 )) zone rows"
printf '%-8s %10s %10s %10s %12s\n' tool "median s" "min s" "max s" "max RSS MB"
declare -A med rss
for tool in "${tools[@]}"; do
  med[$tool]=$(cut -d' ' -f1 "$out/$tool.times" | median)
  rss[$tool]=$(cut -d' ' -f2 "$out/$tool.times" | sort -n | tail -1)
  sort -n "$out/$tool.times" | awk -v tool="$tool" -v m="${med[$tool]}" -v r="${rss[$tool]}" \
    'NR == 1 { lo = $1 } { hi = $1 }
     END { printf "%-8s %10.3f %10.3f %10.3f %12.1f\n", tool, m / 1000, lo / 1000, hi / 1000, r / 1024 }'
done
awk -v c="${med[chitieu]}" -v d="${med[duckdb]}" -v p="${med[pandas]}" -v r="${rss[chitieu]}" \
  -v s="$input_bytes" \
  'BEGIN {
     printf "duckdb / chitieu: %.1fx (goal: at least 5x)\n", d / c
     printf "pandas / chitieu: %.1fx (goal: at least 20x)\n", p / c
     printf "chitieu max RSS / input size: %.2f (goal: below 1)\n", r * 1024 / s
   }'
awk -v c="${med[chitieu]}" -v j="${med[json]}" -v k="${med[check]}" -v r="${rss[check]}" -v s="$input_bytes" \
  'BEGIN {
     printf "report -f json / -f csv: %.2fx (goal: at most 1.5x)\n", j / c
     printf "check / report -f csv: %.2fx (goal: at most 1.5x)\n", k / c
     printf "check max RSS / input size: %.2f (goal: below 1)\n", r * 1024 / s
   }'

echo "== Markdown: one report per commune, $md_runs runs, each into a new directory"
for ((i = 0; i < md_runs; ++i)); do
  # chitieu flushes its batch with one syncfs, which writes out whatever else is dirty on the file
  # system too: the peers' outputs above, never flushed. Flush them first, so that each run pays
  # for its own files only.
  sync
  start=$(date +%s%N)
  /usr/bin/time -v -o "$out/md.time" "$chitieu" report "$series" "$zones" -t "$bench/targets.yaml" \
    --out-dir "$out/md$i" --quiet >/dev/null
  end=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/md.time")
  echo "$(( (end - start) / 1000000 )) $rss" >>"$out/md.times"
done
awk -v n="$(ls "$out/md0" | wc -l)" -v m="$(cut -d' ' -f1 "$out/md.times" | median)" \
  -v r="$(cut -d' ' -f2 "$out/md.times" | sort -n | tail -1)" \
  'BEGIN { printf "%d files (reports and index.md): median %.3f s (goal: under 5 s), max RSS %.1f MB\n",
                  n, m / 1000, r / 1024 }'
sort -n "$out/md.times" | awk '{ printf "  run: %.3f s\n", $1 / 1000 }'
