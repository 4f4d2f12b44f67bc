// Language tabs on a change form with texts in several languages (django-modeltranslation
// marks each language's box with the class mt-field-<name>-<language>): "all languages" side
// by side, as the form comes, or one language's boxes alone. The choice is kept for the
// browser's session, so that a staff member translating item after item stays in Swedish.
// A box with an error is never hidden: the form then shows every language.
"use strict";

(function () {
  const tabs = document.querySelector("[data-language-tabs]");
  const boxes = document.querySelectorAll(".mt[class*='mt-field-']");
  if (!tabs || !boxes.length) {
    return;
  }
  const STORED = "admin-language-tab";
  const buttons = Array.from(tabs.querySelectorAll("button[data-language]"));

  function languageOf(box) {
    const found = Array.from(box.classList).find(function (name) {
      return name.startsWith("mt-field-");
    });
    return found.slice(found.lastIndexOf("-") + 1);
  }

  // What to hide for a box: its row (or its box on a row of several), in a table its cell and
  // the column's heading.
  function partsOf(box) {
    const cell = box.closest("td");
    if (!cell) {
      return [box.closest(".fieldBox") || box.closest(".form-row")];
    }
    const column = Array.from(cell.classList).find(function (name) {
      return name.startsWith("field-");
    });
    const table = cell.closest("table");
    const heading = column && table.querySelector("th.column-" + column.slice("field-".length));
    return heading ? [cell, heading] : [cell];
  }

  function show(language) {
    boxes.forEach(function (box) {
      const hidden = Boolean(language) && languageOf(box) !== language;
      partsOf(box).forEach(function (part) {
        if (part) {
          part.hidden = hidden;
        }
      });
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.language === language));
    });
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      sessionStorage.setItem(STORED, button.dataset.language);
      show(button.dataset.language);
    });
  });

  const hasErrors = document.querySelector(".errornote, .errorlist") !== null;
  const stored = sessionStorage.getItem(STORED) || "";
  const known = buttons.some(function (button) {
    return button.dataset.language === stored;
  });
  tabs.hidden = false;
  show(hasErrors || !known ? "" : stored);
})();
