// The team map's conveniences: copy an address with one click, print the handout. Without
// JavaScript the buttons stay hidden: the addresses can be selected and copied by hand, and the
// browser's own print command prints the handout.
(function () {
  "use strict";

  const status = document.querySelector("[data-copy-status]");

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    const input = document.getElementById(button.dataset.copy);
    if (!input || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(
        function () {
          if (status) {
            status.textContent = button.dataset.copied || "";
          }
        },
        function () {
          input.select();
        }
      );
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
