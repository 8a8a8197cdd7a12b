// Draws every chart of the page from the data its canvas carries (data-chart), including charts that htmx adds later.
// The same data are in the table next to each chart, which is what screen readers and print use.
(function () {
  'use strict';
  var palette = ['#0066cc', '#cc334d', '#008055', '#995c00'];
  function draw(root) {
    if (!window.Chart) {
      return;
    }
    root.querySelectorAll('canvas[data-chart]:not([data-drawn])').forEach(function (canvas) {
      var spec = JSON.parse(canvas.dataset.chart);
      canvas.dataset.drawn = 'true';
      new window.Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: spec.datasets.map(function (d, i) {
            return {label: d.label, data: d.data, borderColor: palette[i % palette.length],
              backgroundColor: palette[i % palette.length], spanGaps: false, borderDash: i === 1 ? [6, 4] : []};
          })
        },
        options: {responsive: true, maintainAspectRatio: false, animation: false,
          scales: {y: {beginAtZero: true}}}
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
