// The admin's Markdown editor: formatting buttons and a live preview beside the text. The
// preview is the server's own rendering (the same sanitiser as the public page), fetched from
// the same origin; nothing here turns Markdown into HTML. Without JavaScript the field is a
// plain textarea and "Preview in a new tab" still shows the whole page.
(function () {
  "use strict";

  if (!window.fetch || !window.FormData) {
    return;
  }

  const csrfToken = function (form) {
    const input = form && form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  };

  // [before, after] the selection; the labels and placeholder texts come, translated, from
  // the editor's data attributes (services/templates/services/admin/markdown_editor.html).
  const ACTIONS = {
    heading: ["\n## ", "\n"],
    bold: ["**", "**"],
    link: ["[", "](https://)"],
    image: ["![[kuva:", "]]"],
  };
  const ORDER = ["heading", "bold", "link", "image"];

  function capital(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  function wrap(editor, textarea, action) {
    const [before, after] = ACTIONS[action];
    const placeholder = action === "image" ? "1" : editor.dataset["example" + capital(action)];
    const start = textarea.selectionStart;
    const end = textarea.selectionEnd;
    const selected = textarea.value.slice(start, end) || placeholder;
    textarea.setRangeText(before + selected + after, start, end, "end");
    textarea.selectionStart = start + before.length;
    textarea.selectionEnd = start + before.length + selected.length;
    textarea.focus();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function toolbar(editor, textarea) {
    const bar = document.createElement("div");
    bar.className = "markdown-editor__toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", editor.dataset.toolbarLabel);
    bar.setAttribute("aria-controls", textarea.id);
    ORDER.forEach(function (action) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "markdown-editor__button";
      button.textContent = editor.dataset["label" + capital(action)];
      const picker = action === "image" && editor.querySelector(".image-picker");
      if (picker) {
        button.setAttribute("aria-haspopup", "dialog");
      }
      button.addEventListener("click", function () {
        if (picker && picker.showModal) {
          picker.showModal();
          picker.dispatchEvent(new Event("image-picker:open"));
        } else {
          wrap(editor, textarea, action);
        }
      });
      bar.appendChild(button);
    });
    editor.insertBefore(bar, editor.firstChild);
  }

  function livePreview(editor, textarea) {
    const panel = editor.querySelector(".markdown-editor__preview");
    const target = editor.querySelector(".markdown-editor__preview-body");
    const form = textarea.form;
    let timer = null;
    let latest = 0;

    function refresh() {
      const request = ++latest;
      const body = new FormData();
      body.append("text", textarea.value);
      fetch(editor.dataset.previewUrl, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(form) },
      })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html === null || request !== latest) {
            return;
          }
          // The server's sanitised HTML: the same markup the public page would show.
          target.innerHTML = html;
        })
        .catch(function () {});
    }

    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 300);
    });
    panel.hidden = false;
    editor.classList.add("markdown-editor--live");
    refresh();
  }

  // The image button's picker: the server's list of thumbnails (searchable), upload in place;
  // choosing one inserts its code on a line of its own. The list is the server's escaped HTML
  // (templates/admin/images/image/picker_list.html).
  function imagePicker(editor, textarea) {
    const dialog = editor.querySelector(".image-picker");
    if (!dialog) {
      return;
    }
    const search = dialog.querySelector(".image-picker__search");
    const results = dialog.querySelector(".image-picker__results");
    let timer = null;
    let latest = 0;

    function show(response, request) {
      return response.text().then(function (html) {
        if (request === latest) {
          results.innerHTML = html;
        }
      });
    }

    function load() {
      const request = ++latest;
      const url = dialog.dataset.pickerUrl + "?q=" + encodeURIComponent(search.value);
      fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          return show(response, request);
        })
        .catch(function () {});
    }

    function insert(code) {
      const start = textarea.selectionStart;
      const before = textarea.value.slice(0, start);
      let lead = "\n\n";
      if (before === "" || before.endsWith("\n\n")) {
        lead = "";
      } else if (before.endsWith("\n")) {
        lead = "\n";
      }
      textarea.setRangeText(lead + code + "\n", start, textarea.selectionEnd, "end");
      dialog.close();
      textarea.focus();
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    dialog.addEventListener("image-picker:open", function () {
      search.focus();
      load();
    });
    search.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 250);
    });
    dialog.querySelector(".image-picker__close").addEventListener("click", function () {
      dialog.close();
    });
    results.addEventListener("click", function (event) {
      const choice = event.target.closest(".image-picker__choice");
      if (choice) {
        insert(choice.dataset.code);
      }
    });

    const send = dialog.querySelector(".image-picker__send");
    if (!send) {
      return;
    }
    send.addEventListener("click", function () {
      const file = dialog.querySelector(".image-picker__file");
      const alt = dialog.querySelector(".image-picker__alt");
      const body = new FormData();
      if (file.files.length) {
        body.append("file", file.files[0]);
      }
      body.append("alt_text", alt.value);
      const request = ++latest;
      send.disabled = true;
      fetch(dialog.dataset.uploadUrl, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(textarea.form) },
      })
        .then(function (response) {
          return show(response, request).then(function () {
            if (response.ok) {
              // The file stays chosen after a refusal, so that only the mistake is fixed.
              file.value = "";
              alt.value = "";
              const added = results.querySelector(".image-picker__choice--new");
              if (added) {
                added.focus();
              }
            }
          });
        })
        .catch(function () {})
        .then(function () {
          send.disabled = false;
        });
    });
  }

  function start() {
    document.querySelectorAll("[data-markdown-editor]").forEach(function (editor) {
      const textarea = editor.querySelector("textarea");
      if (!textarea) {
        return;
      }
      toolbar(editor, textarea);
      livePreview(editor, textarea);
      imagePicker(editor, textarea);
    });
  }

  // The admin loads form media in the page's head, before the form exists.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
