// The app's one script for every page (no inline scripts: the Content-Security-Policy allows only 'self').
(function () {
  "use strict";

  // Jalali date picker on every date input marked data-jdp (Persian pages only).
  function datePickers() {
    if (window.jalaliDatepicker && document.querySelector("[data-jdp]")) {
      window.jalaliDatepicker.startWatch({ persianDigits: true, autoShow: true, autoHide: true, hideAfterChange: true });
    }
  }

  // Searchable selects (Tom Select): every multiple select, and single selects with many options. The options
  // keep the order the server gives them (alphabetical in the page's language).
  var MANY_OPTIONS = 15;

  function searchableSelects() {
    if (!window.TomSelect) {
      return;
    }
    var texts = document.body.dataset;
    document.querySelectorAll("select.form-select, select[data-searchable]").forEach(function (select) {
      if (select.tomselect || select.hasAttribute("data-plain") || select.closest("[data-plain]")) {
        return;
      }
      if (!select.multiple && select.options.length < MANY_OPTIONS) {
        return;
      }
      var plugins = select.multiple ? { remove_button: { title: texts.tsRemove || "Remove" } } : {};
      new window.TomSelect(select, {
        plugins: plugins,
        maxOptions: null,
        sortField: [{ field: "$order" }, { field: "$score" }],
        allowEmptyOption: !select.multiple,
        hidePlaceholder: true,
        render: {
          no_results: function () {
            var div = document.createElement("div");
            div.className = "no-results";
            div.textContent = texts.tsNoResults || "No results";
            return div;
          }
        }
      });
    });
  }

  // Irreversible actions ask first: a button (or form) with data-confirm="question".
  function confirmations() {
    document.addEventListener("submit", function (event) {
      var button = event.submitter;
      var message = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
      if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }, true);
  }

  confirmations();
  document.addEventListener("DOMContentLoaded", function () {
    datePickers();
    searchableSelects();
  });
})();
