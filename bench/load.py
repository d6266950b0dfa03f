"""Many students on one server (a script, not a test): N concurrent real browser sessions work
the pages against one `streamlit run app.py` on loopback, and the script prints what a teacher
needs to know: errors, interaction latency, the server's CPU per interaction and its memory.

    python bench/load.py [--sessions 30] [--minutes 5] [--think 2 5] [--profile /tmp/server.txt]

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
            if kind == "ae_vs_vae":
                stage = page.locator('[data-testid="latent-plane-ae"]').first
                latency = await stage.evaluate(CLICK_PROBE)
                if latency < 0:
                    log["no_rerun"] += 1
                else:
                    log["rerun_ms"].append(latency)
            elif kind == "gan_replay" and log_count(log, index) % 3 == 2:
                button = page.locator(".st-key-gan_new_samples button").first
                latency = await button.evaluate(BUTTON_PROBE)
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


def profile_summary(path: str, top: int = 12) -> list[str]:
    """Where the sampled server CPU went, from py-spy's folded stacks ("frame;frame;... count"):
    by the owner of the frame on top of the stack (self time), the share of samples inside a
    script run (a page's code and the Streamlit calls it makes), and the top frames."""
    def file_of(frame: str) -> str:  # py-spy writes a frame as "function (path/to/file.py:line)"
        return frame.rpartition(" (")[2].rpartition(":")[0].replace(str(ROOT) + "/", "")

    def owner(frame: str) -> str:
        file = file_of(frame)
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
        in_script += n if any(file_of(frame).startswith("pages/") for frame in frames) else 0
    share = lambda n: f"{n / max(total, 1):.0%}"  # noqa: E731
    lines = [f"py-spy: {total} samples; {share(in_script)} inside page scripts; self time by owner: "
             + ", ".join(f"{k} {share(v)}" for k, v in sorted(owners.items(), key=lambda kv: -kv[1]))]
    lines += [f"  {n / max(total, 1):6.1%}  {frame[:150]}" for frame, n in sorted(own.items(), key=lambda kv: -kv[1])[:top]]
    return lines


async def run(sessions: int, minutes: float, think: tuple[float, float], profile: str | None = None) -> dict:
    from playwright.async_api import async_playwright

    port = free_port()
    process = start_streamlit(port)
    wait_healthy(port)
    url = f"http://127.0.0.1:{port}"
    log = {"rerun_ms": [], "scrub_ms": [], "interactions": 0, "errors": [], "no_rerun": 0, "by_session": {}}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        started = time.time()
        deadline = started + 60 * minutes
        tasks = [asyncio.create_task(session(browser, url, i, deadline, think, log)) for i in range(sessions)]
        await asyncio.sleep(min(60.0, 60 * minutes / 2))  # minute 1: every session has loaded
        cpu_1, rss_1 = proc_stats(process.pid)
        interactions_1, wall_1, reruns_1 = log["interactions"], time.time(), len(log["rerun_ms"])
        total_cpu_1 = sum(os.times()[:4])
        spy = None
        if profile:  # --gil: only the thread holding the GIL is sampled, so waits and sleeps do not count
            spy = subprocess.Popen([str(Path(sys.executable).with_name("py-spy")) if Path(sys.executable).with_name("py-spy").exists() else "py-spy", "record", "-p", str(process.pid), "-d", "60", "-r", "50", "-f", "raw",
                                    "-o", profile, "--nonblocking", "--gil"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        await asyncio.gather(*tasks)
        if spy is not None:
            spy.wait(timeout=120)
        cpu_end, rss_end = proc_stats(process.pid)
        wall = time.time() - wall_1
        await browser.close()
    process.terminate()
    process.wait(timeout=10)
    interactions = log["interactions"] - interactions_1
    reruns_after_1 = max(1, len(log["rerun_ms"]) - reruns_1)
    reruns = np.asarray(log["rerun_ms"]) if log["rerun_ms"] else np.zeros(1)
    scrubs = np.asarray(log["scrub_ms"]) if log["scrub_ms"] else np.zeros(1)
    return {
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
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--think", type=float, nargs=2, default=(2.0, 5.0), metavar=("MIN_S", "MAX_S"))
    parser.add_argument("--profile", help="py-spy the server for 60 s from minute 1 into this file")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    result = asyncio.run(run(args.sessions, args.minutes, tuple(args.think), args.profile))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    print(f"sessions={result['sessions']} minutes={result['minutes']} interactions={result['interactions']} "
          f"errors={len(result['errors'])} clicks_without_rerun={result['clicks_without_rerun']}")
    for error in result["errors"][:10]:
        print("  ", error)
    print(f"rerun (plane click, new samples)  p50={result['rerun_p50_ms']:.0f} ms  p95={result['rerun_p95_ms']:.0f} ms  (target p95 <= 300 ms)")
    print(f"scrub (frames player) p50={result['scrub_p50_ms']:.1f} ms  p95={result['scrub_p95_ms']:.1f} ms  (target p95 <= 16 ms)")
    print(f"server: {result['server_cpu_share']:.0%} of the machine's CPU, {result['server_cpu_ms_per_interaction']:.0f} ms CPU "
          f"per interaction (target <= 30 ms), {result['server_cpu_ms_per_rerun']:.0f} ms per rerun; RSS {result['rss_mb_minute_1']:.0f} MB at minute 1 -> "
          f"{result['rss_mb_end']:.0f} MB at the end ({result['rss_growth']:+.1%}; target <= +10 %)")
    for line in result["profile"]:
        print(line)


if __name__ == "__main__":
    main()
