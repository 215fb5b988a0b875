extension HTMLRenderer {
    /// The page's inline script, written once at the end of `<body>` when a table is
    /// sortable. Plain ES5, no library, nothing fetched.
    ///
    /// For each `.table-block.sortable` it shows the filter box (hidden without script) and
    /// wires the header buttons. Sorting reads a cell's `data-sort` (else its text): as a
    /// number in `num` columns (`Number`, so keys must be plain decimals like `3.50`), else
    /// as text lowered with `toLowerCase` and compared by code unit, which no browser locale
    /// changes. Cells without a number sort last either way; ties keep their order. The
    /// header's `aria-sort` says the current order. Filtering hides rows whose text does not
    /// contain the typed text (case-insensitive).
    static let script = #"""
    (function () {
      "use strict";
      document.documentElement.classList.add("js");
      var each = function (list, f) { Array.prototype.forEach.call(list, f); };
      function key(cell, numeric) {
        var k = (cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent).trim();
        if (!numeric) return k.toLowerCase();
        var n = Number(k);
        return k === "" || isNaN(n) ? null : n;
      }
      function sortRows(table, column, numeric, descending) {
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row, index) {
          var cell = row.cells[column];
          return { row: row, key: cell ? key(cell, numeric) : null, index: index };
        });
        rows.sort(function (a, b) {
          if (a.key === null || b.key === null) {
            if (a.key !== b.key) return a.key === null ? 1 : -1;
          } else if (a.key !== b.key) {
            return (a.key < b.key ? -1 : 1) * (descending ? -1 : 1);
          }
          return a.index - b.index;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      }
      each(document.querySelectorAll(".table-block.sortable"), function (block) {
        var table = block.querySelector("table");
        var filter = block.querySelector(".table-filter");
        var input = filter.querySelector("input");
        filter.hidden = false;
        input.addEventListener("input", function () {
          var q = input.value.trim().toLowerCase();
          each(table.tBodies[0].rows, function (row) {
            row.hidden = q !== "" && row.textContent.toLowerCase().indexOf(q) < 0;
          });
        });
        var headers = table.tHead.rows[0].cells;
        each(headers, function (th, column) {
          var button = th.querySelector("button.sort");
          if (!button) return;
          button.addEventListener("click", function () {
            var descending = th.getAttribute("aria-sort") === "ascending";
            each(headers, function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            sortRows(table, column, th.classList.contains("num"), descending);
          });
        });
      });
    })();
    """#
}
