// Draft review: send each decision to the JSON API and update the row and the word count in place.
// Without JavaScript the same forms post to /drafts/{id}/decide and the page reloads.
(function () {
  "use strict";
  var head = document.getElementById("review-head");
  if (!head) { return; }
  var draft = head.dataset.draft;
  var limit = parseInt(head.dataset.limit || "0", 10);
  var countEl = document.getElementById("word-count");
  var stateEl = document.getElementById("word-state");
  var unsavedEl = document.getElementById("unsaved");
  var WORD = /[A-Za-z\u00C0-\u00FF0-9][\p{L}\p{N}_'\u2019\-]*/gu;  // as uprkit.summarize.select.count_words

  function countWords(text) { var m = text.match(WORD); return m ? m.length : 0; }

  function showCount(n) {
    countEl.textContent = String(n);
    if (limit) {
      var over = n > limit;
      stateEl.textContent = over ? "over the limit" : "within the limit";
      stateEl.className = over ? "over" : "within";
    }
  }

  function setStatus(row, status, text, movedTo) {
    row.dataset.status = status;
    row.className = row.className.replace(/\bstatus-\w+/, "status-" + status);
    row.querySelector(".status-label").textContent = status;
    row.querySelector("input[name=current]").value = status;
    if (text !== null) {
      row.querySelector(".sentence-text .text").textContent = text;
      row.dataset.words = String(countWords(text));
    }
    var meta = row.querySelector(".draft-side .small");
    var moved = meta.querySelector(".moved");
    if (movedTo) {
      if (!moved) { moved = document.createElement("span"); moved.className = "moved"; meta.appendChild(document.createTextNode(" · ")); meta.appendChild(moved); }
      moved.textContent = "moved to " + movedTo;
    } else if (moved && movedTo === "") {
      moved.textContent = "";
    }
  }

  function fail(row, message) {
    var box = row.querySelector(".row-error");
    if (!box) { box = document.createElement("p"); box.className = "row-error error-message"; box.setAttribute("role", "alert"); row.querySelector(".draft-side").appendChild(box); }
    box.textContent = message;
  }

  document.querySelectorAll("form.decide").forEach(function (form) {
    var row = form.closest(".review-row");
    var textarea = form.querySelector("textarea");
    textarea.addEventListener("input", function () {
      var base = parseInt(countEl.textContent, 10);
      var old = row.dataset.status === "rejected" ? 0 : parseInt(row.dataset.words, 10);
      unsavedEl.textContent = "(" + (base - old + countWords(textarea.value)) + " with the unsaved edit)";
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : "accept";
      var current = row.dataset.status;
      var body = { sentence: row.dataset.sentence };
      var select = form.querySelector("select");
      if (action === "move") {
        body.status = current;
        if (current === "edited") { body.text = textarea.value; }
        body.section = select.value;
      } else {
        body.status = { accept: "accepted", reject: "rejected", edit: "edited", reset: "draft" }[action];
        if (action === "edit") { body.text = textarea.value; }
        if (action !== "reset" && select.value) { body.section = select.value; }
      }
      fetch("/api/drafts/" + draft + "/decisions", {
        method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        if (!result.ok) { fail(row, result.data.error ? result.data.error.message : "could not save"); return; }
        var movedTo = body.section ? select.options[select.selectedIndex].text.replace(/^(· )+/, "") : (action === "reset" ? "" : null);
        if (action === "reset") { select.value = ""; }
        setStatus(row, body.status, action === "edit" ? textarea.value.replace(/\s+/g, " ").trim() : null, movedTo);
        var err = row.querySelector(".row-error"); if (err) { err.remove(); }
        unsavedEl.textContent = "";
        showCount(result.data.word_count);
      }).catch(function () { fail(row, "could not reach the server"); });
    });
  });
}());
