#!/usr/bin/env bash
# Browser round trip of the offline form (issue 7): generate a form, let headless Chromium
# fill it and export (the form's `#selftest` address fills every indicator and runs the same
# export as the button), then feed the exported files to `smartcity import` and check the
# audit log. Chromium is the Debian package `chromium`; without it the test says so and skips.
#
#   bash Tests/browser/form-roundtrip.sh [path/to/smartcity]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/debug/smartcity}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y chromium >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1)) || true
  browser=$(command -v chromium || true)
fi
if [ -z "$browser" ]; then
  echo "form round trip: SKIPPED — Chromium is not installed and could not be installed here (Debian package: chromium)"
  exit 0
fi
[ -x "$bin" ] || swift build --product smartcity >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/malang "$work/ws"
root=$(pwd)
printf '{"format": 1, "policy": "%s/roadmaps/malang.json", "indicators": "%s/indicators"}\n' "$root" "$root" > "$work/ws/workspace.json"
"$bin" form "$work/ws" --opd dinkes --out "$work/form.html" >/dev/null
"$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$work/form.html#selftest" 2>/dev/null > "$work/dom.html"
extract() {  # the text of <pre id="$1">, entities undone
  awk -v id="$1" '
    index($0, "<pre id=\"" id "\"") { inside = 1; sub(/.*<pre id="[^"]*"[^>]*>/, "") }
    inside { if (index($0, "</pre>")) { sub(/<\/pre>.*/, ""); print; exit } print }' "$work/dom.html" \
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
"$bin" import "$work/ws" "$work/dinkes-jawaban.csv" "$work/dinkes-layanan.csv" --by "Uji peramban" --at 2026-07-01 >/dev/null \
  || { echo "form round trip: FAILED — smartcity import refused the exported files"; exit 1; }
changes=$(grep -c '"opd": *"dinkes"' "$work/ws/audit.log" || true)
[ "$changes" -gt 0 ] || { echo "form round trip: FAILED — audit.log has no change for dinkes"; exit 1; }
"$bin" validate "$work/ws" >/dev/null || { echo "form round trip: FAILED — the workspace no longer validates"; exit 1; }
echo "form round trip: OK — $rows answers exported by $(basename "$browser"), imported, $changes changes in audit.log"
