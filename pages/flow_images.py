"""Flows on images: samples at a temperature, the sampler layer by layer, bits/dim on the test
split next to published figures, and what the likelihood says about other datasets (C10, C11)."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from core.data import DATASETS, checkpoint_directory
from core.family import recorded_stage_epochs
from core.families.flow import DEFAULT_TEMPERATURE, GLOW_TEMPERATURE, IMPORTANCE_SAMPLES
from core.own_image import BOX, FRAME
from core.judge import judge
from core.metrics import CONFIDENT
from ui import flow_views as views
from ui import loaders
from ui.components import frames_player
from ui.figures import png_data_uri, tile
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.model_card import model_cards
from ui.own_image_input import own_image_input
from ui.state import set_url, settings, url_number

current = settings()
dataset, language, seed = current.dataset, current.language, current.seed
folder = str(checkpoint_directory())
ALL_CLASSES = -1  # the class picker's "every class" entry: y ~ π
title = DATASETS[dataset].title

SHARE_LINE = 2  # % : the dotted line under the classifier's bars
flow_config = loaders.sidecar("flow", dataset)["config"]  # the architecture the text names, as the checkpoint records it
st.title(t("flowimg.title"))
stage1, stage2 = (" × ".join(map(str, shape)) for shape in views.squeezed_shapes())
st.markdown(t("flowimg.lead", checker=flow_config["checkerboard_layers"], channel=flow_config["channel_layers"], stage2=stage2))
lesson_bar("flowimg", [f"lesson.flowimg.{i}" for i in range(1, 7)], expanded=current.presenting,
           values={"shown": views.SHOWN_SAMPLES, "cold": f"{GLOW_TEMPERATURE:g}"})
st.latex(r"x = \frac{k + u}{256},\quad u \sim q(u \mid k),\ u \in (0, 1)^{784}")
st.latex(r"\log P(k) \;\ge\; \mathbb{E}_{u \sim q}\big[\log p(x) - \log q(u \mid k)\big] - 784 \log 256")
st.latex(r"h_0 = \operatorname{logit}\big(\alpha + (1 - 2\alpha)\,x\big),\quad \alpha = 0.05")
st.latex(r"\text{bits/dim} = \frac{-\log p(x) + \log q(u \mid k) + 784 \log 256}{784 \log 2}")

names = class_names(dataset, language)
with st.spinner(t("flowimg.loading")):
    base_check = views.standard_base_shares(dataset, folder)  # N(0, I) alone: which class does it starve?
rare = int(np.argmin(base_check["shares"] / base_check["weights"]))
st.markdown(t("flowimg.base_lead", rare=names[rare], share=f"{base_check['shares'][rare]:.1%}", n=base_check["count"],
              weight=f"{base_check['weights'][rare]:.0%}"))
st.latex(r"p(z) = \sum_{y} \pi_y\, \mathcal{N}\big(z;\ \mu_y,\ \operatorname{diag}\sigma_y^2\big),\qquad "
         r"z = \mu_y + T\,\sigma_y \odot \varepsilon,\ \ \varepsilon \sim \mathcal{N}(0, I)")
if "flowimg_class" not in st.session_state:  # a teacher's link (?y=3) opens on that class
    linked = url_number("y", 0, len(names) - 1, integer=True)
    st.session_state["flowimg_class"] = ALL_CLASSES if linked is None else linked
controls = st.columns([4, 3, 2])
temperature = controls[0].slider(t("flowimg.temperature"), 0.1, 1.2, DEFAULT_TEMPERATURE, 0.05, key="flowimg_temperature",
                                 help=t("flowimg.temperature_help"))
label = controls[1].selectbox(t("flowimg.class"), [ALL_CLASSES, *range(len(names))], key="flowimg_class",
                              format_func=lambda y: t("flowimg.class_all") if y == ALL_CLASSES
                              else names[y] if names[y] == str(y) else f"{y}: {names[y]}",  # MNIST: "3", not "3: 3"
                              help=t("flowimg.class_help"))
if label == ALL_CLASSES:
    st.query_params.pop("y", None)
else:
    set_url("y", label)
draw_key = "flowimg_draw"
if controls[2].button(t("flowimg.new_samples"), key="flowimg_new"):
    st.session_state[draw_key] = st.session_state.get(draw_key, 0) + 1
sample_seed = seed * 1000 + st.session_state.get(draw_key, 0)
chosen = None if label == ALL_CLASSES else label

with st.spinner(t("flowimg.loading")):
    images, frames, confident, classes, shares = views.image_samples(dataset, sample_seed, temperature, folder, chosen)

which = t("flowimg.class_all") if chosen is None else names[chosen]
st.subheader(t("flowimg.samples_title", dataset=title, T=f"{temperature:.2f}", which=which))
left, right = st.columns([3, 2])
left.image(tile(images[:views.SHOWN_SAMPLES], columns=8), output_format="PNG", width="stretch",
           caption=t("flowimg.samples_caption" if chosen is None else "flowimg.samples_caption_class",
                     n=views.SHOWN_SAMPLES, T=f"{temperature:.2f}", y=chosen, name=which))
with right:
    numbers = st.columns(2)
    if chosen is None:
        numbers[0].metric(t("flowimg.confident"), f"{confident:.0%}", help=t("flowimg.confident_help", n=len(images),
                                                                                  threshold=f"{CONFIDENT:.0%}"))
    else:  # asked for one class: how many the classifier also calls that class
        numbers[0].metric(t("flowimg.agree"), f"{shares[chosen]:.0%}", help=t("flowimg.agree_help", name=which, n=len(images)))
    numbers[1].metric(t("flowimg.classes"), f"{classes:.1f} / {len(names)}",  # names: the dataset's classes
                      help=t("flowimg.classes_help", n=len(images), classes=len(names)))
    figure = go.Figure(go.Bar(x=names, y=shares * 100, marker_color="#4e79a7"))
    figure.add_hline(y=SHARE_LINE, line_dash="dot", line_color="#e15759")
    figure.update_layout(height=240, margin=dict(l=10, r=10, t=10, b=10), yaxis_title="%", xaxis_type="category")
    st.caption(t("flowimg.shares_title", n=len(images), dots=f"{SHARE_LINE} %"))  # a caption wraps on narrow screens; a plotly title is cut off
    st.plotly_chart(figure, width="stretch", key="flowimg_shares")
st.caption(t("flowimg.temperature_note", default=f"{DEFAULT_TEMPERATURE:g}", glow=f"{GLOW_TEMPERATURE:g}"))
st.info(t("flowimg.notice.samples"))

# --- The sampler layer by layer --------------------------------------------------------------
st.subheader(t("flowimg.layers_title"))
st.markdown(t("flowimg.layers_lead", stage1=stage1))
steps = len(frames) - 1


@st.cache_data(show_spinner=False, max_entries=32)
def player_data(frames: np.ndarray, texts: tuple) -> dict:
    row_title, label, play, pause, speed, slider = texts
    pictures = [png_data_uri(tile(frame, columns=8), factor=3) for frame in frames]
    return {"id": "flowimg", "start_index": len(pictures) - 1, "interval_ms": 300, "loop": "stop",
            "labels": [label.format(j=j, K=len(pictures) - 1) for j in range(len(pictures))],
            "rows": [{"key": "flowimg", "title": row_title, "wide": True, "frames": pictures}],
            "colors": [], "text": {"play": play, "pause": pause, "speed": speed, "slider": slider}}


frames_player(player_data(frames, (t("flowimg.player.title", n=frames.shape[1]), t("flowimg.player.label"), t("player.play"), t("player.pause"),
                                   t("player.speed"), t("flowimg.player.slider"))), key="flowimg_player", url_key="frame")
st.caption(t("flowimg.layers_caption"))
st.info(t("flowimg.notice.layers"))

# --- Bits per dimension ----------------------------------------------------------------------
st.subheader(t("flowimg.bits_title"))
sidecar = loaders.sidecar("flow", dataset)
metrics = sidecar["metrics"]
one_draw_bits = metrics["test_bits_per_dim"]  # one draw of u per test image
bits = metrics.get("test_iw_bits_per_dim", one_draw_bits)  # K draws, importance-weighted: the tighter bound, shown first
uniform_bits = metrics.get("test_uniform_bits_per_dim")  # absent for a flow without a learned q
parameters = sum(p.numel() for p in loaders.model("flow", dataset).parameters())
train_args = sidecar["train_args"]
columns = st.columns(4 if uniform_bits is not None else 3)
columns[0].metric(t("flowimg.bits_metric"), f"{bits:.3f}",
                  help=t("flowimg.bits_help", K=IMPORTANCE_SAMPLES) if "test_iw_bits_per_dim" in metrics else None)
if uniform_bits is not None:
    columns[1].metric(t("flowimg.uniform_metric"), f"{uniform_bits:.3f}", help=t("flowimg.uniform_help"))
columns[-2].metric(t("flowimg.params"), f"{parameters / 1e6:.2f} M")
stage_epochs = recorded_stage_epochs(train_args)
budget_help = t(f"flowimg.budget_help.{len(stage_epochs)}", batch=train_args["batch_size"],
                **dict(zip(("epochs", "second", "third"), stage_epochs)))
columns[-1].metric(t("flowimg.budget"), t("flowimg.budget_value", minutes=f"{sidecar['train_seconds'] / 60:.0f}"), help=budget_help)
if "test_iw_bits_per_dim" in metrics:
    st.latex(r"\log P(k) \;\ge\; \mathbb{E}_{u_1, \dots, u_K \sim q}\Big[\log \frac{1}{K}\sum_{j=1}^{K} \frac{p(x_j)}{q(u_j \mid k)}\Big] - 784 \log 256,\quad x_j = \frac{k + u_j}{256}")
    st.markdown(t("flowimg.iw_note", K=IMPORTANCE_SAMPLES, one=f"{one_draw_bits:.3f}", bits=f"{bits:.3f}",
                  gain=f"{round(one_draw_bits, 3) - round(bits, 3):.3f}"))  # the difference of the figures shown
if uniform_bits is not None and uniform_bits > one_draw_bits:  # an untrained q is the uniform one: nothing to say
    st.markdown(t("flowimg.dequant_note", uniform=f"{uniform_bits:.3f}", one=f"{one_draw_bits:.3f}",
                  gain=f"{round(uniform_bits, 3) - round(one_draw_bits, 3):.3f}"))
st.markdown(t(f"flowimg.published.{dataset}", bits=f"{bits:.2f}", minutes=f"{sidecar['train_seconds'] / 60:.0f}",
              train=f"{sidecar['metrics']['train_images']:,}", test=f"{sidecar['metrics']['test_images']:,}"))
if "test_class_accuracy" in metrics:  # the class Gaussians of p(z) as a classifier (Bayes' rule)
    st.latex(r"p(y \mid x) = \frac{\pi_y\, \mathcal{N}(f(x);\ \mu_y, \sigma_y^2)}{\sum_{c} \pi_c\, \mathcal{N}(f(x);\ \mu_c, \sigma_c^2)}")
    st.markdown(t("flowimg.bayes_note", n=f"{metrics['test_images']:,}", acc=f"{metrics['test_class_accuracy']:.1%}",
                  clf=f"{loaders.sidecar('classifier', dataset)['metrics']['test_accuracy']:.1%}"))

# --- Likelihood on the other dataset -----------------------------------------------------------
st.subheader(t("flowimg.ood_title"))
st.markdown(t("flowimg.ood_lead", n=f"{views.OOD_IMAGES:,}"))
with st.spinner(t("flowimg.ood_loading")):
    histograms = views.likelihood_histograms(folder)


def other_dataset(model_dataset: str) -> str:
    return "fashion" if model_dataset == "mnist" else "mnist"


def preference(model_dataset: str) -> tuple[float, float, float]:
    """(median bits/dim of the flow's own test images, median of the other dataset's, share of the
    other dataset's images needing fewer bits/dim than the median own image)."""
    own = histograms[f"{model_dataset}|{model_dataset}"]
    foreign = histograms[f"{model_dataset}|{other_dataset(model_dataset)}"]
    return float(np.median(own)), float(np.median(foreign)), float((foreign < np.median(own)).mean())


def ood_reveal() -> str:
    """Which flow rates most of the other dataset's images as more likely: measured, both ways."""
    found = {name: preference(name) for name in ("mnist", "fashion")}
    prefers = {name: share > 0.5 for name, (_, _, share) in found.items()}
    answer = ("both" if all(prefers.values()) else "neither" if not any(prefers.values())
              else "mnist" if prefers["mnist"] else "fashion")
    return t("lesson.flowimg.reveal", mnist_own=f"{found['mnist'][0]:.2f}", mnist_foreign=f"{found['mnist'][1]:.2f}",
             mnist_share=f"{found['mnist'][2]:.1%}", fashion_own=f"{found['fashion'][0]:.2f}",
             fashion_foreign=f"{found['fashion'][1]:.2f}", fashion_share=f"{found['fashion'][2]:.1%}",
             answer=t(f"lesson.flowimg.predict.{answer}"))


predict_then_reveal("flowimg_ood", t("lesson.flowimg.predict", n=f"{views.OOD_IMAGES:,}"),
                    [t(f"lesson.flowimg.predict.{k}") for k in ("mnist", "fashion", "both", "neither")], ood_reveal)
IMAGE_COLOURS = {"mnist": "#4e79a7", "fashion": "#f28e2b"}  # the same colour for a dataset's images in both charts
chart_columns = st.columns(2)
effect = False  # does a flow rate the other dataset's images as more likely than its own?
for column, model_dataset in zip(chart_columns, (dataset, other_dataset(dataset))):
    image_other = other_dataset(model_dataset)
    own, foreign = histograms[f"{model_dataset}|{model_dataset}"], histograms[f"{model_dataset}|{image_other}"]
    both = np.concatenate([own, foreign])
    low, high = float(both.min()), float(np.quantile(both, 0.99))  # the 1 % far tail would squash the rest
    bins = dict(start=low, end=high, size=(high - low) / 60)
    figure = go.Figure()
    for values, image_dataset in ((own, model_dataset), (foreign, image_other)):
        figure.add_trace(go.Histogram(x=values, name=t("flowimg.ood_series", dataset=DATASETS[image_dataset].title),
                                      opacity=0.6, marker_color=IMAGE_COLOURS[image_dataset], xbins=bins))
    figure.update_layout(barmode="overlay", height=300, margin=dict(l=10, r=10, t=40, b=10),
                         title=t("flowimg.ood_chart", model=DATASETS[model_dataset].title), xaxis_range=[low, high],
                         xaxis_title=t("flowimg.ood_axis"), legend=dict(orientation="h", y=-0.3))
    column.plotly_chart(figure, width="stretch", key=f"flowimg_ood_{model_dataset}")
    higher = float((foreign < np.median(own)).mean())
    effect = effect or higher > 0.5
    # Medians, not means: a few images get absurd bits/dim under the other dataset's flow (a mean of millions).
    column.markdown(t("flowimg.ood_finding", model=DATASETS[model_dataset].title, own=f"{np.median(own):.2f}",
                      other=DATASETS[image_other].title, foreign=f"{np.median(foreign):.2f}", share=f"{higher:.1%}"))
st.info(t("flowimg.ood_note" if effect else "flowimg.ood_note_absent"))

# --- Your own image -----------------------------------------------------------------------------
st.subheader(t("flowimg.own.title"))
st.caption(t("flowimg.own.body", dataset=title, box=BOX, frame=FRAME))


@st.fragment
def own_image_section() -> None:
    """A drawing or upload reruns only this part: scored by this dataset's flow, placed among its test images."""
    pad, result = st.columns([1, 2])
    with pad:
        own = own_image_input("flowimg_own")
    test_bits = histograms[f"{dataset}|{dataset}"]
    own_bits = None if own is None else views.own_image_bits(dataset, own, folder)
    start, tail = float(test_bits.min()), float(np.quantile(test_bits, 0.99))  # as the charts above
    low, high = (start, tail) if own_bits is None else (min(start, own_bits), max(tail, own_bits))  # the marker always shows
    margin = 0.03 * (high - low)
    figure = go.Figure(go.Histogram(x=test_bits, name=t("flowimg.ood_series", dataset=title), opacity=0.6,
                                    marker_color=IMAGE_COLOURS[dataset], xbins=dict(start=start, end=tail, size=(tail - start) / 60)))
    if own_bits is not None:
        figure.add_vline(x=own_bits, line_color="#e15759", line_width=3,
                         annotation_text=t("flowimg.own.marker"), annotation_position="top")
    figure.update_layout(height=280, margin=dict(l=10, r=10, t=40, b=10), showlegend=False,
                         title=t("flowimg.own.chart", dataset=title), xaxis_range=[low - margin, high + margin],
                         xaxis_title=t("flowimg.ood_axis"))
    with result:
        if own is None:
            st.info(t("flowimg.own.empty"))
        else:
            verdict = judge(loaders.model("classifier", dataset), own[None])
            cells = st.columns([1, 2])
            cells[0].image(png_data_uri(own, 5), caption=t("own.prepared"))
            cells[1].metric(t("flowimg.own.bits"), f"{own_bits:.3f}")
            cells[1].markdown(t("flowimg.own.verdict", verdict=names[int(verdict.probabilities[0].argmax())],
                                confidence=f"{verdict.probabilities[0].max():.0%}"))
        st.plotly_chart(figure, width="stretch", key="flowimg_own_histogram")
        if own_bits is not None:
            fewer = float((test_bits < own_bits).mean())
            st.markdown(t("flowimg.own.place", bits=f"{own_bits:.3f}", dataset=title, n=f"{len(test_bits):,}",
                          fewer=f"{fewer:.1%}", more=f"{1 - fewer:.1%}"))
    st.info(t("flowimg.own.notice"))


own_image_section()
model_cards(("flow", "classifier"), dataset)
