// Filters and sorting for the findings table (no framework, no network).
(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var controls = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll("section.finding"));
  var shown = document.getElementById("shown");
  var disputes = Array.prototype.slice.call(document.querySelectorAll("details.dispute"));
  var folded = disputes.map(function (d) { return d.open; });

  function current() {
    var filter = {};
    controls.forEach(function (control) {
      filter[control.getAttribute("data-filter")] = control.value.trim().toLowerCase();
    });
    return filter;
  }

  // The search box looks at everything a finding's card shows: summary, sentences, outlets.
  var words = {};
  cards.forEach(function (card) { words[card.id] = card.textContent.toLowerCase(); });

  function matches(card, f) {
    var d = card.dataset;
    return (!f.severity || d.severity === f.severity) &&
      (!f.kind || d.kind === f.kind) &&
      (!f.label || d.label === f.label) &&
      (!f.article || (" " + d.articles + " ").indexOf(" " + f.article + " ") >= 0) &&
      (!f.outlet || ("|" + d.outlets + "|").indexOf("|" + f.outlet + "|") >= 0) &&
      (!f.text || words[card.id].indexOf(f.text) >= 0);
  }

  function apply() {
    var f = current();
    var visible = {};
    var n = 0;
    cards.forEach(function (card) {
      var ok = matches(card, f);
      card.hidden = !ok;
      visible[card.id] = ok;
      if (ok) { n += 1; }
    });
    var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    rows.forEach(function (row) { row.hidden = !visible[row.getAttribute("data-id")]; });
    if (shown) { shown.textContent = n + " of " + cards.length + " findings shown"; }
    // A dispute with no finding left is hidden; while a filter is on, the others are opened.
    var filtering = Object.keys(f).some(function (k) { return f[k]; });
    disputes.forEach(function (dispute, i) {
      var left = dispute.querySelectorAll("section.finding:not([hidden])").length;
      dispute.hidden = left === 0;
      dispute.open = filtering ? left > 0 : folded[i];
    });
  }

  // A link to a finding inside a folded dispute opens the dispute first.
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var dispute = target && target.closest ? target.closest("details.dispute") : null;
    if (dispute && !dispute.open) { dispute.open = true; target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);

  function key(row, column) {
    var cell = row.cells[column];
    return cell.getAttribute("data-sort") || cell.textContent.trim().toLowerCase();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a && String(y) === b) { return x - y; }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function sortBy(th) {
    var column = th.cellIndex;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = compare(key(a, column), key(b, column));
      return (ascending ? order : -order) || compare(a.getAttribute("data-id"), b.getAttribute("data-id"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      if (cell.hasAttribute("aria-sort")) { cell.setAttribute("aria-sort", "none"); }
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  controls.forEach(function (control) {
    control.addEventListener(control.tagName === "INPUT" ? "input" : "change", apply);
  });
  var reset = document.getElementById("reset");
  if (reset) {
    reset.addEventListener("click", function () {
      controls.forEach(function (control) { control.value = ""; });
      apply();
    });
  }
  if (table) {
    Array.prototype.forEach.call(table.querySelectorAll("th button"), function (button) {
      button.addEventListener("click", function () { sortBy(button.parentNode); });
    });
  }
  apply();
  reveal();
  document.documentElement.setAttribute("data-ready", "1");
}());
