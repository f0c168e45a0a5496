// The batch upload form: a file larger than the page accepts is refused here, with the page's own message,
// before it is sent (the server refuses it too, but a body beyond its upload limit cannot carry the form's
// CSRF field, and would end on the generic "forbidden" page instead). Served from our origin (CSP).
(function () {
  var form = document.getElementById('upload-form');
  var input = document.getElementById('file');
  var problem = document.getElementById('file-too-large');
  if (!form || !input || !problem) {
    return;
  }
  var max = Number(form.getAttribute('data-max-bytes'));

  function tooLarge() {
    var file = input.files && input.files[0];
    return !!file && max > 0 && file.size > max;
  }

  function show(refused) {
    problem.hidden = !refused;
    problem.textContent = refused ? form.getAttribute('data-too-large') : '';
    input.classList.toggle('is-invalid', refused);
    if (refused) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'file-too-large format-details');
    }
    else {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', 'format-details');
    }
  }

  input.addEventListener('change', function () {
    show(tooLarge());
  });
  form.addEventListener('submit', function (event) {
    if (tooLarge()) {
      event.preventDefault();
      show(true);
      input.focus();
    }
  });
})();
