"""GAN training, replayed: a real DCGAN run on this dataset, frame by frame (concept C8), and
what its final generator makes. Frames are precomputed, so scrubbing the step is instant."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import math

import numpy as np
import streamlit as st

from core.metrics import CONFIDENT
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
    # Two generator losses, each with its own identity at D* (held fixed while G steps): the one
    # this app trains (core/families/gan.py, core/toy2d.py) and seed 003's sum of the two.
    st.markdown(t("gan.replay.math.nonsaturating"))
    st.latex(r"\mathbb{E}_{z}\big[-\nabla_{\theta_G}\log D^*(G(z))\big] = \nabla_{\theta_G}\big[\mathrm{KL}(q\,\|\,p) - 2\,\mathrm{JSD}(p\,\|\,q)\big]")
    st.markdown(t("gan.replay.math.seed_loss"))
    st.latex(r"\mathbb{E}_{z}\Big[\log\frac{1 - D^*(G(z))}{D^*(G(z))}\Big] = \mathbb{E}_{x\sim q}\Big[\log\frac{q(x)}{p(x)}\Big] = \mathrm{KL}(q\,\|\,p)")
    st.markdown(t("gan.replay.math.seed_note"))

rec = views.recording(dataset)
loaders.model("gan", dataset)  # stops with the rebuild command if the generator is missing
st.subheader(t("gan.replay.run.title"))
st.caption(t("gan.replay.run.caption", frames=len(rec["step"]), total=f"{int(rec['step'][-1]):,}",
             batch=loaders.sidecar("gan", dataset)["train_args"]["batch_size"], n=f"{views.recording_n(rec):,}"))
frames_player(views.replay_player_data(dataset, language, loaders._folder()), key="gan_replay_player", url_key="frame")

predict_then_reveal(f"gan_losses_{dataset}", t("lesson.gan_replay.predict"),
                    [views.loss_option(k, language) for k in views.LOSS_ANSWERS], lambda: views.losses_reveal(rec, language))
st.info(views.replay_notice(rec, language))

st.subheader(t("gan.final.title"))
st.markdown(t("gan.final.body", count=views.FINAL_SAMPLES))
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
    count = len(final["images"])
    # A data URI: encoded here at once, no media-file entry and no second request for it.
    left.image(png_data_uri(tile(final["images"], columns=8)), width="stretch",
               caption=t("gan.final.caption", seed=seed, count=count))
    right.metric(t("gan.final.confident"), f"{final['confident']:.0%}",
                 help=t("gan.final.confident_help", count=count, threshold=f"{CONFIDENT:.0%}"))
    right.metric(t("gan.final.covered"), f"{final['covered']} / {views.CLASSES}",
                 help=t("gan.final.covered_help", count=count, share=f"{views.CLASS_SHARE:.0%}",
                        least=math.ceil(views.CLASS_SHARE * count)))
    right.metric(t("gan.final.max_softmax"), f"{final['max_softmax']:.2f}", help=t("gan.final.max_softmax_help", count=count))
    evaluated = loaders.evaluation("gan", dataset)
    if evaluated is None:
        right.caption(t("eval.missing", command="python -m core.evaluate --kinds gan"))
    else:
        record, reference = evaluated
        right.markdown(t("gan.final.fid", **fidelity_fields(record["fidelity"], reference["fidelity"])))
    st.info(t("gan.replay.notice"))


final_samples_section()

st.subheader(t("gan.walk.title"))
latent = loaders.model("gan", dataset).config.latent_dim
# In d dimensions N(0, I) lies near the sphere of radius sqrt(d); the straight line's midpoint between two such
# (nearly orthogonal) z has length sqrt(d / 2), shorter by 1 - 1/sqrt(2).
st.markdown(t("gan.walk.body", walks=views.WALKS, latent=latent, radius=f"{math.sqrt(latent):.3g}",
              closer=f"{1 - 1 / math.sqrt(2):.0%}"))
# Its own button: a new walk (6 x 41 images) costs four times a press of New samples, so one press does not pay for both.
st.session_state.setdefault("gan_walk_round", 0)
st.button(t("gan.walk.button"), key="gan_new_walk", on_click=st.session_state.__setitem__,
          args=("gan_walk_round", st.session_state["gan_walk_round"] + 1))
walk = views.walk_player_data(dataset, current.seed * 1000 + st.session_state["gan_walk_round"], language)
frames_player(walk, key="gan_walk_player", url_key="walk")
confidence = np.array(walk["charts"][0]["series"][0]["values"], dtype=float)
lowest = int(np.argmin(confidence))
evaluated = loaders.evaluation("gan", dataset)  # the shared protocol's 1,000 samples (core.evaluate)
st.info(t("gan.walk.notice", walks=views.WALKS, start=f"{confidence[0]:.2f}", end=f"{confidence[-1]:.2f}",
          low=f"{confidence[lowest]:.2f}", alpha=walk["labels"][lowest],
          n=f"{evaluated[0]['fidelity']['n']:,}" if evaluated else "?",
          overall=f"{evaluated[0]['coverage']['mean_max_softmax']:.2f}" if evaluated else "?"))
model_cards(("gan", "classifier"), dataset)
