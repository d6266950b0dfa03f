"""Many students on one server (a script, not a test): N concurrent real browser sessions work
the pages against one `streamlit run app.py` on loopback, and the script prints what a teacher
needs to know: errors, interaction latency, the server's CPU per interaction and its memory.

    python bench/load.py [--client ws|browser] [--sessions 30] [--minutes 5] [--think 2 5] [--profile /tmp/server.txt]

--client ws (the default) drives each session with bench/streamlit_client.py, a client of
Streamlit's websocket protocol (no browser): 30 Chromium tabs on the server's own 2 cores spend
most of the CPU on rendering (measured: the server got 7 % of the machine), so they measure the
browsers, not what one server gives a class. A ws session loads its page, then every 2-5 s makes
one interaction that reaches the server: /ae_vs_vae a click on a latent plane (a fragment rerun),
/interpolation "Another example" (a rerun with new frames), /gan_replay "New samples", and
/ddpm_reverse a new guidance scale (a new 50-step trajectory unless cached) or, every fifteenth time (about once a minute),
"Sample now" (16 images, 10 DDIM steps as lesson step 5 asks; a chain with settings another session already ran is replayed from the
server's recording, ui/shared_runs.py, as in a class where everyone presses it with the same seed). Latency = request sent -> script finished, at the client.
Scrubbing the frames player never reaches the server (bench/latency.py measures it in a browser).

--client browser keeps the original design below (real tabs, in-page latency):

Each session (one headless Chromium page, its own Streamlit session) loops: open a page, then
interact every 2-5 s (random think time). Sessions are spread over four pages: on /ae_vs_vae a
click on a latent plane (a fragment rerun: latency = mousedown -> script idle, measured in the
page); on /interpolation, /gan_replay and /ddpm_reverse a step of the frames player
(browser-side: latency = input -> new frame decoded); every third interaction on /gan_replay is
"New samples" (a rerun that samples the generator). The server's CPU time
and RSS are read from /proc at the start of minute 1 and at the end. The browsers run on the
same cores as the server (a class's laptops would not), so the server's CPU share is printed
separately. Sessions that see an exception box or a page error count as errors.

--profile FILE samples the server with py-spy (`pip install py-spy`) for 60 s from minute 1
(folded stacks in FILE) and prints where its CPU went: the frames with the most samples on top
of the stack, and the share under each of the app's own folders, Streamlit, torch and the rest.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_streamlit, wait_healthy  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
CLICK_PROBE = """
async (stage) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const t0 = performance.now();
  const box = stage.getBoundingClientRect();
  const x = box.left + box.width * (0.15 + 0.7 * Math.random()), y = box.top + box.height * (0.15 + 0.7 * Math.random());
  for (const type of ["mousedown", "mouseup", "click"]) stage.dispatchEvent(new MouseEvent(type, {bubbles: true, clientX: x, clientY: y}));
  const finished = await new Promise((resolve) => {
    let seenRunning = app.getAttribute('data-test-script-state') === 'running';
    const observer = new MutationObserver(() => {
      const state = app.getAttribute('data-test-script-state');
      if (state === 'running') seenRunning = true;
      if (seenRunning && state === 'notRunning') { observer.disconnect(); resolve(true); }
    });
    observer.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
    setTimeout(() => { observer.disconnect(); resolve(seenRunning ? false : null); }, 20000);
  });
  if (finished !== true) return finished === null ? -1 : 20000;  // -1: the click started no rerun
  return performance.now() - t0;
}
"""
BUTTON_PROBE = CLICK_PROBE.replace("(stage) =>", "(button) =>").replace(
    """  const box = stage.getBoundingClientRect();
  const x = box.left + box.width * (0.15 + 0.7 * Math.random()), y = box.top + box.height * (0.15 + 0.7 * Math.random());
  for (const type of ["mousedown", "mouseup", "click"]) stage.dispatchEvent(new MouseEvent(type, {bubbles: true, clientX: x, clientY: y}));""",
    "  button.click();")
PAGES = ["ae_vs_vae", "interpolation", "gan_replay", "ddpm_reverse"]
KEY_PROBE = """
async ([slider, img]) => {
  const t0 = performance.now();
  const before = img.src;
  slider.value = String((+slider.value + 1) % (+slider.max + 1));
  slider.dispatchEvent(new Event('input', {bubbles: true}));
  if (img.src !== before) await img.decode().catch(() => {});
  return performance.now() - t0;
}
"""


def log_count(log: dict, index: int) -> int:
    return log["by_session"].get(index, 0)


def proc_stats(pid: int) -> tuple[float, float]:
    """(CPU seconds used by the process and its children so far, RSS in MB)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    rss = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return cpu, rss


async def session(browser, url: str, index: int, deadline: float, think: tuple[float, float], log: dict) -> None:
    rng = random.Random(index)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.on("pageerror", lambda error: log["errors"].append(f"session {index}: {error}"))
    kind = PAGES[index % len(PAGES)]
    try:
        await page.goto(f"{url}/{kind}", timeout=180_000)
        await page.wait_for_selector(IDLE, timeout=180_000)
        await page.wait_for_timeout(1000)
        while time.time() < deadline:
            await asyncio.sleep(rng.uniform(*think))
            probe = None
            if kind == "ae_vs_vae":
                probe = (page.locator('[data-testid="latent-plane-ae"]').first, CLICK_PROBE)
            elif kind == "gan_replay" and log_count(log, index) % 3 == 2:
                probe = (page.locator(".st-key-gan_new_samples button").first, BUTTON_PROBE)
            if probe:  # an interaction that reruns the script: latency to the script's end, in the page
                latency = await probe[0].evaluate(probe[1])
                if latency < 0:
                    log["no_rerun"] += 1
                else:
                    log["rerun_ms"].append(latency)
            else:
                slider = page.locator('input[data-testid="player-slider"]').first
                img = page.locator('img[data-testid^="player-frame-"]').first
                log["scrub_ms"].append(await page.evaluate(KEY_PROBE, [await slider.element_handle(), await img.element_handle()]))
            log["interactions"] += 1
            log["by_session"][index] = log["by_session"].get(index, 0) + 1
            if await page.locator('[data-testid="stException"]').count():
                log["errors"].append(f"session {index}: exception box")
                break
    except Exception as error:  # a session that cannot load or interact is an error, reported
        log["errors"].append(f"session {index}: {type(error).__name__}: {str(error)[:120]}")
    finally:
        await context.close()


def py_spy(*arguments: str) -> subprocess.Popen:
    """Start py-spy (the one next to this Python if installed there) with `arguments`, quietly."""
    installed = Path(sys.executable).with_name("py-spy")
    return subprocess.Popen([str(installed) if installed.exists() else "py-spy", *arguments],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def profile_summary(path: str, top: int = 12) -> list[str]:
    """Where the sampled server CPU went, from py-spy's folded stacks ("frame;frame;... count"):
    by the owner of the frame on top of the stack (self time), the share of samples inside a
    script run (a page's code and the Streamlit calls it makes), and the top frames."""
    def file_of(frame: str) -> str:  # py-spy writes a frame as "function (path/to/file.py:line)"
        return frame.rpartition(" (")[2].rpartition(":")[0].replace(str(ROOT) + "/", "")

    page_files = {path.name for path in (ROOT / "pages").glob("*.py")}  # Streamlit puts pages/ on sys.path: py-spy shows bare names

    def owner(frame: str) -> str:
        file = file_of(frame)
        if file in page_files or file == "app.py":
            return "app"
        for name, prefixes in (("app", ("core/", "ui/", "pages/", "app.py")), ("torch", ("torch/",)),
                               ("streamlit", ("streamlit/",)), ("tornado / asyncio", ("tornado/", "asyncio/"))):
            if file.startswith(prefixes) or any(f"/{prefix}" in file for prefix in prefixes if prefix.endswith("/")):
                return name
        return "other (numpy, PIL, json, protobuf, ...)"

    own, owners, in_script, total = {}, {}, 0, 0
    for line in Path(path).read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n, frames = int(count), stack.split(";")
        total += n
        own[frames[-1]] = own.get(frames[-1], 0) + n
        owners[owner(frames[-1])] = owners.get(owner(frames[-1]), 0) + n
        in_script += n if any(file_of(frame) in page_files or file_of(frame).startswith("pages/") for frame in frames) else 0
    share = lambda n: f"{n / max(total, 1):.0%}"  # noqa: E731
    lines = [f"py-spy: {total} samples; {share(in_script)} inside page scripts; self time by owner: "
             + ", ".join(f"{k} {share(v)}" for k, v in sorted(owners.items(), key=lambda kv: -kv[1]))]
    lines += [f"  {n / max(total, 1):6.1%}  {frame[:150]}" for frame, n in sorted(own.items(), key=lambda kv: -kv[1])[:top]]
    return lines


async def ws_session(port: int, index: int, deadline: float, think: tuple[float, float], log: dict) -> None:
    """One student's tab, over Streamlit's protocol (bench/streamlit_client.py)."""
    from streamlit.proto.Common_pb2 import DoubleArray

    from bench.streamlit_client import StreamlitSession

    rng = random.Random(index)
    kind = PAGES[index % len(PAGES)]
    client = StreamlitSession(port)
    try:
        await client.open()
        loaded = await client.run(page_name=kind, timeout=300)
        log["load_s"].append(loaded.seconds)
        if kind == "ddpm_reverse":  # lesson step 5: "Sample now" with DDIM 10 steps (DDIM 50 replays the player's chain)
            await client.set_widget("rev_steps", string_value="DDIM, 10 steps")
        count = 0
        while time.time() < deadline:
            await asyncio.sleep(rng.uniform(*think))
            count += 1
            if kind == "ae_vs_vae":
                result = await client.click_component("latent_explorer", "clicked", {
                    "model": rng.choice(["ae", "vae"]), "x": rng.uniform(-3, 3), "y": rng.uniform(-3, 3), "index": -1})
            elif kind == "interpolation":
                result = await client.click_button(rng.choice(["interp_another_start", "interp_another_end"]))
            elif kind == "gan_replay":
                result = await client.click_button("gan_new_samples")
            elif count % 15 == 0:
                result = await client.click_button("rev_sample_now")
                log["sample_now_s"].append(result.seconds)
            else:
                guidance = rng.choice([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 7.0])
                result = await client.set_widget("rev_guidance", double_array_value=DoubleArray(data=[guidance]))
            if kind != "ddpm_reverse" or count % 15:
                log["rerun_ms"].append(1000 * result.seconds)
                log["rerun_by_page"].setdefault(kind, []).append(1000 * result.seconds)
            log["interactions"] += 1
            if result.exceptions:
                log["errors"].append(f"session {index} ({kind}): {result.exceptions[0]}")
                break
    except Exception as error:  # a session that cannot load or interact is an error, reported
        log["errors"].append(f"session {index} ({kind}): {type(error).__name__}: {str(error)[:120]}")
    finally:
        await client.close()


async def run(sessions: int, minutes: float, think: tuple[float, float], profile: str | None = None,
              client: str = "ws") -> dict:
    from playwright.async_api import async_playwright

    port = free_port()
    process = start_streamlit(port)
    wait_healthy(port)
    url = f"http://127.0.0.1:{port}"
    log = {"rerun_ms": [], "scrub_ms": [], "interactions": 0, "errors": [], "no_rerun": 0, "by_session": {},
           "load_s": [], "sample_now_s": [], "rerun_by_page": {}}
    async with async_playwright() as playwright:
        browser = None
        if client == "browser":
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        started = time.time()
        deadline = started + 60 * minutes
        tasks = [asyncio.create_task(session(browser, url, i, deadline, think, log) if browser else
                                     ws_session(port, i, deadline, think, log)) for i in range(sessions)]
        await asyncio.sleep(min(60.0, 60 * minutes / 2))  # minute 1: every session has loaded
        cpu_1, rss_1 = proc_stats(process.pid)
        interactions_1, wall_1, reruns_1 = log["interactions"], time.time(), len(log["rerun_ms"])
        total_cpu_1 = sum(os.times()[:4])
        spy = None
        if profile:  # --gil: only the thread holding the GIL is sampled, so waits and sleeps do not count
            spy = py_spy("record", "-p", str(process.pid), "-d", "60", "-r", "50", "-f", "raw", "-o", profile, "--nonblocking", "--gil")
        await asyncio.gather(*tasks)
        if spy is not None:
            spy.wait(timeout=120)
        cpu_end, rss_end = proc_stats(process.pid)
        wall = time.time() - wall_1
        if browser:
            await browser.close()
    process.terminate()
    process.wait(timeout=10)
    interactions = log["interactions"] - interactions_1
    reruns_after_1 = max(1, len(log["rerun_ms"]) - reruns_1)
    reruns = np.asarray(log["rerun_ms"]) if log["rerun_ms"] else np.zeros(1)
    scrubs = np.asarray(log["scrub_ms"]) if log["scrub_ms"] else np.zeros(1)
    by_page = {page: {"n": len(values), "p50_ms": float(np.percentile(values, 50)), "p95_ms": float(np.percentile(values, 95))}
               for page, values in log["rerun_by_page"].items()}
    return {
        "client": client, "rerun_by_page": by_page,
        "page_load_p50_s": float(np.percentile(log["load_s"], 50)) if log["load_s"] else None,
        "page_load_max_s": max(log["load_s"]) if log["load_s"] else None,
        "sample_now_p50_s": float(np.percentile(log["sample_now_s"], 50)) if log["sample_now_s"] else None,
        "sample_now_max_s": max(log["sample_now_s"]) if log["sample_now_s"] else None,
        "sessions": sessions, "minutes": minutes, "interactions": log["interactions"], "errors": log["errors"],
        "clicks_without_rerun": log["no_rerun"],
        "rerun_p50_ms": float(np.percentile(reruns, 50)), "rerun_p95_ms": float(np.percentile(reruns, 95)),
        "scrub_p50_ms": float(np.percentile(scrubs, 50)), "scrub_p95_ms": float(np.percentile(scrubs, 95)),
        "server_cpu_share": (cpu_end - cpu_1) / wall / (os.cpu_count() or 1),
        "server_cpu_ms_per_interaction": 1000 * (cpu_end - cpu_1) / max(interactions, 1),
        "server_cpu_ms_per_rerun": 1000 * (cpu_end - cpu_1) / reruns_after_1,
        "rss_mb_minute_1": rss_1, "rss_mb_end": rss_end, "rss_growth": rss_end / rss_1 - 1,
        "bench_process_cpu_s": sum(os.times()[:4]) - total_cpu_1,
        "profile": profile_summary(profile) if profile and Path(profile).exists() else [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", choices=["ws", "browser"], default="ws")
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--think", type=float, nargs=2, default=(2.0, 5.0), metavar=("MIN_S", "MAX_S"))
    parser.add_argument("--profile", help="py-spy the server for 60 s from minute 1 into this file")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    result = asyncio.run(run(args.sessions, args.minutes, tuple(args.think), args.profile, args.client))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    print(f"sessions={result['sessions']} minutes={result['minutes']} interactions={result['interactions']} "
          f"errors={len(result['errors'])} clicks_without_rerun={result['clicks_without_rerun']}")
    for error in result["errors"][:10]:
        print("  ", error)
    for page, figures in result["rerun_by_page"].items():
        print(f"  {page:14s} n={figures['n']:4d}  p50={figures['p50_ms']:.0f} ms  p95={figures['p95_ms']:.0f} ms")
    if result["page_load_p50_s"] is not None:
        print(f"page load (first visit of each session) p50={result['page_load_p50_s']:.1f} s  max={result['page_load_max_s']:.1f} s")
    if result["sample_now_p50_s"] is not None:
        print(f"'Sample now' (one slot, queued) p50={result['sample_now_p50_s']:.1f} s  max={result['sample_now_max_s']:.1f} s")
    print(f"rerun (all pages)  p50={result['rerun_p50_ms']:.0f} ms  p95={result['rerun_p95_ms']:.0f} ms  (target p95 <= 300 ms)")
    if result["client"] == "browser":
        print(f"scrub (frames player) p50={result['scrub_p50_ms']:.1f} ms  p95={result['scrub_p95_ms']:.1f} ms  (target p95 <= 16 ms)")
    print(f"server: {result['server_cpu_share']:.0%} of the machine's CPU, {result['server_cpu_ms_per_interaction']:.0f} ms CPU "
          f"per interaction (target <= 30 ms), {result['server_cpu_ms_per_rerun']:.0f} ms per rerun; RSS {result['rss_mb_minute_1']:.0f} MB at minute 1 -> "
          f"{result['rss_mb_end']:.0f} MB at the end ({result['rss_growth']:+.1%}; target <= +10 %)")
    for line in result["profile"]:
        print(line)


if __name__ == "__main__":
    main()
