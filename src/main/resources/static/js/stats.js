// Draws the statistics page's charts with Chart.js (from WebJars). Each <canvas data-chart="…"> carries its JSON:
// type, labels (ISO days when "days" is true, else words already in the page's language) and datasets with their
// labels. No text is written here. Colours follow the light or dark theme with 3:1 contrast, and series also
// differ in line dash, point shape or bar pattern, so colour is never the only cue. Served from our origin (CSP).
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var PALETTES = {
    dark: ['#e5a00d', '#5dade2', '#f28fad'],
    light: ['#8a5a00', '#1f5f99', '#a3245d']
  };
  var DASHES = [[], [8, 4], [2, 3]];
  var POINTS = ['circle', 'rectRot', 'triangle'];
  var charts = [];

  function theme() {
    return document.documentElement.getAttribute('data-bs-theme') === 'light' ? 'light' : 'dark';
  }

  // A fill for bar series 2 and 3: diagonal stripes or dots over the series colour.
  function pattern(colour, index) {
    if (index === 0) {
      return colour;
    }
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var ctx = tile.getContext('2d');
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = theme() === 'light' ? '#ffffff' : '#111111';
    ctx.fillStyle = ctx.strokeStyle;
    ctx.lineWidth = 2;
    if (index === 1) {
      ctx.beginPath();
      ctx.moveTo(0, 8);
      ctx.lineTo(8, 0);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(4, 4, 1.5, 0, 2 * Math.PI);
      ctx.fill();
    }
    return ctx.createPattern(tile, 'repeat');
  }

  function dayLabels(days) {
    var lang = document.documentElement.lang || undefined;
    var format;
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch (e) {
      return days;
    }
    return days.map(function (day) {
      return format.format(new Date(day + 'T00:00:00Z'));
    });
  }

  function styled(spec) {
    var colours = PALETTES[theme()];
    return spec.datasets.map(function (set, i) {
      var colour = colours[i % colours.length];
      var dataset = { label: set.label, data: set.data, borderColor: colour };
      if (spec.type === 'line') {
        dataset.backgroundColor = colour;
        dataset.borderDash = DASHES[i % DASHES.length];
        dataset.pointStyle = POINTS[i % POINTS.length];
        dataset.pointRadius = spec.labels.length > 60 ? 0 : 3;
        dataset.borderWidth = 2;
      } else {
        dataset.backgroundColor = pattern(colour, i % 3);
        dataset.borderWidth = 1;
      }
      return dataset;
    });
  }

  function options() {
    var text = getComputedStyle(document.body).color;
    var grid = theme() === 'light' ? 'rgba(0, 0, 0, 0.12)' : 'rgba(255, 255, 255, 0.15)';
    var axis = { ticks: { color: text }, grid: { color: grid } };
    return {
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: window.matchMedia('(max-width: 575.98px)').matches ? 1.2 : 2,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: axis,
        y: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } }
      },
      plugins: { legend: { labels: { color: text, usePointStyle: true } } }
    };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var chart = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.days ? dayLabels(spec.labels) : spec.labels, datasets: styled(spec) },
      options: options()
    });
    charts.push({ chart: chart, spec: spec });
  });

  // theme.js switches data-bs-theme when the device's preference changes: recolour.
  new MutationObserver(function () {
    charts.forEach(function (entry) {
      entry.chart.data.datasets = styled(entry.spec);
      entry.chart.options = options();
      entry.chart.update();
    });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-bs-theme'] });
})();
