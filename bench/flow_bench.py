"""Latency of the flow pages (a script, not a test): prints p50 / p95 per interaction.

    python bench/flow_bench.py [--n 40] [--warmup 3] [--port 8722]

Measured with performance.now() inside the page, as bench/latency.py does:

* flow2d_layer     /flow_2d: keydown on the layer slider -> the new point-cloud frame decoded.
* flowimg_layer    /flow_images: keydown on the layer slider -> the new image frame decoded.
* flow2d_point     /flow_2d: mousedown on the density heatmap -> the "log p(x)" number changed
                   (the fragment's rerun: breakdown of log p over the layers, waterfall redrawn).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.latency import INSTALL_INTERP, VIEWPORT, dismiss_dialogs, key_sequence, stop_server, summary, wait_idle  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, start_streamlit, wait_healthy  # noqa: E402

TARGETS = {"flow2d_layer": 16.0, "flowimg_layer": 16.0, "flow2d_point": 300.0}


def bench_layer(browser, url: str, path: str, row: str, n: int, warmup: int) -> dict:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(f"{url}/{path}")
        wait_idle(page)
        dismiss_dialogs(page)
        slider = page.locator('input[data-testid="player-slider"]')
        slider.wait_for(state="visible", timeout=90_000)
        img = page.locator(f'img[data-testid="player-frame-{row}"]')
        handles = [slider.element_handle(), img.element_handle()]
        handles[0].evaluate("(el) => { const mid = Math.round((+el.min + +el.max) / 2); el.value = mid; el.dispatchEvent(new Event('input')); }")
        page.wait_for_timeout(300)
        page.evaluate(INSTALL_INTERP, handles)
        slider.focus()
        for key in key_sequence(n + warmup, "walk", amplitude=5):
            page.keyboard.press(key)
            page.wait_for_timeout(120)
        page.wait_for_function("() => window.__interp.pending === 0", timeout=10_000)
        data = page.evaluate("() => ({lat: window.__lat, paint: window.__interp.paint})")
    finally:
        context.close()
    return {"latency": summary(data["lat"][warmup:]), "to_next_frame": summary(data["paint"][warmup:])}


INSTALL_POINT = """
() => {
  // On the document: every rerun of the fragment mounts a new heatmap <img>, so a listener on the image would be lost.
  const s = window.__pt = {t0: null, lat: [], last: null};
  const value = () => document.querySelector('[data-testid="stMetricValue"]').innerText;
  s.last = value();
  document.addEventListener('mousedown', () => { s.t0 = performance.now(); }, true);
  new MutationObserver(() => {
    const now = value();
    if (s.t0 !== null && now !== s.last) { s.lat.push(performance.now() - s.t0); s.t0 = null; }
    s.last = now;
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""


def bench_point(browser, url: str, n: int, warmup: int) -> dict:
    import random

    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    rng = random.Random(0)
    try:
        page.goto(f"{url}/flow_2d")
        wait_idle(page)
        dismiss_dialogs(page)
        image = page.locator('img[data-testid="flow-density-image"]')
        image.wait_for(state="visible", timeout=90_000)
        image.scroll_into_view_if_needed()
        page.evaluate(INSTALL_POINT)
        box = image.bounding_box()
        for _ in range(n + warmup):
            count = page.evaluate("() => window.__pt.lat.length")
            page.mouse.click(box["x"] + box["width"] * rng.uniform(0.1, 0.9), box["y"] + box["height"] * rng.uniform(0.1, 0.9))
            page.wait_for_function(f"() => window.__pt.lat.length > {count} || window.__pt.t0 === null", timeout=20_000)
            wait_idle(page)
        lat = page.evaluate("() => window.__pt.lat")
    finally:
        context.close()
    return {"latency": summary(lat[warmup:])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--port", type=int, default=8722)
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "flow.json"))
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    process, url = start_streamlit(options.port), f"http://127.0.0.1:{options.port}"
    wait_healthy(options.port)
    results = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            results["flow2d_layer"] = bench_layer(browser, url, "flow_2d", "flow2d", options.n, options.warmup)
            results["flowimg_layer"] = bench_layer(browser, url, "flow_images", "flowimg", options.n, options.warmup)
            results["flow2d_point"] = bench_point(browser, url, options.n, options.warmup)
            browser.close()
    finally:
        stop_server(process)
    Path(options.json).parent.mkdir(parents=True, exist_ok=True)
    Path(options.json).write_text(json.dumps(results, indent=2) + "\n")
    for name, result in results.items():
        latency = result["latency"]
        if not latency["n"]:
            print(f"{name:14s} no measurement")
            continue
        print(f"{name:14s} n={latency['n']:3d}  p50 {latency['p50']:7.1f} ms  p95 {latency['p95']:7.1f} ms  "
              f"(target p95 <= {TARGETS[name]:.0f} ms)")


if __name__ == "__main__":
    main()
