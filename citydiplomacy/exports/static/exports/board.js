// The pipeline board: drag a card to another column to move the lead (the Move menu on each card does the
// same from the keyboard, without this script). A move that needs more (a reason, a loss reason, the
// contract of a win) opens the lead's move form with the stage chosen.
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) { return; }
  var status = document.getElementById("board-status");
  var dragged = null;

  function show(message) {
    status.textContent = message;
    status.classList.remove("d-none");
  }

  board.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest(".board-card");
    if (!card) { return; }
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.lead);
  });

  board.querySelectorAll(".board-cards").forEach(function (list) {
    list.addEventListener("dragover", function (event) {
      if (dragged) { event.preventDefault(); list.classList.add("board-drop"); }
    });
    list.addEventListener("dragleave", function () { list.classList.remove("board-drop"); });
    list.addEventListener("drop", function (event) {
      event.preventDefault();
      list.classList.remove("board-drop");
      var card = dragged;
      dragged = null;
      if (!card || card.parentElement === list) { return; }
      var body = new URLSearchParams();
      body.set("to", list.dataset.stage);
      fetch(card.dataset.move, {
        method: "POST",
        headers: { "X-CSRFToken": board.dataset.csrf, "Accept": "application/json",
                   "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        if (result.ok) {
          list.insertBefore(card, list.firstChild);
          var select = card.querySelector("select[name=to]");
          if (select) { select.value = list.dataset.stage; }
          card.dataset.stage = list.dataset.stage;
          status.classList.add("d-none");
        } else if (result.data.form) {
          window.location.href = result.data.form;
        } else {
          show(result.data.error || "");
        }
      }).catch(function () { show(board.dataset.error || "…"); });
    });
  });
}());
