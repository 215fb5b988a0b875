#!/usr/bin/env bash
# PSPLIB j30 benchmark of the roadmap scheduler (`smartcity schedule`) on a release build.
#
#   bash Benchmarks/j30.sh              # 5,000 schedules per instance, seed 1
#   bash Benchmarks/j30.sh 1000 7       # another budget and seed
#   J30=path/to/j30 bash Benchmarks/j30.sh
#
# Solves the 480 j30 instances (Kolisch and Sprecher 1996) found in ../shared/psplib/j30
# beside the checkout, compares each makespan with optimum.csv there, and prints the
# average and maximum deviation from the optimum, the number of instances solved to
# optimality, and the total wall time (from `--timings`). The full table is kept in
# .build-j30/j30.txt. Schedules are counted as in Kolisch and Hartmann (2006): every pass
# of a schedule-generation scheme, justification passes included (docs/scheduling.md).
# Targets: average deviation ≤ 0.5 % at 5,000 schedules, all 480 in < 60 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-5000}
seed=${2:-1}
data=${J30:-../shared/psplib/j30}
[ -d "$data" ] || { echo "j30 instances not found in $data (set J30=DIR)" >&2; exit 1; }
scratch=.build-j30
mkdir -p "$scratch"
swift build -c release --product smartcity --scratch-path "$scratch" >"$scratch/build.log" 2>&1 \
  || { tail -n 30 "$scratch/build.log" >&2; echo "release build failed (log: $scratch/build.log)" >&2; exit 1; }
bin="$scratch/release/smartcity"
status=0
"$bin" schedule "$data" --iterations "$iterations" --seed "$seed" --timings --lang en >"$scratch/j30.txt" 2>"$scratch/j30.err" || status=$?
cat "$scratch/j30.err" >&2
echo "smartcity schedule $data --iterations $iterations --seed $seed  (cores: $(nproc 2>/dev/null || echo ?))"
tail -n 3 "$scratch/j30.txt"
exit "$status"
