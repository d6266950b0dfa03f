"""Compare the families: the seeds' summary table (seed 003 §4) beside this app's own measurements,
samples of every family from one seed, and fidelity against speed and coverage (concept C17).
Every number comes from checkpoints/metrics.json and the DDPM's measured table (core.evaluate)."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core.compare import COLUMNS, FAMILIES, SEED_RATINGS, disagreements, scoreboard_values
from core.data import dataset_info
from core.evaluate import SPEED_BATCHES, SPEED_REPEATS
from core.toy2d import COVERED_SHARE, METRIC_SAMPLES
from ui import compare_views as views
from ui import diffusion_views, gan_views, loaders
from ui.figures import png_data_uri, tile
from ui.i18n import t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.state import settings

current = settings()
dataset, seed = current.dataset, current.seed

st.title(t("compare.title"))
st.markdown(t("compare.lead"))
lesson_bar("compare", [f"lesson.compare.{i}" for i in range(1, 5)], expanded=current.presenting)

metrics = loaders.metrics()  # cached per process, not read and parsed on every rerun
entry = metrics.get("datasets", {}).get(dataset, {})
records = entry.get("models", {})
if "reference" not in entry or any(name not in records for name in FAMILIES):
    st.warning(t("eval.missing", command="python -m core.evaluate"))
    st.stop()
reference = entry["reference"]["fidelity"]
stability = metrics.get("stability", {})
ring = stability.get("ring", {})
values = scoreboard_values(records, reference["fid"], stability)
LOWER_IS_BETTER = True  # every scoreboard column: lower FID ratio, fewer ms, fewer bits/dim


def measured_text(column: str, family: str) -> str:
    record = records[family]
    if column == "fidelity":
        return t("compare.cell.fidelity", fid=f"{record['fidelity']['fid']:.0f}", ratio=f"{values['fidelity'][family]:.1f}")
    if column == "speed":
        return t("compare.cell.speed", ms=f"{record['speed']['ms_per_sample_batch_16']:.2f}",
                 nfe=record["speed"]["network_evaluations"])
    if column == "likelihood":
        likelihood = record["likelihood"]
        if likelihood["kind"] == "undefined":
            return t("compare.cell.undefined")
        if likelihood["bits_per_dim"] is None:
            return t("compare.cell.not_measured")
        key = "compare.cell.exact" if likelihood["kind"] == "exact" else (
            "compare.cell.bound" if likelihood.get("comparable", True) else "compare.cell.bernoulli")
        return t(key, bits=f"{likelihood['bits_per_dim']:.2f}")
    if column == "stability" and family in ring.get("families", {}):
        return stability_text(family)
    return t("compare.cell.not_measured")


def stability_text(run: str) -> str:
    """'k / K runs found all 8 modes, quality q % ± sd' (the GAN with its other settings beside it)."""
    record = ring["families"][run]
    text = t("compare.cell.stability", found=round(record["all_modes_share"] * len(record["runs"])), runs=len(record["runs"]),
             modes=ring["modes"], quality=f"{100 * record['high_quality_mean']:.0f}", sd=f"{100 * record['high_quality_sd']:.0f}")
    if run == "gan":
        others = [t(f"compare.stability.{name}", found=round(ring["families"][name]["all_modes_share"] * len(ring["families"][name]["runs"])),
                    runs=len(ring["families"][name]["runs"])) for name in ("gan_stabilised", "gan_collapse_settings")
                  if name in ring["families"]]
        text += t("compare.stability.others", others=t("compare.stability.separator").join(others)) if others else ""
    return text


def likelihood_notice() -> str:
    """Which families have a likelihood, of which kind, and which figures compare (from the records)."""
    bits = {family: records[family]["likelihood"] for family in FAMILIES}
    flow, ddpm = bits["flow"], bits["ddpm"]
    if flow["bits_per_dim"] is None or ddpm["bits_per_dim"] is None:
        return t("compare.notice.likelihood_partial")
    better = "flow" if flow["bits_per_dim"] < ddpm["bits_per_dim"] else "ddpm"
    return t("compare.notice.likelihood", flow=f"{flow['bits_per_dim']:.2f}", ddpm=f"{ddpm['bits_per_dim']:.2f}",
             se=f"{ddpm.get('standard_error', 0):.2f}", images=ddpm.get("images", 0), better=t(f"compare.family.{better}"))


def stability_notice() -> str:
    """The seed's × for the GAN, read against the runs: seeds or settings?"""
    families = ring["families"]
    runs = len(ring["seeds"])
    found = {name: round(record["all_modes_share"] * len(record["runs"])) for name, record in families.items()}
    if all(found[f] == runs for f in FAMILIES) and "gan_collapse_settings" in found and found["gan_collapse_settings"] < runs:
        return t("compare.notice.stability", modes=ring["modes"], reliable=runs, collapse=found["gan_collapse_settings"], runs=runs)
    return t("compare.notice.stability_other", modes=ring["modes"],
             shares=", ".join(f"{t(f'compare.family.{f}')} {found[f]}/{runs}" for f in FAMILIES))


# ---- the seeds' table with numbers
st.subheader(t("compare.table.title", dataset=dataset_info(dataset).title))
marks = {column: disagreements(column, values[column], LOWER_IS_BETTER) for column in COLUMNS}
rows = []
for family in FAMILIES:
    row = {t("compare.col.family"): t(f"compare.family.{family}")}
    for column in COLUMNS:
        against = marks[column][family]
        flag = " ⚠ " + t("compare.disagrees", others=", ".join(t(f"compare.family.{o}") for o in against)) if against else ""
        row[t(f"compare.col.{column}")] = f"{SEED_RATINGS[family][column]}  {measured_text(column, family)}{flag}"
    rows.append(row)
st.table(pd.DataFrame(rows).set_index(t("compare.col.family")))  # a static table: long cells wrap
st.caption(t("compare.table.caption", n=f"{reference['n']:,}", reference=f"{reference['fid']:.1f}", date=metrics["date"][:10],
             batch=SPEED_BATCHES[-1], repeats=SPEED_REPEATS, steps=records["ddpm"]["sampling"]["steps"]))
if ring:
    st.caption(t("compare.stability.caption", runs=len(ring["seeds"]), steps=f"{ring['steps']:,}", modes=ring["modes"],
                 radius=f"{ring['radius']:g}", sigma=f"{ring['sigma']:g}", share=f"{COVERED_SHARE:.0%}",
                 samples=f"{METRIC_SAMPLES:,}"))
recorded_gan = stability.get("image_curves", {}).get(f"gan/{dataset}", {})
if "tail_first" in recorded_gan.get("recorded_fid", {}) and "recorded_g_loss" in recorded_gan:
    fid_curve, g_curve = recorded_gan["recorded_fid"], recorded_gan["recorded_g_loss"]
    st.caption(t("compare.stability.images", n=gan_views.recording_n(gan_views.recording(dataset)),
                 start=f"{fid_curve['tail_first']:.0f}", end=f"{fid_curve['last']:.0f}",
                 low=f"{fid_curve['tail_min']:.0f}", high=f"{fid_curve['tail_max']:.0f}",
                 g_low=f"{g_curve['tail_min']:.2f}", g_high=f"{g_curve['tail_max']:.2f}"))
flagged = sorted({(column, family) for column in COLUMNS for family in FAMILIES if marks[column][family]})
st.info(t("compare.notice.title") + "\n" + "\n".join(
    [t("compare.notice.fidelity", best=t(f"compare.family.{min(values['fidelity'], key=values['fidelity'].get)}"),
       ratio=f"{min(values['fidelity'].values()):.1f}"),
     t("compare.notice.speed" if max(values["speed"], key=values["speed"].get) == "ddpm" else "compare.notice.speed_other",
       slowest=t(f"compare.family.{max(values['speed'], key=values['speed'].get)}"),
       factor=f"{max(values['speed'].values()) / min(values['speed'].values()):.0f}"),
     t("compare.notice.flags", count=len(flagged)) if flagged else t("compare.notice.no_flags"),
     likelihood_notice()] + ([stability_notice()] if ring else [])))

fastest = min(values["speed"], key=values["speed"].get)
predict_then_reveal(f"compare_speed_{dataset}", t("lesson.compare.predict", batch=SPEED_BATCHES[-1]),
                    [t(f"compare.family.{family}") for family in FAMILIES],
                    lambda: t("lesson.compare.reveal", fastest=t(f"compare.family.{fastest}"),
                              ms=f"{values['speed'][fastest]:.2f}", slowest=t(f"compare.family.{max(values['speed'], key=values['speed'].get)}"),
                              slow_ms=f"{max(values['speed'].values()):.1f}",
                              likelihood=", ".join(t(f"compare.family.{f}") for f in FAMILIES
                                                   if records[f]["likelihood"]["kind"] != "undefined")))

# ---- the DDPM's likelihood: where the bound's bits are spent over t
bound = records["ddpm"]["likelihood"]
if bound.get("per_step_bits"):
    with st.expander(t("compare.bound.title", bits=f"{bound['bits_per_dim']:.2f}")):
        per_step = bound["per_step_bits"]  # index 0: L_0 (the decoder), index t - 1: L_{t-1}
        cumulative = [sum(per_step[:k + 1]) for k in range(len(per_step))]
        figure = go.Figure(layout={"height": 300, "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
                                   "xaxis": {"type": "log", "title": {"text": t("compare.bound.x")}},
                                   "yaxis": {"title": {"text": t("compare.bound.y")}}})
        figure.add_trace(go.Scatter(x=list(range(1, len(per_step) + 1)), y=cumulative, mode="lines", line={"color": "#4e79a7"}))
        st.plotly_chart(figure, width="stretch", key="compare_bound_plot")
        first_ten = cumulative[9] - per_step[0]
        st.markdown(t("compare.bound.notice", total=f"{bound['bits_per_dim']:.2f}", decoder=f"{bound['decoder_bits']:.2f}",
                      first_ten=f"{first_ten:.2f}", rest=f"{cumulative[-1] - cumulative[9]:.2f}", prior=f"{bound['prior_bits']:.1e}",
                      images=bound["images"], se=f"{bound['standard_error']:.2f}"))
        st.latex(r"-\log p_\theta(x_0) \le \underbrace{D_{KL}(q(x_T|x_0)\,\|\,p(x_T))}_{L_T}"
                 r" + \sum_{t=2}^{T} \underbrace{D_{KL}(q(x_{t-1}|x_t,x_0)\,\|\,p_\theta(x_{t-1}|x_t))}_{L_{t-1}}"
                 r" \underbrace{- \log p_\theta(x_0|x_1)}_{L_0}")

# ---- samples of every family, one seed
st.subheader(t("compare.samples.title"))
with st.spinner(t("loading.samples")):
    samples = views.family_samples(dataset, seed)
for column, family in zip(st.columns(len(FAMILIES)), FAMILIES):
    column.image(png_data_uri(tile(samples[family], columns=4), factor=3), width="stretch",
                 caption=t("compare.samples.caption", family=t(f"compare.family.{family}"), seed=seed))

# ---- fidelity against speed, and precision against recall
st.subheader(t("compare.plots.title"))
table = diffusion_views.measured_table(dataset)
left, right = st.columns(2)
speed_figure = go.Figure(layout={"height": 360, "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
                                 "xaxis": {"type": "log", "title": {"text": t("compare.plot.speed_x")}},
                                 "yaxis": {"type": "log", "title": {"text": t("compare.plot.fid_y", n=f"{reference['n']:,}")}},
                                 "legend": {"orientation": "h", "y": -0.25}})
speed_figure.add_trace(go.Scatter(x=[values["speed"][f] for f in FAMILIES], y=[records[f]["fidelity"]["fid"] for f in FAMILIES],
                                  mode="markers+text", text=[t(f"compare.family.{f}") for f in FAMILIES], textposition="top center",
                                  marker={"size": 12, "color": "#4e79a7"}, name=t("compare.plot.protocol")))
if table and table.get("samplers"):
    for sampler, color in (("ddim", "#f28e2b"), ("ddpm", "#59a14f")):
        rows_s = [row for row in table["samplers"] if row["sampler"] == sampler]
        if rows_s:
            speed_figure.add_trace(go.Scatter(
                x=[1000 * row["seconds"] / row["n"] for row in rows_s], y=[row["fid"] for row in rows_s], mode="lines+markers+text",
                text=[str(row["steps"]) for row in rows_s], textposition="bottom right", line={"color": color},
                name=t(f"compare.plot.curve.{sampler}")))
# The real reference as a trace (a shape's y on a log axis is not in data units), across the plotted speeds.
all_speeds = [values["speed"][f] for f in FAMILIES] + [1000 * row["seconds"] / row["n"] for row in (table or {}).get("samplers", [])]
speed_figure.add_trace(go.Scatter(x=[min(all_speeds) / 1.5, max(all_speeds) * 1.5], y=[reference["fid"]] * 2, mode="lines",
                                  line={"dash": "dot", "color": "#111"}, name=t("compare.plot.reference")))
left.plotly_chart(speed_figure, width="stretch", key="compare_speed_plot")
left.caption(t("compare.plot.speed_caption", n=f"{(table or {}).get('n', reference['n']):,}", batch=SPEED_BATCHES[-1]))
pr_figure = go.Figure(layout={"height": 360, "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
                              "xaxis": {"range": [0, 1.02], "title": {"text": t("compare.plot.recall")}},
                              "yaxis": {"range": [0, 1.1], "title": {"text": t("compare.plot.precision")}},
                              "legend": {"orientation": "h", "y": -0.25}})
pr_figure.add_trace(go.Scatter(x=[records[f]["fidelity"]["recall"] for f in FAMILIES] + [reference["recall"]],
                               y=[records[f]["fidelity"]["precision"] for f in FAMILIES] + [reference["precision"]],
                               mode="markers+text", text=[t(f"compare.family.{f}") for f in FAMILIES] + [t("compare.plot.real")],
                               textposition="top center", marker={"size": 12, "color": "#4e79a7"}, name=t("compare.plot.protocol")))
if table and table.get("guidance"):
    sweep = table["guidance"]
    pr_figure.add_trace(go.Scatter(x=[row["recall"] for row in sweep], y=[row["precision"] for row in sweep],
                                   mode="lines+markers+text", text=[f"w={row['guidance']:g}" for row in sweep],
                                   textposition="bottom left", line={"color": "#e15759"}, name=t("compare.plot.guidance", steps=sweep[0]["steps"])))
right.plotly_chart(pr_figure, width="stretch", key="compare_pr_plot")
right.caption(t("compare.plot.pr_caption", k=metrics["protocol"]["precision_recall_k"], n=f"{reference['n']:,}"))

# ---- why n is fixed: FID drifts with n, KID does not
st.subheader(t("compare.sweep.title"))
sweep_n = entry.get("n_sweep")
if sweep_n:
    sizes = sweep_n["sizes"]
    model_key = next(key for key in sweep_n if key not in ("sizes", "real"))
    fid_col, kid_col = st.columns(2)
    for column, stat in ((fid_col, "fid"), (kid_col, "kid")):
        figure = go.Figure(layout={"height": 300, "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
                                   "xaxis": {"type": "log", "title": {"text": "n"}, "tickvals": sizes}, "title": {"text": stat.upper()},
                                   "legend": {"orientation": "h", "y": -0.3}})
        for key, color in (("real", "#59a14f"), (model_key, "#4e79a7")):
            rows_n = sweep_n[key]
            error = {"type": "data", "array": [row["kid_sd"] for row in rows_n]} if stat == "kid" else None
            figure.add_trace(go.Scatter(x=sizes, y=[row[stat] for row in rows_n], mode="lines+markers", error_y=error,
                                        line={"color": color},
                                        name=t("compare.plot.real") if key == "real" else t(f"compare.family.{model_key}")))
        column.plotly_chart(figure, width="stretch", key=f"compare_sweep_{stat}")
    real = sweep_n["real"]
    st.info(t("compare.sweep.notice", n_small=sizes[0], n_large=f"{sizes[-1]:,}", fid_small=f"{real[0]['fid']:.0f}",
              fid_large=f"{real[-1]['fid']:.1f}",
              kid_within=sum(abs(row["kid"]) <= 2 * row["kid_sd"] for row in real), sizes=len(real)))
st.caption(t("compare.protocol", n=f"{reference['n']:,}", seed=metrics["protocol"]["seed"],
             k=metrics["protocol"]["precision_recall_k"], subsets=metrics["protocol"]["kid_subsets"]))
