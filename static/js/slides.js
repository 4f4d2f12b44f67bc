// Turns the stacked slides of a presentation into one-at-a-time slides with
// previous/next buttons and the arrow, Home and End keys. Without JavaScript the slides stay
// a readable list, linked to each other with anchors, so the page works either way.
// The address is left alone: writing #dia-N into it made the browser scroll down to the
// slide on the next load.
(function () {
  "use strict";

  const deck = document.querySelector("[data-slides]");
  const controls = document.querySelector("[data-slide-controls]");
  if (!deck || !controls) {
    return;
  }
  const slides = Array.from(deck.querySelectorAll(".slide"));
  if (slides.length === 0) {
    return;
  }
  const previous = controls.querySelector("[data-slide-previous]");
  const next = controls.querySelector("[data-slide-next]");
  const status = controls.querySelector("[data-slide-status]");
  const template = status.dataset.template;
  let current = 0;

  function show(index) {
    current = Math.max(0, Math.min(index, slides.length - 1));
    slides.forEach(function (slide, i) {
      slide.hidden = i !== current;
    });
    // aria-disabled rather than disabled, so keyboard focus stays on the button.
    previous.setAttribute("aria-disabled", String(current === 0));
    next.setAttribute("aria-disabled", String(current === slides.length - 1));
    status.textContent = template
      .replace("{current}", String(current + 1))
      .replace("{total}", String(slides.length));
  }

  const fromHash = slides.findIndex(function (slide) {
    return "#" + slide.id === window.location.hash;
  });

  previous.addEventListener("click", function () {
    show(current - 1);
  });
  next.addEventListener("click", function () {
    show(current + 1);
  });
  controls.querySelector("[data-slide-print]").addEventListener("click", function () {
    window.print();
  });
  document.addEventListener("keydown", function (event) {
    const target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const steps = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: slides.length - 1 };
    if (Object.prototype.hasOwnProperty.call(steps, event.key)) {
      event.preventDefault();
      show(steps[event.key]);
    }
  });

  deck.classList.add("slides--enhanced");
  controls.hidden = false;
  show(fromHash === -1 ? 0 : fromHash);
})();
