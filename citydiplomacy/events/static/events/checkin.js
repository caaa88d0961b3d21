// Live guest counts on the check-in page: polls the JSON endpoint named by data-counts-url every 5 seconds.
(function () {
  "use strict";
  var box = document.getElementById("live-counts");
  if (!box) { return; }
  var url = box.getAttribute("data-counts-url");
  var persian = document.documentElement.lang === "fa";
  function digits(n) {
    var text = String(n);
    return persian ? text.replace(/[0-9]/g, function (d) { return "۰۱۲۳۴۵۶۷۸۹"[d]; }) : text;
  }
  function cell(text) { var td = document.createElement("td"); td.textContent = text; return td; }
  function render(data) {
    var total = document.getElementById("count-arrived");
    if (total) { total.textContent = digits(data.total.arrived) + " / " + digits(data.total.accepted); }
    var body = document.getElementById("counts-by-audience");
    if (!body) { return; }
    while (body.firstChild) { body.removeChild(body.firstChild); }
    data.by_audience.forEach(function (row) {
      var tr = document.createElement("tr");
      tr.appendChild(cell(row.label));
      tr.appendChild(cell(digits(row.invited)));
      tr.appendChild(cell(digits(row.accepted)));
      tr.appendChild(cell(digits(row.arrived)));
      body.appendChild(tr);
    });
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { render(data); } })
      .catch(function () {});
  }
  poll();
  window.setInterval(poll, 5000);
  var input = document.getElementById("id_code");
  if (input) { input.focus(); }
})();
