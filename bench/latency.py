"""Latency benchmark of the app (a script, not a test): prints p50/p95 per interaction kind.

    python bench/latency.py [--n 40] [--skip-cold-start] [--warmup 3]

Measures, with performance.now() inside the page (no Playwright round trips in the numbers):

* interp_alpha       /interpolation: keydown on the alpha slider -> AE frame <img> has its new
                     src decoded (img.decode(), fallback `load`). Keys walk the slider back and
                     forth around the middle so many distinct frames are shown.
* interp_alpha_alt   same, strictly alternating ArrowRight / ArrowLeft (two frames only).
* click_decode       /ae_vs_vae: mousedown on the AE latent plane -> the decoded images of
                     "Decode a point of the plane" have their new src loaded (after the fragment
                     rerun finished). Also reports the rerun alone (mousedown -> notRunning).
* hover_preview      /ae_vs_vae: mousemove over the AE plane -> the decoder preview drawn from the
                     precomputed lattice (inside the handler), and to the next animation frame.
* cold_start         `streamlit run` subprocess launched -> home page rendered (script state
                     notRunning and an <h1> visible) in a fresh browser context; 3 fresh servers.
* decode             core.latent.decode_latents per image, single z and a batch of 256.

Results are printed as a table and written to bench/results/latency.json (or --json).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_streamlit, wait_healthy  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "latency.json"
VIEWPORT = {"width": 1400, "height": 1000}
TARGETS = {"interp_alpha": 16.0, "interp_alpha_alt": 16.0, "click_decode": 300.0, "cold_start": 4000.0}
STATE = '[data-testid="stApp"]'


# ----------------------------------------------------------------------------- helpers
def page_url_path(script: str, default: str) -> str:
    """The url_path app.py gives a page (st.Page("pages/x.py", ..., url_path="...")), else `default`."""
    import re

    source = (ROOT / "app.py").read_text(encoding="utf-8")
    match = re.search(r'st\.Page\(\s*["\']' + re.escape(script) + r'["\'].*?url_path\s*=\s*["\']([^"\']+)', source)
    return "/" + (match.group(1) if match else default).strip("/")


def summary(values: list[float]) -> dict:
    if not values:
        return {"n": 0, "p50": None, "p95": None, "max": None, "values": []}
    array = np.asarray(values, dtype=float)
    return {"n": len(values), "p50": float(np.percentile(array, 50)), "p95": float(np.percentile(array, 95)),
            "max": float(array.max()), "values": [round(v, 2) for v in values]}


def fmt(value: float | None, unit: str = "ms") -> str:
    return "   n/a  " if value is None else f"{value:7.1f} {unit}"


def wait_idle(page, timeout: float = 90_000) -> None:
    """Script finished and stayed finished (same idea as tests.conftest.wait_for_app)."""
    page.wait_for_selector(f'{STATE}[data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_timeout(500)
    page.wait_for_selector(f'{STATE}[data-test-script-state="notRunning"]', timeout=timeout)


def dismiss_dialogs(page) -> list[str]:
    """Close any open st.dialog / modal (e.g. a spurious "Page not found") so clicks reach the page."""
    dialogs = page.locator('[data-testid="stDialog"]')
    texts = [dialogs.nth(i).inner_text().replace("\n", " | ")[:160] for i in range(dialogs.count())]
    for _ in range(3):
        if not dialogs.count():
            break
        page.keyboard.press("Escape")
        page.wait_for_timeout(400)
        if dialogs.count():
            close = dialogs.first.locator('button[aria-label="Close"]')
            if close.count():
                close.first.click()
                page.wait_for_timeout(400)
    if dialogs.count():
        raise RuntimeError(f"could not close dialog(s): {texts}")
    return texts


def start_server() -> tuple[object, str]:
    port = free_port()
    process = start_streamlit(port)
    wait_healthy(port)
    return process, f"http://127.0.0.1:{port}"


def stop_server(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except Exception:  # noqa: BLE001
        process.kill()
        process.wait(timeout=10)


# ----------------------------------------------------------------------------- interp_alpha
INSTALL_INTERP = """
([slider, img]) => {
  const s = window.__interp = {t0: null, lat: [], mut: [], paint: [], pending: 0, errors: 0};
  window.__lat = s.lat;
  slider.addEventListener('keydown', () => { s.t0 = performance.now(); }, true);
  new MutationObserver(() => {
    if (s.t0 === null) return;
    const t0 = s.t0; s.t0 = null;
    s.mut.push(performance.now() - t0);
    s.pending++;
    let finished = false;
    const done = () => {
      if (finished) return; finished = true;
      s.lat.push(performance.now() - t0); s.pending--;
      // next frame after the decoded image: roughly when it is on screen
      requestAnimationFrame(() => requestAnimationFrame(() => s.paint.push(performance.now() - t0)));
    };
    img.decode().then(done, () => {
      s.errors++;
      if (img.complete) done(); else img.addEventListener('load', done, {once: true});
    });
  }).observe(img, {attributes: true, attributeFilter: ['src']});
}
"""


def key_sequence(n: int, pattern: str, amplitude: int = 8) -> list[str]:
    """Keys starting from the middle that never leave [mid - amplitude, mid + amplitude]."""
    if pattern == "alternate":
        return ["ArrowRight" if i % 2 == 0 else "ArrowLeft" for i in range(n)]
    keys, offset, step = [], 0, 1
    for _ in range(n):
        if abs(offset + step) > amplitude:
            step = -step
        offset += step
        keys.append("ArrowRight" if step > 0 else "ArrowLeft")
    return keys


def bench_interp(browser, url: str, n: int, warmup: int, pattern: str, path: str) -> dict:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(f"{url}{path}")
        wait_idle(page)
        dialogs = dismiss_dialogs(page)
        slider = page.locator('input[data-testid="player-slider"]')
        slider.wait_for(state="visible", timeout=60_000)
        img = page.locator('img[data-testid="player-frame-ae"]')
        img.wait_for(state="visible", timeout=60_000)
        slider_handle, img_handle = slider.element_handle(), img.element_handle()
        # start from the middle of the slider
        slider_handle.evaluate("(el) => { const mid = Math.round((+el.min + +el.max) / 2);"
                               " if (+el.value !== mid) { el.value = mid; el.dispatchEvent(new Event('input')); } }")
        start_value = int(slider_handle.evaluate("(el) => +el.value"))
        page.wait_for_timeout(300)
        page.evaluate(INSTALL_INTERP, [slider_handle, img_handle])
        slider.focus()
        keys = key_sequence(n + warmup, pattern)
        values = []
        for key in keys:
            page.keyboard.press(key)
            page.wait_for_timeout(150)
            values.append(int(slider_handle.evaluate("(el) => +el.value")))
        page.wait_for_function("() => window.__interp.pending === 0", timeout=10_000)
        page.wait_for_timeout(100)
        data = page.evaluate("() => ({lat: window.__lat, mut: window.__interp.mut, paint: window.__interp.paint,"
                             " errors: window.__interp.errors})")
        still_same_img = img_handle.evaluate("(el) => el.isConnected")
    finally:
        context.close()
    lat = data["lat"][warmup:]
    return {"latency": summary(lat), "to_src_mutation": summary(data["mut"][warmup:]),
            "to_next_frame": summary(data["paint"][warmup:]), "presses": len(keys), "warmup": warmup,
            "recorded": len(data["lat"]), "decode_rejections": data["errors"], "pattern": pattern,
            "slider_start": start_value, "slider_min": min(values), "slider_max": max(values),
            "img_still_connected": still_same_img, "dialogs_closed": dialogs}


# ----------------------------------------------------------------------------- click_decode
INSTALL_CLICK = """
() => {
  const s = window.__cd = {t0: null, clicks: [], states: [], imgs: [], pending: 0, lastMut: 0, longTasks: []};
  const app = document.querySelector('[data-testid="stApp"]');
  document.addEventListener('mousedown', () => { s.t0 = performance.now(); s.clicks.push(s.t0); }, true);
  new MutationObserver(() => {
    s.states.push([performance.now(), app.getAttribute('data-test-script-state')]);
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  // The decoded images are the first two st.image elements of the page (AE, VAE).
  const decodedImgs = () => Array.from(document.querySelectorAll('[data-testid="stImage"] img')).slice(0, 2);
  const track = (img, now) => {
    const which = decodedImgs().indexOf(img);
    if (which < 0) return;
    const entry = {which, tMut: now, tLoad: null, src: (img.getAttribute('src') || '').slice(-40)};
    s.imgs.push(entry); s.pending++; s.lastMut = now;
    let finished = false;
    const done = () => { if (finished) return; finished = true; entry.tLoad = performance.now(); s.pending--; };
    // decode() normally settles first; load/error listeners guard against a promise that never does
    img.decode().then(done, () => { if (img.complete) done(); });
    img.addEventListener('load', () => img.decode().then(done, done), {once: true});
    img.addEventListener('error', done, {once: true});
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.longTasks.push([e.startTime, e.duration]);
  }).observe({type: 'longtask'});
  new MutationObserver((mutations) => {
    const now = performance.now();
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target.tagName === 'IMG') track(m.target, now);
      if (m.type === 'childList') for (const node of m.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.tagName === 'IMG') track(node, now);
        else node.querySelectorAll && node.querySelectorAll('img').forEach((img) => track(img, now));
      }
    }
  }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
}
"""

SETTLED = """
() => {
  const s = window.__cd, t0 = s.t0, now = performance.now();
  if (t0 === null) return false;
  const after = s.states.filter(([t]) => t >= t0);
  if (!after.length || after[after.length - 1][1] !== 'notRunning') return false;
  if (!after.some(([, st]) => st === 'running')) return false;
  const lastState = after[after.length - 1][0];
  return s.pending === 0 && now - lastState > 250 && now - s.lastMut > 250;
}
"""

RESULT = """
() => {
  const s = window.__cd, t0 = s.t0;
  const after = s.states.filter(([t]) => t >= t0);
  const done = after.filter(([, st]) => st === 'notRunning');
  const imgs = s.imgs.filter((e) => e.tMut >= t0 && e.tLoad !== null);
  const end = imgs.length ? Math.max(...imgs.map((e) => e.tLoad)) : performance.now();
  const longTasks = s.longTasks.filter(([t, d]) => t + d >= t0 && t <= end);
  return {
    rerun: done.length ? done[done.length - 1][0] - t0 : null,
    firstRunning: after.length ? after[0][0] - t0 : null,
    imgCommit: imgs.length ? Math.max(...imgs.map((e) => e.tMut)) - t0 : null,
    decode: imgs.length ? end - t0 : null,
    longTaskMs: longTasks.reduce((sum, [t, d]) => sum + Math.min(t + d, end) - Math.max(t, t0), 0),
    longestTaskMs: longTasks.reduce((m, [, d]) => Math.max(m, d), 0),
    changed: imgs.map((e) => e.which), srcs: imgs.map((e) => e.src),
  };
}
"""


def bench_click(browser, url: str, n: int, warmup: int, path: str, seed: int = 0) -> dict:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    rng = np.random.default_rng(seed)
    latencies, reruns, misses, no_change, samples = [], [], 0, 0, []
    try:
        page.goto(f"{url}{path}")
        wait_idle(page)
        dialogs = dismiss_dialogs(page)
        chart = page.locator('[data-testid="latent-plane-ae"]').first  # the AE plane (canvas component)
        chart.wait_for(state="visible", timeout=60_000)
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        page.evaluate(INSTALL_CLICK)
        previous = None
        for i in range(n + warmup):
            area = chart.bounding_box()
            while True:
                fx, fy = rng.uniform(0.12, 0.88, size=2)
                cell = (round(fx * 20), round(fy * 20))
                if cell != previous:
                    previous = cell
                    break
            page.mouse.click(area["x"] + fx * area["width"], area["y"] + fy * area["height"])
            try:
                page.wait_for_function(SETTLED, timeout=15_000, polling=50)
            except Exception:  # noqa: BLE001 - no rerun / no image after the click: count it and go on
                misses += 1
                wait_idle(page)
                page.evaluate("() => { window.__cd.pending = 0; }")
                dismiss_dialogs(page)
                continue
            result = page.evaluate(RESULT)
            samples.append(result)
            if i < warmup:
                continue
            reruns.append(result["rerun"])
            if result["decode"] is None or 0 not in result["changed"]:
                no_change += 1
            if result["decode"] is not None:
                latencies.append(result["decode"])
            page.wait_for_timeout(100)
    finally:
        context.close()
    measured = samples[warmup:] if len(samples) > warmup else []
    pick = lambda key: summary([s[key] for s in measured if s.get(key) is not None])  # noqa: E731
    return {"latency": summary(latencies), "rerun_done": summary(reruns), "clicks": n + warmup, "warmup": warmup,
            "no_rerun": misses, "ae_image_unchanged": no_change, "dialogs_closed": dialogs,
            "to_script_running": pick("firstRunning"), "to_img_src_commit": pick("imgCommit"),
            "long_task_ms_in_window": pick("longTaskMs"), "longest_task_ms": pick("longestTaskMs")}


# ----------------------------------------------------------------------------- hover preview
INSTALL_HOVER = """
(stage) => {
  window.__hover = [];
  let t0 = null;
  // Capture listener: runs before the component's own mousemove handler on the same element.
  stage.addEventListener('mousemove', () => { t0 = performance.now(); }, { capture: true });
  // Registered after the component's handler: runs once the preview has been drawn.
  stage.addEventListener('mousemove', () => {
    const handled = performance.now() - t0;
    requestAnimationFrame(() => window.__hover.push({ handled, frame: performance.now() - t0 }));
  });
}
"""


def bench_hover(browser, url: str, n: int, path: str, seed: int = 1) -> dict:
    """mousemove over the AE plane -> hover preview drawn (in the handler) and the next frame."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    rng = np.random.default_rng(seed)
    try:
        page.goto(f"{url}{path}")
        wait_idle(page)
        dismiss_dialogs(page)
        stage = page.locator('[data-testid="latent-plane-ae"]').first
        stage.wait_for(state="visible", timeout=60_000)
        stage.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        stage.evaluate(INSTALL_HOVER)
        box = stage.bounding_box()
        for _ in range(n):
            fx, fy = rng.uniform(0.05, 0.95, size=2)
            page.mouse.move(box["x"] + fx * box["width"], box["y"] + fy * box["height"])
            page.wait_for_timeout(60)
        page.wait_for_timeout(200)
        samples = page.evaluate("() => window.__hover")
    finally:
        context.close()
    return {"handled": summary([s["handled"] for s in samples]), "next_frame": summary([s["frame"] for s in samples])}


# ----------------------------------------------------------------------------- cold start
COLD_READY = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const h1 = document.querySelector('h1');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning' && !!h1 && h1.offsetParent !== null
    && h1.getBoundingClientRect().height > 0;
}
"""


def bench_cold_start(browser, runs: int = 3) -> dict:
    totals, healthy, first_page = [], [], []
    for _ in range(runs):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        start = time.perf_counter()
        process = start_streamlit(port)
        try:
            while True:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    pass
                if time.perf_counter() - start > 60:
                    raise RuntimeError("server did not become healthy")
                time.sleep(0.02)
            t_healthy = time.perf_counter()
            page.goto(url, wait_until="commit")
            page.wait_for_function(COLD_READY, timeout=60_000, polling="raf")
            end = time.perf_counter()
            totals.append((end - start) * 1000)
            healthy.append((t_healthy - start) * 1000)
            first_page.append((end - t_healthy) * 1000)
        finally:
            context.close()
            stop_server(process)
        time.sleep(1.0)
    return {"runs_ms": [round(v, 1) for v in totals], "median_ms": statistics.median(totals),
            "healthy_ms": [round(v, 1) for v in healthy], "healthy_to_rendered_ms": [round(v, 1) for v in first_page]}


# ----------------------------------------------------------------------------- first visit
FIRST_VISIT_PROBE = """
() => {
  const s = window.__visit = {h1: null, spinner: null, done: null, nav: null, gaps: [], last: performance.now()};
  const stamp = () => {
    const now = performance.now();
    const h1 = document.querySelector('h1');
    if (s.nav === null && document.querySelector('[data-testid="stSidebarNav"]')) s.nav = now;
    if (s.h1 === null && h1 && h1.getBoundingClientRect().height > 0) s.h1 = now;
    if (s.spinner === null && document.querySelector('[data-testid="stSpinner"]')) s.spinner = now;
  };
  new MutationObserver(() => { const now = performance.now(); s.gaps.push(now - s.last); s.last = now; stamp(); })
    .observe(document, {subtree: true, childList: true, attributes: true});
}
"""
FIRST_VISIT_DONE = """
(selector) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const ready = app && app.getAttribute('data-test-script-state') === 'notRunning' && document.querySelector(selector);
  if (ready && window.__visit.done === null) window.__visit.done = performance.now();
  return !!ready;
}
"""


def bench_first_visit(browser, path: str, ready_selector: str) -> dict:
    """A fresh server, then a direct link: when the first heading, the first progress sign and the
    finished page appear (ms from navigation start, in the page), for the first student and for
    a second one a few seconds later (after the background warm-up)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_streamlit(port)
    visits = {}
    try:
        wait_healthy(port)
        for visitor in ("first", "second"):
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.add_init_script(f"({FIRST_VISIT_PROBE.strip()})();")
            page.goto(url + path, wait_until="commit")
            page.wait_for_function(FIRST_VISIT_DONE, arg=ready_selector, timeout=120_000, polling=50)
            page.wait_for_timeout(300)
            visit = page.evaluate("() => window.__visit")
            longest_quiet_before_done = max((g for g in visit["gaps"]), default=0.0)
            visits[visitor] = {k: (round(visit[k], 1) if visit[k] is not None else None) for k in ("nav", "h1", "spinner", "done")}
            visits[visitor]["longest_still_ms"] = round(longest_quiet_before_done, 1)
            context.close()
            time.sleep(3.0)
    finally:
        stop_server(process)
    return visits


# ----------------------------------------------------------------------------- decode times
def bench_decode(single_calls: int = 200, batch: int = 256, batch_calls: int = 30) -> dict:
    import torch

    from core.checkpoints import load_checkpoint
    from core.latent import decode_latents

    default_threads = torch.get_num_threads()
    results = {"torch_threads": default_threads}
    rng = np.random.default_rng(0)
    for threads, dataset, kind in [(default_threads, d, k) for d in ("mnist", "fashion") for k in ("ae", "vae")] + \
            ([(1, "mnist", "ae")] if default_threads > 1 else []):
        torch.set_num_threads(threads)
        name = f"{kind}_{dataset}" + ("" if threads == default_threads else f"@{threads}thread")
        model, _ = load_checkpoint(kind, dataset)
        z1 = rng.standard_normal((1, model.config.latent_dim)).astype(np.float32)
        zb = rng.standard_normal((batch, model.config.latent_dim)).astype(np.float32)
        for _ in range(20):
            decode_latents(model, z1)
        for _ in range(3):
            decode_latents(model, zb)
        singles = []
        for _ in range(single_calls):
            t = time.perf_counter()
            decode_latents(model, z1)
            singles.append((time.perf_counter() - t) * 1000)
        batches = []
        for _ in range(batch_calls):
            t = time.perf_counter()
            decode_latents(model, zb)
            batches.append((time.perf_counter() - t) * 1000)
        results[name] = {
            "single_ms": statistics.median(singles),
            "batch_total_ms": statistics.median(batches),
            "batch_per_image_ms": statistics.median(batches) / batch,
            "batch": batch, "threads": threads,
        }
    torch.set_num_threads(default_threads)
    return results


# ----------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="measured interactions per kind (default 40)")
    parser.add_argument("--warmup", type=int, default=3, help="interactions discarded first (default 3)")
    parser.add_argument("--skip-cold-start", action="store_true")
    parser.add_argument("--only", choices=["interp", "click", "hover", "cold", "first", "decode"], help="run one kind only")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--json", help=f"where to write the results (default {RESULTS.name} in bench/results/)")
    parser.add_argument("--interp-path", help="URL path of the interpolation page (default: read from app.py)")
    parser.add_argument("--aevae-path", help="URL path of the AE-vs-VAE page (default: read from app.py)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    interp_path = args.interp_path or page_url_path("pages/interpolation.py", "interpolation")
    aevae_path = args.aevae_path or page_url_path("pages/ae_vs_vae.py", "ae-vs-vae")

    results: dict = {"n": args.n, "warmup": args.warmup, "targets_ms": TARGETS, "cpu_count": os.cpu_count(),
                     "pages": {"interpolation": interp_path, "ae_vs_vae": aevae_path},
                     "loadavg_start": os.getloadavg()}
    wanted = (lambda kind: args.only in (None, kind))  # noqa: E731
    if wanted("decode"):
        print("decode timing ...", flush=True)
        results["decode"] = bench_decode()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            if wanted("interp") or wanted("click") or wanted("hover"):
                print("starting streamlit ...", flush=True)
                process, url = start_server()
                try:
                    if wanted("interp"):
                        print("interp_alpha ...", flush=True)
                        results["interp_alpha"] = bench_interp(browser, url, args.n, args.warmup, "walk", interp_path)
                        results["interp_alpha_alt"] = bench_interp(browser, url, args.n, args.warmup, "alternate",
                                                                   interp_path)
                    if wanted("click"):
                        print("click_decode ...", flush=True)
                        results["click_decode"] = bench_click(browser, url, args.n, args.warmup, aevae_path)
                    if wanted("hover"):
                        print("hover_preview ...", flush=True)
                        results["hover_preview"] = bench_hover(browser, url, args.n, aevae_path)
                finally:
                    stop_server(process)
            if wanted("first"):
                print("first visits ...", flush=True)
                results["first_visit"] = {
                    "ae_vs_vae": bench_first_visit(browser, aevae_path, '[data-testid="stImage"] img'),
                    "interpolation": bench_first_visit(browser, interp_path, '[data-testid="stImage"] img')}
            if wanted("cold") and not args.skip_cold_start:
                print("cold start ...", flush=True)
                results["cold_start"] = bench_cold_start(browser, args.cold_runs)
        finally:
            browser.close()

    results["loadavg_end"] = os.getloadavg()
    out = Path(args.json) if args.json else RESULTS
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.only and out.exists():  # one kind re-measured: keep the other kinds' last figures
        results = {**json.loads(out.read_text()), **{k: v for k, v in results.items() if k not in ("n", "warmup")}}
    out.write_text(json.dumps(results, indent=2))
    print_table(results)


def print_table(results: dict) -> None:
    print()
    print("=" * 92)
    for name, extra in (("interp_alpha", "walk around the middle"), ("interp_alpha_alt", "strict Right/Left")):
        if name not in results:
            continue
        r = results[name]["latency"]
        print(f"{name:<18} n={r['n']:<3} p50={fmt(r['p50'])}  p95={fmt(r['p95'])}  max={fmt(r['max'])}"
              f"  (target p95 <= {TARGETS[name]:.0f} ms; {extra})")
        f = results[name]["to_next_frame"]
        print(f"{'  +next frame':<18} n={f['n']:<3} p50={fmt(f['p50'])}  p95={fmt(f['p95'])}  max={fmt(f['max'])}")
    if "click_decode" in results:
        c = results["click_decode"]
        r = c["latency"]
        print(f"{'click_decode':<18} n={r['n']:<3} p50={fmt(r['p50'])}  p95={fmt(r['p95'])}  max={fmt(r['max'])}"
              f"  (target p95 <= {TARGETS['click_decode']:.0f} ms)")
        for key, label in (("to_script_running", "  ->running"), ("to_img_src_commit", "  ->img src set"),
                           ("rerun_done", "  ->notRunning"), ("long_task_ms_in_window", "  long tasks sum"),
                           ("longest_task_ms", "  longest task")):
            r = c[key]
            print(f"{label:<18} n={r['n']:<3} p50={fmt(r['p50'])}  p95={fmt(r['p95'])}  max={fmt(r['max'])}")
        print(f"{'':<18} clicks without rerun/new image: {c['no_rerun']}, AE decoded image unchanged: "
              f"{c['ae_image_unchanged']}, dialogs closed first: {c['dialogs_closed'] or 'none'}")
    if "hover_preview" in results:
        for key, label in (("handled", "hover_preview"), ("next_frame", "  +next frame")):
            r = results["hover_preview"][key]
            print(f"{label:<18} n={r['n']:<3} p50={fmt(r['p50'])}  p95={fmt(r['p95'])}  max={fmt(r['max'])}"
                  + ("  (mousemove -> decoder preview drawn, in the browser)" if key == "handled" else ""))
    for name, visits in results.get("first_visit", {}).items():
        for visitor, v in visits.items():
            print(f"{'first_visit':<18} {name:<14} {visitor:<6} menu {v['nav']} ms, heading {v['h1']} ms, "
                  f"spinner {v['spinner']} ms, finished {v['done']} ms, longest still {v['longest_still_ms']} ms")
    if "cold_start" in results:
        cs = results["cold_start"]
        runs = ", ".join(f"{v / 1000:.2f}" for v in cs["runs_ms"])
        print(f"{'cold_start':<18} runs=[{runs}] s  median={cs['median_ms'] / 1000:.2f} s  (target <= 4 s)")
        healthy = ", ".join(f"{v / 1000:.2f}" for v in cs["healthy_ms"])
        render = ", ".join(f"{v / 1000:.2f}" for v in cs["healthy_to_rendered_ms"])
        print(f"{'':<18} launch->healthy=[{healthy}] s  healthy->rendered=[{render}] s")
    else:
        print(f"{'cold_start':<18} skipped")
    d = results.get("decode", {"torch_threads": "-"})
    print(f"decode (torch default threads={d['torch_threads']}; median of 200 single calls / 30 batches):")
    for key, value in d.items():
        if key == "torch_threads":
            continue
        print(f"  {key:<20} single z: {value['single_ms']:.3f} ms   batch {value['batch']}: "
              f"{value['batch_per_image_ms']:.4f} ms/image ({value['batch_total_ms']:.2f} ms total)")
    print(f"cpus={results['cpu_count']}  loadavg start={results['loadavg_start'][0]:.2f}"
          f" end={results['loadavg_end'][0]:.2f} (1-min; other load on the machine skews every number)")
    print("=" * 92)
    print("results written to bench/results/latency.json (or --json)")


if __name__ == "__main__":
    main()
