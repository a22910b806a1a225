// actlint serve: dropping a file sends it; filters hide findings; « show in the act » focuses
// the highlight. The page works without it, but for dropping and filtering.
(function () {
  "use strict";
  var form = document.getElementById("act-form");
  var zone = document.getElementById("drop-zone");
  var input = document.getElementById("file");
  if (form && zone && input) {
    var busy = document.getElementById("busy");
    var button = document.getElementById("submit");
    form.addEventListener("submit", function () {
      busy.textContent = busy.getAttribute("data-working");
      button.disabled = true;
    });
    window.addEventListener("pageshow", function () {  // back from the result
      busy.textContent = "";
      button.disabled = false;
    });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        form.requestSubmit();
      }
    });
  }

  var list = document.getElementById("findings");
  var filters = document.getElementById("filters");
  if (list && filters) {
    var apply = function () {
      var wanted = { severity: new Set(), family: new Set() };
      filters.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        if (box.checked) { wanted[box.getAttribute("data-filter")].add(box.value); }
      });
      var hidden = new Set();
      var shown = 0;
      list.querySelectorAll("li.finding").forEach(function (item) {
        var on = wanted.severity.has(item.dataset.severity) && wanted.family.has(item.dataset.family);
        item.hidden = !on;
        if (on) { shown += 1; } else { hidden.add(item.dataset.index); }
      });
      document.querySelectorAll("mark.hl").forEach(function (mark) {
        var off = mark.dataset.findings.split(" ").every(function (index) { return hidden.has(index); });
        mark.classList.toggle("off", off);
        if (mark.hasAttribute("data-focusable")) { mark.tabIndex = off ? -1 : 0; }
      });
      document.getElementById("shown-count").textContent = String(shown);
    };
    filters.addEventListener("change", apply);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.goto") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    event.preventDefault();
    var mark = target.closest("mark.hl") || target;
    mark.scrollIntoView({ block: "center" });
    mark.focus();
  });
}());
