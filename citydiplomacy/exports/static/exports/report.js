// The exports report's chart: the pipeline by stage, its value and its weighted value.
(function () {
  "use strict";
  var data = document.getElementById("exports-chart");
  var canvas = document.getElementById("pipeline-chart");
  if (!data || !canvas || !window.Chart) { return; }
  var chart = JSON.parse(data.textContent);
  var rtl = document.documentElement.dir === "rtl";
  var locale = rtl ? "fa-IR" : "en-US";
  var font = { family: "Vazirmatn, Tahoma, sans-serif" };
  // the axis in the page's digits and separators, zero included (Chart.js writes a zero tick as a Latin "0")
  var numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  new window.Chart(canvas, {
    type: "bar",
    data: { labels: chart.labels, datasets: [
      { label: chart.names.value, data: chart.value, backgroundColor: "#9ec5fe" },
      { label: chart.names.weighted, data: chart.weighted, backgroundColor: "#0d6efd" }
    ] },
    options: {
      locale: locale, animation: false, aspectRatio: 3.5,
      plugins: { legend: { rtl: rtl, labels: { font: font } }, tooltip: { rtl: rtl } },
      scales: {
        x: { reverse: rtl, ticks: { font: font } },
        y: { position: rtl ? "right" : "left", beginAtZero: true,
             ticks: { font: font, callback: function (value) { return numbers.format(value); } } }
      }
    }
  });
}());
