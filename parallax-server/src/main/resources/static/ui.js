// Parallax web UI: progressive enhancement only; every page works without this file.
// - the event list's date and outlet filters apply as soon as they change;
// - "/" moves the focus to the page's search box.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.filters");
    if (form) {
      form.querySelectorAll("select, input[type=date]").forEach(function (field) {
        field.addEventListener("change", function () {
          if (typeof form.requestSubmit === "function") {
            form.requestSubmit();
          } else {
            form.submit();
          }
        });
      });
    }
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT"
          || t.isContentEditable);
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        var box = document.querySelector("input[type=search]");
        if (box) {
          e.preventDefault();
          box.focus();
          box.select();
        }
      }
    });
  });
})();
