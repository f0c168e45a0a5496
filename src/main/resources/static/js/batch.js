// Live progress of a running batch: polls the JSON the page names in data-progress-url every two seconds and
// updates the bar and the texts (already in the page's language). Reloads the page once the batch has ended,
// so the rows show their outcome. Without JavaScript the page is right on every reload. Served from our origin (CSP).
(function () {
  var card = document.getElementById('progress-card');
  if (!card || card.getAttribute('data-running') !== 'true') {
    return;
  }
  var url = card.getAttribute('data-progress-url');
  var bar = document.getElementById('batch-progress');
  var state = document.getElementById('batch-state');
  var summary = document.getElementById('progress-summary');
  var pace = document.getElementById('progress-pace');

  function set(element, text) {
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('progress ' + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        bar.max = Math.max(progress.valid, 1);
        bar.value = progress.valid > 0 ? progress.done : 1;
        bar.textContent = progress.percent + ' %';
        set(state, progress.stateText);
        set(summary, progress.summary);
        set(pace, progress.pace);
        if (progress.settled) {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 2000);
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 2000);
})();
