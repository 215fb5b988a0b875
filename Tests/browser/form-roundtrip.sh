#!/usr/bin/env bash
# Browser round trip of the offline form (issues 7 and 16): generate a form, let headless
# Chromium fill it and export (the form's `#selftest` address fills every indicator and runs
# the same export as the button), then feed the exported files to `smartcity import` and check
# the audit log. Then the evidence items of a period scored from them, in both modes: the
# unit's form puts its open items forward with their narratives, the assessor's form judges
# them and sets a value; each export is imported and the log checked. Chromium is the Debian
# package `chromium`; without it the test says so and skips.
#
#   bash Tests/browser/form-roundtrip.sh [path/to/smartcity]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/debug/smartcity}
source Tests/browser/chromium.sh "form round trip"
[ -x "$bin" ] || swift build --product smartcity >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/malang "$work/ws"
root=$(pwd)
printf '{"format": 1, "policy": "%s/roadmaps/malang.json", "indicators": "%s/indicators"}\n' "$root" "$root" > "$work/ws/workspace.json"
"$bin" form "$work/ws" --opd dinkes --out "$work/form.html" >/dev/null
dump_dom "$work/dom.html" "file://$work/form.html#selftest" || { echo "form round trip: FAILED — Chromium did not finish the form twice in a row"; exit 1; }
extract() {  # the text of <pre id="$1"> in the page $2 (default dom.html), entities undone
  awk -v id="$1" '
    index($0, "<pre id=\"" id "\"") { inside = 1; sub(/.*<pre id="[^"]*"[^>]*>/, "") }
    inside { if (index($0, "</pre>")) { sub(/<\/pre>.*/, ""); print; exit } print }' "$work/${2:-dom.html}" \
  | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g'
}
extract export-answers > "$work/dinkes-jawaban.csv"
extract export-services > "$work/dinkes-layanan.csv"
rows=$(grep -c '^dinkes,' "$work/dinkes-jawaban.csv" || true)
[ "$rows" -gt 0 ] || { echo "form round trip: FAILED — the form exported no answers"; exit 1; }
# Indicators on a scale of bands (Pemdi 2026) are answered with a value, not a whole level.
if grep -q '"bands"' "$work/form.html"; then
  grep -q ',2\.25,' "$work/dinkes-jawaban.csv" || { echo "form round trip: FAILED — no band value (2.25) was exported"; exit 1; }
fi
# The form reads its own export back word for word: a note with ";", quotes and a comma.
case "$(extract selftest-read)" in ok*) ;; *) echo "form round trip: FAILED — the form's reader lost words: $(extract selftest-read)"; exit 1;; esac
# Who and when come from the form itself: no --by, no --at.
"$bin" import "$work/ws" "$work/dinkes-jawaban.csv" "$work/dinkes-layanan.csv" >/dev/null \
  || { echo "form round trip: FAILED — smartcity import refused the exported files"; exit 1; }
changes=$(grep -c '"by":"Operator uji".*"opd":"dinkes"' "$work/ws/audit.log" || true)
[ "$changes" -gt 0 ] || { echo "form round trip: FAILED — audit.log has no change for dinkes signed by the form"; exit 1; }
note='Catatan OPD; dengan ""kutip"", koma'
grep -qF "$note" "$work/ws/assessments/2026-06/dinkes.csv" || { echo "form round trip: FAILED — the note with ';' and quotes did not reach dinkes.csv whole"; exit 1; }
# The assessor's reason goes beside the OPD's note, never over it.
"$bin" form "$work/ws" --opd dinkes --assessor --out "$work/verify" >/dev/null
dump_dom "$work/verify-dom.html" "file://$work/verify.html#selftest" || { echo "form round trip: FAILED — Chromium did not finish the form twice in a row"; exit 1; }
extract export-answers verify-dom.html > "$work/dinkes-verifikasi.csv"
"$bin" import "$work/ws" "$work/dinkes-verifikasi.csv" >/dev/null \
  || { echo "form round trip: FAILED — smartcity import refused the assessor's answers"; exit 1; }
grep -qF "$note" "$work/ws/assessments/2026-06/dinkes.csv" && grep -qF 'Uji peramban: ""dicek""; sesuai bukti' "$work/ws/assessments/2026-06/dinkes.csv" \
  || { echo "form round trip: FAILED — the assessor's reason and the OPD's note are not both in dinkes.csv"; exit 1; }
"$bin" validate "$work/ws" >/dev/null || { echo "form round trip: FAILED — the workspace no longer validates"; exit 1; }
echo "form round trip: OK — $rows answers exported by $(basename "$browser"), read back whole, imported without --by/--at ($changes changes), the assessor's reason beside the OPD's note"

# Evidence items (2026-06, Indeks Pemdi): Barenlitbang owns the items of I1 and I2.
"$bin" form "$work/ws" --opd barenlitbang --period 2026-06 --out "$work/items.html" >/dev/null
dump_dom "$work/items-dom.html" "file://$work/items.html#selftest" || { echo "form round trip: FAILED — Chromium did not finish the form twice in a row"; exit 1; }
extract export-items items-dom.html > "$work/barenlitbang-butir.csv"
put=$(grep -c '^barenlitbang,I[0-9]*-L[0-9]-[0-9]*,diunggah,.*,"Uji peramban' "$work/barenlitbang-butir.csv" || true)
[ "$put" -gt 0 ] || { echo "form round trip: FAILED — the unit's form put no item forward with its narrative"; exit 1; }
"$bin" import "$work/ws" "$work/barenlitbang-butir.csv" --period 2026-06 >/dev/null \
  || { echo "form round trip: FAILED — smartcity import refused the unit's items"; exit 1; }
narratives=$(grep -c '"item":"I[0-9]*-L[0-9]-[0-9]*","field":"narrative"' "$work/ws/audit.log" || true)
[ "$narratives" -eq "$put" ] || { echo "form round trip: FAILED — $put items put forward, $narratives narratives in audit.log"; exit 1; }
"$bin" form "$work/ws" --opd barenlitbang --period 2026-06 --assessor --out "$work/verdict.html" >/dev/null
dump_dom "$work/verdict-dom.html" "file://$work/verdict.html#selftest" || { echo "form round trip: FAILED — Chromium did not finish the form twice in a row"; exit 1; }
extract export-items verdict-dom.html > "$work/barenlitbang-butir-verifikasi.csv"
extract export-values verdict-dom.html > "$work/barenlitbang-nilai-asesor.csv"
grep -q ',revisi,tidak-tepat,Uji peramban' "$work/barenlitbang-butir-verifikasi.csv" \
  || { echo "form round trip: FAILED — the assessor's form sent no item back with its kind and note"; exit 1; }
grep -q '^barenlitbang,PEMDI-0[0-9],[0-9]\.[0-9][0-9],Uji peramban' "$work/barenlitbang-nilai-asesor.csv" \
  || { echo "form round trip: FAILED — the assessor's form exported no value"; exit 1; }
"$bin" import "$work/ws" "$work/barenlitbang-butir-verifikasi.csv" "$work/barenlitbang-nilai-asesor.csv" --period 2026-06 >/dev/null \
  || { echo "form round trip: FAILED — smartcity import refused the assessor's verdicts"; exit 1; }
accepted=$(grep -c '"by":"Asesor uji".*"field":"status","old":"diunggah","new":"diterima"' "$work/ws/audit.log" || true)
returned=$(grep -c '"by":"Asesor uji".*"field":"status","old":"diunggah","new":"revisi"' "$work/ws/audit.log" || true)
valued=$(grep -c '"by":"Asesor uji".*"field":"value"' "$work/ws/audit.log" || true)
[ "$accepted" -gt 0 ] && [ "$returned" -gt 0 ] && [ "$valued" -eq 1 ] \
  || { echo "form round trip: FAILED — audit.log has $accepted accepted, $returned returned items and $valued assessor values"; exit 1; }
"$bin" validate "$work/ws" >/dev/null || { echo "form round trip: FAILED — the workspace no longer validates after the items"; exit 1; }
echo "form round trip: OK — items: $put put forward with narratives, then $accepted accepted, $returned sent back and one assessor value, all imported and in audit.log"
