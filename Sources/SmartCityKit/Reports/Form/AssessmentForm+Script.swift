extension AssessmentForm {
    /// The form's behaviour. Builds the form from the embedded data with DOM calls (no HTML
    /// strings), keeps the state in `localStorage`, exports the CSV files `smartcity import`
    /// reads (answers: `opd,indicator,self,verified,evidence,note`; services:
    /// `opd,service,stage,users per year,note`, UTF-8 with BOM), and reads an earlier export
    /// back. `#selftest` in the address fills every indicator and exports, for the browser test.
    static let script = #"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("form-data").textContent);
  var texts = JSON.parse(document.getElementById("form-texts").textContent);
  var lang = data.language;
  var assessor = data.mode === "assessor";
  var storageKey = "smartcity-form:" + data.opd + ":" + data.period + ":" + data.mode;
  // Who fills the form in and on which day: exported as `oleh` and `tanggal`, so the import
  // needs neither --by nor --at.
  var state = { items: {}, services: data.services.map(function (s) { return { name: s.name, stage: s.stage, users: s.users, note: s.note }; }), by: "", at: "" };
/*EVIDENCE*/
  data.items.forEach(function (it) {
    state.items[it.id] = { self: it.self, verified: it.verified, evidence: it.evidence, note: it.note, reason: it.reason };
  });
  initEvidence();
  try {
    // What was saved for this form, item by item: a form generated from newer catalogs keeps
    // its own list of indicators and takes only the answers it still has.
    var saved = JSON.parse(localStorage.getItem(storageKey) || "null");
    if (saved && saved.items && saved.services) {
      Object.keys(state.items).forEach(function (id) { if (saved.items[id]) { state.items[id] = saved.items[id]; } });
      state.services = saved.services;
      state.by = saved.by || "";
      state.at = saved.at || "";
      restoreEvidence(saved);
    }
  } catch (e) { /* a private window has no storage: the form still works */ }
  var root = document.getElementById("form");
  var progress = null, status = null;

  function t(key, n) {
    var entry = texts[key];
    var s = entry ? entry[lang] : key;
    return n === undefined ? s : s.replace("{n}", String(n)).replace("{m}", String(data.items.length));
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) { e.setAttribute(k, attrs[k]); } });
    (children || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function present(v) { return v !== null && v !== undefined && v !== ""; }
  function answered(id) { var a = state.items[id]; return assessor ? present(a.verified) : present(a.self); }
  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* no storage */ }
    var n = data.items.filter(function (it) { return answered(it.id); }).length;
    if (progress) { progress.textContent = t("progress", n); }
  }
  // A value on a scale of bands, typed with a comma or a point: the number, or null.
  function value(text, it) {
    var s = String(text).trim().replace(",", ".");
    if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(s)) { return null; }
    var n = Number(s), lo = Number(it.bands[0].min), hi = Number(it.bands[it.bands.length - 1].max);
    return n >= lo && n <= hi ? s : null;
  }
  function badValue(id) {
    var it = data.items.filter(function (x) { return x.id === id; })[0], a = state.items[id];
    if (!it.bands) { return false; }
    return [a.verified, assessor ? null : a.self].some(function (v) { return present(v) && v !== "TB" && value(v, it) === null; });
  }
  function decimal(n) { return lang === "id" ? String(n).replace(".", ",") : String(n); }
  function bound(n) { return decimal(Number(n).toFixed(2)); }
  function needsReason(id) {
    var a = state.items[id];
    return assessor && present(a.verified) && present(a.self) && String(a.verified) !== String(a.self) && !present(a.reason);
  }

  function render() {
    root.textContent = "";
    document.documentElement.lang = lang;
    var title = (assessor ? t("titleAssessor") : t("titleSelf")) + " — " + data.opdName + " (" + data.city[lang] + "), " + data.period;
    document.title = title;
    var toggle = el("button", { type: "button", id: "language" }, [t("language")]);
    toggle.addEventListener("click", function () { lang = lang === "id" ? "en" : "id"; render(); });
    root.appendChild(el("header", {}, [el("h1", {}, [title]), el("p", { "class": "methods" }, [t("methods", data.methods)]), toggle]));
    var byInput = el("input", { type: "text", id: "by", value: state.by || "", autocomplete: "name" });
    byInput.addEventListener("input", function () { state.by = byInput.value; save(); });
    var atInput = el("input", { type: "date", id: "at", value: state.at || "" });
    atInput.addEventListener("input", function () { state.at = atInput.value; save(); });
    root.appendChild(el("fieldset", { "class": "item who" }, [el("legend", {}, [t(assessor ? "whoAssessor" : "who")]),
      el("label", { "class": "text" }, [t("byLabel"), byInput]), el("label", { "class": "text" }, [t("atLabel"), atInput])]));
    progress = el("p", { id: "progress", role: "status" }, []);
    root.appendChild(progress);
    data.items.forEach(function (it) {
      var a = state.items[it.id];
      var field = assessor ? "verified" : "self";
      var box = el("fieldset", { "class": "item", id: "item-" + it.id }, [el("legend", {}, [it.id + " " + it.name[lang]])]);
      if (assessor) {
        box.appendChild(el("p", { "class": "self" }, [present(a.self) ? t("selfGiven", a.self) : t("noSelf"), present(a.evidence) ? " · " + a.evidence : ""]));
      }
      if (it.bands) {
        // A value inside the bands: each level's criteria with its band, then one entry.
        it.criteria.forEach(function (c, i) {
          var b = it.bands[i];
          box.appendChild(el("p", { "class": "level" }, [t("level") + " " + (i + 1) + (b ? " (" + bound(b.min) + "–" + bound(b.max) + ")" : "") + ": " + c[lang]]));
        });
        var span = bound(it.bands[0].min) + "–" + bound(it.bands[it.bands.length - 1].max);
        var entry = el("input", { type: "text", inputmode: "decimal", value: present(a[field]) && a[field] !== "TB" ? decimal(a[field]) : "" });
        entry.addEventListener("input", function () { var v = entry.value.trim(); a[field] = v === "" ? null : (value(v, it) || v); save(); });
        box.appendChild(el("label", { "class": "text" }, [t("value", span), entry]));
      }
      (it.bands ? [] : it.criteria).forEach(function (c, i) {
        var level = String(i + 1);
        var input = el("input", { type: "radio", name: field + "-" + it.id, value: level });
        input.checked = String(a[field]) === level;
        input.addEventListener("change", function () { a[field] = i + 1; save(); });
        box.appendChild(el("label", { "class": "level" }, [input, " " + t("level") + " " + level + ": " + c[lang]]));
      });
      if (!assessor) {
        var tb = el("input", { type: "radio", name: field + "-" + it.id, value: "TB" });
        tb.checked = a.self === "TB";
        tb.addEventListener("change", function () { a.self = "TB"; save(); });
        box.appendChild(el("label", { "class": "level" }, [tb, " " + t("notApplicable")]));
        var ev = el("input", { type: "text", value: a.evidence || "" });
        ev.addEventListener("input", function () { a.evidence = ev.value; save(); });
        box.appendChild(el("label", { "class": "text" }, [t("evidence"), ev]));
      }
      if (assessor) {
        // The OPD's own note stays as it wrote it; the assessor's reason has its own column.
        if (present(a.note)) { box.appendChild(el("p", { "class": "self" }, [t("opdNote") + " " + a.note])); }
        var reason = el("textarea", { rows: "2" }, [a.reason || ""]);
        reason.addEventListener("input", function () { a.reason = reason.value; save(); });
        box.appendChild(el("label", { "class": "text" }, [t("reason"), reason]));
      } else {
        var note = el("textarea", { rows: "2" }, [a.note || ""]);
        note.addEventListener("input", function () { a.note = note.value; save(); });
        box.appendChild(el("label", { "class": "text" }, [t("note"), note]));
      }
      root.appendChild(box);
    });
    var table = el("table", {}, [el("caption", {}, [t("services")]),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col" }, [t("service")]), el("th", { scope: "col" }, [t("stage")]),
                                     el("th", { scope: "col" }, [t("users")]), el("th", { scope: "col" }, [t("note")])])])]);
    var body = el("tbody", {}, []);
    state.services.forEach(function (s) {
      var name = el("input", { type: "text", value: s.name || "" });
      name.addEventListener("input", function () { s.name = name.value; save(); });
      var stage = el("select", {}, data.stages.map(function (st) {
        var o = el("option", { value: String(st.stage) }, [st.stage + " " + st.name[lang]]);
        o.selected = String(s.stage) === String(st.stage);
        return o;
      }));
      stage.addEventListener("change", function () { s.stage = Number(stage.value); save(); });
      var users = el("input", { type: "number", min: "0", value: present(s.users) ? String(s.users) : "" });
      users.addEventListener("input", function () { s.users = users.value === "" ? null : Number(users.value); save(); });
      var note = el("input", { type: "text", value: s.note || "" });
      note.addEventListener("input", function () { s.note = note.value; save(); });
      body.appendChild(el("tr", {}, [el("td", {}, [name]), el("td", {}, [stage]), el("td", {}, [users]), el("td", {}, [note])]));
    });
    table.appendChild(body);
    root.appendChild(table);
    renderEvidence();
    var add = el("button", { type: "button" }, [t("addService")]);
    add.addEventListener("click", function () { state.services.push({ name: "", stage: 0, users: null, note: "" }); save(); render(); });
    root.appendChild(add);
    var exportButton = el("button", { type: "button", id: "export" }, [t("export")]);
    exportButton.addEventListener("click", exportFiles);
    var file = el("input", { type: "file", accept: ".csv", multiple: "multiple" });
    file.addEventListener("change", function () { Array.prototype.forEach.call(file.files, readExport); });
    status = el("p", { id: "status", role: "status" }, [t("saved")]);
    root.appendChild(el("footer", {}, [exportButton, el("label", {}, [t("importEarlier"), file]), status,
      el("pre", { id: "export-answers", hidden: "hidden" }, []), el("pre", { id: "export-services", hidden: "hidden" }, []),
      el("pre", { id: "export-items", hidden: "hidden" }, []), el("pre", { id: "export-values", hidden: "hidden" }, [])]));
    save();
  }

  function cell(v) {
    var s = present(v) ? String(v) : "";
    // Quoted whenever a reader could split or trim it: the form's own reader and the import
    // read the same dialect (RFC 4180 with "," or ";").
    if (/[",;\r\n]/.test(s) || s.trim() !== s) { return "\"" + s.replace(/"/g, "\"\"") + "\""; }
    return s;
  }
  function line(values) { return values.map(cell).join(",") + "\r\n"; }
  // The who and when columns every exported row carries.
  function signed(values) { return values.concat([state.by.trim(), state.at]); }
  function exportFiles() {
    if (!present(state.by.trim()) || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(state.at || "")) { status.textContent = t("whoMissing"); return null; }
    var missing = data.items.filter(function (it) { return needsReason(it.id); }).map(function (it) { return it.id; });
    if (missing.length) { status.textContent = t("reasonMissing", missing.join(", ")); return null; }
    var invalid = data.items.filter(function (it) { return badValue(it.id); }).map(function (it) { return it.id; });
    if (invalid.length) { status.textContent = t("badValue", invalid.join(", ")); return null; }
    var evidenceFiles = exportEvidence();
    if (evidenceFiles === null) { return null; }
    var answers = line(["opd", "indikator", "mandiri", "verifikasi", "bukti dukung", "catatan", "catatan asesor", "oleh", "tanggal"]);
    data.items.forEach(function (it) {
      var a = state.items[it.id];
      if (!answered(it.id) && !present(a.evidence) && !present(a.note) && !present(a.reason)) { return; }
      answers += line(signed([data.opd, it.id, a.self, a.verified, a.evidence, a.note, assessor ? a.reason : ""]));
    });
    var services = line(["opd", "layanan", "tahap", "pengguna per tahun", "catatan", "oleh", "tanggal"]);
    state.services.forEach(function (s) { if (present(s.name)) { services += line(signed([data.opd, s.name, s.stage, s.users, s.note])); } });
    var names = [data.opd + "-" + data.period + (assessor ? "-verifikasi" : "-jawaban") + ".csv", data.opd + "-" + data.period + "-layanan.csv"];
    download(names[0], answers);
    download(names[1], services);
    document.getElementById("export-answers").textContent = answers;
    document.getElementById("export-services").textContent = services;
    evidenceFiles.forEach(function (f) {
      download(f.name, f.text);
      document.getElementById(f.pre).textContent = f.text;
      names.push(f.name);
    });
    status.textContent = t("exported", names.join(", "));
    return names;
  }
  function download(name, text) {
    var blob = new Blob(["\uFEFF" + text], { type: "text/csv;charset=utf-8" });
    var a = el("a", { href: URL.createObjectURL(blob), download: name }, []);
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // The file's delimiter is the one its header line uses: a spreadsheet saves ";" where the
  // decimal separator is a comma; a ";" inside a comma-separated note stays in the note.
  function parse(text) {
    var rows = [], row = [], value = "", quoted = false, i = 0;
    text = text.replace(/^\uFEFF/, "");
    var head = text.split("\n")[0];
    var delimiter = head.indexOf(",") === -1 && head.indexOf(";") !== -1 ? ";" : ",";
    for (; i !== text.length; i += 1) {
      var c = text[i];
      if (quoted) {
        if (c === "\"" && text[i + 1] === "\"") { value += "\""; i += 1; }
        else if (c === "\"") { quoted = false; }
        else { value += c; }
      } else if (c === "\"") { quoted = true; }
      else if (c === delimiter) { row.push(value); value = ""; }
      else if (c === "\n") { row.push(value.replace(/\r$/, "")); rows.push(row); row = []; value = ""; }
      else { value += c; }
    }
    if (value !== "" || row.length) { row.push(value); rows.push(row); }
    return rows;
  }
  function readExport(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var rows = parse(String(reader.result));
      var header = (rows.shift() || []).map(function (h) { return h.trim().toLowerCase(); });
      var at = function (names) { return header.findIndex(function (h) { return names.indexOf(h) !== -1; }); };
      var ind = at(["indicator", "indikator"]), svc = at(["service", "layanan"]);
      if (readEvidenceExport(header, rows, at)) {
        /* items or assessor values */
      } else if (ind !== -1) {
        var s = at(["self", "mandiri"]), v = at(["verified", "verifikasi"]), e = at(["evidence", "bukti dukung", "bukti"]), n = at(["note", "catatan"]);
        var why = at(["catatan asesor", "assessor note"]);
        rows.forEach(function (r) {
          var a = state.items[r[ind]];
          if (!a) { return; }
          // Values as the export wrote them (a point, or a comma from a spreadsheet).
          var number = function (x) { var n = Number(String(x).trim().replace(",", ".")); return isNaN(n) ? x : n; };
          if (s !== -1 && present(r[s])) { a.self = r[s] === "TB" ? "TB" : number(r[s]); }
          if (v !== -1 && present(r[v])) { a.verified = number(r[v]); }
          if (e !== -1) { a.evidence = r[e]; }
          if (n !== -1) { a.note = r[n]; }
          if (why !== -1) { a.reason = r[why]; }
        });
      } else if (svc !== -1) {
        var st = at(["stage", "tahap"]), u = at(["users per year", "pengguna per tahun"]), sn = at(["note", "catatan"]);
        state.services = rows.filter(function (r) { return present(r[svc]); }).map(function (r) {
          return { name: r[svc], stage: Number(r[st]) || 0, users: present(r[u]) ? Number(r[u]) : null, note: sn !== -1 ? r[sn] : "" };
        });
      }
      // Who and when as the earlier export said, unless the form already has them.
      var by = at(["oleh", "by"]), when = at(["tanggal perubahan", "changed at"]);
      if (when === -1 && at(["kode", "code"]) === -1) { when = at(["tanggal", "at"]); }
      if (rows.length && by !== -1 && !present(state.by)) { state.by = rows[0][by] || ""; }
      if (rows.length && when !== -1 && !present(state.at)) { state.at = rows[0][when] || ""; }
      save();
      render();
      status.textContent = t("imported", file.name);
    };
    reader.readAsText(file);
  }

  render();
  if (location.hash === "#selftest") {
    data.items.forEach(function (it) {
      var a = state.items[it.id];
      if (assessor) { a.verified = present(a.verified) ? a.verified : (present(a.self) && a.self !== "TB" ? a.self : 3); a.reason = "Uji peramban: \"dicek\"; sesuai bukti"; }
      else { a.self = it.bands ? "2.25" : Math.min(3, it.criteria.length); a.evidence = "uji-peramban"; a.note = "Catatan OPD; dengan \"kutip\", koma"; }
    });
    state.by = assessor ? "Asesor uji" : "Operator uji";
    state.at = data.periodDate;
    selftestEvidence();
    save();
    render();
    exportFiles();
    // The form's own reader gives back every word its writer wrote (";", quotes, commas).
    var rows = parse(document.getElementById("export-answers").textContent);
    var header = rows.shift();
    var lost = rows.filter(function (r) {
      var a = state.items[r[header.indexOf("indikator")]];
      return !a || r[header.indexOf("catatan")] !== (a.note || "") || r[header.indexOf("catatan asesor")] !== (assessor ? a.reason || "" : "");
    }).map(function (r) { return r[1]; });
    document.body.appendChild(el("pre", { id: "selftest-read" }, [lost.length ? "lost: " + lost.join(", ") : "ok " + rows.length]));
  }
})();
"""#.replacingOccurrences(of: "/*EVIDENCE*/\n", with: evidenceScript)

    static let style = """
body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.4rem; }
fieldset.item { border: 1px solid #c8c8c8; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; }
legend { font-weight: 600; padding: 0 .3rem; }
label.level { display: block; margin: .25rem 0; }
label.text { display: block; margin-top: .5rem; }
label.text input, label.text textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; }
label.text select { display: block; font: inherit; min-width: 14rem; max-width: 100%; }
.self, .methods { color: #595959; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #c8c8c8; padding: .3rem; text-align: left; }
td input, td select { width: 100%; box-sizing: border-box; font: inherit; }
button { font: inherit; padding: .4rem .8rem; margin: .3rem .3rem .3rem 0; }
#progress { position: sticky; top: 0; background: #ffffff; padding: .3rem 0; font-weight: 600; }
fieldset.who label.text input { max-width: 24rem; }
section#evidence h2 { font-size: 1.2rem; margin-top: 2rem; }
div.level-items { border-top: 1px solid #e0e0e0; margin-top: .5rem; padding-top: .3rem; }
div.level-items h3 { font-size: 1rem; margin: .4rem 0; }
details.level-items summary { font-weight: 600; margin: .4rem 0; cursor: pointer; }
div.evidence-item { margin: .4rem 0 .8rem 1rem; }
div.evidence-item p { margin: .2rem 0; }
p.other { color: #595959; margin-left: 1rem; }
.verdict { color: #1d5c2e; }
@media print { button, input[type=file], #progress { display: none; } }
"""
}
