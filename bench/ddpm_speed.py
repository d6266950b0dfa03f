"""Sampling speed of the shipped DDPM against the issue's reference UNet, in the same run.

CPU speed differs several-fold between machines, so the target is a ratio: guided DDIM-50 for 16
images (conditional and unconditional halves in one batch of 32) with the shipped UNet must take
<= 0.3x the time of a reference UNet with 32 base channels and multipliers 1-2-4 (~2 M
parameters; random weights cost the same). Also times the full 1000-step DDPM chain for 16 images
with progress shown. One torch thread (the app's thread policy) unless --threads says otherwise.

With --scrub, also the trajectory player on /ddpm_reverse in Chromium: keydown on the slider -> the
player's first frame image decoded, measured in the page by bench/scrub.py (target
p95 <= 16 ms).

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


def scrub_latency(presses: int) -> None:
    """In-page latency of the reverse trajectory player: bench/scrub.py's measurement on /ddpm_reverse."""
    from bench import scrub

    scrub.main(["--n", str(presses), "--only", "ddpm_reverse", "--json", str(Path(scrub.ROOT) / "bench" / "results" / "scrub_ddpm.json")])


if __name__ == "__main__":
    sys.exit(main())
