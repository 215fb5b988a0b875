#!/usr/bin/env bash
# Pages as a reader sees them (issue 17): `smartcity run` on the Malang example, then headless
# Chromium opens the dashboard, two OPD reports, the roadmap, the Bimtek page and the offline
# form at 390 px (a phone) and 1366 px (a laptop) and fails on
#   - a page wider than the window (it must never scroll sideways; wide tables and charts
#     scroll inside their own box),
#   - text rendered smaller than 11 px (SVG text counted at its drawn size),
#   - a block meant for the other width (the Gantt chart shows as a list by month on a
#     phone, as a chart on a laptop),
#   - a chart label cut with "…" although the whole text fits where it stands, with a tenth
#     to spare,
#   - the other method's name used as a label on a page of the Indeks Pemdi period (outside
#     the trend, which shows both methods' history).
# Chromium is the Debian package `chromium`; without it the check says so and skips.
# Screenshots are not kept.
#
#   bash Tests/browser/pages-check.sh [path/to/smartcity]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/debug/smartcity}
source Tests/browser/chromium.sh "pages check"
[ -x "$bin" ] || swift build --product smartcity >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" run examples/malang --out "$work/out" >/dev/null
"$bin" form examples/malang --opd barenlitbang --out "$work/out/form.html" >/dev/null
cat > "$work/check.js" <<'EOF'
(function () {
  var problems = [];
  var width = window.innerWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push("the page is " + document.documentElement.scrollWidth + " px wide in a " + width + " px window");
  }
  function shown(el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
  function scale(el) {
    var svg = el.closest("svg"), box = svg && svg.viewBox && svg.viewBox.baseVal;
    return box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
  }
  var small = {};
  document.querySelectorAll("body *").forEach(function (el) {
    if (!shown(el)) { return; }
    var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== ""; });
    if (!own) { return; }
    var size = parseFloat(getComputedStyle(el).fontSize) * scale(el);
    if (size < 10.95) { var key = el.tagName.toLowerCase() + " at " + size.toFixed(1) + " px"; small[key] = (small[key] || []).concat([el.textContent.trim().slice(0, 30)]); }
  });
  Object.keys(small).forEach(function (k) { problems.push(small[k].length + " " + k + " (e.g. \"" + small[k][0] + "\")"); });
  // A one-line SVG label cut with "…" whose whole text (its tooltip) would fit where it stands.
  document.querySelectorAll("svg text").forEach(function (t) {
    if (t.querySelector("tspan") || !shown(t)) { return; }
    var own = Array.prototype.filter.call(t.childNodes, function (n) { return n.nodeType === 3; }).map(function (n) { return n.textContent; }).join("");
    var full = t.querySelector("title");
    if (!/…$/.test(own) || !full) { return; }
    var svg = t.closest("svg"), box = svg.viewBox.baseVal, x = parseFloat(t.getAttribute("x"));
    var anchor = t.getAttribute("text-anchor") || "start";
    var room = anchor === "start" ? box.width - x - 4 : anchor === "end" ? x - 4 : 2 * Math.min(x, box.width - x) - 8;
    // Labels on one baseline (an axis, a legend row) share it: the room ends at the neighbours.
    var y = t.getAttribute("y");
    Array.prototype.forEach.call(svg.querySelectorAll("text"), function (o) {
      if (o === t || o.getAttribute("y") !== y) { return; }
      var gap = Math.abs(parseFloat(o.getAttribute("x")) - x);
      if (gap > 0) { room = Math.min(room, anchor === "middle" ? gap - 4 : gap - 8); }
    });
    var probe = document.createElementNS("http://www.w3.org/2000/svg", "text");
    probe.setAttribute("font-size", t.getAttribute("font-size") || getComputedStyle(t).fontSize);
    probe.textContent = full.textContent;
    svg.appendChild(probe);
    var length = probe.getComputedTextLength();
    svg.removeChild(probe);
    // Room to spare: the whole text fits with a tenth over (the renderer's estimate of text
    // widths is generous on purpose, so a label never runs off its space).
    if (length * 1.1 <= room) { problems.push("label cut with … although it fits: \"" + full.textContent + "\""); }
  });
  // An adaptive block shows its narrow form (the Gantt chart as a list by month) on a phone
  // and its wide form on a laptop, never both or neither.
  var narrow = width < 640;
  document.querySelectorAll(".wide-only, .narrow-only").forEach(function (el) {
    var wanted = el.classList.contains("narrow-only") === narrow;
    if (shown(el) !== wanted) { problems.push((wanted ? "hidden: " : "shown: ") + el.className + " (\"" + (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 30) + "\")"); }
  });
  // The other method's name as a label on a page of the period's method, outside the trend.
  var other = (document.documentElement.getAttribute("data-other-method") || "").split("|").filter(Boolean);
  if (other.length) {
    var text = [], inTrend = false;
    document.querySelectorAll("main > *").forEach(function (el) {
      if (/^H2$/.test(el.tagName)) { inTrend = el.id === "trend"; }
      if (!inTrend) { text.push(el.innerText || el.textContent); }
    });
    var body = text.join("\n");
    other.forEach(function (name) { if (body.indexOf(name) !== -1) { problems.push("\"" + name + "\" on a page of another method"); } });
  }
  var out = document.createElement("pre");
  out.id = "page-check";
  out.textContent = problems.length ? problems.join("\n") : "ok";
  document.body.appendChild(out);
})();
EOF
failed=0
checked=0
for page in index.html opd/dinkes.html opd/barenlitbang.html roadmap/roadmap.html bimtek/bimtek.html form.html; do
  file="$work/out/$page"
  [ -f "$file" ] || { echo "pages check: FAILED — smartcity run wrote no $page"; exit 1; }
  # The example's latest period is assessed with the Indeks Pemdi: the SPBE name is history there.
  sed -e 's#<html lang="\([a-z]*\)"#<html lang="\1" data-other-method="Indeks SPBE|SPBE index"#' \
      -e "s#</body>#<script src=\"file://$work/check.js\"></script></body>#" "$file" > "$file.check.html"
  for width in 390 1366; do
    dump_dom "$work/dom.html" "file://$file.check.html" --allow-file-access-from-files --window-size=$width,1000 || true
    result=$(awk '/<pre id="page-check">/,/<\/pre>/' "$work/dom.html" | sed -e 's/<[^>]*>//g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g')
    checked=$((checked + 1))
    if [ "$result" != "ok" ]; then
      failed=1
      echo "pages check: $page at $width px:"
      echo "${result:-the check did not run}" | sed 's/^/  /'
    fi
  done
done
[ "$failed" -eq 0 ] || { echo "pages check: FAILED"; exit 1; }
echo "pages check: OK — $checked views (6 pages at 390 and 1366 px) in $(basename "$browser"): nothing wider than the window, no text under 11 px, the Gantt chart a list on the phone, no label cut with room to spare, no SPBE label on the Pemdi pages"
