"""Server CPU per interaction, one kind at a time (a script, not a test).

One client of Streamlit's protocol (bench/streamlit_client.py) makes the same interaction N times
in a row against a fresh `streamlit run app.py`, and the server's CPU time (/proc, user + system)
is divided by N: what one student's click costs the server, with nothing else running, so the
figure does not depend on how busy the machine is (bench/load.py measures the crowd).

    python bench/server_cost.py [--n 20] [--only gan_replay] [--profile /tmp/cost]

--only keeps the interactions whose name contains the text; --profile DIR samples the server with
py-spy (without --gil: torch's own threads count too) during each interaction's N repeats and
prints where the CPU went (bench/load.py's summary), writing DIR/<page>.txt.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import proc_stats, profile_summary, py_spy  # noqa: E402
from bench.streamlit_client import StreamlitSession  # noqa: E402
from tests.conftest import free_port, start_streamlit, wait_healthy  # noqa: E402


async def measure(port: int, pid: int, n: int, only: str = "", profile: str | None = None) -> dict:
    from streamlit.proto.Common_pb2 import DoubleArray

    rng = random.Random(0)
    kinds = {
        "ae_vs_vae: plane click (fragment)": ("ae_vs_vae", lambda s: s.click_component(
            "latent_explorer", "clicked", {"model": rng.choice(["ae", "vae"]), "x": rng.uniform(-3, 3), "y": rng.uniform(-3, 3), "index": -1})),
        "interpolation: another example": ("interpolation", lambda s: s.click_button("interp_another_end")),
        "gan_replay: new samples": ("gan_replay", lambda s: s.click_button("gan_new_samples")),
        "ddpm_reverse: guidance (cached)": ("ddpm_reverse", lambda s: s.set_widget(
            "rev_guidance", double_array_value=DoubleArray(data=[rng.choice([2.0, 3.0])]))),
        "gan_live: one step": ("gan_live", lambda s: s.click_button("gan_live_one_step")),
        "ddpm_reverse: sample now (replayed)": ("ddpm_reverse", lambda s: s.click_button("rev_sample_now")),
    }
    kinds = {name: kind for name, kind in kinds.items() if only in name}
    results = {}
    # The server warms every model up in a background thread after its first run (ui/warmup.py):
    # wait until it is idle, so that work is not counted against the first interaction.
    session = StreamlitSession(port)
    await session.open()
    await session.run(page_name="start", timeout=300)
    await session.close()
    await asyncio.sleep(5.0)  # the warm-up thread starts 2 s after the first run (ui/warmup.py)
    quiet = 0
    while quiet < 2:  # two quiet 2-s windows in a row: one can fall between two warm-up steps
        before = proc_stats(pid)[0]
        await asyncio.sleep(2.0)
        quiet = quiet + 1 if proc_stats(pid)[0] - before < 0.05 else 0
    for name, (page, action) in kinds.items():
        session = StreamlitSession(port)
        await session.open()
        await session.run(page_name=page, timeout=300)
        for _ in range(3):  # warm the caches this interaction uses
            await action(session)
        spy = start_profile(pid, Path(profile) / f"{page}.txt") if profile else None
        cpu_before = proc_stats(pid)[0]
        walls = []
        for _ in range(n):
            walls.append((await action(session)).seconds)
        cpu = proc_stats(pid)[0] - cpu_before
        if spy:
            spy.send_signal(signal.SIGINT)  # py-spy writes its folded stacks on SIGINT
            spy.wait(timeout=30)
            print("\n".join(profile_summary(str(Path(profile) / f"{page}.txt"))))
        results[name] = {"server_cpu_ms": round(1000 * cpu / n, 1), "wall_p50_ms": round(1000 * sorted(walls)[n // 2], 1)}
        print(f"{name:38s} server CPU {results[name]['server_cpu_ms']:6.1f} ms   wall p50 {results[name]['wall_p50_ms']:6.1f} ms", flush=True)
        await session.close()
    return results


def start_profile(pid: int, path: Path) -> subprocess.Popen:
    path.parent.mkdir(parents=True, exist_ok=True)
    return py_spy("record", "-p", str(pid), "-r", "100", "-f", "raw", "-o", str(path), "--nonblocking")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--only", default="", help="only the interactions whose name contains this text")
    parser.add_argument("--profile", help="py-spy each interaction's repeats into this folder")
    args = parser.parse_args()
    port = free_port()
    process = start_streamlit(port)
    try:
        wait_healthy(port)
        results = asyncio.run(measure(port, process.pid, args.n, args.only, args.profile))
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
