// Accessible names that Django's admin widgets leave out (axe-core, WCAG 2.2 AA):
// - an autocomplete (select2) is named by its field's label, not by its empty placeholder;
// - the two-box picker's filter icon, a span with a label, is given the role of an image.
// Runs whenever elements are added, so also after the widgets have drawn themselves.
"use strict";

(function () {
  function nameAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      const label = document.querySelector('label[for="' + select.id + '"]');
      const container = select.parentElement.querySelector(".select2-container");
      if (!label || !container) {
        return;
      }
      label.id = label.id || select.id + "-label";
      const rendered = container.querySelector(".select2-selection__rendered");
      const combobox = container.querySelector('[role="combobox"]');
      if (rendered) {
        rendered.setAttribute("aria-labelledby", label.id);
      }
      if (combobox && rendered) {
        combobox.setAttribute("aria-labelledby", label.id + " " + rendered.id);
      }
    });
  }

  function nameFilterIcons() {
    document.querySelectorAll(".selector .help-tooltip[aria-label]").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function nameAll() {
    nameAutocompletes();
    nameFilterIcons();
  }

  // The widgets draw themselves on the page's load or later (select2 on jQuery's ready, which
  // may come after it): each time elements are added, whatever is new is named.
  nameAll();
  new MutationObserver(nameAll).observe(document.body, { childList: true, subtree: true });
})();
