// goerl observer: draws the node's snapshots and events (observer/stream.go).
//
// A snapshot says where everything is: modules with their current and old
// slot, the processes drawn in each (at most the server's dot limit, the
// rest counted), links and monitors. An event says what just happened; the
// strip lists it as trace(code) prints it, and a killed or exited process
// fades out where it was. Dots are kept per pid across snapshots, so a
// process that changes slot glides there (FLIP: measure, move, animate
// the difference) instead of blinking.
"use strict";

const token = new URLSearchParams(location.search).get("token") || "";
const withToken = (path) => path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);

const $ = (sel) => document.querySelector(sel);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

const FADE_MS = 4000;     // how long a dead process stays visible
const STRIP_MAX = 80;     // event lines kept
const dots = new Map();   // pid -> live dot element
const dead = new Set();   // pids that died: never drawn alive again (pids are not reused)
const modules = new Map(); // module name -> box element
let snap = null;          // the last snapshot drawn
let selected = null;      // pid whose process_info is open

// --- connection -----------------------------------------------------------

function connect() {
  const status = $("#status");
  const es = new EventSource(withToken("events"));
  es.onopen = () => { status.textContent = "live"; status.className = "status live"; };
  es.onerror = () => { status.textContent = "reconnecting"; status.className = "status lost"; };
  es.addEventListener("snapshot", (m) => schedule(() => render(JSON.parse(m.data))));
  es.addEventListener("ev", (m) => { pendingEvents.push(JSON.parse(m.data)); schedule(null); });
}

// Work is batched per animation frame: a purge killing a thousand
// processes is one DOM update, and a hidden tab does no work at all.
let pendingEvents = [];
let pendingRender = null;
let frame = 0;
function schedule(renderFn) {
  if (renderFn) pendingRender = renderFn;
  if (!frame) frame = requestAnimationFrame(flush);
}
function flush() {
  frame = 0;
  const evs = pendingEvents;
  pendingEvents = [];
  evs.forEach(onEvent);
  if (pendingRender) {
    const r = pendingRender;
    pendingRender = null;
    r();
  }
}

// --- events ---------------------------------------------------------------

function onEvent(ev) {
  const li = el("li", ev.kind);
  li.dataset.kind = ev.kind;
  if (ev.pid) li.dataset.pid = ev.pid;
  li.append(el("time", "", new Date().toLocaleTimeString()), document.createTextNode(ev.text));
  const list = $("#events");
  list.prepend(li);
  while (list.childElementCount > STRIP_MAX) list.lastElementChild.remove();

  switch (ev.kind) {
    case "killed":
    case "exited":
      if (ev.pid) die(ev.pid, ev.kind, ev.text);
      break;
    case "loaded":
    case "old":
      flashSlot(ev.module, ev.version, "flash");
      break;
    case "purged":
      flashSlot(ev.module, ev.version, "purged");
      break;
    case "moved": {
      const d = dots.get(ev.pid);
      if (d) { d.classList.add("moved"); setTimeout(() => d.classList.remove("moved"), 1500); }
      break;
    }
  }
}

function flashSlot(module, version, cls) {
  const box = modules.get(module);
  if (!box) return;
  for (const s of box.querySelectorAll(".slot")) {
    if (Number(s.dataset.version) === version) {
      s.classList.add(cls);
      setTimeout(() => s.classList.remove(cls), 1200);
    }
  }
}

// die fades a process out where it was: the element stays in its slot,
// marked dead, and is removed when the fade is over.
function die(pid, kind, why) {
  dead.add(pid);
  const d = dots.get(pid);
  if (!d) return;
  dots.delete(pid);
  d.classList.add("dead", kind);
  d.title = why || (pid + " exited");
  if (selected === pid) showInfo(pid);
  setTimeout(() => { d.remove(); drawLines(); }, FADE_MS);
}

// --- snapshots ------------------------------------------------------------

function render(s) {
  // FLIP, first: where every live dot is now.
  const first = new Map();
  for (const [pid, d] of dots) first.set(pid, d.getBoundingClientRect());

  const seen = new Set();
  const names = new Set(s.modules.map((m) => m.name));
  for (const [name, box] of modules) {
    if (!names.has(name)) { box.remove(); modules.delete(name); }
  }
  let prev = null;
  for (const m of s.modules) {
    let box = modules.get(m.name);
    if (!box) { box = moduleBox(m.name); modules.set(m.name, box); }
    // Keep boxes in the server's (sorted) order.
    const want = prev ? prev.nextElementSibling : $("#modules").firstElementChild;
    if (want !== box) $("#modules").insertBefore(box, want);
    prev = box;
    fillSlot(box.querySelector(".slot.current"), "current", m.current, seen);
    fillSlot(box.querySelector(".slot.old"), "old", m.old, seen);
  }
  const shell = $("#shell");
  fillArea(shell, s.shell, seen);

  // Dots the snapshot no longer has: dead (no event told us, or not yet),
  // unless their slot is aggregated and they are merely not drawn.
  for (const [pid, d] of dots) {
    if (seen.has(pid)) continue;
    const area = d.closest(".slot, .area");
    if (area && area.dataset.aggregated === "true") { d.remove(); dots.delete(pid); continue; }
    die(pid, "exited", pid + " is gone");
  }

  // FLIP, last, invert, play.
  for (const [pid, d] of dots) {
    const a = first.get(pid);
    if (!a) continue;
    const b = d.getBoundingClientRect();
    const dx = a.left - b.left, dy = a.top - b.top;
    if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
    d.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: "none" }],
      { duration: 700, easing: "ease-in-out" });
  }

  snap = s;
  const n = s.processes;
  $("#counts").textContent = `${s.modules.length} module${s.modules.length === 1 ? "" : "s"}, ${n} process${n === 1 ? "" : "es"}`;
  drawLines();
  if (selected && dots.has(selected)) refreshInfo(selected);
}

function moduleBox(name) {
  const box = el("div", "module");
  box.id = "mod-" + name;
  box.dataset.module = name;
  box.append(el("h3", "", name));
  const slots = el("div", "slots");
  for (const which of ["current", "old"]) {
    const s = el("div", "slot " + which);
    s.dataset.slot = which;
    const label = el("div", "label");
    label.append(el("span", "which", which), el("span", "version"), el("span", "time"), el("code", "hash"));
    s.append(label, el("div", "dots"), el("div", "agg"));
    s.querySelector(".agg").hidden = true;
    slots.append(s);
  }
  box.append(slots);
  return box;
}

function fillSlot(slot, which, info, seen) {
  if (!info) {
    slot.classList.add("empty");
    slot.dataset.version = "";
    slot.querySelector(".version").textContent = which === "old" ? "none" : "";
    slot.querySelector(".time").textContent = "";
    slot.querySelector(".hash").textContent = "";
    slot.title = "";
    fillArea(slot, { count: 0, procs: [] }, seen);
    return;
  }
  slot.classList.remove("empty");
  slot.dataset.version = String(info.version);
  slot.querySelector(".version").textContent = "v" + info.version;
  slot.querySelector(".time").textContent = info.loaded_at || "";
  slot.querySelector(".hash").textContent = info.hash || "";
  slot.title = info.source ? `${which} version ${info.version} of ${info.source}` : "";
  fillArea(slot, info, seen);
}

// fillArea puts an area's processes in its .dots, in order, reusing each
// pid's element (appending a dot that lives elsewhere moves it here).
// Dead dots fading out stay where they are.
function fillArea(area, a, seen) {
  const box = area.querySelector(".dots");
  let cur = box.firstElementChild;
  const skipDead = () => { while (cur && cur.classList.contains("dead")) cur = cur.nextElementSibling; };
  for (const p of a.procs) {
    if (dead.has(p.pid)) continue;
    seen.add(p.pid);
    let d = dots.get(p.pid);
    if (!d) { d = dot(p.pid); dots.set(p.pid, d); }
    updateDot(d, p);
    skipDead();
    if (cur === d) cur = cur.nextElementSibling;
    else box.insertBefore(d, cur);
  }
  const agg = area.querySelector(".agg");
  const hidden = a.count - a.procs.length;
  area.dataset.aggregated = hidden > 0 ? "true" : "false";
  area.dataset.count = String(a.count);
  agg.hidden = hidden <= 0;
  agg.textContent = hidden > 0 ? `+ ${hidden.toLocaleString()} more` : "";
}

function dot(pid) {
  const d = el("span", "proc");
  d.dataset.pid = pid;
  d.append(el("i"), el("span", "name"), el("span", "msgs"));
  d.addEventListener("click", () => showInfo(pid));
  return d;
}

function updateDot(d, p) {
  d.dataset.name = p.name || "";
  d.dataset.msgs = String(p.msgs);
  d.className = "proc " + (p.status || "");
  if (selected === p.pid) d.classList.add("selected");
  d.querySelector(".name").textContent = p.name || "";
  d.querySelector(".msgs").textContent = p.msgs > 0 ? String(p.msgs) : "";
  d.title = `${p.pid}${p.name ? " " + p.name : ""}\n${p.fn}\n${p.status}, ${p.msgs} message${p.msgs === 1 ? "" : "s"} in mailbox`;
}

// --- links and monitors ---------------------------------------------------

function drawLines() {
  if (!snap) return;
  const stage = $("#stage").getBoundingClientRect();
  const center = (pid) => {
    const d = dots.get(pid);
    if (!d) return null;
    const r = d.querySelector("i").getBoundingClientRect();
    return [r.left + r.width / 2 - stage.left, r.top + r.height / 2 - stage.top];
  };
  const draw = (g, pairs, shorten) => {
    const frag = document.createDocumentFragment();
    for (const [a, b] of pairs) {
      const p = center(a), q = center(b);
      if (!p || !q) continue;
      let [x2, y2] = q;
      if (shorten) {
        // End the arrow at the dot's edge, not its centre.
        const dx = x2 - p[0], dy = y2 - p[1], len = Math.hypot(dx, dy) || 1;
        x2 -= (dx / len) * 9; y2 -= (dy / len) * 9;
      }
      const l = document.createElementNS("http://www.w3.org/2000/svg", "line");
      l.setAttribute("x1", p[0]); l.setAttribute("y1", p[1]);
      l.setAttribute("x2", x2); l.setAttribute("y2", y2);
      l.dataset.from = a; l.dataset.to = b;
      frag.append(l);
    }
    g.replaceChildren(frag);
  };
  draw($("#linkLines"), snap.links, false);
  draw($("#monitorLines"), snap.monitors, true);
}
window.addEventListener("resize", drawLines);

// --- process_info ---------------------------------------------------------

function showInfo(pid) {
  for (const d of document.querySelectorAll(".proc.selected")) d.classList.remove("selected");
  selected = pid;
  const d = dots.get(pid);
  if (d) d.classList.add("selected");
  $("#info").hidden = false;
  refreshInfo(pid);
}

let infoSeq = 0;
async function refreshInfo(pid) {
  const mine = ++infoSeq;
  let r;
  try {
    r = await (await fetch(withToken("process?pid=" + encodeURIComponent(pid)))).json();
  } catch (e) {
    return;
  }
  if (mine !== infoSeq || selected !== pid) return;
  $("#infoTitle").textContent = `process_info(${pid})` + (r.alive ? "" : " = undefined");
  const rows = r.info.map((it) => {
    const tr = el("tr");
    tr.append(el("td", "", it.item), el("td", "", it.value));
    return tr;
  });
  $("#infoTable").replaceChildren(...rows);
}

$("#infoClose").addEventListener("click", () => {
  $("#info").hidden = true;
  for (const d of document.querySelectorAll(".proc.selected")) d.classList.remove("selected");
  selected = null;
});

connect();
