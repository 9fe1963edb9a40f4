// Neutral theme: the few behaviours the pages borrow from the State design system's script, which this
// theme does not load. Disclosure buttons (accordions): a button with aria-controls toggles its panel
// and keeps aria-expanded true to what is shown.
(function () {
  'use strict';
  function sync(button) {
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (panel) {
      panel.hidden = button.getAttribute('aria-expanded') !== 'true';
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('.fr-accordion__btn[aria-controls]');
    Array.prototype.forEach.call(buttons, function (button) {
      sync(button);
      button.addEventListener('click', function () {
        button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
        sync(button);
      });
    });
  });
}());
