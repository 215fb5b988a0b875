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
# and, from `score --timings`, the wall time of each stage (load, score, rules) with the
# number of rule evaluations and rules × OPDs per second.
#   run       — everything `smartcity run` writes (exports, dashboard, one HTML and one
#               Markdown report per OPD) into a new folder, then again into the same folder
#               (a re-run replaces the pages), with the stage split from `run --timings`.
# Targets: 23,000 OPDs scored in under 2 s wall and under 400 MB peak on a 2-core machine,
# cost linear in N (issue 2); the shipped rule set evaluated over 23,000 OPDs in under 1 s
# (issue 3); rendering everything for 23,000 OPDs in under 10 s (issue 4).
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
  "$bin" score "$dir" --timings >/dev/null 2>"$work/time.txt" || true
  stages=$(grep '^timings:' "$work/time.txt" | sed 's/^timings: //')
  rules_s=$(echo "$stages" | sed -n 's/.*rules \([0-9.]*\) s.*/\1/p')
  evals=$(echo "$stages" | sed -n 's/.*rule evaluations \([0-9]*\).*/\1/p')
  rate=$(echo "$evals / $rules_s" | bc 2>/dev/null || echo "?")
  printf '         stages: %s; %s rule evaluations per second\n' "$stages" "$rate"
  for pass in new again; do
    out="$work/out-$n"
    [ "$pass" = new ] && rm -rf "$out" && sync && sleep 2
    /usr/bin/time -v "$bin" run "$dir" --out "$out" --timings >/dev/null 2>"$work/time.txt" || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    printf '%-8s %-9s %10.2f %12.1f\n' "$n" "run-$pass" "$secs" "$(echo "$kb/1024" | bc -l)"
    printf '         stages: %s\n' "$(grep '^timings:' "$work/time.txt" | sed 's/^timings: //')"
  done
done
