// Shared by the browser-side components: draw a 2-D latent plane (codes coloured by class,
// axes through the origin, optional N(0, I) circles) on a canvas, once; return the mapping
// between latent coordinates and canvas pixels. Prepended to each component's module.
function drawLatentPlane(canvas, plane, colors, size, showPrior) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = size * ratio; canvas.height = size * ratio;
  canvas.style.width = size + "px"; canvas.style.height = size + "px";
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const [x0, x1] = plane.range, [y0, y1] = plane.range_y;
  const sx = (x) => ((x - x0) / (x1 - x0)) * size, sy = (y) => size - ((y - y0) / (y1 - y0)) * size;
  const toLatent = (px, py) => [x0 + (px / size) * (x1 - x0), y0 + (1 - py / size) * (y1 - y0)];
  ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = "#bbb"; ctx.lineWidth = 1; ctx.setLineDash([3, 3]);
  ctx.beginPath(); ctx.moveTo(sx(0), 0); ctx.lineTo(sx(0), size); ctx.moveTo(0, sy(0)); ctx.lineTo(size, sy(0)); ctx.stroke();
  if (showPrior) {
    ctx.strokeStyle = "#555";
    for (const r of [1, 2]) {
      ctx.setLineDash(r === 1 ? [2, 3] : [6, 4]);
      ctx.beginPath(); ctx.ellipse(sx(0), sy(0), Math.abs(sx(r) - sx(0)), Math.abs(sy(r) - sy(0)), 0, 0, 2 * Math.PI); ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  const dot = size > 300 ? 4 : 3;
  ctx.globalAlpha = 0.7;
  plane.points.forEach(([x, y], i) => { ctx.fillStyle = colors[plane.labels[i]]; ctx.fillRect(sx(x) - dot / 2, sy(y) - dot / 2, dot, dot); });
  ctx.globalAlpha = 1;
  ctx.fillStyle = "#666"; ctx.font = "11px sans-serif";
  ctx.fillText(`z₁ ∈ [${x0.toFixed(1)}, ${x1.toFixed(1)}]`, 4, size - 4);
  ctx.fillText(`z₂ ∈ [${y0.toFixed(1)}, ${y1.toFixed(1)}]`, 4, 12);
  return { ctx, sx, sy, toLatent };
}

function nearestPoint(plane, sx, sy, px, py, radius) {
  let best = -1, bestDistance = radius * radius;
  plane.points.forEach(([x, y], i) => {
    const d = (sx(x) - px) ** 2 + (sy(y) - py) ** 2;
    if (d < bestDistance) { bestDistance = d; best = i; }
  });
  return best;
}

function makeElement(tag, attrs, parent, svg = false) {
  const node = svg || tag === "svg" ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const key in attrs) node.setAttribute(key, attrs[key]);
  parent.appendChild(node);
  return node;
}
