// Draws every <canvas data-chart="..."> with Chart.js (vendored beside this file).
// The figures come from the page itself, which also lists them in a table.
(function () {
  "use strict";
  var colours = ["#b71c1c", "#e65100", "#f9a825", "#1565c0", "#2e7d32", "#6a1b9a"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute("data-chart"));
    var datasets = spec.datasets.map(function (set, i) {
      return {
        label: set.label,
        data: set.data,
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length],
      };
    });
    new Chart(canvas, {
      type: spec.type || "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: !!spec.stacked },
          y: { stacked: !!spec.stacked, beginAtZero: true },
        },
      },
    });
    canvas.setAttribute("data-drawn", "true");
  });
})();
