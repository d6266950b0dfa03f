"""Visual updates per second of the live 2-D GAN page while playing, measured in the page.

A real Chromium opens /gan_live on `streamlit run app.py`, presses play, and the page's own
draw timestamps (performance.now(), window.__ganLive.draws in ui/static/gan_live.js) are read
after a warm-up. Prints the rate over the measuring window. Usage: python bench/gan_live.py [seconds] [--json F]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, start_streamlit, wait_for_app, wait_healthy  # noqa: E402


def main(seconds: float = 15.0, warmup: float = 5.0, out: str | None = None) -> None:
    port = free_port()
    server = start_streamlit(port)
    try:
        wait_healthy(port)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/gan_live")
            wait_for_app(page, 120_000)
            page.locator('[data-testid="gan-live-play"]').click()
            page.wait_for_timeout(warmup * 1000)
            start = page.evaluate("() => performance.now()")
            page.wait_for_timeout(seconds * 1000)
            draws = page.evaluate(f"() => window.__ganLive.draws.filter((t) => t >= {start})")
            step = page.locator('[data-testid="gan-live-step"]').inner_text()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    gaps = sorted(b - a for a, b in zip(draws, draws[1:])) or [float("nan")]
    print(f"live GAN: {len(draws) / seconds:.1f} visual updates/s over {seconds:.0f} s "
          f"(median gap {gaps[len(gaps) // 2]:.0f} ms, p95 gap {gaps[int(0.95 * (len(gaps) - 1))]:.0f} ms; {step})")
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps({"seconds": seconds, "updates_per_s": round(len(draws) / seconds, 2),
                                         "median_gap_ms": round(gaps[len(gaps) // 2], 1),
                                         "p95_gap_ms": round(gaps[int(0.95 * (len(gaps) - 1))], 1), "step": step}, indent=1) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seconds", type=float, nargs="?", default=15.0)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    arguments = parser.parse_args()
    main(arguments.seconds, out=arguments.json)
