// The resident's side of the demo chat. No inline script (CSP), text only (no innerHTML).
"use strict";
(function () {
  const log = document.getElementById("log");
  const optionsBox = document.getElementById("options");
  const form = document.getElementById("form");
  const input = document.getElementById("text");

  function bubble(text, cls) {
    const div = document.createElement("div");
    div.className = "msg " + cls;
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
    return div;
  }

  function card(reply) {
    const div = document.createElement("div");
    div.className = "msg card" + (reply.urgent ? " urgent" : "");
    const h = document.createElement("h2");
    h.textContent = reply.title + (reply.subtitle ? "（" + reply.subtitle + "）" : "");
    div.appendChild(h);
    const lines = [reply.description, reply.phone && "電話：" + reply.phone,
      reply.hours && "受付：" + reply.hours, reply.address && "場所：" + reply.address,
      reply.url, reply.note].filter(Boolean);
    const p = document.createElement("div");
    p.textContent = lines.join("\n");
    div.appendChild(p);
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
  }

  function show(replies) {
    optionsBox.replaceChildren();
    for (const reply of replies) {
      if (reply.kind === "window") { card(reply); continue; }
      bubble(reply.text, "bot" + (reply.urgent ? " urgent" : ""));
      for (const option of reply.options || []) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = option.label;
        b.addEventListener("click", () => {
          bubble(option.label, "me");
          send({ choice: option.value, text: option.label });
        });
        optionsBox.appendChild(b);
      }
    }
  }

  async function send(body) {
    try {
      const r = await fetch("/demo/chat/api/send", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), credentials: "same-origin",
      });
      if (!r.ok) { bubble("うまく送れませんでした。少し待ってから、もう一度送ってください。", "bot"); return; }
      show((await r.json()).replies);
    } catch (e) {
      bubble("つながりませんでした。通信を確かめて、もう一度送ってください。", "bot");
    }
  }

  async function poll() {
    try {
      const r = await fetch("/demo/chat/api/poll", { credentials: "same-origin" });
      if (r.ok) {
        const replies = (await r.json()).replies;
        if (replies.length) show(replies);
      }
    } catch (e) { /* try again next time */ }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    bubble(text, "me");
    input.value = "";
    send({ text });
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); form.requestSubmit(); }
  });
  send({ start: true });
  setInterval(poll, 5000);
})();
