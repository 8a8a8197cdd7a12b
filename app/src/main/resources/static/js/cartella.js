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
  // Rows of a form's groups: a removed row takes the focus to its group's add button; a row htmx adds takes it
  // to its first field, so that a keyboard user carries on where the new row is.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-remove-row]');
    if (!button) {
      return;
    }
    var row = button.closest('.row-item');
    var group = row.closest('.row-group');
    row.remove();
    var add = group && group.querySelector(':scope > .add-row');
    if (add) {
      add.focus();
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var rows = event.detail.target;
    var added = rows && rows.classList.contains('rows') && rows.lastElementChild;
    var field = added && added.querySelector('input, select, textarea');
    if (field) {
      field.focus();
    }
  });
  // A link of the error summary puts the focus on the field it is about, its label in view: a fragment's target
  // alone is scrolled to the top edge, under its label, and not every browser focuses it.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('#error-summary a[href^="#"]');
    var field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
    (label || field).scrollIntoView({block: 'center'});
    field.focus({preventScroll: true});
  });
  // A person field's search box searches on Enter, as its button does, instead of sending the whole form; when the
  // search finds someone, the focus goes to the list they were added to, where the arrow keys choose.
  document.addEventListener('keydown', function (event) {
    var box = event.key === 'Enter' && event.target.closest('[data-person-search]');
    var button = box && document.getElementById(box.dataset.personSearch);
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var select = event.detail.target;
    if (select && select.matches('select[data-person-picker]') && select.querySelector('optgroup[data-found]')) {
      select.focus();
    }
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
