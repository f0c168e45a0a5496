// The phone's bottom bar scrolls sideways when its items do not fit: show the current page's item, and the item the
// keyboard moves to (the browser alone left it cut off at the bar's edge). Served from our origin (CSP).
(function () {
  var list = document.querySelector('.admin-nav .nav-list');
  var active = list && list.querySelector('a.active');
  if (!active || list.scrollWidth <= list.clientWidth) {
    return;
  }
  var bar = list.getBoundingClientRect();
  var item = active.getBoundingClientRect();
  list.scrollLeft += item.left - bar.left - (bar.width - item.width) / 2;
  list.addEventListener('focusin', function (event) {
    event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
})();
