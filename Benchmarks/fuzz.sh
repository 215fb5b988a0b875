#!/usr/bin/env bash
# Fuzzing with libFuzzer and AddressSanitizer (issue 19): builds one target of
# Benchmarks/fuzz/ together with SmartCityKit's sources into one instrumented binary, seeds
# its corpus from the Malang example, and runs it.
#
#   bash Benchmarks/fuzz.sh csv 600        # csv | json | rules | evidence, seconds
#
# Crashes are written to .build-fuzz/TARGET/ (libFuzzer's crash-… files); each one found
# becomes a regression test. The corpus grows in .build-fuzz/TARGET/corpus between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz.sh csv|json|rules|evidence SECONDS}
seconds=${2:-60}
source=Benchmarks/fuzz/$target.swift
[ -f "$source" ] || { echo "no fuzz target $source" >&2; exit 1; }
dir=.build-fuzz/$target
mkdir -p "$dir/corpus"
bin=$dir/fuzz
if [ ! -x "$bin" ] || [ -n "$(find Sources/SmartCityKit "$source" -newer "$bin" -name '*.swift' -print -quit)" ]; then
  echo "building $bin (instrumented; a few minutes)…"
  swiftc -swift-version 6 -parse-as-library -module-name SmartCityKit -sanitize=fuzzer,address -g \
    $(find Sources/SmartCityKit -name '*.swift' | sort) "$source" -o "$bin"
fi
case $target in
  csv) for f in examples/malang/opds.csv examples/malang/assessments/*/*.csv examples/malang/assessments/*/services/dinkes.csv; do
         cp "$f" "$dir/corpus/seed-$(echo "$f" | tr / -)"
       done ;;
  json) for f in roadmaps/*.json examples/malang/workspace.json examples/malang/assessments/*/period.json; do cp "$f" "$dir/corpus/seed-$(echo "$f" | tr / -)"; done ;;
  rules) grep -ho '"when": "[^"]*"' indicators/rules/*.json | sed 's/^"when": "//; s/"$//' | split -l 1 - "$dir/corpus/seed-" ;;
  evidence) cp examples/malang/assessments/2026-06/evidence.csv "$dir/corpus/seed-evidence.csv" ;;
esac
export FUZZ_WORKSPACE=examples/malang
# Leak checking off: the rules and evidence targets load the example's catalogs once and keep
# them for the whole run, which LeakSanitizer reports at exit as a leak of the empty input.
"$bin" "$dir/corpus" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$dir/" -print_final_stats=1 -detect_leaks=0
