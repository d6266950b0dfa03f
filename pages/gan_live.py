"""A live 2-D GAN (GAN Lab's idea, trained on the server): watch G chase D, and watch mode
collapse happen or not depending on the settings (concept C9): the two presets differ in several
(core/toy2d.py PRESETS), and the page names every difference from PRESETS itself."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import streamlit as st

from core.toy2d import COVERED_SHARE, METRIC_SAMPLES, PRESETS, TARGETS, ToySettings
from ui import gan_views as views
from ui.components import trigger_value
from ui.gan_components import gan_live_view
from ui.i18n import t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.state import settings

current = settings()
LEARNING_RATES = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2]
LATENT_SIZES = [1, 2, 4, 8, 16]
R1_WEIGHTS = [0.0, 0.01, 0.03, 0.1, 0.3, 1.0, 10.0]
AVERAGES = [0.0, 0.99, 0.995, 0.999]
PREDICT_STEP = 2000  # the prediction asks about this many generator steps
JUDGE_FROM_STEP = 1500  # before this the reveal says it is too early
FEW_MODES = 2  # the prediction's options: "few" covers at most this many modes ...
MISSING_AT_MOST = 1  # ... "nearly all" misses at most this many, "some" is in between
CONTROLS = {"target": "gan_live_target", "lr_g": "gan_live_lr_g", "lr_d": "gan_live_lr_d", "d_steps": "gan_live_d_steps",
            "latent_dim": "gan_live_latent", "seed": "gan_live_seed", "r1": "gan_live_r1", "average": "gan_live_average"}
# A teacher's link names the preset (?preset=collapse): read once per session, then the buttons decide.
if not st.session_state.get("_gan_live_link_read"):
    st.session_state["_gan_live_link_read"] = True
    linked = st.query_params.get("preset")
    if linked in PRESETS:
        for field, key in CONTROLS.items():
            st.session_state[key] = getattr(PRESETS[linked], field)
defaults = PRESETS["healthy"]
for field, key in CONTROLS.items():
    st.session_state.setdefault(key, getattr(defaults, field))

st.title(t("gan.live.title"))
st.markdown(t("gan.live.lead"))
lesson_bar("gan_live", [f"lesson.gan_live.{i}" for i in range(1, 6)], expanded=current.presenting)


def apply_preset(name: str) -> None:
    """Set every control to a preset and start a new run."""
    for field, key in CONTROLS.items():
        st.session_state[key] = getattr(PRESETS[name], field)
    st.session_state.pop("gan_live", None)


presets = st.columns(2)
for column, name in zip(presets, PRESETS):
    column.button(t(f"gan.live.preset.{name}"), key=f"gan_live_preset_{name}", on_click=apply_preset, args=(name,),
                  help=views.preset_help(name, current.language), width="stretch")

row = st.columns(3)
row[0].selectbox(t("gan.live.target"), list(TARGETS), format_func=lambda name: t(f"gan.live.target.{name}"), key=CONTROLS["target"])
row[1].select_slider(t("gan.live.lr_g"), LEARNING_RATES, key=CONTROLS["lr_g"], format_func=lambda v: f"{v:g}")
row[2].select_slider(t("gan.live.lr_d"), LEARNING_RATES, key=CONTROLS["lr_d"], format_func=lambda v: f"{v:g}")
row = st.columns(3)
row[0].select_slider(t("gan.live.d_steps"), [1, 2, 3, 4, 5], key=CONTROLS["d_steps"], help=t("gan.live.d_steps_help"))
row[1].select_slider(t("gan.live.latent"), LATENT_SIZES, key=CONTROLS["latent_dim"], help=t("gan.live.latent_help"))
row[2].number_input(t("gan.live.seed"), min_value=0, max_value=9999, step=1, key=CONTROLS["seed"])
row = st.columns(3)
row[0].select_slider(t("gan.live.r1"), R1_WEIGHTS, key=CONTROLS["r1"], format_func=lambda v: f"{v:g}", help=t("gan.live.r1_help"))
row[1].select_slider(t("gan.live.average"), AVERAGES, key=CONTROLS["average"], help=t("gan.live.average_help"),
                     format_func=lambda v: t("gan.live.average_off") if v == 0 else f"{v:g}")

chosen = ToySettings(**{field: st.session_state[key] for field, key in CONTROLS.items()})
structure = (chosen.target, chosen.latent_dim, chosen.seed)  # changing these starts a new run; rates apply live


def start_run(settings: ToySettings) -> None:
    """A fresh G and D for these settings; the browser clears its queue when `run` changes."""
    run = st.session_state.get("gan_live_runs", 0) + 1
    st.session_state["gan_live_runs"] = run
    gan = views.new_live_gan(settings)
    st.session_state["gan_live"] = {"structure": (settings.target, settings.latent_dim, settings.seed), "gan": gan,
                                    "run": run, "seq": 0, "chunk": {"seq": 0, "snapshots": [views.snapshot_json(gan.snapshot())]}}


if st.session_state.get("gan_live", {}).get("structure") != structure:
    start_run(chosen)
st.session_state["gan_live"]["gan"].set_rates(chosen.lr_g, chosen.lr_d, chosen.d_steps, r1=chosen.r1, average=chosen.average)
preset_now = next((name for name, preset in PRESETS.items() if preset == chosen), None)
if preset_now:
    st.query_params["preset"] = preset_now  # the link reproduces this preset
elif "preset" in st.query_params:
    del st.query_params["preset"]


def new_chunk(snapshots: list[dict]) -> None:
    live = st.session_state["gan_live"]
    live["seq"] += 1
    live["chunk"] = {"seq": live["seq"], "snapshots": snapshots}


def train_requested() -> None:
    """The browser's queue runs low while playing: train the next chunk."""
    if trigger_value("gan_live_view", "want"):
        new_chunk(views.live_chunk(st.session_state["gan_live"]["gan"]))


def one_step() -> None:
    new_chunk(views.live_chunk(st.session_state["gan_live"]["gan"], snapshots=1, steps_per_snapshot=1))


def reset() -> None:
    start_run(st.session_state["gan_live"]["gan"].settings)


@st.fragment
def live_view() -> None:
    """Only this part reruns while playing (a chunk request) or stepping."""
    buttons = st.columns([1, 1, 4])
    buttons[0].button(t("gan.live.one_step"), key="gan_live_one_step", on_click=one_step, help=t("gan.live.one_step_help"))
    buttons[1].button(t("gan.live.reset"), key="gan_live_reset", on_click=reset)
    state = st.session_state["gan_live"]
    gan = state["gan"]
    gan_live_view({"id": "gan-live", "run": state["run"], "view": gan.target.view, "real": views.real_points(gan.target.name),
                   "interval_ms": 66, "low_water": 10, "chunk": state["chunk"],
                   "text": {key: t(f"gan.live.view.{key}") for key in
                            ("play", "pause", "step", "modes", "hq", "g_loss", "d_loss", "real", "fake", "d_high", "d_low", "arrows",
                             "arrow_scale")}},
                  key="gan_live_view", on_want=train_requested)
    if gan.steps >= views.LIVE_MAX_STEPS:
        st.caption(t("gan.live.max_steps", steps=f"{views.LIVE_MAX_STEPS:,}"))


live_view()
st.caption(t("gan.live.caption", steps=views.LIVE_SNAPSHOTS_PER_CHUNK * views.LIVE_STEPS_PER_SNAPSHOT,
             frames=views.LIVE_SNAPSHOTS_PER_CHUNK))


def run_description(settings: ToySettings) -> str:
    """The preset's button label when the run is a preset, else its settings spelled out."""
    for name, preset in PRESETS.items():
        if all(getattr(settings, field) == getattr(preset, field) for field in CONTROLS):
            return t(f"lesson.gan_live.run.{name}")
    return t("lesson.gan_live.run", target=t(f"gan.live.target.{settings.target}"), lr_g=f"{settings.lr_g:g}",
             lr_d=f"{settings.lr_d:g}", d_steps=settings.d_steps, latent=settings.latent_dim, seed=settings.seed)


def modes_option(answer: str) -> str:
    return t(f"lesson.gan_live.predict.{answer}", few=FEW_MODES, missing=MISSING_AT_MOST)


def modes_reveal() -> str:
    """The answer measured on this session's run: the latest snapshot the server trained."""
    state = st.session_state["gan_live"]
    latest = state["chunk"]["snapshots"][-1]
    covered, modes = latest["covered"], latest["modes"]
    answer = "few" if covered <= FEW_MODES else "all" if covered >= modes - MISSING_AT_MOST else "some"
    verdict = t("lesson.gan_live.reveal.early" if latest["step"] < JUDGE_FROM_STEP else "lesson.gan_live.reveal.answer",
                answer=modes_option(answer), step=f"{latest['step']:,}", target_step=f"{PREDICT_STEP:,}")
    loss = lambda key: "–" if latest[key] is None else f"{latest[key]:.2f}"  # noqa: E731  (none before the first step)
    return t("lesson.gan_live.reveal", run=run_description(state["gan"].settings), step=f"{latest['step']:,}", covered=covered,
             modes=modes, hq=f"{latest['hq']:.0%}", verdict=verdict, g_loss=loss("g_loss"), d_loss=loss("d_loss"),
             g_eq=f"{views.G_EQUILIBRIUM:.2f}", d_eq=f"{views.D_EQUILIBRIUM:.2f}")


predict_then_reveal("gan_live_modes", t("lesson.gan_live.predict", preset=views.preset_summary("healthy", current.language),
                                         modes=TARGETS[PRESETS["healthy"].target].modes, steps=f"{PREDICT_STEP:,}"),
                    [modes_option(k) for k in ("all", "some", "few")], modes_reveal)
st.info(f"**{t('gan.live.notice.title')}**\n\n" + t("gan.live.notice.body", g_eq=f"{views.G_EQUILIBRIUM:.2f}",
                                                      d_eq=f"{views.D_EQUILIBRIUM:.2f}"))
st.subheader(t("gan.live.why.title"))
st.markdown(t("gan.live.why.body"))
st.latex(r"\mathbb{E}_{z}\big[-\nabla_{\theta_G}\log D^*(G(z))\big] = \nabla_{\theta_G}\big[\mathrm{KL}(q\,\|\,p) - 2\,\mathrm{JSD}(p\,\|\,q)\big],"
         r"\qquad \mathrm{KL}(q\,\|\,p) = \int q(x)\log\frac{q(x)}{p(x)}\,dx")
st.markdown(t("gan.live.notice.kl"))
st.markdown(t("gan.live.metric", samples=f"{METRIC_SAMPLES:,}", share=f"{COVERED_SHARE:.0%}"))
