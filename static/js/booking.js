// While a booking form is being sent, its button says so and ignores further clicks, so an
// impatient second click sends nothing more. Without JavaScript the server already stores a
// form sent twice only once; this only spares the wait.
(function () {
  "use strict";

  document.querySelectorAll("form[data-booking-submit-once]").forEach(function (form) {
    let sent = false;
    form.addEventListener("submit", function (event) {
      if (sent) {
        event.preventDefault();
        return;
      }
      sent = true;
      const button = event.submitter || form.querySelector("button[type=submit]");
      if (button) {
        button.setAttribute("aria-disabled", "true");
        button.textContent = button.dataset.sendingText || button.textContent;
      }
    });
  });
})();
