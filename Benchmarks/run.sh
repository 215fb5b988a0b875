#!/usr/bin/env bash
# National-scale benchmark of `validate` + `score` on a release build.
#
#   bash Benchmarks/run.sh            # 45, 2,300 and 23,000 OPDs
#   bash Benchmarks/run.sh 45 230     # other sizes
#
# Generates a synthetic workspace per size (seed 1) under .build-bench/, then times with
# /usr/bin/time -v and prints wall time and peak memory (maximum resident set size) of:
#   validate  — read and check everything;
#   score     — read, check and score, printing the table and summary;
#   json      — the same, printing the full `scores.json` export (~5 KB per OPD).
# Targets (issue 2): 23,000 OPDs scored in under 2 s wall and under 400 MB peak on a
# 2-core machine; cost linear in N.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(45 2300 23000)
swift build -c release --product smartcity >/dev/null
bin=.build/release/smartcity
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)"; exit 1; }
work=.build-bench
mkdir -p "$work"
printf '%-8s %-9s %10s %12s\n' OPDs command wall_s peak_MB
for n in "${sizes[@]}"; do
  dir="$work/ws-$n"
  rm -rf "$dir"
  "$bin" generate --opds "$n" --seed 1 --out "$dir" >/dev/null
  for cmd in validate score json; do
    args=("$cmd" "$dir")
    [ "$cmd" = json ] && args=(score "$dir" --format json)
    /usr/bin/time -v "$bin" "${args[@]}" >/dev/null 2>"$work/time.txt" || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    printf '%-8s %-9s %10.2f %12.1f\n' "$n" "$cmd" "$secs" "$(echo "$kb/1024" | bc -l)"
  done
done
