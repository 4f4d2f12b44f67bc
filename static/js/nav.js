// The main menu's submenus and the phone menu are <details> elements, which work without
// this script. It adds what people expect of a menu: one submenu open at a time, and Escape
// or a click elsewhere closes it (Escape returns the focus to its button).
(function () {
  "use strict";
  var menus = document.querySelectorAll("[data-submenu], [data-menu]");

  function closeAll(except) {
    menus.forEach(function (menu) {
      if (menu !== except && !menu.contains(except)) {
        menu.open = false;
      }
    });
  }

  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () {
      if (menu.open) {
        closeAll(menu);
      }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = Array.prototype.filter.call(menus, function (menu) {
      return menu.open;
    });
    if (open.length) {
      var innermost = open[open.length - 1];
      innermost.open = false;
      innermost.querySelector("summary").focus();
    }
  });

  document.addEventListener("click", function (event) {
    closeAll(event.target.closest("[data-submenu], [data-menu]"));
  });
})();
