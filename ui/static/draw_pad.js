// A drawing pad for the student's own digit: white strokes on black, as MNIST stores digits.
// Each finished stroke sends the whole drawing (a PNG data URI) back as trigger "drawn"; the
// drawing is kept in the page across reruns (module memory), "clear" sends an empty drawing.
const drawings = new Map();  // key -> data URI of the last drawing

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  parentElement.querySelectorAll(".gme-pad").forEach((old) => old.remove());
  const root = document.createElement("div");
  root.className = "gme-pad";
  parentElement.appendChild(root);
  const size = 280, canvas = document.createElement("canvas");
  canvas.width = size; canvas.height = size; canvas.setAttribute("data-testid", "draw-pad");
  canvas.setAttribute("aria-label", data.text.label);
  root.appendChild(canvas);
  const clear = document.createElement("button");
  clear.type = "button"; clear.textContent = data.text.clear; clear.setAttribute("data-testid", "draw-pad-clear");
  root.appendChild(clear);
  const ctx = canvas.getContext("2d");
  const blank = () => { ctx.fillStyle = "#000"; ctx.fillRect(0, 0, size, size); };
  blank();
  const kept = drawings.get(data.key);
  if (kept) { const image = new Image(); image.onload = () => ctx.drawImage(image, 0, 0); image.src = kept; }
  ctx.lineCap = "round"; ctx.lineJoin = "round";
  let drawing = false;
  const point = (event) => { const box = canvas.getBoundingClientRect(); return [((event.clientX - box.left) * size) / box.width, ((event.clientY - box.top) * size) / box.height]; };
  canvas.addEventListener("pointerdown", (event) => {
    drawing = true; canvas.setPointerCapture(event.pointerId);
    const [x, y] = point(event); ctx.strokeStyle = "#fff"; ctx.lineWidth = 22; ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + 0.1, y); ctx.stroke();
  });
  canvas.addEventListener("pointermove", (event) => { if (!drawing) return; const [x, y] = point(event); ctx.lineTo(x, y); ctx.stroke(); });
  const finish = () => {
    if (!drawing) return; drawing = false;
    const uri = canvas.toDataURL("image/png"); drawings.set(data.key, uri); setTriggerValue("drawn", uri);
  };
  canvas.addEventListener("pointerup", finish); canvas.addEventListener("pointercancel", finish);
  clear.addEventListener("click", () => { blank(); drawings.delete(data.key); setTriggerValue("drawn", ""); });
}
