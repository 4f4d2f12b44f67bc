// The media library's list: each image's Markdown code has a button that copies it.
(function () {
  "use strict";

  function copy(button) {
    const code = button.dataset.copy;
    const done = function () {
      const label = button.textContent;
      button.textContent = button.dataset.copied;
      window.setTimeout(function () {
        button.textContent = label;
      }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code).then(done, function () {});
      return;
    }
    // Plain HTTP (a local server): copy the selected code the older way; it stays selected
    // for Ctrl+C should that fail too.
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(button.previousElementSibling);
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand("copy")) {
      done();
    }
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest(".image-code__copy");
    if (button) {
      copy(button);
    }
  });
})();
