// The shared frames player: every scrubbed view of the app (interpolation alpha, GAN training
// step, DDPM timestep, flow layer, Langevin step) is a list of precomputed frames that the
// browser switches on its own. No rerun while scrubbing or playing: the slider, play/pause,
// speed and the keyboard only swap <img> sources and move cursors (target p95 <= 16 ms from the
// input event to the new image decoded; bench/latency.py measures it in the page).
//
// data = {
//   id: "interp",                       // keeps position, speed and click choice across re-renders
//   labels: ["α = 0.00", ...],          // one readout per frame
//   start_index, interval_ms, loop: "bounce" | "wrap" | "stop",
//   rows_direction?: "column" (default: rows stacked) | "row" (side by side, wrapping on a phone),
//   rows: [{ key, title, subtitle, color, frames: [data URI per frame], width?: px shown (wide rows),
//            plane?: { points, labels, range, range_y, prior, path: [[x, y] per frame], ends: ["A", "B"],
//                      points_id?: "mnist-ae" } }],  // with points_id, points and labels come in data.points
//   charts: [{ title, log, y_min, y_max, band?: { below, label }, x_label,
//              y2_min?, y2_max?,            // a second, right-hand scale for series with axis: "right"
//              series: [{ name, color, values: [one per frame], axis?: "right" }] }],
//   colors: [class colours], text: { play, pause, speed },
//   pick?: { label, hint, default, options: [{ value, label }] },  // plane click -> trigger "picked"
//   url_key?: "snap",                  // the frame index is written to ?snap= (debounced), so a copied link
//                                      // opens the same frame (ui.components.frames_player reads it back)
//   content_id: "121-3fa2…",           // names the rows' heavy part (frames, plane); it arrives once per
//   heavy?: [{ frames, plane? } per row]  // session as `heavy`, is kept here and fills rows[i] on every render
//   points?: { points_id: { points, labels } }  // a plane's dots (a dataset's codes: the same for every
//                                      // path), sent once per session and kept here under their id
// }
const memory = new Map();  // data.id -> { index, pick, speed }: survives re-renders (new data keeps the position)
const frameCache = new Map();  // content_id -> heavy part per row, the last FRAME_SETS used (a few MB each)
const FRAME_SETS = 8;
const pointsCache = new Map();  // points_id -> { points, labels }: one per dataset and model (a few, kept)
const SPEEDS = [0.5, 1, 2, 4];

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  if (data.heavy) frameCache.set(data.content_id, data.heavy);
  Object.entries(data.points || {}).forEach(([id, dots]) => pointsCache.set(id, dots));  // before any early return
  const heavy = frameCache.get(data.content_id);
  if (!heavy) { setTriggerValue("need_frames", data.content_id); return; }  // the next run sends it
  frameCache.delete(data.content_id); frameCache.set(data.content_id, heavy);  // most recently used last
  while (frameCache.size > FRAME_SETS) frameCache.delete(frameCache.keys().next().value);
  const missing = heavy.map((part) => part.plane && part.plane.points_id).find((id) => id && !pointsCache.has(id));
  if (missing) { setTriggerValue("need_frames", missing); return; }  // as for frames: the next run sends them
  const withPoints = (part) => (part.plane && part.plane.points_id ? { ...part, plane: { ...part.plane, ...pointsCache.get(part.plane.points_id) } } : part);
  const dataRows = data.rows.map((row, i) => ({ ...row, ...withPoints(heavy[i]) }));
  parentElement.querySelectorAll(".gme-player").forEach((old) => old.remove());
  const root = el("div", { class: "gme-player", tabindex: "-1" }, parentElement);
  const N = data.labels.length, T = data.text;
  const state = memory.get(data.id) || { index: data.start_index ?? 0, pick: data.pick ? data.pick.default : null, speed: 1 };
  memory.set(data.id, state);
  if (state.index >= N) state.index = N - 1;

  // Decode every frame once, up front, so a switch only swaps an already decoded image.
  const preloaded = [];
  for (const row of dataRows) for (const uri of row.frames) { const image = new Image(); image.src = uri; image.decode().catch(() => {}); preloaded.push(image); }

  const controls = el("div", { class: "controls" }, root);
  const play = el("button", { type: "button", "data-testid": "player-play" }, controls);
  const slider = el("input", { type: "range", min: 0, max: N - 1, step: 1, value: state.index, "aria-label": T.slider || "frame", "data-testid": "player-slider" }, controls);
  const readout = el("span", { class: "frame-label", "data-testid": "player-label" }, controls);
  const speed = el("select", { "aria-label": T.speed, "data-testid": "player-speed", title: T.speed }, controls);
  SPEEDS.forEach((s, i) => { const option = el("option", { value: i }, speed); option.textContent = `${s}×`; if (s === state.speed) option.selected = true; });
  speed.addEventListener("change", () => { state.speed = SPEEDS[+speed.value]; if (timer) { stop(); start(); } });
  if (data.pick) buildPick(controls);

  const body = el("div", { class: "body" }, root);
  const rows = el("div", { class: data.rows_direction === "row" ? "rows side" : "rows" }, body);
  const views = dataRows.map((row) => buildRow(row, rows));
  const charts = (data.charts || []).map((chart) => buildChart(chart, body));

  function buildPick(parent) {
    const wrap = el("span", { class: "pick" }, parent);
    wrap.textContent = data.pick.label + " ";
    for (const option of data.pick.options) {
      const label = el("label", {}, wrap);
      const radio = el("input", { type: "radio", name: `gme-pick-${data.id}`, value: option.value, "data-testid": `player-pick-${option.value}` }, label);
      radio.checked = option.value === state.pick;
      radio.addEventListener("change", () => { state.pick = option.value; });
      label.appendChild(document.createTextNode(" " + option.label + " "));
    }
  }

  function buildRow(row, parent) {
    const element = el("div", { class: "row", "data-row": row.key }, parent);
    const title = el("div", { class: "title" }, element);
    title.textContent = row.title;
    if (row.subtitle) el("small", {}, title).textContent = row.subtitle;
    const img = el("img", { class: "frame", alt: row.title, "data-testid": `player-frame-${row.key}` }, element);
    if (row.wide) img.classList.add("wide");
    if (row.width) img.style.width = row.width + "px";
    const view = { row, img };
    if (row.plane) Object.assign(view, buildPlane(row, element));
    return view;
  }

  function buildPlane(row, parent) {
    const plane = row.plane;
    const stage = el("div", { class: "plane", title: data.pick ? data.pick.hint : "" }, parent);
    const base = el("canvas", {}, stage), overlay = el("canvas", {}, stage);
    const size = 240, ratio = window.devicePixelRatio || 1;
    const { ctx, sx, sy, toLatent } = drawLatentPlane(base, plane, data.colors, size, plane.prior);
    overlay.width = size * ratio; overlay.height = size * ratio; overlay.style.width = size + "px"; overlay.style.height = size + "px";
    overlay.getContext("2d").setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1; ctx.strokeStyle = "#111"; ctx.lineWidth = 2;
    ctx.beginPath(); plane.path.forEach(([x, y], i) => (i ? ctx.lineTo(sx(x), sy(y)) : ctx.moveTo(sx(x), sy(y)))); ctx.stroke();
    (plane.ends || []).forEach((name, k) => {
      const [x, y] = plane.path[k === 0 ? 0 : plane.path.length - 1];
      ctx.fillStyle = "#111"; ctx.beginPath(); ctx.arc(sx(x), sy(y), 4, 0, 7); ctx.fill();
      ctx.font = "bold 13px sans-serif"; ctx.fillText(name, sx(x) + 6, sy(y) - 6);
    });
    if (data.pick) stage.addEventListener("click", (event) => {
      const box = base.getBoundingClientRect();
      const [x, y] = toLatent(((event.clientX - box.left) * size) / box.width, ((event.clientY - box.top) * size) / box.height);
      setTriggerValue("picked", { row: row.key, x, y, choice: state.pick });
    });
    return { overlay, sx, sy, size };
  }

  function buildChart(chart, parent) {
    const W = 440, H = 280, L = 52, R = chart.series.some((s) => s.axis === "right") ? 40 : 10, TP = 12, B = 34;
    const box = el("figure", { class: "chart" }, parent);
    el("figcaption", {}, box).textContent = chart.title;  // HTML, so a long title wraps instead of being cut
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}` }, box, true);
    const values = chart.series.filter((s) => s.axis !== "right").flatMap((s) => s.values).filter(Number.isFinite);
    const tr = chart.log ? (v) => Math.log10(Math.max(v, 1e-12)) : (v) => v;
    const lo = chart.y_min ?? Math.min(...values), hi = chart.y_max ?? Math.max(...values);
    const [a, b] = [tr(lo), tr(hi) === tr(lo) ? tr(lo) + 1 : tr(hi)];
    const px = (i) => L + (i / Math.max(1, N - 1)) * (W - L - R);
    const py = (v) => TP + ((b - Math.max(a, Math.min(b, tr(v)))) / (b - a)) * (H - TP - B);
    if (chart.band) el("rect", { x: L, y: py(chart.band.below), width: W - L - R, height: H - B - py(chart.band.below), fill: "#e15759", opacity: 0.08 }, svg, true);
    const ticks = chart.log ? range(Math.ceil(a), Math.floor(b)).map((e) => 10 ** e) : range(0, 4).map((k) => lo + ((hi - lo) * k) / 4);
    for (const v of ticks) {
      el("line", { x1: L, x2: W - R, y1: py(v), y2: py(v), stroke: "#eee" }, svg, true);
      el("text", { x: L - 6, y: py(v) + 4, "text-anchor": "end", "font-size": 13, fill: "#666" }, svg, true).textContent = chart.log ? power(Math.round(Math.log10(v))) : short(v);
    }
    if (chart.x_label) el("text", { x: W - R, y: H - 6, "font-size": 14, fill: "#666", "text-anchor": "end" }, svg, true).textContent = chart.x_label;
    if (chart.band && chart.band.label) el("text", { x: L + 4, y: H - B - 6, "font-size": 13, fill: "#e15759" }, svg, true).textContent = chart.band.label;
    // Optional right-hand scale (a linear one): series with axis "right" are drawn against it.
    const [c2, d2] = [chart.y2_min ?? 0, chart.y2_max === chart.y2_min ? (chart.y2_min ?? 0) + 1 : chart.y2_max ?? 1];
    const py2 = (v) => TP + ((d2 - Math.max(c2, Math.min(d2, v))) / (d2 - c2)) * (H - TP - B);
    if (chart.series.some((s) => s.axis === "right")) for (const v of range(0, 4).map((k) => c2 + ((d2 - c2) * k) / 4)) {
      el("text", { x: W - R + 4, y: py2(v) + 4, "text-anchor": "start", "font-size": 13, fill: "#666" }, svg, true).textContent = short(v);
    }
    chart.series.forEach((series, m) => {
      const y = series.axis === "right" ? py2 : py;  // NaN (e.g. no loss before the first update) breaks the line
      const d = series.values.map((v, i) => `${i && Number.isFinite(series.values[i - 1]) ? "L" : "M"}${px(i).toFixed(1)},${y(Number.isFinite(v) ? v : 0).toFixed(1)}`)
        .filter((_, i) => Number.isFinite(series.values[i])).join("");
      el("path", { d, fill: "none", stroke: series.color, "stroke-width": 3 }, svg, true);
      el("text", { x: W - R - 4, y: TP + 18 + 18 * m, "text-anchor": "end", "font-size": 15, fill: series.color, "font-weight": 600 }, svg, true).textContent = series.name;
    });
    const cursor = el("line", { y1: TP, y2: H - B, stroke: "#111", "stroke-width": 1.5 }, svg, true);
    return { px, cursor };
  }

  function show(index, moved = true) {  // moved: the student changed the frame (not a re-render)
    state.index = index;
    readout.textContent = data.labels[index];
    for (const view of views) {
      view.img.src = view.row.frames[index];
      if (!view.overlay) continue;
      const ctx = view.overlay.getContext("2d");
      ctx.clearRect(0, 0, view.size, view.size);
      const [x, y] = view.row.plane.path[index];
      ctx.strokeStyle = "#ff4b4b"; ctx.lineWidth = 3;
      ctx.beginPath(); ctx.arc(view.sx(x), view.sy(y), 8, 0, 7); ctx.stroke();
    }
    for (const chart of charts) { chart.cursor.setAttribute("x1", chart.px(index)); chart.cursor.setAttribute("x2", chart.px(index)); }
    if (data.url_key && moved) rememberInUrl(index);
  }

  // Off the input path (the frame is already shown) and debounced: browsers throttle frequent
  // history updates, and playing changes the frame 12-50 times a second. Streamlit sends the
  // page's query string with each rerun, so the server sees the frame too.
  let urlTimer = null;
  function rememberInUrl(index) {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const url = new URL(window.location.href);
      if (url.searchParams.get(data.url_key) === String(index)) return;
      url.searchParams.set(data.url_key, String(index));
      window.history.replaceState(window.history.state, "", url);
    }, 250);
  }

  let timer = null, direction = 1;
  function start() {
    play.textContent = "⏸ " + T.pause;
    timer = setInterval(() => {
      let next = state.index + direction;
      if (next >= N || next < 0) {
        if (data.loop === "stop") { stop(); return; }
        if (data.loop === "wrap") next = next >= N ? 0 : N - 1;
        else { direction = -direction; next = state.index + direction; }
      }
      slider.value = next; show(next);
    }, (data.interval_ms || 80) / state.speed);
  }
  function stop() { clearInterval(timer); timer = null; play.textContent = "▶ " + T.play; }
  play.addEventListener("click", () => (timer ? stop() : start()));
  slider.addEventListener("input", () => show(+slider.value));
  root.addEventListener("keydown", (event) => {  // space plays / pauses, as in a video player
    if (event.key === " " && event.target.tagName !== "BUTTON" && event.target.tagName !== "SELECT") { event.preventDefault(); timer ? stop() : start(); }
  });
  play.textContent = "▶ " + T.play;
  show(state.index, false);
  return () => { if (timer) clearInterval(timer); clearTimeout(urlTimer); preloaded.length = 0; };
}

const el = makeElement;
const range = (from, to) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
const short = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toFixed(2));
function power(e) { return e === 0 ? "1" : e === 1 ? "10" : "10" + String(e).split("").map((c) => ({ "-": "⁻", 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶" }[c] || c)).join(""); }
