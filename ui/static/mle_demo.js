// Maximum-likelihood demo (concept C2). Everything runs in the browser, so the curve and the
// log-likelihood follow the sliders while they are dragged, with no server round trip.
// Element ids are looked up inside this component's own root (parentElement), never document.
let lastMuSigma = null;  // survives re-renders: new samples (another n or seed) keep the student's mu, sigma

const NS = "http://www.w3.org/2000/svg";
function el(tag, attrs, parent) {
  const e = document.createElementNS(NS, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  parent.appendChild(e);
  return e;
}

export default function (component) {
  const { data, parentElement } = component;
  parentElement.querySelectorAll(".gme-mle").forEach((old) => old.remove());
  const root = document.createElement("div");
  root.className = "gme-mle";
  root.innerHTML = `
    <div class="controls">
      <label>μ = <b id="mu-value"></b><br><input id="mu" type="range" aria-label="mu"></label>
      <label>σ = <b id="sigma-value"></b><br><input id="sigma" type="range" aria-label="sigma"></label>
      <button id="fit" type="button"></button>
    </div>
    <div class="charts">
      <svg id="histogram" class="histogram" viewBox="0 0 560 260"></svg>
      <svg id="profile" class="profile" viewBox="0 0 300 260"></svg>
    </div>
    <div id="readout" class="readout"></div>`;
  parentElement.appendChild(root);
  const byId = (id) => root.querySelector("#" + id);

  const xs = data.samples, n = xs.length, T = data.text;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const mleSigma = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n);
  const LO = data.range[0], HI = data.range[1];
  const [startMu, startSigma] = lastMuSigma || data.start;
  const mu = byId("mu"), sigma = byId("sigma");
  Object.assign(mu, { min: LO, max: HI, step: 0.01, value: startMu });
  Object.assign(sigma, { min: 0.2, max: 4, step: 0.01, value: startSigma });
  byId("fit").textContent = T.fit;
  function logLik(m, s) { let ll = -n * Math.log(s * Math.sqrt(2 * Math.PI)); for (const x of xs) ll -= (x - m) ** 2 / (2 * s * s); return ll; }
  function pdf(x, m, s) { return Math.exp(-((x - m) ** 2) / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI)); }

  // Static histogram (density scale) drawn once per set of samples.
  const H = byId("histogram"), W = 560, HH = 260, PAD = 30;
  const bins = 30, width = (HI - LO) / bins, counts = new Array(bins).fill(0);
  for (const x of xs) { const b = Math.floor((x - LO) / width); if (b >= 0 && b < bins) counts[b]++; }
  const densities = counts.map((c) => c / (n * width));
  const yMax = Math.max(0.6, ...densities) * 1.15;
  const sx = (x) => PAD + (x - LO) / (HI - LO) * (W - 2 * PAD), sy = (y) => HH - PAD - y / yMax * (HH - 2 * PAD);
  el("line", { x1: PAD, y1: HH - PAD, x2: W - PAD, y2: HH - PAD, stroke: "#888" }, H);
  for (let t = Math.ceil(LO); t <= HI; t++) { el("text", { x: sx(t), y: HH - PAD + 16, "text-anchor": "middle", "font-size": 13, fill: "#666" }, H).textContent = t; }
  densities.forEach((d, b) => el("rect", { x: sx(LO + b * width) + 1, y: sy(d), width: Math.max(0, sx(LO + width) - sx(LO) - 2), height: sy(0) - sy(d), fill: "#9bbbd9" }, H));
  const ticks = el("g", {}, H);
  xs.forEach((x) => el("line", { x1: sx(x), x2: sx(x), y1: HH - PAD, y2: HH - PAD - 6, stroke: "#4e79a7", "stroke-opacity": 0.35 }, ticks));
  el("text", { x: PAD, y: 16, "font-size": 14, fill: "#666" }, H).textContent = T.histogram;
  const curve = el("path", { fill: "none", stroke: "#e15759", "stroke-width": 3 }, H);
  const meanLine = el("line", { stroke: "#e15759", "stroke-dasharray": "4 3" }, H);

  // Profile: log-likelihood as a function of mu at the current sigma.
  const P = byId("profile"), PW = 300;
  const profilePath = el("path", { fill: "none", stroke: "#4e79a7", "stroke-width": 2.5 }, P);
  const profileDot = el("circle", { r: 6, fill: "#e15759" }, P);
  const bestLine = el("line", { stroke: "#59a14f", "stroke-dasharray": "4 3" }, P);
  el("text", { x: 10, y: 16, "font-size": 12, fill: "#666" }, P).textContent = T.profile;
  el("text", { x: PW / 2, y: HH - 6, "font-size": 12, fill: "#666", "text-anchor": "middle" }, P).textContent = "μ";
  el("text", { x: 12, y: 40, "font-size": 12, fill: "#666" }, P).textContent = "log L";

  function draw() {
    const m = +mu.value, s = +sigma.value;
    lastMuSigma = [m, s];
    byId("mu-value").textContent = m.toFixed(2);
    byId("sigma-value").textContent = s.toFixed(2);
    let d = "";
    for (let i = 0; i <= 200; i++) { const x = LO + (HI - LO) * i / 200; d += (i ? "L" : "M") + sx(x).toFixed(1) + "," + sy(Math.min(pdf(x, m, s), yMax * 1.5)).toFixed(1); }
    curve.setAttribute("d", d);
    meanLine.setAttribute("x1", sx(m)); meanLine.setAttribute("x2", sx(m)); meanLine.setAttribute("y1", HH - PAD); meanLine.setAttribute("y2", PAD);
    const grid = [], lls = [];
    for (let i = 0; i <= 120; i++) { const g = LO + (HI - LO) * i / 120; grid.push(g); lls.push(logLik(g, s)); }
    const top = logLik(mean, s), floor = Math.min(...lls);
    const px = (x) => 20 + (x - LO) / (HI - LO) * (PW - 40), py = (v) => 30 + (top - Math.max(v, floor)) / (top - floor) * (HH - 70);
    profilePath.setAttribute("d", grid.map((g, i) => (i ? "L" : "M") + px(g).toFixed(1) + "," + py(lls[i]).toFixed(1)).join(""));
    profileDot.setAttribute("cx", px(m)); profileDot.setAttribute("cy", py(logLik(m, s)));
    bestLine.setAttribute("x1", px(mean)); bestLine.setAttribute("x2", px(mean)); bestLine.setAttribute("y1", 30); bestLine.setAttribute("y2", HH - 40);
    const ll = logLik(m, s), best = logLik(mean, mleSigma);
    // The estimate itself stays hidden until the student has searched (or pressed the button).
    const found = best - ll < 0.05 ? ` <span>(μ̂ = ${mean.toFixed(2)}, σ̂ = ${mleSigma.toFixed(2)})</span>` : "";
    // Each "label value" pair stays on one line when the readout wraps on a phone.
    byId("readout").innerHTML = `<span>${T.loglik} <b id="loglik">${ll.toFixed(1)}</b></span> · <span>${T.best} <b>${best.toFixed(1)}</b></span>${found} · <span>${T.gap} <b>${(best - ll).toFixed(1)}</b></span>`;
  }

  mu.addEventListener("input", draw);
  sigma.addEventListener("input", draw);
  let animation = null;
  byId("fit").addEventListener("click", () => {
    const from = [+mu.value, +sigma.value], to = [mean, mleSigma], t0 = performance.now();
    if (animation) cancelAnimationFrame(animation);
    function step(now) {
      const k = Math.min(1, (now - t0) / 600), e = k * (2 - k);
      mu.value = from[0] + (to[0] - from[0]) * e; sigma.value = from[1] + (to[1] - from[1]) * e; draw();
      animation = k < 1 ? requestAnimationFrame(step) : null;
    }
    animation = requestAnimationFrame(step);
  });
  draw();
  return () => { if (animation) cancelAnimationFrame(animation); };
}
