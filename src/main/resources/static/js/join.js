// "Sign in with Plex" on an invite link: Plex's page in a popup while this page asks the
// server every second whether the sign-in finished; a blocked popup sends the whole page
// to Plex instead. Without this script the form posts and the server redirects.
(function () {
  'use strict';
  var form = document.getElementById('join-form');
  if (!form || !window.fetch) {
    return;
  }
  var problem = document.getElementById('join-problem');
  var button = form.querySelector('button[type="submit"]');
  // Each press starts a new sign-in; an older one's polling stops.
  var generation = 0;

  function show(text) {
    problem.textContent = text;
    problem.classList.remove('d-none');
    button.disabled = false;
  }

  function poll(statusUrl, popup, mine, closedSaid) {
    if (mine !== generation) {
      return;
    }
    fetch(statusUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (status.state === 'done') {
          if (popup && !popup.closed) {
            popup.close();
          }
          window.location.assign(status.next);
        } else if (status.state === 'unknown') {
          window.location.reload();
        } else {
          // Plex's window closed while still waiting: cancelled, or finished a moment ago.
          // Say so and allow another try, but keep listening in case it did finish.
          var closed = popup && popup.closed;
          if (closed && !closedSaid) {
            show(form.getAttribute('data-closed'));
          }
          window.setTimeout(function () { poll(statusUrl, popup, mine, closedSaid || closed); }, 1000);
        }
      })
      .catch(function () { window.setTimeout(function () { poll(statusUrl, popup, mine, closedSaid); }, 2000); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    generation += 1;
    var mine = generation;
    button.disabled = true;
    problem.classList.add('d-none');
    // Opened now, in the click, so that popup blockers allow it; pointed at Plex below.
    var popup = window.open('', 'plex-sign-in', 'width=600,height=700');
    if (popup) {
      popup.document.title = form.getAttribute('data-waiting');
    }
    fetch(form.action, {
      method: 'POST',
      // URL-encoded like a plain form post (the CSRF field travels with it).
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          if (popup) {
            popup.close();
          }
          show(answer.body.error);
          return;
        }
        if (!popup || popup.closed) {
          window.location.assign(answer.body.pageUrl);
          return;
        }
        popup.location.href = answer.body.popupUrl;
        poll(answer.body.statusUrl, popup, mine, false);
      })
      .catch(function () {
        if (popup) {
          popup.close();
        }
        form.submit();
      });
  });
}());
