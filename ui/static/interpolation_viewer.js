// Interpolation viewer (concept C7). All frames are precomputed on the server; scrubbing the
// slider only swaps <img> sources and moves markers, so it never waits for a rerun.
// A click on a latent plane sends the clicked coordinates back (trigger "picked").
let lastAlphaIndex = null;  // survives re-renders of the component (new endpoints keep alpha)

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  parentElement.querySelectorAll(".gme-interp").forEach((old) => old.remove());
  const root = document.createElement("div");
  root.className = "gme-interp";
  parentElement.appendChild(root);
  const T = data.text, N = data.alphas.length;
  if (lastAlphaIndex === null || lastAlphaIndex >= N) lastAlphaIndex = data.start_index;

  const controls = el("div", { class: "controls" }, root);
  const play = el("button", { type: "button", "data-testid": "interp-play" }, controls);
  play.textContent = "▶ " + T.play;
  const slider = el("input", { type: "range", min: 0, max: N - 1, step: 1, value: lastAlphaIndex, "aria-label": T.alpha_label, "data-testid": "interp-alpha" }, controls);
  const readout = el("span", { class: "alpha" }, controls);
  const pickWrap = el("span", { class: "pick" }, controls);
  pickWrap.textContent = T.click_sets + " ";
  let pickEnd = "end";
  for (const which of ["start", "end"]) {
    const label = el("label", {}, pickWrap);
    const radio = el("input", { type: "radio", name: "gme-pick", value: which }, label);
    if (which === pickEnd) radio.checked = true;
    radio.addEventListener("change", () => { pickEnd = which; });
    label.appendChild(document.createTextNode(" " + T[which] + " "));
  }

  const body = el("div", { class: "body" }, root);
  const rows = el("div", { class: "rows" }, body);
  const views = data.models.map((model) => buildRow(model, rows));
  const densitySvg = buildDensity(body);

  function buildRow(model, parent) {
    const row = el("div", { class: "row", "data-model": model.key }, parent);
    const title = el("div", { class: "title" }, row);
    title.innerHTML = `${model.title}<small>${model.subtitle}</small>`;
    const img = el("img", { class: "frame", alt: model.title, "data-testid": `interp-frame-${model.key}` }, row);
    const plane = el("div", { class: "plane", title: T.click_hint }, row);
    const base = el("canvas", {}, plane), overlay = el("canvas", {}, plane);
    const size = 240, ratio = window.devicePixelRatio || 1;
    const { ctx, sx, sy, toLatent } = drawLatentPlane(base, model, data.colors, size, model.key === "vae");
    overlay.width = size * ratio; overlay.height = size * ratio; overlay.style.width = size + "px"; overlay.style.height = size + "px";
    overlay.getContext("2d").setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1; ctx.strokeStyle = "#111"; ctx.lineWidth = 2;
    ctx.beginPath(); model.path.forEach(([x, y], i) => (i ? ctx.lineTo(sx(x), sy(y)) : ctx.moveTo(sx(x), sy(y)))); ctx.stroke();
    for (const [[x, y], name] of [[model.path[0], "A"], [model.path[N - 1], "B"]]) {
      ctx.fillStyle = "#111"; ctx.beginPath(); ctx.arc(sx(x), sy(y), 4, 0, 7); ctx.fill();
      ctx.font = "bold 13px sans-serif"; ctx.fillText(name, sx(x) + 6, sy(y) - 6);
    }
    plane.addEventListener("click", (event) => {
      const box = base.getBoundingClientRect();
      const [x, y] = toLatent(event.clientX - box.left, event.clientY - box.top);
      setTriggerValue("picked", { model: model.key, x, y, endpoint: pickEnd });
    });
    return { model, img, overlay, sx, sy, size };
  }

  function buildDensity(parent) {
    const W = 440, H = 320, L = 48, R = 10, TP = 30, B = 34;
    const svg = el("svg", { class: "density", viewBox: `0 0 ${W} ${H}` }, parent, true);
    const lo = -3, hi = 1;  // log10 relative density axis
    const px = (i) => L + (i / (N - 1)) * (W - L - R);
    const py = (v) => TP + ((hi - Math.max(lo, Math.min(hi, Math.log10(Math.max(v, 1e-6))))) / (hi - lo)) * (H - TP - B);
    el("rect", { x: L, y: py(0.05), width: W - L - R, height: H - B - py(0.05), fill: "#e15759", opacity: 0.08 }, svg, true);
    for (let e = lo; e <= hi; e++) {
      el("line", { x1: L, x2: W - R, y1: py(10 ** e), y2: py(10 ** e), stroke: "#eee" }, svg, true);
      const label = el("text", { x: L - 6, y: py(10 ** e) + 4, "text-anchor": "end", "font-size": 13, fill: "#666" }, svg, true);
      label.textContent = e === 0 ? "1" : `10${sup(e)}`;
    }
    el("text", { x: 4, y: 16, "font-size": 14, fill: "#444" }, svg, true).textContent = T.density_title;
    el("text", { x: W - R, y: H - 6, "font-size": 14, fill: "#666", "text-anchor": "end" }, svg, true).textContent = "α →";
    el("text", { x: L + 4, y: H - B - 6, "font-size": 13, fill: "#e15759" }, svg, true).textContent = T.hole_band;
    data.models.forEach((model, m) => {
      const d = model.density.map((v, i) => `${i ? "L" : "M"}${px(i).toFixed(1)},${py(v).toFixed(1)}`).join("");
      el("path", { d, fill: "none", stroke: model.color, "stroke-width": 3 }, svg, true);
      el("text", { x: W - R - 4, y: TP + 16 + 18 * m, "text-anchor": "end", "font-size": 15, fill: model.color, "font-weight": 600 }, svg, true).textContent = model.title;
    });
    const cursor = el("line", { y1: TP, y2: H - B, stroke: "#111", "stroke-width": 1.5 }, svg, true);
    return { px, cursor };
  }

  function show(index) {
    lastAlphaIndex = index;
    const alpha = data.alphas[index];
    readout.textContent = `α = ${alpha.toFixed(2)}`;
    for (const view of views) {
      view.img.src = view.model.frames[index];
      const ctx = view.overlay.getContext("2d");
      ctx.clearRect(0, 0, view.size, view.size);
      const [x, y] = view.model.path[index];
      ctx.strokeStyle = "#ff4b4b"; ctx.lineWidth = 3;
      ctx.beginPath(); ctx.arc(view.sx(x), view.sy(y), 8, 0, 7); ctx.stroke();
    }
    densitySvg.cursor.setAttribute("x1", densitySvg.px(index));
    densitySvg.cursor.setAttribute("x2", densitySvg.px(index));
  }

  slider.addEventListener("input", () => show(+slider.value));
  let timer = null;
  play.addEventListener("click", () => {
    if (timer) { clearInterval(timer); timer = null; play.textContent = "▶ " + T.play; return; }
    play.textContent = "⏸ " + T.pause;
    let direction = 1;
    timer = setInterval(() => {
      let next = +slider.value + direction;
      if (next >= N || next < 0) { direction = -direction; next = +slider.value + direction; }
      slider.value = next; show(next);
    }, 80);
  });
  show(lastAlphaIndex);
  return () => { if (timer) clearInterval(timer); };
}

const el = makeElement;

function sup(e) { return String(e).split("").map((c) => ({ "-": "⁻", 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴" }[c] || c)).join(""); }
