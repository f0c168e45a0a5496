// Follows the device's light or dark preference (Bootstrap 5.3 colour modes); served from our origin for the CSP.
(function () {
  var query = window.matchMedia('(prefers-color-scheme: light)');
  function apply() {
    document.documentElement.setAttribute('data-bs-theme', query.matches ? 'light' : 'dark');
  }
  apply();
  query.addEventListener('change', apply);
})();
