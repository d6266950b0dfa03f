"""The forward process of a diffusion model (concept C12): an image noised step by step, the
closed form q(x_t | x_0) beside the step-by-step chain, the schedules and the pixel histogram
turning into N(0, 1). Frames are precomputed, so scrubbing t is instant."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import numpy as np
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from core.diffusion import SCHEDULES
from ui import diffusion_views as views
from ui import loaders
from ui.components import frames_player
from ui.figures import tile
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.own_image_input import own_image_input
from ui.state import settings

SCHEDULE_COLORS = {"linear": "#4e79a7", "cosine": "#e15759"}
current = settings()
dataset, language = current.dataset, current.language

st.title(t("fwd.title"))
st.markdown(t("fwd.lead", T=views.T))
lesson_bar("fwd", [f"lesson.fwd.{i}" for i in range(1, 6)], expanded=current.presenting, values={"t_half": views.T // 2})
st.latex(r"q(x_t \mid x_{t-1}) = \mathcal{N}\!\left(x_t;\ \sqrt{1-\beta_t}\,x_{t-1},\ \beta_t I\right),\qquad t = 1,\dots,T")
st.latex(r"\alpha_t = 1-\beta_t,\qquad \bar\alpha_t = \prod_{s=1}^{t}\alpha_s,\qquad "
         r"q(x_t \mid x_0) = \mathcal{N}\!\left(x_t;\ \sqrt{\bar\alpha_t}\,x_0,\ (1-\bar\alpha_t) I\right)")
st.latex(r"x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon,\qquad \varepsilon \sim \mathcal{N}(0, I)")

# The picked image lives in session_state per dataset; the class picker and the button edit it.
images, labels = loaders.display_bundle(dataset)
names = class_names(dataset, language)
image_key = f"fwd_image_{dataset}"
if image_key not in st.session_state:
    st.session_state[image_key] = int(np.flatnonzero(labels == (3 if dataset == "mnist" else 0))[0])


def class_key() -> str:
    return f"fwd_class_{dataset}_{language}"


def pick(label: int, draw: int) -> None:
    candidates = np.flatnonzero(labels == label)
    st.session_state[image_key] = int(candidates[draw % len(candidates)])


def choose_class() -> None:
    pick(int(st.session_state[class_key()]), 0)


def another() -> None:
    draw = st.session_state.get("fwd_draw", 0) + 1
    st.session_state["fwd_draw"] = draw
    pick(int(labels[st.session_state[image_key]]), draw)


index = st.session_state[image_key]
columns = st.columns([2, 2, 3])
# The image to noise: a test image (class picker) or the student's own, drawn or uploaded.
source = columns[0].radio(t("fwd.source"), ("test", "own"), format_func=lambda s: t(f"fwd.source.{s}"),
                          key="fwd_source", horizontal=True)
own = None
if source == "own":
    with columns[0]:
        own = own_image_input("fwd_own")
    if own is None:
        columns[0].info(t("fwd.own_empty"))
else:
    st.session_state[class_key()] = int(labels[index])
    columns[0].selectbox(t("fwd.pick_class"), range(len(names)), format_func=lambda c: names[c], key=class_key(),
                         on_change=choose_class)
    columns[0].button(t("fwd.another"), on_click=another, key="fwd_another")
x0 = own if own is not None else images[index]  # uint8 (28, 28)
pixels = x0.tobytes()  # what the cached computations take (and hash)
kind = columns[1].radio(t("fwd.schedule"), SCHEDULES, format_func=lambda k: t(f"fwd.schedule.{k}"), key="fwd_schedule",
                        horizontal=True)
columns[2].caption(t("fwd.seed_caption", seed=current.seed))

text = {"closed": t("fwd.row.closed"), "closed_sub": t("fwd.row.closed_sub"), "chain": t("fwd.row.chain"),
        "chain_sub": t("fwd.row.chain_sub"), "alpha_bar_chart": t("fwd.chart.alpha_bar"),
        "spread_chart": t("fwd.chart.spread"), "theory": t("fwd.chart.theory"),
        "player": {"play": t("player.play"), "pause": t("player.pause"), "speed": t("player.speed"),
                   "slider": t("fwd.slider")}}
with st.spinner(t("fwd.loading", T=views.T)):
    frames_player(views.forward_player(pixels, current.seed, kind, text), key="fwd_player", url_key="frame")
st.info(t("fwd.notice"))


# Predict, then reveal: how much of the signal is left halfway? Answered from the schedule itself.
HALF = views.T // 2
SIGNAL_BANDS = (("over75", 0.75, 1.01), ("25to75", 0.25, 0.75), ("5to25", 0.05, 0.25), ("under5", 0.0, 0.05))


def band_text(name: str) -> str:
    """A band's answer, its limits formatted from SIGNAL_BANDS (the same numbers the answer is judged by)."""
    low, high = next((low, high) for band, low, high in SIGNAL_BANDS if band == name)
    return t(f"lesson.fwd.predict.{name}", low=f"{low * 100:g} %", high=f"{min(high, 1) * 100:g} %")


def signal_band(value: float) -> str:
    return next(name for name, low, high in SIGNAL_BANDS if low <= value < high)


def half_signal_reveal() -> str:
    value = views.alpha_bar_at(kind, HALF)
    other = next(k for k in SCHEDULES if k != kind)
    return t("lesson.fwd.reveal", t_half=HALF, schedule=t(f"fwd.schedule.{kind}"), alpha_bar=f"{value:.3f}",
             percent=f"{value:.1%}", signal=f"{value ** 0.5:.2f}", noise=f"{(1 - value) ** 0.5:.2f}",
             answer=band_text(signal_band(value)), other=t(f"fwd.schedule.{other}"),
             other_alpha_bar=f"{views.alpha_bar_at(other, HALF):.3f}")


predict_then_reveal(f"fwd_half_{kind}", t("lesson.fwd.predict", t_half=HALF, schedule=t(f"fwd.schedule.{kind}")),
                    [band_text(name) for name, _, _ in SIGNAL_BANDS], half_signal_reveal)
st.markdown(t("fwd.why_same"))

st.subheader(t("fwd.schedules.title"))
trained = loaders.sidecar("ddpm", dataset)["config"]["schedule"]  # what the reverse page's model was trained with
st.markdown(t("fwd.schedules.lead", trained=t(f"fwd.schedule.{trained}")))
curves = views.schedule_curves()
figure = make_subplots(rows=1, cols=3, subplot_titles=(t("fwd.plot.beta"), t("fwd.plot.alpha_bar"), t("fwd.plot.snr")))
steps = np.arange(1, views.T + 1)
for kind_name in SCHEDULES:
    for column, key in enumerate(("beta", "alpha_bar", "snr"), start=1):
        figure.add_trace(go.Scatter(x=steps, y=curves[kind_name][key], name=t(f"fwd.schedule.{kind_name}"),
                                    line={"color": SCHEDULE_COLORS[kind_name], "width": 3}, showlegend=column == 1,
                                    legendgroup=kind_name), row=1, col=column)
figure.update_yaxes(type="log", row=1, col=3)
figure.update_xaxes(title_text="t")
figure.update_layout(height=330, margin={"l": 10, "r": 10, "t": 40, "b": 10}, legend={"orientation": "h", "y": -0.25})
st.plotly_chart(figure, width="stretch", key="fwd_schedule_plot")

st.markdown(t("fwd.strips.lead"))
strips = views.schedule_strips(pixels, current.seed)
for kind_name in SCHEDULES:
    st.image(tile(strips[kind_name], columns=len(views.STRIP_TS)), output_format="PNG", width="stretch",
             caption=t(f"fwd.schedule.{kind_name}") + " · t = " + ", ".join(str(s) for s in views.STRIP_TS))
st.info(t("fwd.schedules.notice", t_half=HALF, linear=f"{views.alpha_bar_at('linear', HALF):.3f}",
          cosine=f"{views.alpha_bar_at('cosine', HALF):.3f}", linear_T=f"{views.alpha_bar_at('linear', views.T):.1e}",
          cosine_T=f"{views.alpha_bar_at('cosine', views.T):.1e}"))

st.subheader(t("fwd.histogram.title"))
histograms = views.pixel_histograms(dataset, current.seed, kind)
edges = histograms["edges"]
centres = (edges[:-1] + edges[1:]) / 2
gauss = np.exp(-centres ** 2 / 2) / np.sqrt(2 * np.pi)
figure = make_subplots(rows=1, cols=len(views.HISTOGRAM_TS), shared_yaxes=True,
                       subplot_titles=[f"t = {s}" for s in views.HISTOGRAM_TS])
for column, step in enumerate(views.HISTOGRAM_TS, start=1):
    figure.add_trace(go.Bar(x=centres, y=histograms["densities"][step], marker_color=SCHEDULE_COLORS[kind],
                            name=t("fwd.histogram.pixels", n=views.HISTOGRAM_IMAGES), showlegend=column == 1, width=edges[1] - edges[0]), row=1, col=column)
    figure.add_trace(go.Scatter(x=centres, y=gauss, line={"color": "#111", "dash": "dot"}, name="N(0, 1)",
                                showlegend=column == 1), row=1, col=column)
figure.update_yaxes(range=[0, 1.2])
figure.update_layout(height=280, margin={"l": 10, "r": 10, "t": 40, "b": 10}, bargap=0,
                     legend={"orientation": "h", "y": -0.2})
st.plotly_chart(figure, width="stretch", key="fwd_histogram_plot")
st.caption(t("fwd.histogram.caption", schedule=t(f"fwd.schedule.{kind}"), T=views.HISTOGRAM_TS[-1]))
