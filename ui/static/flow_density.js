// The learned 2-D density as a clickable heatmap (flow page). A click sends its plane
// coordinates back as trigger "clicked" {x, y}; the marker moves at once, in the browser.
// data = { image: data URI, range: [lo, hi] (the square view), point: [x, y] | null, alt, hint }
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  parentElement.querySelectorAll(".gme-density").forEach((old) => old.remove());
  const root = document.createElement("div");
  root.className = "gme-density";
  root.title = data.hint || "";
  parentElement.appendChild(root);
  const image = document.createElement("img");
  image.src = data.image; image.alt = data.alt || ""; image.setAttribute("data-testid", "flow-density-image");
  root.appendChild(image);
  const marker = document.createElement("div");
  marker.className = "marker"; marker.setAttribute("data-testid", "flow-density-marker");
  root.appendChild(marker);
  const [lo, hi] = data.range;
  function place(x, y) {
    marker.style.display = "block";
    marker.style.left = ((x - lo) / (hi - lo)) * 100 + "%";
    marker.style.top = ((hi - y) / (hi - lo)) * 100 + "%";
  }
  if (data.point) place(data.point[0], data.point[1]); else marker.style.display = "none";
  image.addEventListener("click", (event) => {
    const box = image.getBoundingClientRect();
    const x = lo + ((event.clientX - box.left) / box.width) * (hi - lo);
    const y = hi - ((event.clientY - box.top) / box.height) * (hi - lo);
    place(x, y);
    setTriggerValue("clicked", { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  });
}
