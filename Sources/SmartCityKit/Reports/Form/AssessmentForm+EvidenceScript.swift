extension AssessmentForm {
    /// The evidence part of the form's behaviour, inside the same function as `script` (it
    /// uses its `data`, `state`, `t`, `el` and `save`). The unit fills in its own items —
    /// status up to `diunggah`, document, date, the narrative required to put an item forward,
    /// the response to a revision — and exports `opd,kode,status,dokumen,tanggal,narasi,tanggapan`;
    /// the assessor marks them `diterima` or `revisi` (kind and note required) and may set a
    /// value per indicator with its reason, exporting `opd,kode,status,revisi,catatan` and
    /// `opd,indikator,nilai,alasan`. A verdict already given is never sent back by the unit's
    /// export: its status cell stays empty, which `smartcity import` reads as unchanged.
    static let evidenceScript = #"""
  var evidence = data.evidence || [];
  var verdicts = ["diterima", "revisi"];
  // Each own item's status as the register had it when the form was made.
  var original = {};
  function mine() {
    var out = [];
    evidence.forEach(function (ind) { ind.levels.forEach(function (lv) { lv.items.forEach(function (it) { if (it.mine) { out.push(it); } }); }); });
    return out;
  }
  function initEvidence() {
    state.evidence = {};
    state.values = {};
    mine().forEach(function (it) {
      original[it.code] = it.status;
      state.evidence[it.code] = { status: it.status, revision: it.revision, document: it.document, date: it.date,
                                  narrative: it.narrative, note: it.note, response: it.response };
    });
    evidence.forEach(function (ind) {
      state.values[ind.id] = ind.assessor ? { value: ind.assessor.value, reason: ind.assessor.reason } : { value: "", reason: "" };
    });
  }
  function restoreEvidence(saved) {
    Object.keys(state.evidence).forEach(function (code) { if (saved.evidence && saved.evidence[code]) { state.evidence[code] = saved.evidence[code]; } });
    Object.keys(state.values).forEach(function (id) { if (saved.values && saved.values[id]) { state.values[id] = saved.values[id]; } });
  }
  function fill(key, values) {
    var s = t(key);
    Object.keys(values).forEach(function (k) { s = s.split("{" + k + "}").join(String(values[k])); });
    return s;
  }
  function statusLabel(code, revision) {
    return t("status-" + code) + (code === "revisi" && revision ? " (" + t("revision-" + revision) + ")" : "");
  }
  function textField(labelKey, value, onInput, attrs) {
    var input = el("input", Object.assign({ type: "text", value: value || "" }, attrs || {}));
    input.addEventListener("input", function () { onInput(input.value); save(); });
    return el("label", { "class": "text" }, [t(labelKey), input]);
  }
  function areaField(labelKey, value, onInput) {
    var area = el("textarea", { rows: "2" }, [value || ""]);
    area.addEventListener("input", function () { onInput(area.value); save(); });
    return el("label", { "class": "text" }, [t(labelKey), area]);
  }
  function select(options, value, onChange) {
    var box = el("select", {}, options.map(function (o) {
      var option = el("option", { value: o[0] }, [o[1]]);
      option.selected = o[0] === value;
      return option;
    }));
    box.addEventListener("change", function () { onChange(box.value); save(); });
    return box;
  }
  function itemBlock(it) {
    var title = it.code + (it.text ? " — " + it.text[lang] : "");
    if (!it.mine) {
      return el("p", { "class": "other" }, [title + " · " + statusLabel(it.status, it.revision) + " · " + fill("ownedBy", { owner: it.owner })]);
    }
    var s = state.evidence[it.code];
    var box = el("div", { "class": "evidence-item", id: "evidence-item-" + it.code }, [el("p", {}, [el("strong", {}, [it.code]), it.text ? " — " + it.text[lang] : ""])]);
    if (!assessor) {
      if (verdicts.indexOf(original[it.code]) !== -1) {
        box.appendChild(el("p", { "class": "verdict" }, [t("assessorSaid") + " " + statusLabel(original[it.code], s.revision) + (s.note ? ": " + s.note : "")]));
        if (original[it.code] === "revisi") {
          box.appendChild(textField("response", s.response, function (v) { s.response = v; }));
        }
        return box;
      }
      box.appendChild(el("label", { "class": "text" }, [t("status"),
        select(["belum", "draf", "diunggah"].map(function (c) { return [c, t("status-" + c)]; }), s.status, function (v) { s.status = v; render(); })]));
      box.appendChild(textField("document", s.document, function (v) { s.document = v; }));
      box.appendChild(textField("documentDate", s.date, function (v) { s.date = v; }, { type: "date", max: data.periodDate }));
      box.appendChild(areaField(s.status === "diunggah" ? "narrativeRequired" : "narrative", s.narrative, function (v) { s.narrative = v; }));
      return box;
    }
    box.appendChild(el("p", { "class": "self" }, [statusLabel(original[it.code], it.revision) + (it.document ? " · " + it.document : "") + (it.date ? " · " + it.date : "")]));
    if (it.narrative) { box.appendChild(el("p", { "class": "self" }, [t("narrative") + ": " + it.narrative])); }
    if (it.response) { box.appendChild(el("p", { "class": "self" }, [t("response") + ": " + it.response])); }
    var choice = [["", t("noVerdict")], ["diterima", t("status-diterima")], ["revisi", t("status-revisi")]];
    box.appendChild(el("label", { "class": "text" }, [t("verdict"),
      select(choice, verdicts.indexOf(s.status) !== -1 ? s.status : "", function (v) { s.status = v === "" ? original[it.code] : v; render(); })]));
    if (s.status === "revisi") {
      var kinds = [["", "—"]].concat(["tidak-tepat", "belum-diunggah", "otomatis-ditolak"].map(function (k) { return [k, t("revision-" + k)]; }));
      box.appendChild(el("label", { "class": "text" }, [t("revisionKind"), select(kinds, s.revision || "", function (v) { s.revision = v; })]));
      box.appendChild(areaField("assessorNote", s.note, function (v) { s.note = v; }));
    }
    return box;
  }
  function renderEvidence() {
    if (!evidence.length) { return; }
    var section = el("section", { id: "evidence" }, [el("h2", {}, [t("evidenceTitle")]), el("p", {}, [t(assessor ? "evidenceIntroAssessor" : "evidenceIntro")])]);
    evidence.forEach(function (ind) {
      var box = el("fieldset", { "class": "item", id: "evidence-" + ind.id }, [el("legend", {}, [ind.id + " (" + ind.code + ") " + ind.name[lang]])]);
      box.appendChild(el("p", { "class": "self" }, [fill("reaches", { value: decimal(ind.value), level: ind.level })]));
      ind.levels.forEach(function (lv) {
        var heading = t("level") + " " + lv.level + " (" + bound(lv.min) + "–" + bound(lv.max) + ")" + (lv.criteria ? ": " + lv.criteria[lang] : "");
        // A level whose items are all accepted is folded away: the work is in the others.
        var done = lv.items.every(function (it) { return it.status === "diterima"; });
        var level = done
          ? el("details", { "class": "level-items" }, [el("summary", {}, [heading + " — " + t("levelAccepted")])])
          : el("div", { "class": "level-items" }, [el("h3", {}, [heading])]);
        lv.items.forEach(function (it) { level.appendChild(itemBlock(it)); });
        box.appendChild(level);
      });
      if (assessor) {
        var v = state.values[ind.id];
        box.appendChild(textField("assessorValue", v.value ? decimal(v.value) : "", function (x) { v.value = x.trim(); }, { inputmode: "decimal" }));
        box.appendChild(areaField("assessorReason", v.reason, function (x) { v.reason = x; }));
      }
      section.appendChild(box);
    });
    root.appendChild(section);
  }
  // An assessor value as the import reads it (a point, two decimals at most), or null.
  function assessorValue(text, ind) {
    var s = String(text).trim().replace(",", ".");
    if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(s)) { return null; }
    var n = Number(s);
    return n >= Number(ind.min) && n <= Number(ind.max) ? Number(s).toFixed(2) : null;
  }
  // The item and value files, or null with the reason in the status line.
  function exportEvidence() {
    if (!evidence.length) { return []; }
    var own = mine(), files = [], rows;
    if (!assessor) {
      var unexplained = own.filter(function (it) {
        var s = state.evidence[it.code];
        return s.status === "diunggah" && ["belum", "draf"].indexOf(original[it.code]) !== -1 && !present(s.narrative);
      }).map(function (it) { return it.code; });
      if (unexplained.length) { status.textContent = t("narrativeMissing").replace("{n}", unexplained.join(", ")); return null; }
      rows = line(["opd", "kode", "status", "dokumen", "tanggal", "narasi", "tanggapan", "oleh", "tanggal perubahan"]);
      own.forEach(function (it) {
        var s = state.evidence[it.code];
        var given = verdicts.indexOf(original[it.code]) !== -1 ? "" : s.status;
        if (given === original[it.code] && given === "belum") { given = ""; }
        var cells = [given, s.document, s.date, s.narrative, original[it.code] === "revisi" ? s.response : ""];
        if (cells.some(present)) { rows += line(signed([data.opd, it.code].concat(cells))); }
      });
      files.push({ name: data.opd + "-" + data.period + "-butir.csv", text: rows, pre: "export-items" });
      return files;
    }
    var open = own.filter(function (it) {
      var s = state.evidence[it.code];
      return s.status === "revisi" && (!present(s.revision) || !present(s.note));
    }).map(function (it) { return it.code; });
    if (open.length) { status.textContent = t("revisionIncomplete").replace("{n}", open.join(", ")); return null; }
    var badValues = evidence.filter(function (ind) {
      var v = state.values[ind.id];
      return present(v.value) && (assessorValue(v.value, ind) === null || !present(v.reason));
    }).map(function (ind) { return ind.id; });
    if (badValues.length) { status.textContent = t("assessorValueIncomplete").replace("{n}", badValues.join(", ")); return null; }
    rows = line(["opd", "kode", "status", "revisi", "catatan", "oleh", "tanggal perubahan"]);
    own.forEach(function (it) {
      var s = state.evidence[it.code];
      if (verdicts.indexOf(s.status) !== -1) { rows += line(signed([data.opd, it.code, s.status, s.status === "revisi" ? s.revision : "", s.note])); }
    });
    files.push({ name: data.opd + "-" + data.period + "-butir-verifikasi.csv", text: rows, pre: "export-items" });
    var values = evidence.filter(function (ind) { return present(state.values[ind.id].value); });
    if (values.length) {
      rows = line(["opd", "indikator", "nilai", "alasan", "oleh", "tanggal"]);
      values.forEach(function (ind) { var v = state.values[ind.id]; rows += line(signed([data.opd, ind.id, assessorValue(v.value, ind), v.reason])); });
      files.push({ name: data.opd + "-" + data.period + "-nilai-asesor.csv", text: rows, pre: "export-values" });
    }
    return files;
  }
  // An earlier export of items or assessor values read back; false for another kind of file.
  function readEvidenceExport(header, rows, at) {
    var code = at(["kode", "code"]);
    var value = at(["nilai", "value"]), indicator = at(["indikator", "indicator"]);
    if (code !== -1) {
      var c = { status: at(["status"]), revision: at(["revisi", "revision"]), document: at(["dokumen", "document"]), date: at(["tanggal", "date"]),
                narrative: at(["narasi", "narrative"]), note: at(["catatan", "note"]), response: at(["tanggapan", "response"]) };
      rows.forEach(function (r) {
        var s = state.evidence[String(r[code] || "").trim().toUpperCase()];
        if (!s) { return; }
        Object.keys(c).forEach(function (k) { if (c[k] !== -1 && present(r[c[k]])) { s[k] = r[c[k]]; } });
      });
      return true;
    }
    if (value !== -1 && indicator !== -1 && at(["mandiri", "self"]) === -1) {
      var reason = at(["alasan", "reason"]);
      rows.forEach(function (r) {
        var v = state.values[r[indicator]];
        if (!v) { return; }
        v.value = String(r[value] || "").replace(",", ".");
        if (reason !== -1) { v.reason = r[reason]; }
      });
      return true;
    }
    return false;
  }
  // The browser test: the unit puts every open item forward and answers its revisions; the
  // assessor accepts them, but sends back those of the first indicator without a value of its
  // own and gives that indicator a value (the one its accepted items give, so in their band).
  function selftestEvidence() {
    if (!assessor) {
      mine().forEach(function (it) {
        var s = state.evidence[it.code];
        if (["belum", "draf"].indexOf(original[it.code]) !== -1) {
          s.status = "diunggah"; s.document = "uji-peramban-" + it.code.toLowerCase() + ".pdf"; s.date = data.periodDate;
          s.narrative = "Uji peramban; dokumen menunjukkan tingkat " + it.code.split("-")[1].slice(1) + " tercapai";
        } else if (original[it.code] === "revisi") {
          s.response = "uji-tanggapan-" + it.code.toLowerCase() + ".pdf";
        }
      });
      return;
    }
    var chosen = evidence.filter(function (ind) { return !ind.assessor; })[0];
    evidence.forEach(function (ind) {
      ind.levels.forEach(function (lv) {
        lv.items.forEach(function (it) {
          if (!it.mine || original[it.code] !== "diunggah") { return; }
          var s = state.evidence[it.code];
          if (ind === chosen) { s.status = "revisi"; s.revision = "tidak-tepat"; s.note = "Uji peramban: dokumen belum ditetapkan"; }
          else { s.status = "diterima"; }
        });
      });
    });
    if (chosen) { state.values[chosen.id] = { value: chosen.value, reason: "Uji peramban: hasil interviu" }; }
  }
"""#
}
