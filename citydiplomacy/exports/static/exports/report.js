// The exports report's chart: the pipeline by stage, its value and its weighted value.
(function () {
  "use strict";
  var data = document.getElementById("exports-chart");
  var canvas = document.getElementById("pipeline-chart");
  if (!data || !canvas || !window.Chart) { return; }
  var chart = JSON.parse(data.textContent);
  var rtl = document.documentElement.dir === "rtl";
  var locale = rtl ? "fa-IR" : "en-US";
  new window.Chart(canvas, {
    type: "bar",
    data: { labels: chart.labels, datasets: [
      { label: chart.names.value, data: chart.value, backgroundColor: "#9ec5fe" },
      { label: chart.names.weighted, data: chart.weighted, backgroundColor: "#0d6efd" }
    ] },
    options: { locale: locale, scales: { x: { reverse: rtl } }, plugins: { legend: { rtl: rtl } } }
  });
}());
