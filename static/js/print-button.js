// A "Print" button, shown only where scripts run (without them, the browser's own print
// command prints the same page).
"use strict";

document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
