// Draws the work community map beside the questionnaire as it is being answered. The chart
// is the server's own: the current answers go to the chart address, which answers with the
// map's figure alone, so the scoring exists only once. Without JavaScript the preview stays
// hidden and the form works as it is.
(function () {
  "use strict";

  const form = document.querySelector("[data-map-form]");
  const preview = document.querySelector("[data-map-preview]");
  if (!form || !preview || !window.fetch || !window.DOMParser) {
    return;
  }
  const target = preview.querySelector("[data-map-preview-chart]");
  let timer = null;
  let latest = 0;

  function answersCode() {
    return Array.from(form.querySelectorAll("input[type=radio]:checked"))
      .map(function (input) {
        return [Number(input.name.slice(1)), input.value];
      })
      .sort(function (a, b) {
        return a[0] - b[0];
      })
      .map(function (pair) {
        return pair[0] + "-" + pair[1];
      })
      .join(".");
  }

  function refresh() {
    const request = ++latest;
    fetch(preview.dataset.chartUrl + "?v=" + encodeURIComponent(answersCode()))
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || request !== latest) {
          return;
        }
        const fragment = new DOMParser().parseFromString(html, "text/html");
        const figure = fragment.querySelector(".map-chart");
        if (figure) {
          target.replaceChildren(document.importNode(figure, true));
        }
      })
      .catch(function () {
        // The preview is a convenience; the form itself needs none of it.
      });
  }

  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
  preview.hidden = false;
  refresh();
})();
