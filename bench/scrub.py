"""In-page latency of every frames player (a script, not a test): keydown on the player's slider
-> the player's first frame image has its new src decoded, measured with performance.now() inside
the page (bench/latency.py's probe, so no Playwright round trip is in the numbers). Target: p95 <= 16 ms.

    python bench/scrub.py [--n 40] [--warmup 3] [--only gan_replay] [--json bench/results/scrub.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import latency  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TARGET_MS = 16.0
SETTLE_MS = 5000
WARM_UP_S = 30  # after the server starts, its background thread loads every model (ui/warmup.py): measure after it
# page -> the URL path that opens its (first) frames player; every player shares ui/static/frames_player.js
PLAYERS = {"interpolation": "/interpolation", "gan_replay": "/gan_replay", "flow_2d": "/flow_2d",
           "flow_images": "/flow_images", "ddpm_forward": "/ddpm_forward", "ddpm_reverse": "/ddpm_reverse"}


def scrub(browser, url: str, path: str, presses: int, warmup: int) -> dict:
    page = browser.new_context(viewport=latency.VIEWPORT).new_page()
    page.goto(f"{url}{path}")
    latency.wait_idle(page, 180_000)
    page.wait_for_timeout(SETTLE_MS)  # the page's own images decode and the server's warm-up thread finishes
    latency.dismiss_dialogs(page)
    slider = page.locator('input[data-testid="player-slider"]').first
    image = page.locator('img[data-testid^="player-frame-"]').first
    slider.wait_for(state="visible", timeout=60_000)
    slider.scroll_into_view_if_needed()
    slider_handle, image_handle = slider.element_handle(), image.element_handle()
    slider_handle.evaluate("(el) => { el.value = Math.round(+el.max / 2); el.dispatchEvent(new Event('input')); }")
    page.wait_for_timeout(300)
    page.evaluate(latency.INSTALL_INTERP, [slider_handle, image_handle])
    slider.focus()
    for key in latency.key_sequence(presses + warmup, "walk"):
        page.keyboard.press(key)
        page.wait_for_timeout(120)
    page.wait_for_function("() => window.__interp.pending === 0", timeout=10_000)
    values = page.evaluate("() => window.__lat")[warmup:]
    page.context.close()
    return latency.summary(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--only", nargs="*", choices=list(PLAYERS))
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "scrub.json"))
    options = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    results = {"target_ms": TARGET_MS, "n": options.n, "players": {}}
    process, url = latency.start_server()
    time.sleep(WARM_UP_S)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for name in options.only or PLAYERS:
                stats = scrub(browser, url, PLAYERS[name], options.n, options.warmup)
                results["players"][name] = stats
                print(f"{name}: keydown -> frame decoded p50 {stats['p50']:.1f} ms, p95 {stats['p95']:.1f} ms "
                      f"(n {stats['n']}, target p95 <= {TARGET_MS:.0f} ms)", flush=True)
            browser.close()
    finally:
        latency.stop_server(process)
    Path(options.json).parent.mkdir(parents=True, exist_ok=True)
    Path(options.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
