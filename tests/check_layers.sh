#!/usr/bin/env bash
# Enforces the one-way layering by reading #include lines:
#   model, util: std only (and each other) | load: model, util (+ yaml-cpp in .cpp files)
#   engine: model, util | report: model, util (+ fmt)
#   pipeline: load, engine, report, model, util (+ fmt; threads and files) | cli: anything of ours, CLI11
set -u
root=${1:-.}
status=0
check() {  # check FOLDER_GLOB FORBIDDEN_REGEX WHY
  local hits
  hits=$(grep -rnE "^#include[[:space:]]*[<\"]($2)" $1 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "layering violation ($3):"; echo "$hits"; status=1
  fi
}
cd "$root" || exit 1
check "include/chitieu/model src/model include/chitieu/util src/util" "chitieu/(load|engine|report|pipeline|cli)|yaml-cpp|CLI|fmt/" "model and util depend on nothing of ours above them"
check "include/chitieu/engine src/engine" "chitieu/(load|report|pipeline|cli)|yaml-cpp|CLI|fmt/|fstream|iostream|filesystem|cstdio" "the engine does no I/O and knows no loader or writer"
check "include/chitieu/report src/report" "chitieu/(load|engine|pipeline|cli)|yaml-cpp|CLI|fstream|filesystem" "writers format an evaluation; they neither compute nor read or write files"
check "include/chitieu/load src/load" "chitieu/(engine|report|pipeline|cli)|CLI" "loaders produce the model only"
check "include/chitieu/pipeline src/pipeline" "chitieu/cli|cli/|CLI|yaml-cpp" "the pipeline runs sources into sinks; the command line is above it"
check "include" "yaml-cpp|CLI/" "public headers use std types only"
# A header beside its sources is private to its folder: no other folder reaches it by a path.
check "src include tests" "\\.\\./" "a private header (src/LAYER/x.hpp) is for its own folder; tests name it \"LAYER/x.hpp\""
[ $status = 0 ] && echo "layers: ok"
exit $status
