"""GAN training, replayed: a real DCGAN run on this dataset, frame by frame (concept C8), and
what its final generator makes. Frames are precomputed, so scrubbing the step is instant."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import numpy as np
import streamlit as st

from ui import gan_views as views
from ui import loaders
from ui.components import frames_player
from ui.figures import png_data_uri, tile
from ui.i18n import t
from ui.fidelity_text import fidelity_fields
from ui.lesson import lesson_bar, predict_then_reveal
from ui.model_card import model_cards
from ui.state import settings

current = settings()
dataset, language = current.dataset, current.language

st.title(t("gan.replay.title"))
st.markdown(t("gan.replay.lead"))
lesson_bar("gan_replay", [f"lesson.gan_replay.{i}" for i in range(1, 6)], expanded=current.presenting)

with st.expander(t("gan.replay.math"), expanded=False):
    st.markdown(t("gan.replay.math.objective"))
    st.latex(r"\min_G \max_D\; V(D, G) = \mathbb{E}_{x\sim p}\big[\log D(x)\big] + \mathbb{E}_{z\sim\mathcal{N}(0,I)}\big[\log\big(1 - D(G(z))\big)\big]")
    st.markdown(t("gan.replay.math.alternating"))
    st.latex(r"\text{D:}\quad \theta_D \leftarrow \theta_D + \eta\,\nabla_{\theta_D}\tfrac1m\textstyle\sum_i\big[\log D(x_i) + \log\big(1 - D(G(z_i))\big)\big]")
    st.latex(r"\text{G:}\quad \theta_G \leftarrow \theta_G - \eta\,\nabla_{\theta_G}\tfrac1m\textstyle\sum_i\big[-\log D(G(z_i))\big]")
    st.markdown(t("gan.replay.math.optimal"))
    st.latex(r"D^*(x) = \frac{p(x)}{p(x) + q(x)},\qquad V(D^*, G) = 2\,\mathrm{JSD}(p\,\|\,q) - \log 4")
    st.markdown(t("gan.replay.math.nonsaturating"))
    st.latex(r"\mathbb{E}_{z}\big[-\nabla_{\theta_G}\log D^*(G(z))\big] = \nabla_{\theta_G}\big[\mathrm{KL}(q\,\|\,p) - 2\,\mathrm{JSD}(p\,\|\,q)\big]")
    st.markdown(t("gan.replay.math.seed_note"))

rec = views.recording(dataset)
loaders.model("gan", dataset)  # stops with the rebuild command if the generator is missing
st.subheader(t("gan.replay.run.title"))
st.caption(t("gan.replay.run.caption", frames=len(rec["step"]), total=f"{int(rec['step'][-1]):,}"))
frames_player(views.replay_player_data(dataset, language, loaders._folder()), key="gan_replay_player", url_key="frame")

steps = rec["step"]
first = int(np.flatnonzero(np.isfinite(rec["g_loss"]))[0])  # the first frame with losses (none before the first update)


def losses_reveal() -> str:
    """Which option was right in this run: G's loss at the last frame against the first."""
    g_start, g_end = float(rec["g_loss"][first]), float(rec["g_loss"][-1])
    change = (g_end - g_start) / g_start
    answer = "falls" if change < -0.1 else "rises" if change > 0.1 else "same"
    peak = int(np.nanargmax(rec["g_loss"]))
    return t("lesson.gan_replay.reveal", start=f"{int(steps[first]):,}", end=f"{int(steps[-1]):,}",
             fid_start=f"{rec['fid'][first]:.0f}", fid_end=f"{rec['fid'][-1]:.0f}", g_start=f"{g_start:.2f}", g_end=f"{g_end:.2f}",
             g_max=f"{rec['g_loss'][peak]:.2f}", step_max=f"{int(steps[peak]):,}",
             d_start=f"{rec['d_loss'][first]:.2f}", d_end=f"{rec['d_loss'][-1]:.2f}",
             answer=t(f"lesson.gan_replay.predict.{answer}"))


predict_then_reveal(f"gan_losses_{dataset}", t("lesson.gan_replay.predict"),
                    [t(f"lesson.gan_replay.predict.{k}") for k in ("falls", "rises", "same")], losses_reveal)
good = views.first_step_where(-rec["fid"], steps, -1.1 * rec["fid"][-1])  # FID within 10 % of its final value
notice = [t("gan.replay.notice.title")]
if good is not None:
    index = list(steps).index(good)
    notice.append(t("gan.replay.notice.losses", step=f"{good:,}", g=f"{rec['g_loss'][index]:.2f}", d=f"{rec['d_loss'][index]:.2f}",
                    g_end=f"{rec['g_loss'][-1]:.2f}", d_end=f"{rec['d_loss'][-1]:.2f}", fid=f"{rec['fid'][-1]:.0f}"))
widest = int(np.nanargmax(rec["d_real"] - rec["d_fake"]))  # where D tells real from generated most clearly
notice.append(t("gan.replay.notice.d", step=f"{int(steps[widest]):,}", real=f"{rec['d_real'][widest]:.2f}", fake=f"{rec['d_fake'][widest]:.2f}",
                real_end=f"{rec['d_real'][-1]:.2f}", fake_end=f"{rec['d_fake'][-1]:.2f}"))
notice.append(t("gan.replay.notice.judge", classes=int(rec["covered"][0]), confident=f"{rec['confident'][0]:.0%}"))
st.info("\n".join(notice))

st.subheader(t("gan.final.title"))
st.markdown(t("gan.final.body"))
st.session_state.setdefault("gan_sample_round", 0)


def new_samples() -> None:
    st.session_state["gan_sample_round"] += 1


@st.fragment
def final_samples_section() -> None:
    """New samples rerun only this part: the replay and the walk above and below keep their frames,
    and the server builds nothing else (most of a press's cost was the rest of the page)."""
    st.button(t("gan.final.button"), key="gan_new_samples", on_click=new_samples)
    seed = current.seed * 1000 + st.session_state["gan_sample_round"]
    with st.spinner(t("loading.samples")):
        final = views.final_samples(dataset, seed)
    left, right = st.columns([3, 2])
    # A data URI: encoded here at once, no media-file entry and no second request for it.
    left.image(png_data_uri(tile(final["images"][:64], columns=8)), width="stretch",
               caption=t("gan.final.caption", seed=seed))
    right.metric(t("gan.final.confident"), f"{final['confident']:.0%}", help=t("gan.final.confident_help"))
    right.metric(t("gan.final.covered"), f"{final['covered']} / 10", help=t("gan.final.covered_help"))
    right.metric(t("gan.final.max_softmax"), f"{final['max_softmax']:.2f}", help=t("gan.final.max_softmax_help"))
    evaluated = loaders.evaluation("gan", dataset)
    if evaluated is None:
        right.caption(t("eval.missing", command="python -m core.evaluate --kinds gan"))
    else:
        record, reference = evaluated
        right.markdown(t("gan.final.fid", **fidelity_fields(record["fidelity"], reference["fidelity"])))
    st.info(t("gan.replay.notice"))


final_samples_section()

st.subheader(t("gan.walk.title"))
st.markdown(t("gan.walk.body"))
# Its own button: a new walk (6 x 41 images) costs four times a press of New samples, so one press does not pay for both.
st.session_state.setdefault("gan_walk_round", 0)
st.button(t("gan.walk.button"), key="gan_new_walk", on_click=st.session_state.__setitem__,
          args=("gan_walk_round", st.session_state["gan_walk_round"] + 1))
walk = views.walk_player_data(dataset, current.seed * 1000 + st.session_state["gan_walk_round"], language)
frames_player(walk, key="gan_walk_player", url_key="walk")
confidence = np.array(walk["charts"][0]["series"][0]["values"], dtype=float)
lowest = int(np.argmin(confidence))
evaluated = loaders.evaluation("gan", dataset)  # the shared protocol's 1,000 samples (core.evaluate)
st.info(t("gan.walk.notice", start=f"{confidence[0]:.2f}", end=f"{confidence[-1]:.2f}", low=f"{confidence[lowest]:.2f}",
          alpha=walk["labels"][lowest],
          overall=f"{evaluated[0]['coverage']['mean_max_softmax']:.2f}" if evaluated else "?"))
model_cards(("gan", "classifier"), dataset)
