// Latent explorer for the AE vs VAE page (concepts C3-C5). The planes are drawn once on canvases;
// hovering shows the decoder's output from a precomputed lattice (no server round trip); a click
// sends its coordinates (and the nearest image, if a dot was hit) back as trigger "clicked".
// The heavy static part arrives once per session (kept here by id); later runs only move markers.
const staticCache = new Map();

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  if (data.static) staticCache.set(data.static_id, data.static);
  const S = staticCache.get(data.static_id);
  if (!S) { setTriggerValue("need_static", data.static_id); return; }
  let root = parentElement.querySelector(".gme-explorer");
  if (!root || root.dataset.staticId !== data.static_id) {
    if (root) root.remove();
    root = build(S, parentElement, setTriggerValue);
    root.dataset.staticId = data.static_id;
  }
  for (const panel of root.panels) { panel.markers = (data.markers || {})[panel.plane.key]; panel.drawMarkers(null); }
}

function build(S, parentElement, setTriggerValue) {
  const root = makeElement("div", { class: "gme-explorer" }, parentElement);
  const legend = makeElement("div", { class: "legend" }, root);
  S.class_names.forEach((name, i) => { const s = makeElement("span", { style: `--c:${S.colors[i]}` }, legend); s.textContent = name; });
  const planes = makeElement("div", { class: "planes" }, root);
  // Canvases are drawn at S.size pixels and scaled by CSS to the column width (see .stage),
  // so the planes fit any window; pointer positions are scaled back to canvas pixels.
  const size = S.size;
  root.panels = S.models.map((plane) => buildPanel(plane));
  return root;

  function buildPanel(plane) {
    const panelElement = makeElement("div", { class: "panel", "data-model": plane.key }, planes);
    makeElement("h4", {}, panelElement).textContent = plane.title;
    const stage = makeElement("div", { class: "stage", "data-testid": `latent-plane-${plane.key}`, style: `max-width:${size}px` }, panelElement);
    const base = makeElement("canvas", {}, stage), overlay = makeElement("canvas", {}, stage);
    const { sx, sy, toLatent } = drawLatentPlane(base, plane, S.colors, size, true);
    const ratio = window.devicePixelRatio || 1;
    overlay.width = size * ratio; overlay.height = size * ratio;
    for (const canvas of [base, overlay]) { canvas.style.width = "100%"; canvas.style.height = "100%"; }
    const octx = overlay.getContext("2d"); octx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const preview = makeElement("div", { class: "preview" }, panelElement);
    const previewCanvas = makeElement("canvas", { width: 28, height: 28, "data-testid": `hover-preview-${plane.key}` }, preview);
    const previewText = makeElement("div", {}, preview);
    previewText.textContent = S.text.hover_hint;
    const sprite = new Image();
    const n = plane.grid;
    const panel = { plane, markers: null, drawMarkers };

    function drawMarkers(hover) {
      octx.clearRect(0, 0, size, size);
      const markers = panel.markers;
      if (!markers) return;
      if (markers.own) {  // the student's own image: a star
        const [ox, oy] = [sx(markers.own[0]), sy(markers.own[1])];
        octx.beginPath();
        for (let k = 0; k < 10; k++) { const r = k % 2 ? 5 : 12, a = -Math.PI / 2 + (k * Math.PI) / 5; octx.lineTo(ox + r * Math.cos(a), oy + r * Math.sin(a)); }
        octx.closePath(); octx.fillStyle = "#ffd400"; octx.fill(); octx.strokeStyle = "#111"; octx.lineWidth = 1.5; octx.stroke();
      }
      if (markers.chosen) { octx.strokeStyle = "#111"; octx.lineWidth = 2.5; octx.beginPath(); octx.arc(sx(markers.chosen[0]), sy(markers.chosen[1]), 9, 0, 7); octx.stroke(); }
      octx.strokeStyle = "#ff4b4b"; octx.lineWidth = 3;
      const [px, py] = [sx(markers.probe[0]), sy(markers.probe[1])];
      octx.beginPath(); octx.moveTo(px - 8, py - 8); octx.lineTo(px + 8, py + 8); octx.moveTo(px + 8, py - 8); octx.lineTo(px - 8, py + 8); octx.stroke();
      if (hover) { octx.strokeStyle = "rgba(0,0,0,0.6)"; octx.lineWidth = 1; octx.strokeRect(hover[0] - 6, hover[1] - 6, 12, 12); }
    }

    function showPreview(px, py) {
      // The lattice cell under the pointer: row 0 is the top (largest z2), as core.latent.lattice_points.
      const col = Math.max(0, Math.min(n - 1, Math.round((px / size) * (n - 1))));
      const row = Math.max(0, Math.min(n - 1, Math.round((py / size) * (n - 1))));
      const pctx = previewCanvas.getContext("2d");
      pctx.imageSmoothingEnabled = false;
      pctx.drawImage(sprite, col * 28, row * 28, 28, 28, 0, 0, 28, 28);
      const cell = [(col / (n - 1)) * size, (row / (n - 1)) * size];
      const [zx, zy] = toLatent(cell[0], cell[1]);  // the lattice point whose decoding is shown
      previewText.textContent = `${S.text.preview} z = (${zx.toFixed(2)}, ${zy.toFixed(2)})`;
      return cell;
    }

    const position = (event) => {
      const box = base.getBoundingClientRect();
      return [((event.clientX - box.left) * size) / box.width, ((event.clientY - box.top) * size) / box.height];
    };
    stage.addEventListener("mousemove", (event) => { const [px, py] = position(event); drawMarkers(showPreview(px, py)); });
    stage.addEventListener("mouseleave", () => drawMarkers(null));
    if (S.clickable !== false) stage.addEventListener("click", (event) => {
      const [px, py] = position(event);
      const index = nearestPoint(plane, sx, sy, px, py, 5);
      const [x, y] = index >= 0 ? plane.points[index] : toLatent(px, py);
      panel.markers = { ...(panel.markers || {}), probe: [x, y] };
      drawMarkers(null);  // instant feedback; the decoded images arrive with the rerun
      setTriggerValue("clicked", { model: plane.key, x, y, index });
    });
    sprite.onload = () => { const p = panel.markers ? panel.markers.probe : [0, 0]; showPreview(sx(p[0]), sy(p[1])); };
    sprite.src = plane.sprite;
    return panel;
  }
}
