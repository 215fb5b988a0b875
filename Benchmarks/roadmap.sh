#!/usr/bin/env bash
# Scale benchmark of the planner (`roadmap` and `bimtek`) on a release build (issue 18,
# point 4).
#
#   bash Benchmarks/roadmap.sh                  # 45, 230, 450 and 900 OPDs, 3 runs each
#   bash Benchmarks/roadmap.sh 450 23000        # other sizes
#   RUNS=5 bash Benchmarks/roadmap.sh 450
#
# Generates a synthetic workspace per size (seed 1) under .build-bench/, then runs each
# command RUNS times (default 3) and prints the tasks planned (from `roadmap`'s first lines;
# `bimtek` does not print them: "-"), the median and the range of
# the wall time, the user CPU time of the median run, peak memory and the exit status.
# A plan the planner refuses (above 25,000 tasks: RMP011) prints its status 2.
# Targets: 450 OPDs in under 5 s with growth close to linear in the tasks; the 23,000-OPD
# workspace planned or refused within a minute and 2 GB, never a crash.
set -uo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(45 230 450 900)
runs=${RUNS:-3}
scratch=.build-psplib
swift build -c release --product smartcity --scratch-path "$scratch" >"$scratch.log" 2>&1 \
  || { tail -n 30 "$scratch.log" >&2; echo "release build failed (log: $scratch.log)" >&2; exit 1; }
bin="$scratch/release/smartcity"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)"; exit 1; }
work=.build-bench
mkdir -p "$work"
echo "cores: $(nproc 2>/dev/null || echo ?)"
printf '%-7s %-8s %7s %9s %17s %8s %9s %5s\n' OPDs command tasks median_s range_s user_s peak_MB exit
for n in "${sizes[@]}"; do
  dir="$work/ws-$n"
  [ -d "$dir" ] || "$bin" generate --opds "$n" --seed 1 --out "$dir" >/dev/null
  for cmd in roadmap bimtek; do
    rows=()
    for ((i = 0; i < runs; i++)); do
      /usr/bin/time -f "%e %U %M %x" -o "$work/time.txt" "$bin" "$cmd" "$dir" --lang en >"$work/out.txt" 2>"$work/err.txt"
      rows+=("$(tail -n 1 "$work/time.txt")")
    done
    tasks=$(sed -n 's/^From [^:]*: \([0-9,]*\) tasks.*/\1/p' "$work/out.txt" | head -n 1)
    sorted=$(printf '%s\n' "${rows[@]}" | sort -n)
    median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    low=$(echo "$sorted" | head -n 1 | cut -d' ' -f1)
    high=$(echo "$sorted" | tail -n 1 | cut -d' ' -f1)
    read -r wall user kb status <<<"$median"
    printf '%-7s %-8s %7s %9.2f %17s %8.2f %9.1f %5s\n' "$n" "$cmd" "${tasks:--}" "$wall" "$low-$high" "$user" "$(echo "$kb/1024" | bc -l)" "$status"
  done
done
