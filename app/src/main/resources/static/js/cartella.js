// Behaviour shared by every page. Everything works without it: it loads the design system's fonts and prevents
// double submissions.
(function () {
  'use strict';
  // Bootstrap Italia declares its fonts from script, at the path where the application serves them.
  var fonts = document.currentScript && document.currentScript.dataset.fonts;
  if (window.bootstrap && window.bootstrap.loadFonts && fonts) {
    window.bootstrap.loadFonts(fonts);
  }
  // A form marked data-submit-once sends once: a double click or an impatient second click is ignored.
  // The server also refuses a repeated command through the idempotency key in the form.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-submit-once')) {
      return;
    }
    if (form.dataset.submitted === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.setAttribute('aria-disabled', 'true');
      button.classList.add('disabled');
    });
  });
  // A page shown again from the back-forward cache can be submitted again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitted]').forEach(function (form) {
      delete form.dataset.submitted;
      form.querySelectorAll('button[type=submit]').forEach(function (button) {
        button.removeAttribute('aria-disabled');
        button.classList.remove('disabled');
      });
    });
  });
})();
