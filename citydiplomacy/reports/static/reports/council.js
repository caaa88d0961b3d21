// Charts of the council report page; the data comes from the json_script element the page renders.
document.addEventListener("DOMContentLoaded", function () {
  var source = document.getElementById("council-chart-data");
  if (!source || !window.Chart) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var rtl = document.documentElement.dir === "rtl";
  var font = { family: "Vazirmatn, Tahoma, sans-serif" };
  var locale = rtl ? "fa-IR" : "en";
  // Numbers on the axes and in tooltips in the page's digits and separators (۱٬۲۰۰ in Persian).
  var numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  function ticks(values) {
    var options = { font: font, precision: 0 };
    if (values) {
      options.callback = function (value) { return numbers.format(value); };
    }
    return options;
  }

  function bar(id, labels, datasets, horizontal) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: {
        locale: locale,
        animation: false,
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        plugins: { legend: { rtl: rtl, labels: { font: font } }, tooltip: { rtl: rtl } },
        scales: {
          x: { reverse: rtl && !horizontal, ticks: ticks(horizontal) },
          y: { position: rtl ? "right" : "left", ticks: ticks(!horizontal), beginAtZero: true }
        }
      }
    });
  }

  bar("chart-yearly", data.yearly.labels, [
    { label: data.labels.trips, data: data.yearly.trips, backgroundColor: "#2f6690" },
    { label: data.labels.virtual, data: data.yearly.virtual, backgroundColor: "#81c3d7" }
  ]);
  bar("chart-destinations", data.destinations.labels,
    [{ label: data.labels.trips, data: data.destinations.trips, backgroundColor: "#2f6690" }], true);
  bar("chart-purposes", data.purposes.labels,
    [{ label: data.labels.trips, data: data.purposes.trips, backgroundColor: "#3a7ca5" }], true);
});
