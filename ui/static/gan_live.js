// The live 2-D GAN view (pages/gan_live.py): the target's real points, the generator's points,
// the discriminator's output D(x) as a heatmap behind them, the generator's gradient arrows,
// loss curves and the mode counter.
//
// Why in the browser: one Streamlit rerun costs ~200 ms on the class server, so one rerun per
// frame cannot reach 10 frames a second. The server trains a chunk of steps per rerun and sends
// its snapshots; this component plays them at a steady rate and asks for the next chunk (trigger
// "want") while it still has frames queued, so training and drawing overlap.
//
// data = { id, run,                      // a new run (reset, other target/latent/seed) clears the queue
//   view, real: [[x, y]], interval_ms, low_water,
//   chunk: { seq, snapshots: [{ step, points: [[x, y]], arrows: [[x, y, gx, gy]], arrow_max, heat: [D(x) in %, row 0 on top],
//            size, g_loss, d_loss, covered, modes, hq }] },
//   text: { play, pause, step, modes, hq, g_loss, d_loss, real, fake, d_high, d_low, arrows, arrow_scale, stopped } }
//
// Arrows: (gx, gy) = grad_x log D(x), where G's loss pushes the sample. Its size spans orders of
// magnitude (about 0.3 with the stabilised preset, tens once D wins), so each frame is scaled to
// its own longest arrow and that arrow's |grad_x log D(x)| (arrow_max) is printed under the legend.
const memory = new Map();

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let state = memory.get(data.id);
  if (!state || state.run !== data.run) {
    state = { run: data.run, queue: [], lastSeq: -1, history: [], current: null, playing: state ? state.playing : false,
              pending: 0, asked: 0 };
    memory.set(data.id, state);
  }
  state.send = setTriggerValue;
  if (data.chunk && data.chunk.seq > state.lastSeq) {
    state.lastSeq = data.chunk.seq;
    state.queue.push(...data.chunk.snapshots);
    state.pending = 0;
    if (!state.playing || !state.current) while (state.queue.length) advance();  // a single step, a reset: show at once
  }
  const T = data.text;

  parentElement.querySelectorAll(".gme-gan-live").forEach((old) => old.remove());
  const root = el("div", { class: "gme-gan-live" }, parentElement);
  const controls = el("div", { class: "controls" }, root);
  const play = el("button", { type: "button", "data-testid": "gan-live-play" }, controls);
  const stepOut = el("span", { class: "step", "data-testid": "gan-live-step" }, controls);
  const modesOut = el("span", { class: "modes", "data-testid": "gan-live-modes" }, controls);
  const body = el("div", { class: "body" }, root);
  const available = root.getBoundingClientRect().width || parentElement.clientWidth || 380;  // a phone is ~360 px wide
  const width = Math.max(220, Math.min(380, available - 4));
  const plane = canvas(body, width, width, "gan-live-plane");
  const side = el("div", { class: "side" }, body);
  const chart = canvas(side, Math.min(360, width), 150, "gan-live-losses");
  const legend = el("div", { class: "legend" }, side);
  legend.innerHTML = [[T.real, "#1b7a2e", "●"], [T.fake, "#7b3fa0", "●"], [T.arrows, "#222", "→"],
    [T.d_high, "#a8dba8", "■"], [T.d_low, "#d9c2e6", "■"]].map(([label, color, mark]) =>
    `<span><b style="color:${color}">${mark}</b> ${label}</span>`).join("");
  const scaleOut = el("div", { class: "arrow-scale", "data-testid": "gan-live-arrow-scale" }, side);
  const lossOut = el("div", { class: "losses" }, side);
  window.__ganLive = window.__ganLive || { draws: [] };

  function advance() {
    state.current = state.queue.shift();
    state.history.push([state.current.step, state.current.g_loss, state.current.d_loss]);
    if (state.history.length > 2000) state.history.splice(0, state.history.length - 2000);
  }

  function draw() {
    const s = state.current;
    if (!s) return;
    const { ctx, w } = plane, v = data.view, sx = (x) => ((x + v) / (2 * v)) * w, sy = (y) => ((v - y) / (2 * v)) * w;
    const heat = document.createElement("canvas");
    heat.width = heat.height = s.size;
    const image = heat.getContext("2d").createImageData(s.size, s.size);
    for (let i = 0; i < s.heat.length; i++) {  // D(x) -> light purple (fake) ... light green (real)
      const d = s.heat[i] / 100;
      image.data.set([217 + (168 - 217) * d, 194 + (219 - 194) * d, 230 + (168 - 230) * d, 255], 4 * i);
    }
    heat.getContext("2d").putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(heat, 0, 0, w, w);
    ctx.fillStyle = "#1b7a2e";
    for (const [x, y] of data.real) { ctx.beginPath(); ctx.arc(sx(x), sy(y), 1.6, 0, 7); ctx.fill(); }
    ctx.fillStyle = "#7b3fa0";
    for (const [x, y] of s.points) { ctx.beginPath(); ctx.arc(sx(x), sy(y), 2, 0, 7); ctx.fill(); }
    const longest = Math.max(1e-9, ...s.arrows.map(([, , gx, gy]) => Math.hypot(gx, gy)));
    const printed = s.arrow_max ?? longest;
    scaleOut.textContent = `${T.arrow_scale} ${printed >= 10 ? printed.toFixed(0) : printed.toFixed(2)}`;
    ctx.strokeStyle = "#222"; ctx.lineWidth = 1.2;
    for (const [x, y, gx, gy] of s.arrows) {  // direction of grad_x log D(x); length relative to the longest
      const norm = Math.hypot(gx, gy) || 1, length = 6 + 16 * (Math.hypot(gx, gy) / longest);
      const x0 = sx(x), y0 = sy(y), x1 = x0 + (gx / norm) * length, y1 = y0 - (gy / norm) * length;
      ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke();
      const a = Math.atan2(y1 - y0, x1 - x0);
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x1 - 4 * Math.cos(a - 0.5), y1 - 4 * Math.sin(a - 0.5));
      ctx.moveTo(x1, y1); ctx.lineTo(x1 - 4 * Math.cos(a + 0.5), y1 - 4 * Math.sin(a + 0.5)); ctx.stroke();
    }
    stepOut.textContent = `${T.step} ${s.step.toLocaleString("en-US")}`;
    modesOut.textContent = `${T.modes} ${s.covered} / ${s.modes} · ${T.hq} ${(100 * s.hq).toFixed(0)} %`;
    lossOut.innerHTML = `<span style="color:#e15759">${T.g_loss} ${fmt(s.g_loss)}</span> · <span style="color:#4e79a7">${T.d_loss} ${fmt(s.d_loss)}</span>`;
    drawLosses();
    if (state.playing) window.__ganLive.draws.push(performance.now());
  }

  function drawLosses() {
    const { ctx, w, h } = chart, points = state.history.filter(([, g, d]) => g !== null && d !== null);
    ctx.clearRect(0, 0, w, h);
    ctx.strokeStyle = "#ddd"; ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
    if (points.length < 2) return;
    const top = Math.max(2, ...points.map(([, g, d]) => Math.max(g, d))) * 1.05;
    const x0 = points[0][0], x1 = points[points.length - 1][0] || 1;
    const px = (s) => 4 + ((s - x0) / Math.max(1, x1 - x0)) * (w - 8), py = (v) => h - 4 - (v / top) * (h - 8);
    ctx.fillStyle = "#666"; ctx.font = "11px sans-serif"; ctx.fillText(top.toFixed(1), 4, 12); ctx.fillText("0", 4, h - 6);
    [[1, "#e15759"], [2, "#4e79a7"]].forEach(([k, color]) => {
      ctx.strokeStyle = color; ctx.lineWidth = 1.5; ctx.beginPath();
      points.forEach((p, i) => (i ? ctx.lineTo(px(p[0]), py(p[k])) : ctx.moveTo(px(p[0]), py(p[k]))));
      ctx.stroke();
    });
  }

  function ask() {
    const now = performance.now();
    if (state.playing && state.queue.length <= (data.low_water ?? 4) && (!state.pending || now - state.pending > 4000)) {
      state.pending = now;
      state.send("want", { after: state.lastSeq, n: ++state.asked });
    }
  }

  function tick() {
    if (!state.playing) return;
    if (state.queue.length) { advance(); draw(); }
    ask();
  }

  function label() { play.textContent = state.playing ? "⏸ " + T.pause : "▶ " + T.play; }
  play.addEventListener("click", () => { state.playing = !state.playing; label(); ask(); });
  label();
  draw();
  if (state.timer) clearInterval(state.timer);
  const timer = setInterval(tick, data.interval_ms || 66);
  state.timer = timer;
  ask();
  return () => { if (state.timer === timer) { clearInterval(timer); state.timer = null; } };
}

function el(tag, attributes, parent) {
  const element = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  parent.appendChild(element);
  return element;
}

function canvas(parent, w, h, testid) {
  const element = el("canvas", { "data-testid": testid }, parent), ratio = window.devicePixelRatio || 1;
  element.width = w * ratio; element.height = h * ratio; element.style.width = w + "px"; element.style.height = h + "px";
  const ctx = element.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { element, ctx, w, h };
}

const fmt = (v) => (v === null || v === undefined ? "–" : v.toFixed(3));
