// Charts of the events report; the data comes from the json_script element the page renders.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var source = document.getElementById("events-chart-data");
  if (!source || !window.Chart) { return; }
  var data = JSON.parse(source.textContent);
  var rtl = document.documentElement.dir === "rtl";
  var font = { family: "Vazirmatn, Tahoma, sans-serif" };
  // counts in the page's digits, zero included (Chart.js writes a zero tick as a Latin "0")
  var numbers = new Intl.NumberFormat(rtl ? "fa-IR" : "en", { maximumFractionDigits: 0 });
  var ticks = { font: font, precision: 0, callback: function (value) { return numbers.format(value); } };
  function bar(id, labels, datasets, horizontal) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: {
        locale: rtl ? "fa-IR" : "en", animation: false, indexAxis: horizontal ? "y" : "x", responsive: true,
        plugins: { legend: { rtl: rtl, labels: { font: font } }, tooltip: { rtl: rtl } },
        scales: {
          x: { stacked: true, reverse: rtl && !horizontal, ticks: horizontal ? ticks : { font: font } },
          y: { stacked: true, position: rtl && horizontal ? "right" : "left", ticks: horizontal ? { font: font } : ticks, beginAtZero: true }
        }
      }
    });
  }
  bar("chart-kinds", data.kinds.labels, [
    { label: data.labels.hosted, data: data.kinds.hosted, backgroundColor: "#2f6690" },
    { label: data.labels.attended, data: data.kinds.attended, backgroundColor: "#81c3d7" }], true);
  bar("chart-audiences", data.audiences.labels, [
    { label: data.labels.hosted, data: data.audiences.hosted, backgroundColor: "#2f6690" },
    { label: data.labels.attended, data: data.audiences.attended, backgroundColor: "#81c3d7" }], true);
  bar("chart-countries", data.countries.labels, [
    { label: data.labels.arrived, data: data.countries.arrived, backgroundColor: "#3a7ca5" }], true);
});
