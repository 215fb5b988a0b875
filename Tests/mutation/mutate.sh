#!/usr/bin/env bash
# Mutation test of the loaders (issue 19), run by .ci/run: each case copies the Malang
# example (workspace, policy, catalogs), breaks one thing the way hostile or careless hands do
# (BOM, CRLF, NUL, truncation, quotes, huge lines, decimal commas, path-traversal and script
# ids, formula cells, deep nesting, wrong types, folders for files), runs `smartcity validate`
# with a time limit, and fails on
#   - a crash (a signal) or a hang (more than 20 s),
#   - exit 0 for an input that is invalid,
#   - an error line without a position (`file:line` before "error"),
#   - a raw control character on the terminal.
# Cases marked "any" may be valid (a BOM, CRLF line ends); they must only not crash or hang.
# Under a minute on a debug build.
#
#   bash Tests/mutation/mutate.sh [path/to/smartcity]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/debug/smartcity}
[ -x "$bin" ] || swift build --product smartcity >/dev/null
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
period=examples/malang/assessments/2026-06
failures=0 count=0

# check NAME any|invalid MUTATION...: MUTATION runs in the copy's root.
check() {
  local name=$1 expect=$2
  shift 2
  local root="$work/$name"
  mkdir -p "$root/examples"
  cp -R examples/malang "$root/examples/malang"
  cp -R roadmaps indicators "$root/"
  (cd "$root" && eval "$@")
  local status=0
  (cd "$root" && timeout 20 "$bin" validate examples/malang --lang en >"$root.out" 2>"$root.err") || status=$?
  count=$((count + 1))
  local problem=""
  if [ "$status" -ge 124 ]; then
    problem="crashed or hung (status $status)"
  elif [ "$expect" = invalid ] && [ "$status" -eq 0 ]; then
    problem="accepted an invalid input (exit 0)"
  elif [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
    problem="exit $status, expected 0 or 2"
  elif grep -E 'error\[' "$root.err" | grep -vqE '^[^ :]+(:[0-9]+)?(:[0-9]+)?: error\['; then
    problem="an error without a position: $(grep -E 'error\[' "$root.err" | grep -vE '^[^ :]+(:[0-9]+)?(:[0-9]+)?: error\[' | head -n 1)"
  elif LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' "$root.err" "$root.out"; then
    problem="a raw control character on the terminal"
  fi
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "FAIL $name: $problem" >&2
    head -n 5 "$root.err" >&2
  fi
  rm -rf "$root" "$root.out" "$root.err"
}

csv=$period/dinkes.csv
check bom-on-answers any "printf '\xef\xbb\xbf' | cat - $csv > x && mv x $csv"
check crlf-everywhere any "sed -i 's/\$/\r/' $csv examples/malang/opds.csv"
check nul-in-cell invalid "sed -i '2s/,3,/,3\x00,/' $csv"
check escape-in-cell invalid "sed -i '2s/,3,/,\x1b[2J3,/' $csv"
check c1-in-cell invalid "sed -i '2s/,3,/,\xc2\x9b3,/' $csv"
check truncated-csv any "head -c 200 $csv > x && mv x $csv"
check truncated-policy invalid "head -c 900 roadmaps/malang.json > x && mv x roadmaps/malang.json"
check truncated-catalog invalid "head -c 5000 indicators/pemdi-2026.json > x && mv x indicators/pemdi-2026.json"
check unclosed-quote invalid "sed -i '3s/^/\"/' $csv"
check text-after-quote invalid "sed -i '3s/^\\([^,]*\\),/\"\\1\"x,/' $csv"
check huge-line invalid "head -c 2000000 /dev/zero | tr '\\0' 9 | sed 's/^/PEMDI-04,/' >> $csv"
check huge-header any "printf '%s\n' \"\$(head -c 300000 /dev/zero | tr '\\0' a),indikator,mandiri\" > $csv"
check decimal-comma-level invalid "sed -i '2s/^\\([^,]*\\),[0-9],/\\1,\"3,5\",/' examples/malang/assessments/2020-03/dinkes.csv"
check arabic-digit-level invalid "sed -i '2s/^\\([^,]*\\),3,/\\1,٣,/' $csv"
check traversal-id invalid "sed -i 's/^setwan,/..\\/x,/' examples/malang/opds.csv"
check slash-id invalid "sed -i 's/^setwan,/a\\/b,/' examples/malang/opds.csv"
check script-id invalid "sed -i 's/^setwan,/<script>,/' examples/malang/opds.csv"
check device-id invalid "sed -i 's/^setwan,/nul,/' examples/malang/opds.csv"
check long-id invalid "sed -i \"s/^setwan,/\$(head -c 100 /dev/zero | tr '\\0' a),/\" examples/malang/opds.csv"
check formula-cells any "sed -i '2s/\$/=HYPERLINK(\"http:\\/\\/x\")/' $csv"
check formula-name any "sed -i 's/Sekretariat DPRD/=1+1/' examples/malang/opds.csv"
check deep-json invalid "{ printf '{\"format\": 1, \"answers\": '; head -c 10000 /dev/zero | tr '\\0' '['; } > $period/dinkes.json && rm $csv"
check json-wrong-type invalid "sed -i 's/\"monthsPerOPD\": 3/\"monthsPerOPD\": \"tiga\"/' roadmaps/malang.json"
check json-huge-number invalid "sed -i 's/\"monthsPerOPD\": 3/\"monthsPerOPD\": 1e400/' roadmaps/malang.json"
check json-escape-control invalid "sed -i 's/\"Kota Malang\"/\"Kota \\\\u001b[2JMalang\"/' roadmaps/malang.json"
check json-format invalid "sed -i 's/\"format\": 1/\"format\": 99/' $period/period.json"
check json-duplicate-key invalid "sed -i 's/\"monthsPerOPD\": 3,/\"monthsPerOPD\": 3, \"monthsPerOPD\": 4,/' roadmaps/malang.json"
check staff-overflow invalid "sed -i 's/Sekretaris Daerah,8,/Sekretaris Daerah,99999999999999999999,/' examples/malang/opds.csv"
check capacity-overflow invalid "sed -i '0,/\"capacity\": [0-9]*/s//\"capacity\": 999999999999999999/' roadmaps/malang.json"
check folder-for-answers invalid "rm $csv && mkdir $csv"
check folder-for-services invalid "rm $period/services/dinkes.csv && mkdir $period/services/dinkes.csv"
check file-for-services invalid "rm -r $period/services && echo x > $period/services"
check file-for-rules invalid "echo x > examples/malang/rules"
check duplicate-rows invalid "for i in \$(seq 2000); do sed -n 2p $csv; done >> $csv"
check not-utf8 invalid "printf 'indikator,mandiri\nPEMDI-04,\xff\n' > $csv"
check empty-file any ": > $csv"

echo "mutation test: $count cases, $failures failed"
[ "$failures" -eq 0 ]
