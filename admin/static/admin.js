/* つなぐ 職員画面: queue polling with a crisis alert, print buttons, confirmations.
   Loaded as an external file: the Content-Security-Policy forbids inline script. */
(function () {
  "use strict";

  var POLL_MS = 15000;

  function idsOf(text) {
    return (text || "").split(",").filter(function (s) { return s !== ""; });
  }

  function showCrisisAlert(fresh, rowsById) {
    var box = document.getElementById("crisis-alert");
    var text = document.getElementById("crisis-alert-text");
    if (!box || !text) { return; }
    text.replaceChildren();
    fresh.forEach(function (id, i) {
      var link = document.createElement("a");
      link.href = "/admin/cases/" + encodeURIComponent(id);
      var row = rowsById[id];
      var handle = row ? row.querySelector(".handle") : null;
      link.textContent = "ケース #" + id + (handle ? "（" + handle.textContent + "）" : "") + " を開く";
      if (i > 0) { text.appendChild(document.createTextNode("　")); }
      text.appendChild(link);
    });
    box.hidden = false;
    box.classList.remove("alert-live");
    void box.offsetWidth; /* restart the animation */
    box.classList.add("alert-live");
    if (document.title.indexOf("【緊急】") !== 0) { document.title = "【緊急】" + document.title; }
  }

  function startQueuePolling() {
    var holder = document.getElementById("queue");
    if (!holder || !holder.dataset.pollUrl) { return; }
    var known = new Set(idsOf(holder.dataset.crisisIds));
    var busy = false;

    function poll() {
      if (busy) { return; }
      busy = true;
      fetch(holder.dataset.pollUrl, {
        credentials: "same-origin",
        headers: { "Accept": "application/json" },
        cache: "no-store"
      }).then(function (response) {
        if (response.status === 401) { window.location.reload(); return null; }
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (!data) { return; }
        var doc = new DOMParser().parseFromString(data.html, "text/html");
        var table = doc.querySelector("table");
        if (table) { holder.replaceChildren(document.importNode(table, true)); }
        var count = document.getElementById("queue-count");
        if (count) { count.textContent = String(data.count); }
        var rowsById = {};
        holder.querySelectorAll("tr[data-case-id]").forEach(function (row) {
          rowsById[row.getAttribute("data-case-id")] = row;
        });
        var fresh = data.crisis_ids.map(String).filter(function (id) { return !known.has(id); });
        fresh.forEach(function (id) {
          known.add(id);
          if (rowsById[id]) { rowsById[id].classList.add("is-new"); }
        });
        holder.dataset.crisisIds = Array.from(known).join(",");
        if (fresh.length) { showCrisisAlert(fresh, rowsById); }
      }).catch(function () {
        /* a network hiccup: the next poll tries again */
      }).then(function () { busy = false; });
    }

    window.setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { poll(); }
    });
  }

  function printButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  function confirmations() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    startQueuePolling();
    printButtons();
    confirmations();
  });
})();
