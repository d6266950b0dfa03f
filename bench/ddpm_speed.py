"""Sampling speed of the shipped DDPM against the issue's reference UNet, in the same run.

CPU speed differs several-fold between machines, so the target is a ratio: guided DDIM-50 for 16
images (conditional and unconditional halves in one batch of 32) with the shipped UNet must take
<= 0.3x the time of a reference UNet with 32 base channels and multipliers 1-2-4 (~2 M
parameters; random weights cost the same). Also times the full 1000-step DDPM chain for 16 images
with progress shown. One torch thread (the app's thread policy) unless --threads says otherwise.

With --scrub, also the trajectory player on /ddpm_reverse in Chromium: keydown on the slider ->
the x^_0 frame's new image decoded, measured in the page with bench/latency.py's probe (target
p95 <= 16 ms). bench/latency.py itself is unchanged.

    python bench/ddpm_speed.py [--dataset mnist] [--repeats 3] [--threads 1] [--skip-full] [--scrub 40]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402

from core.checkpoints import checkpoint_paths, load_checkpoint  # noqa: E402
from core.families.ddpm import DDPM, DDPMFamily, reference_config  # noqa: E402

LABELS = [k % 10 for k in range(16)]
RATIO_TARGET = 0.3  # shipped / reference time, guided DDIM-50 x16


def guided_ddim(model, steps: int = 50, callback=None) -> float:
    started = time.perf_counter()
    DDPMFamily().sample(model, 16, torch.Generator().manual_seed(0), label=LABELS, guidance=3.0, steps=steps,
                        sampler="ddim" if steps < 1000 else "ddpm", callback=callback)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", default="mnist")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--skip-full", action="store_true", help="leave out the 1000-step chain")
    parser.add_argument("--scrub", type=int, default=0, help="key presses for the in-page trajectory scrub latency")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    options = parser.parse_args()
    torch.set_num_threads(options.threads)
    shipped, _ = load_checkpoint("ddpm", options.dataset)
    reference = DDPM(reference_config()).eval()
    count = lambda m: sum(p.numel() for p in m.unet.parameters())  # noqa: E731
    weights = checkpoint_paths("ddpm", options.dataset)[0]
    print(f"torch {torch.__version__}, {options.threads} thread(s)")
    print(f"shipped UNet: {count(shipped):,} parameters, config {shipped.config}, checkpoint {weights.stat().st_size / 1e6:.2f} MB")
    print(f"reference UNet: {count(reference):,} parameters (32 base channels, 1-2-4)")
    guided_ddim(shipped, 5), guided_ddim(reference, 5)  # warm-up
    times = {"shipped": [], "reference": []}
    for _ in range(options.repeats):  # interleaved, so both see the same machine load
        times["shipped"].append(guided_ddim(shipped))
        times["reference"].append(guided_ddim(reference))
    shipped_s, reference_s = statistics.median(times["shipped"]), statistics.median(times["reference"])
    print(f"guided DDIM-50 x16: shipped {shipped_s:.2f} s (runs {', '.join(f'{s:.2f}' for s in times['shipped'])}), "
          f"reference {reference_s:.2f} s (runs {', '.join(f'{s:.2f}' for s in times['reference'])})")
    print(f"ratio shipped / reference: {shipped_s / reference_s:.3f} (target <= {RATIO_TARGET})")
    results = {"threads": options.threads, "dataset": options.dataset, "shipped_parameters": count(shipped),
               "reference_parameters": count(reference), "shipped_s": round(shipped_s, 3), "reference_s": round(reference_s, 3),
               "ratio": round(shipped_s / reference_s, 4), "ratio_target": RATIO_TARGET}
    if not options.skip_full:
        def progress(step, total, t, x, x0):
            if step % 100 == 0 or step == total:
                print(f"  DDPM step {step}/{total} (t = {t})", flush=True)

        full = guided_ddim(shipped, 1000, progress)
        print(f"full DDPM chain, 1000 steps x16 (guided): shipped {full:.1f} s")
        results["full_chain_s"] = round(full, 2)
    if options.scrub:
        scrub_latency(options.scrub)
    if options.json:
        Path(options.json).parent.mkdir(parents=True, exist_ok=True)
        Path(options.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


def scrub_latency(presses: int, warmup: int = 3) -> None:
    """In-page latency of the reverse trajectory player (keydown -> x^_0 image decoded)."""
    from playwright.sync_api import sync_playwright

    from bench import latency
    from tests.conftest import CHROMIUM, CHROMIUM_ARGS

    process, url = latency.start_server()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_context(viewport=latency.VIEWPORT).new_page()
            page.goto(f"{url}/ddpm_reverse")
            latency.wait_idle(page, 180_000)
            slider = page.locator('input[data-testid="player-slider"]')
            image = page.locator('img[data-testid="player-frame-x0"]')
            slider.wait_for(state="visible", timeout=60_000)
            slider_handle, image_handle = slider.element_handle(), image.element_handle()
            slider_handle.evaluate("(el) => { el.value = Math.round(+el.max / 2); el.dispatchEvent(new Event('input')); }")
            page.wait_for_timeout(300)
            page.evaluate(latency.INSTALL_INTERP, [slider_handle, image_handle])
            slider.focus()
            for key in latency.key_sequence(presses + warmup, "walk"):
                page.keyboard.press(key)
                page.wait_for_timeout(150)
            page.wait_for_function("() => window.__interp.pending === 0", timeout=10_000)
            values = page.evaluate("() => window.__lat")[warmup:]
            browser.close()
    finally:
        latency.stop_server(process)
    stats = latency.summary(values)
    print(f"trajectory scrub in-page (keydown -> x^_0 decoded): n {stats['n']}, p50 {stats['p50']:.1f} ms, "
          f"p95 {stats['p95']:.1f} ms, max {stats['max']:.1f} ms (target p95 <= 16 ms)")


if __name__ == "__main__":
    sys.exit(main())
