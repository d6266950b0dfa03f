"""Every benchmark of the app, one command: `python -m bench [--quick] [--only NAME ...]`.

Runs each benchmark script in its own process (their output streams through as progress), each
writing bench/results/NAME.json; then prints one table (measure, value, target, met?) and writes it
with the date and the machine to bench/results/summary.json. README's performance section is this
table. Speeds are of this machine: compare a figure only with another of the same run.

--table reprints the table from the JSON already in bench/results/ (measures nothing).
--quick runs smaller samples (fewer key presses, a one-minute crowd of 10) for a check; the
published table is the full run.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

Row = tuple[str, str, str, bool | None]  # measure, value, target, met (None: no target)


def _p95(entry: dict | None) -> str:
    return "not measured" if not entry or entry.get("p95") is None else f"p95 {entry['p95']:.1f} ms (p50 {entry['p50']:.1f})"


def _met(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def rows_sampling(data: dict) -> list[Row]:
    return [(f"sample {name}, batch 1 / 16", f"{r['ms_per_sample_batch_1']} / {r['ms_per_sample_batch_16']} ms per sample "
             f"({r['network_evaluations']} network evaluations)", "", None) for name, r in data["models"].items()]


def rows_ddpm(data: dict) -> list[Row]:
    rows = [("DDPM guided DDIM-50 x16: shipped / reference UNet time",
             f"{data['ratio']:.3f} ({data['shipped_s']:.2f} s / {data['reference_s']:.2f} s)", f"<= {data['ratio_target']}",
             data["ratio"] <= data["ratio_target"])]
    if "full_chain_s" in data:
        rows.append(("DDPM guided 1000-step chain x16", f"{data['full_chain_s']:.1f} s", "progress shown", None))
    return rows


def rows_scrub(data: dict) -> list[Row]:
    return [(f"frames player scrub, {name} (keydown -> frame decoded)", _p95(stats), f"p95 <= {data['target_ms']:.0f} ms",
             _met(stats.get("p95"), data["target_ms"])) for name, stats in data["players"].items()]


def rows_latency(data: dict) -> list[Row]:
    targets = data.get("targets_ms", {})
    rows = []
    for key, label in (("interp_alpha", "interpolation alpha scrub"), ("click_decode", "AE vs VAE plane click -> decoded")):
        if key in data:
            stats = data[key]["latency"]
            rows.append((label, _p95(stats), f"p95 <= {targets[key]:.0f} ms", _met(stats.get("p95"), targets[key])))
    if "hover_preview" in data:
        stats = data["hover_preview"]["handled"]
        rows.append(("AE vs VAE hover preview drawn", _p95(stats), "p95 <= 16 ms", _met(stats.get("p95"), 16.0)))
    if "cold_start" in data:
        median = data["cold_start"]["median_ms"]
        rows.append(("cold start: launch -> home rendered", f"median {median / 1000:.2f} s", "<= 4 s", median <= 4000))
    return rows


def rows_flow(data: dict) -> list[Row]:
    labels = {"flow2d_layer": "2-D flow layer scrub", "flowimg_layer": "image flow layer scrub",
              "flow2d_point": "2-D flow click -> log p(x)"}
    from bench.flow_bench import TARGETS
    return [(labels.get(name, name), _p95(result["latency"]), f"p95 <= {TARGETS[name]:.0f} ms",
             _met(result["latency"].get("p95"), TARGETS[name])) for name, result in data.items()]


def rows_gan_live(data: dict) -> list[Row]:
    return [("live 2-D GAN while playing", f"{data['updates_per_s']} visual updates/s (p95 gap {data['p95_gap_ms']} ms)",
             ">= 10 /s", data["updates_per_s"] >= 10)]


def rows_server_cost(data: dict) -> list[Row]:
    return [(f"server CPU: {name}", f"{r['server_cpu_ms']} ms (wall p50 {r['wall_p50_ms']} ms)", "", None)
            for name, r in data.items() if isinstance(r, dict) and "server_cpu_ms" in r]


def rows_load(data: dict) -> list[Row]:
    return [(f"{data['sessions']} students for {data['minutes']:g} min: errors", str(len(data["errors"])), "0", not data["errors"]),
            ("  rerun latency at the client", f"p95 {data['rerun_p95_ms']:.0f} ms (p50 {data['rerun_p50_ms']:.0f})", "", None),
            ("  page load", f"p50 {data['page_load_p50_s']:.1f} s, max {data['page_load_max_s']:.1f} s", "", None),
            ("  server memory growth after minute 1", f"{data['rss_growth']:.1%} ({data['rss_mb_end']:.0f} MB)", "< 10 %",
             data["rss_growth"] < 0.10)]


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str
    arguments: tuple[str, ...]
    quick: tuple[str, ...]
    rows: Callable[[dict], list[Row]]


BENCHMARKS = (
    Benchmark("sampling", "bench/sampling.py", (), (), rows_sampling),
    Benchmark("ddpm_speed", "bench/ddpm_speed.py", (), ("--skip-full", "--repeats", "1"), rows_ddpm),
    Benchmark("scrub", "bench/scrub.py", (), ("--n", "12"), rows_scrub),
    Benchmark("latency", "bench/latency.py", (), ("--n", "12", "--cold-runs", "1"), rows_latency),
    Benchmark("flow", "bench/flow_bench.py", (), ("--n", "12"), rows_flow),
    Benchmark("gan_live", "bench/gan_live.py", (), ("8",), rows_gan_live),
    Benchmark("server_cost", "bench/server_cost.py", (), ("--n", "5"), rows_server_cost),
    Benchmark("load", "bench/load.py", ("--sessions", "30", "--minutes", "5"), ("--sessions", "10", "--minutes", "1"), rows_load),
)


def run(benchmark: Benchmark, quick: bool) -> tuple[dict | None, float, int]:
    out = RESULTS / f"{benchmark.name}.json"
    command = [sys.executable, benchmark.script, *(benchmark.quick if quick else benchmark.arguments), "--json", str(out)]
    started = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - started
    return (json.loads(out.read_text()) if code == 0 and out.exists() else None), seconds, code


def table(rows: list[Row]) -> str:
    mark = {True: "yes", False: "**no**", None: ""}
    lines = ["| measure | value | target | met |", "|---|---|---|---|"]
    lines += [f"| {measure} | {value} | {target} | {mark[met]} |" for measure, value, target, met in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller samples, for a check")
    parser.add_argument("--only", nargs="*", choices=[b.name for b in BENCHMARKS])
    parser.add_argument("--table", action="store_true", help="print the table of the results already in bench/results/, run nothing")
    options = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not options.only or b.name in options.only]
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    failed = []
    for number, benchmark in enumerate(chosen, 1):
        if options.table:
            out = RESULTS / f"{benchmark.name}.json"
            data, code = (json.loads(out.read_text()) if out.exists() else None), 0
        else:
            print(f"\n=== [{number}/{len(chosen)}] {benchmark.name} ({benchmark.script})", flush=True)
            data, seconds, code = run(benchmark, options.quick)
            print(f"=== {benchmark.name}: {'done' if data is not None else f'FAILED (exit {code})'} in {seconds:.0f} s", flush=True)
        if data is None:
            failed.append(benchmark.name)
            rows.append((benchmark.name, "no results in bench/results/" if options.table else f"failed (exit {code})", "", False))
        else:
            rows.extend(benchmark.rows(data))
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"
    text = table(rows)
    print(f"\nBenchmarks, {stamp}, {machine}{' (quick)' if options.quick else ''}:\n\n{text}")
    summary = {"date": stamp, "machine": machine, "quick": options.quick, "benchmarks": [b.name for b in chosen],
               "reprinted_from_files": options.table,
               "failed": failed, "rows": [dict(zip(("measure", "value", "target", "met"), row)) for row in rows]}
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
