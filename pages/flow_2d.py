"""2-D flow density: a Gaussian turned into a toy density layer by layer by RealNVP coupling
layers, the exact log p(x) of any point, and one coupling layer opened up (concepts C10, C11)."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from core import toy_flow
from core.data import checkpoint_directory
from core.toy_densities import TOY_DENSITIES
from ui import flow_views as views
from ui.components import frames_player, trigger_value
from ui.i18n import t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.state import settings

current = settings()
language, seed = current.language, current.seed
folder = str(checkpoint_directory())

densities = list(TOY_DENSITIES)
architectures = {key: views.toy_architecture(key) for key in densities}  # from each checkpoint's sidecar
depths = sorted({a["layers"] for a in architectures.values()})
st.title(t("flow2d.title"))
st.markdown(t("flow2d.lead", layers=str(depths[0]) if len(depths) == 1 else t("flow2d.range", low=depths[0], high=depths[-1])))
lesson_bar("flow2d", [f"lesson.flow2d.{i}" for i in range(1, 6)], expanded=current.presenting)
st.latex(r"\log p(x) = \log p(z) + \sum_{k=1}^{K} \log\left|\det \frac{\partial h_k}{\partial h_{k-1}}\right|")
st.latex(r"h_0 = x,\quad h_K = z = f(x),\quad p(z) = \mathcal{N}(0, I)")  # two lines: one long formula is cut on a phone

controls = st.columns([2, 3])
density = controls[0].selectbox(t("flow2d.density"), densities, index=densities.index("ring"),
                                format_func=lambda key: t(f"flow2d.density.{key}"), key=f"flow2d_density_{language}")
temperature = controls[1].slider(t("flow2d.temperature"), 0.2, 1.5, 1.0, 0.1, key="flow2d_temperature",
                                 help=t("flow2d.temperature_help"))
model = views.toy_model(density)
layers = len(model.layers)

# --- Target, samples ---------------------------------------------------------------------
left, right = st.columns(2)
left.image(views.target_picture(density, seed), caption=t("flow2d.target_caption"), width=360)
right.image(views.flow_sample_picture(density, seed, temperature, folder), width=360,
            caption=t("flow2d.samples_caption", T=f"{temperature:.1f}"))
st.caption(t("flow2d.colour_note"))

TEMPERATURE_TIE_NATS = 0.05  # a smaller difference of mean log p counts as "no change"
COLD, WARM = 0.5, 1.0  # the two temperatures the question compares (measured by views.temperature_effect)


def temperature_reveal() -> str:
    """The answer measured on this density's samples: mean exact log p(x) at T = 0.5 and T = 1."""
    (cold, cold_spread), (warm, warm_spread) = (views.temperature_effect(density, seed, folder, (COLD, WARM))[T] for T in (COLD, WARM))
    answer = "crowd" if cold > warm + TEMPERATURE_TIE_NATS else "spread" if cold < warm - TEMPERATURE_TIE_NATS else "same"
    return t("lesson.flow2d.reveal", density=t(f"flow2d.density.{density}"), n=f"{views.TARGET_POINTS:,}",
             cold=f"{cold:.2f}", warm=f"{warm:.2f}", cold_t=f"{COLD:.1f}", warm_t=f"{WARM:.1f}",
             cold_spread=f"{cold_spread:.2f}", warm_spread=f"{warm_spread:.2f}",
             tie=f"{TEMPERATURE_TIE_NATS:.2f}", answer=t(f"lesson.flow2d.predict.{answer}"))


predict_then_reveal(f"flow2d_temperature_{density}_{seed}", t("lesson.flow2d.predict", cold_t=f"{COLD:.1f}", warm_t=f"{WARM:.1f}"),
                    [t(f"lesson.flow2d.predict.{k}") for k in ("crowd", "spread", "same")], temperature_reveal)
st.info(t("flow2d.notice.samples"))

# --- The density, clickable, with log p(x) layer by layer -----------------------------------
st.subheader(t("flow2d.density_title"))
st.markdown(t("flow2d.density_lead"))
point_key = f"flow2d_point_{density}"
st.session_state.setdefault(point_key, (0.0, 2.0))  # on the ring: one of its eight modes


def take_click() -> None:
    clicked = trigger_value("flow2d_density_view", "clicked")
    if clicked:
        st.session_state[point_key] = (float(clicked["x"]), float(clicked["y"]))


def take_typed() -> None:
    st.session_state[point_key] = (float(st.session_state["flow2d_x1"]), float(st.session_state["flow2d_x2"]))


@st.fragment
def point_inspector() -> None:
    """A click or a typed point reruns only this part (the pictures above stay as they are)."""
    point = st.session_state[point_key]
    st.session_state["flow2d_x1"], st.session_state["flow2d_x2"] = point  # follow clicks
    picture = views.density_picture(density, folder)
    view_column, numbers_column = st.columns([2, 3])
    with view_column:
        views.density_view({**picture, "point": list(point), "alt": t("flow2d.density_alt"), "hint": t("flow2d.click_hint")},
                           key="flow2d_density_view", on_click=take_click)
        st.caption(t("flow2d.integral", integral=f"{picture['integral']:.3f}", view=f"{picture['range'][1]:.1f}"))
        typed = st.columns(2)
        typed[0].number_input("x₁", step=0.1, format="%.2f", key="flow2d_x1", on_change=take_typed)
        typed[1].number_input("x₂", step=0.1, format="%.2f", key="flow2d_x2", on_change=take_typed)
    result = views.breakdown(density, point)
    true_log_p = views.true_log_density(density, point)
    with numbers_column:
        metrics = st.columns(3)
        metrics[0].metric(t("flow2d.log_p"), f"{result.log_p:.3f}")
        metrics[1].metric(t("flow2d.log_prior"), f"{result.log_prior:.3f}")
        metrics[2].metric(t("flow2d.true_log_p"), "—" if true_log_p is None else
                          ("−∞" if not np.isfinite(true_log_p) else f"{true_log_p:.3f}"))
        steps = [t("flow2d.step_prior")] + [t("flow2d.step_layer", k=k) for k in range(1, layers + 1)] + [t("flow2d.step_total")]
        values = [result.log_prior, *result.log_dets.tolist(), result.log_p]
        figure = go.Figure(go.Waterfall(x=steps, y=values, measure=["absolute"] + ["relative"] * layers + ["total"],
                                        text=[f"{v:+.2f}" for v in values], textposition="outside",
                                        increasing={"marker": {"color": "#59a14f"}}, decreasing={"marker": {"color": "#e15759"}},
                                        totals={"marker": {"color": "#4e79a7"}}))
        figure.update_layout(height=320, margin=dict(l=10, r=10, t=30, b=10), showlegend=False,
                             title=t("flow2d.waterfall_title"), yaxis_title=t("flow2d.nats"))
        st.plotly_chart(figure, width="stretch", key="flow2d_waterfall")
        st.caption(t("flow2d.breakdown_caption", z1=f"{result.states[-1][0]:.2f}", z2=f"{result.states[-1][1]:.2f}",
                     sum=f"{result.log_dets.sum():+.3f}"))
    st.info(t("flow2d.notice.density"))


point_inspector()

# --- Layer by layer --------------------------------------------------------------------------
st.subheader(t("flow2d.layers_title"))
st.markdown(t("flow2d.layers_lead", n=f"{views.FRAME_POINTS:,}"))
texts = (t("flow2d.player.title"), t("flow2d.player.subtitle", T=f"{temperature:.1f}"), t("flow2d.player.label"),
         t("flow2d.player.chart"), t("flow2d.player.x_label"), t("flow2d.player.series"),
         t("player.play"), t("player.pause"), t("player.speed"), t("flow2d.player.slider"))
with st.spinner(t("flow2d.loading")):
    frames_player(views.layer_player(density, seed, temperature, folder, texts), key="flow2d_player", url_key="frame")
st.caption(t("flow2d.layers_caption"))
st.info(t("flow2d.notice.layers"))

# --- One coupling layer opened up ------------------------------------------------------------
st.subheader(t("flow2d.coupling_title"))
st.markdown(t("flow2d.coupling_lead"))
st.latex(r"y_1 = x_1,\qquad y_2 = x_2 \odot \exp\big(s(x_1)\big) + t(x_1)")
st.latex(r"\frac{\partial y}{\partial x} = \begin{pmatrix} 1 & 0 \\ \dfrac{\partial y_2}{\partial x_1} & \exp\big(s(x_1)\big) \end{pmatrix}"
         r"\ \Rightarrow\ \log\left|\det \frac{\partial y}{\partial x}\right| = s(x_1)")
st.latex(r"x_1 = y_1,\qquad x_2 = \big(y_2 - t(y_1)\big) \odot \exp\big(-s(y_1)\big)")
st.markdown(t("flow2d.coupling_why"))


@st.fragment
def coupling_inspector() -> None:
    layer = st.slider(t("flow2d.layer_pick"), 1, layers, 1, key=f"flow2d_layer_{density}")
    curves = views.coupling_curves(density, layer, folder)
    kept, moved = ("x₁", "x₂") if curves["keep"] == 0 else ("x₂", "x₁")
    st.markdown(t("flow2d.layer_keeps", k=layer, kept=kept, moved=moved))
    figure = go.Figure([go.Scatter(x=curves["grid"], y=curves["s"], name=t("flow2d.s_name"), line={"color": "#e15759", "width": 3}),
                        go.Scatter(x=curves["grid"], y=curves["t"], name=t("flow2d.t_name"), line={"color": "#4e79a7", "width": 3})])
    figure.update_layout(height=300, margin=dict(l=10, r=10, t=30, b=10), xaxis_title=t("flow2d.kept_axis", kept=kept),
                         legend=dict(orientation="h", y=-0.3), title=t("flow2d.curves_title", k=layer))
    st.plotly_chart(figure, width="stretch", key="flow2d_curves")
    result = views.breakdown(density, st.session_state[point_key])
    s_here = result.log_dets[layer - 1]
    st.markdown(t("flow2d.layer_at_point", k=layer, kept=kept, value=f"{result.states[layer - 1][curves['keep']]:.3f}",
                  s=f"{s_here:+.3f}", scale=f"{np.exp(s_here):.3f}", t=f"{result.shifts[layer - 1]:+.3f}"))
    st.info(t("flow2d.notice.coupling", k=layer, s=f"{s_here:+.3f}"))


coupling_inspector()

# --- About these models ----------------------------------------------------------------------
with st.expander(t("flow2d.card_title")):
    rows = [f"| {t('flow2d.card.density')} | {t('flow2d.card.architecture')} | {t('flow2d.card.training')} | "
            f"{t('flow2d.card.test_nll')} | {t('flow2d.card.true_nll')} | {t('flow2d.card.integral')} |", "|---|---|---|---|---|---|"]
    for key in densities:
        sidecar = views.toy_sidecar(key)
        metrics, args = sidecar["metrics"], sidecar["train_args"]
        true = metrics.get("true_nll_nats")
        steps = t("flow2d.card.steps", steps=f"{args['steps']:,}", batch=args["batch_size"])
        architecture = t("flow2d.card.arch", layers=architectures[key]["layers"],
                         widths="-".join(str(w) for w in architectures[key]["widths"]))
        rows.append(f"| {t(f'flow2d.density.{key}')} | {architecture} | {steps}, "
                    f"{sidecar['train_seconds']} s | {metrics['test_nll_nats']:.3f} | {'—' if true is None else f'{true:.3f}'} | "
                    f"{metrics['integral_on_view']:.3f} |")
    st.markdown("\n".join(rows))
    st.caption(t("flow2d.card_caption", test=f"{toy_flow.TEST_POINTS:,}", command="python -m core.toy_flow --density all"))
