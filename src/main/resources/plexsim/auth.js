// The app.plex.tv auth step of the Plex simulator. Clients open /auth#?clientID=..&code=..&forwardUrl=..
// or /auth/#!?...; everything after '#' stays in the browser, so this script reads it.
(function () {
  'use strict';

  function fragmentParams() {
    var hash = window.location.hash.replace(/^#!?\??/, '').replace(/^!/, '').replace(/^\?/, '');
    return new URLSearchParams(hash);
  }

  var params = fragmentParams();
  var messageEl;

  function say(text, kind) {
    messageEl.textContent = text;
    messageEl.className = 'message' + (kind ? ' ' + kind : '');
  }

  function safeForwardUrl(value) {
    if (!value) { return null; }
    try {
      var url = new URL(value, window.location.href);
      return (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function approve(account) {
    if (!params.get('code') || !params.get('clientID')) {
      say('This sign-in link is incomplete. Start again from the app.', 'error');
      return;
    }
    say('Signing in as ' + account + '…');
    var body = new URLSearchParams({ code: params.get('code'), clientID: params.get('clientID'), account: account });
    fetch('/sim/auth/approve', { method: 'POST', body: body })
      .then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (result) {
        if (!result.ok) {
          say(result.json.error || 'Sign-in failed.', 'error');
          return;
        }
        var forward = safeForwardUrl(params.get('forwardUrl'));
        if (forward) {
          say('Signed in. Taking you back…', 'done');
          window.location.assign(forward);
        } else {
          say('You are signed in as ' + result.json.username + '. You can close this window.', 'done');
        }
      })
      .catch(function () { say('The simulator did not answer. Is it still running?', 'error'); });
  }

  function accountButton(account) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'account';
    button.setAttribute('role', 'listitem');
    var avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.textContent = account.username.charAt(0);
    var text = document.createElement('span');
    text.textContent = account.username;
    var email = document.createElement('span');
    email.className = 'email';
    email.textContent = account.email;
    text.appendChild(email);
    button.appendChild(avatar);
    button.appendChild(text);
    button.addEventListener('click', function () { approve(account.username); });
    return button;
  }

  document.addEventListener('DOMContentLoaded', function () {
    messageEl = document.getElementById('message');
    var product = params.get('context[device][product]');
    if (product) { document.getElementById('product').textContent = product; }
    fetch('/sim/accounts')
      .then(function (response) { return response.json(); })
      .then(function (accounts) {
        var list = document.getElementById('accounts');
        accounts.forEach(function (account) { list.appendChild(accountButton(account)); });
      })
      .catch(function () { say('Could not load the simulated accounts.', 'error'); });
    document.getElementById('other').addEventListener('submit', function (event) {
      event.preventDefault();
      approve(document.getElementById('account').value.trim());
    });
  });
}());
