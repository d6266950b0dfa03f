"""The reverse process (concepts C13, C15, C18): a trained UNet denoises seeded noise step by
step; the predicted noise and the predicted x0 at every step; class-conditional sampling with
classifier-free guidance; DDPM (1000 steps) vs DDIM (few steps), measured; the training objective."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import time

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
import torch

from core.families.ddpm import DDPMFamily, to_display
from ui import diffusion_views as views
from ui import loaders
from ui.components import frames_player
from ui.figures import png_data_uri
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.model_card import model_cards
from ui.state import settings
from ui.shared_runs import Recording, recordings
from ui.work_slots import work_slot

REPLAY_FRAMES, REPLAY_FRAME_S = 10, 0.1  # a recorded chain replays 10 of its ~26 frames in about a second

current = settings()
dataset, language = current.dataset, current.language
names = class_names(dataset, language)

model = loaders.model("ddpm", dataset)
facts = views.schedule_facts(dataset)  # T, beta_1, beta_T, SNR_1, SNR_T, label dropout: from the checkpoint


def sampler_label(sampler: str, steps: int, eta: float | None = None) -> str:
    """A sampler's name on this page, from what is run: "ddim" (eta 0 unless given), "ddpm" with all
    T steps (ancestral), or "ddpm" with fewer (the respaced chain: DDIM's update with eta = 1)."""
    arguments = views.run_sampler(sampler, int(steps), model.schedule.T)
    eta = arguments.get("eta", 0.0) if eta is None else eta
    if sampler == "ddim":
        return t("rev.steps.ddim", k=steps, eta=f"{eta:g}")
    if arguments["sampler"] == "ddpm":
        return t("rev.steps.ddpm", k=steps)
    return t("rev.steps.ddpm_respaced", k=steps, eta=f"{arguments['eta']:g}")


def record_label(record: dict) -> str:
    """The label of a trajectory's own record of its run (views.trajectory()["sampler"])."""
    if record["sampler"] == "ddim" and record.get("eta", 0.0) > 0:  # DDIM with noise: DDPM's respaced chain
        return t("rev.steps.ddpm_respaced", k=record["network_steps"], eta=f"{record['eta']:g}")
    return sampler_label(record["sampler"], record["network_steps"], record.get("eta"))


def rows_label(rows: list[dict]) -> str:
    """The sampler of measured rows (one label; several, joined, if the rows differ)."""
    return " / ".join(dict.fromkeys(sampler_label(row["sampler"], row["steps"]) for row in rows))


st.title(t("rev.title"))
st.markdown(t("rev.lead"))
lesson_bar("rev", [f"lesson.rev.{i}" for i in range(1, 7)], expanded=current.presenting)
st.markdown(t("rev.formulas.ddpm"))
st.latex(r"p_\theta(x_{t-1} \mid x_t) = \mathcal{N}\!\left(x_{t-1};\ \tilde\mu_t\big(x_t, \hat x_0\big),\ \sigma_t^2 I\right)"
         r"\qquad (\text{DDPM})")
st.latex(r"\hat x_0 = \frac{x_t - \sqrt{1-\bar\alpha_t}\,\varepsilon_\theta(x_t, t, y)}{\sqrt{\bar\alpha_t}}")
st.markdown(t("rev.formulas.ddim", sampler=sampler_label(views.TRAJECTORY_SAMPLER, views.TRAJECTORY_STEPS)))
st.latex(r"x_{t'} = \sqrt{\bar\alpha_{t'}}\,\hat x_0 + \sqrt{1-\bar\alpha_{t'}}\;\varepsilon_\theta(x_t, t, y)"
         r"\qquad (\text{DDIM}, \eta = 0,\ t' < t)")

options = [views.EVERY_CLASS, views.UNCONDITIONAL, *range(len(names))]


def option_name(choice: int) -> str:
    if choice == views.EVERY_CLASS:
        return t("rev.class.every")
    if choice == views.UNCONDITIONAL:
        return t("rev.class.none")
    return names[choice]


CLASS_KEY = f"rev_class_{dataset}_{language}"
SEEN = 8  # the classifier's verdicts shown under the player
table = views.measured_table(dataset)
sweep = table["guidance"] if table and table.get("guidance") else []


TREND_TOLERANCE, FID_FLAT = 0.05, 0.02  # relative changes that count as "about the same"
PER = 16  # the table's seconds are given per PER images (one 4 x 4 grid)


def trend(first: float, last: float, tolerance: float = TREND_TOLERANCE) -> str:
    """"up", "down" or "same" (within `tolerance`, relative) from the first to the last measured value."""
    change = last / first - 1
    return "same" if abs(change) < tolerance else ("up" if change > 0 else "down")


def diversity_reveal() -> str:
    first, last = sweep[0], sweep[-1]
    return t("lesson.rev.reveal", n=first["n"], sampler=rows_label(sweep),
             values=", ".join(f"w={row['guidance']:g}: {row['diversity']:.2f}" for row in sweep),
             w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}",
             agreement_first=f"{first['agreement']:.0%}", agreement_last=f"{last['agreement']:.0%}",
             answer=t(f"lesson.rev.predict.{trend(first['diversity'], last['diversity'])}", tolerance=f"{TREND_TOLERANCE:.0%}"))


@st.fragment
def guided_trajectory() -> None:
    """Class, guidance and the seeded trajectory with its measurements and the measured sweep's
    cursor: a new class or w reruns only this part (the rest of the page does not depend on it;
    "Sample now" below reads both from the session when pressed)."""
    controls = st.columns([2, 3])
    choice = controls[0].selectbox(t("rev.class"), options, format_func=option_name, key=CLASS_KEY,
                                   help=t("rev.class_help", dropout=f"{facts['label_dropout']:.0%}"))
    guidance = controls[1].slider(t("rev.guidance"), 0.0, 7.0, 3.0, 0.5, key="rev_guidance", help=t("rev.guidance_help"),
                                  disabled=choice == views.UNCONDITIONAL)
    if choice == views.UNCONDITIONAL:
        guidance = 0.0

    st.subheader(t("rev.trajectory.title"))
    with st.spinner(t("rev.loading", n=views.GRID, sampler=sampler_label(views.TRAJECTORY_SAMPLER, views.TRAJECTORY_STEPS))):
        computed = views.trajectory(dataset, choice, guidance, current.seed)
    ran = record_label(computed["sampler"])  # the player's labels name the sampler the trajectory ran
    st.markdown(t("rev.trajectory.lead", n=views.GRID, sampler=ran, seed=current.seed))
    text = {"x": "x_t", "x_sub": t("rev.row.x_sub"), "eps": "ε_θ(x_t, t, y)", "eps_sub": t("rev.row.eps_sub"),
            "x0": "x̂₀", "x0_sub": t("rev.row.x0_sub"), "noise_chart": t("rev.chart.noise", sampler=ran),
            "steps_axis": t("rev.chart.axis"),
            "player": {"play": t("player.play"), "pause": t("player.pause"), "speed": t("player.speed"),
                       "slider": t("rev.slider")}}
    frames_player(views.reverse_player(dataset, choice, guidance, current.seed, text), key="rev_player", url_key="frame")

    metrics = st.columns(3)
    if computed["agreement"] is not None:
        metrics[0].metric(t("rev.agreement"), f"{computed['agreement']:.0%}", help=t("rev.agreement_help"))
    else:
        metrics[0].metric(t("rev.agreement"), "—", help=t("rev.agreement_none"))
    metrics[1].metric(t("rev.diversity"), f"{computed['diversity']:.2f}", help=t("rev.diversity_help"))
    metrics[2].metric(t("rev.classifier_sees", k=SEEN), " ".join(str(p) for p in computed["predicted"][:SEEN]) + " …",
                      help=t("rev.classifier_sees_help", k=SEEN))
    st.info(t("rev.trajectory.notice"))

    if sweep:  # the question is answered from the measured sweep: no table, no question
        predict_then_reveal(f"rev_diversity_{dataset}",
                            t("lesson.rev.predict", w_first=f"{sweep[0]['guidance']:g}", w_last=f"{sweep[-1]['guidance']:g}"),
                            [t(f"lesson.rev.predict.{k}", tolerance=f"{TREND_TOLERANCE:.0%}") for k in ("up", "down", "same")], diversity_reveal)

    # ---- guidance: the theory (classifier guidance, the inverse temperature, CFG), then the measured sweep
    st.subheader(t("rev.guidance.title"))
    guidance_theory()
    if sweep:
        rows = table["guidance"]
        st.markdown(t("rev.guidance.measured", sampler=rows_label(rows), n=f"{table['n']:,}"))
        w = [row["guidance"] for row in rows]
        # Built in one call (no add_vline / update_layout): plotly's property-path updates were a
        # quarter of this fragment's server CPU on every change of w (7.8 ms against 2.1 ms).
        figure = go.Figure(
            data=[go.Scatter(x=w, y=[row["agreement"] for row in rows], name=t("rev.agreement"), mode="lines+markers",
                             line={"color": "#4e79a7", "width": 3}),
                  go.Scatter(x=w, y=[row["diversity"] for row in rows], name=t("rev.diversity"), mode="lines+markers",
                             line={"color": "#f28e2b", "width": 3})],
            layout={"height": 300, "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
                    "xaxis": {"title": {"text": t("rev.guidance.axis", sampler=rows_label(rows))}},
                    "legend": {"orientation": "h", "y": -0.3},
                    "yaxis": {"range": [0, max(1.15, max(row["diversity"] for row in rows) + 0.05)]},
                    "shapes": [{"type": "line", "x0": guidance, "x1": guidance, "xref": "x", "y0": 0, "y1": 1,
                                "yref": "y domain", "line": {"dash": "dot", "color": "#111"}}]})
        st.plotly_chart(figure, width="stretch", key="rev_guidance_plot")
        st.caption(t("rev.guidance.caption", n=f"{table['n']:,}", sampler=rows_label(rows), reference=f"{table['reference']['fid']:.1f}",
                     fids=", ".join(f"w={row['guidance']:g}: {row['fid']:.1f}" for row in rows),
                     prs=", ".join(f"w={row['guidance']:g}: {row['precision']:.2f} / {row['recall']:.2f}" for row in rows)))
        if table.get("unconditional"):
            unconditional = table["unconditional"]
            st.caption(t("rev.unconditional", n=f"{unconditional['n']:,}", sampler=rows_label([unconditional]),
                         fid=f"{unconditional['fid']:.1f}",
                         reference=f"{table['reference']['fid']:.1f}", confident=f"{unconditional['confident']:.0%}"))
    else:
        st.warning(t("rev.measured_missing", command=f"python -m core.diffusion_quality --dataset {dataset}"))
    st.info(t("rev.guidance.notice"))


def guidance_theory() -> None:
    """Concept C15 in full: classifier guidance by Bayes' rule, the guidance scale as an inverse
    temperature, and classifier-free guidance's implicit classifier (core/families/ddpm.py)."""
    st.markdown(t("rev.guidance.lead"))
    st.markdown(t("rev.guidance.classifier"))
    st.latex(r"\nabla_{x_t}\log p(x_t \mid y) = \nabla_{x_t}\log p(x_t) + \nabla_{x_t}\log p_\phi(y \mid x_t)")
    st.markdown(t("rev.guidance.temperature"))
    st.latex(r"p_\gamma(x_t \mid y) \propto p(x_t)\,p_\phi(y \mid x_t)^{\gamma}\ \Rightarrow\ "
             r"\nabla_{x_t}\log p_\gamma(x_t \mid y) = \nabla_{x_t}\log p(x_t) + \gamma\,\nabla_{x_t}\log p_\phi(y \mid x_t)")
    st.latex(r"\nabla_{x_t}\log p(x_t) \approx -\frac{\varepsilon_\theta(x_t, t)}{\sqrt{1-\bar\alpha_t}}\ \Rightarrow\ "
             r"\tilde\varepsilon = \varepsilon_\theta(x_t, t) - \gamma\sqrt{1-\bar\alpha_t}\;\nabla_{x_t}\log p_\phi(y \mid x_t)")
    st.markdown(t("rev.guidance.cfg"))
    st.latex(r"\nabla_{x_t}\log p(y \mid x_t) = \nabla_{x_t}\log p(x_t \mid y) - \nabla_{x_t}\log p(x_t) "
             r"\approx -\frac{\varepsilon_\theta(x_t, t, y) - \varepsilon_\theta(x_t, t, \varnothing)}{\sqrt{1-\bar\alpha_t}}")
    st.latex(r"\tilde\varepsilon = (1+w)\,\varepsilon_\theta(x_t, t, y) - w\,\varepsilon_\theta(x_t, t, \varnothing)"
             r" = \varepsilon_\theta(x_t, t, y) + w\big(\varepsilon_\theta(x_t, t, y) - \varepsilon_\theta(x_t, t, \varnothing)\big)")
    st.latex(r"\Leftrightarrow\ \nabla_{x_t}\log p(x_t) + (1+w)\,\nabla_{x_t}\log p(y \mid x_t)"
             r" = \nabla_{x_t}\log\big[p(x_t)\,p(y \mid x_t)^{1+w}\big],\qquad \gamma = 1 + w")
    st.markdown(t("rev.guidance.terms"))


guided_trajectory()


def fid_shape() -> str:
    """Where the guidance sweep's FID is lowest: at the largest w, a middle w, or w = 0 (within 2 % counts as flat)."""
    fids = [row["fid"] for row in sweep]
    best = min(range(len(fids)), key=fids.__getitem__)
    if max(fids) / min(fids) - 1 < FID_FLAT:
        return "flat"
    return "last" if best == len(fids) - 1 else ("first" if best == 0 else "middle")


def fid_reveal() -> str:
    best = min(sweep, key=lambda row: row["fid"])
    first, last = sweep[0], sweep[-1]
    return t("lesson.rev.fid_reveal", values=", ".join(f"w={row['guidance']:g}: {row['fid']:.1f}" for row in sweep),
             best_w=f"{best['guidance']:g}", best=f"{best['fid']:.1f}", reference=f"{table['reference']['fid']:.1f}",
             n=f"{table['n']:,}",
             w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}",
             agreement_first=f"{first['agreement']:.0%}", agreement_last=f"{last['agreement']:.0%}",
             diversity_first=f"{first['diversity']:.2f}", diversity_last=f"{last['diversity']:.2f}",
             answer=t(f"lesson.rev.fid.{fid_shape()}", w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}",
                      tolerance=f"{FID_FLAT:.0%}"))


if sweep:
    predict_then_reveal(f"rev_fid_{dataset}", t("lesson.rev.fid_predict", w_first=f"{sweep[0]['guidance']:g}",
                                                   w_last=f"{sweep[-1]['guidance']:g}"),
                        [t(f"lesson.rev.fid.{k}", w_first=f"{sweep[0]['guidance']:g}", w_last=f"{sweep[-1]['guidance']:g}", tolerance=f"{FID_FLAT:.0%}")
                         for k in ("last", "middle", "first", "flat")], fid_reveal)

# ---- DDPM vs DDIM: steps, time, quality
st.subheader(t("rev.steps.title"))
st.markdown(t("rev.steps.lead", T=facts["T"]))
st.latex(r"x_{t'} = \sqrt{\bar\alpha_{t'}}\,\hat x_0 + \sqrt{1-\bar\alpha_{t'}}\;\varepsilon_\theta(x_t, t, y)"
         r"\qquad (\text{DDIM}, \eta = 0,\ t' < t)")
# Why T small steps (a Gaussian reverse step needs a small beta_t), and what DDIM's large jumps give up.
st.markdown(t("rev.steps.why_small", T=facts["T"], schedule=t(f"fwd.schedule.{facts['kind']}"),
              beta_first=f"{facts['beta_first']:.1e}", beta_last=f"{facts['beta_last']:.2g}"))
st.latex(r"q(x_{t-1} \mid x_t) = \frac{q(x_t \mid x_{t-1})\,q(x_{t-1})}{q(x_t)}"
         r"\ \approx\ \mathcal{N}\big(x_{t-1};\ \mu(x_t),\ \Sigma_t\big)\quad\text{%s}" % t("rev.latex.small_beta"))
st.markdown(t("rev.steps.ddim_map"))
st.latex(r"q_\eta(x_t \mid x_0) = \mathcal{N}\big(x_t;\ \sqrt{\bar\alpha_t}\,x_0,\ (1-\bar\alpha_t) I\big)\quad"
         r"\text{%s}" % t("rev.latex.every_eta"))
ddim_rows = sorted((row for row in (table or {}).get("samplers", []) if row["sampler"] == "ddim"), key=lambda row: row["steps"])
if len(ddim_rows) > 1 and ddim_rows[0]["n"] == ddim_rows[-1]["n"]:
    st.markdown(t("rev.steps.ddim_cost", few=sampler_label("ddim", ddim_rows[0]["steps"]), fid_few=f"{ddim_rows[0]['fid']:.0f}",
                  many=sampler_label("ddim", ddim_rows[-1]["steps"]), fid_many=f"{ddim_rows[-1]['fid']:.0f}",
                  n=f"{ddim_rows[0]['n']:,}", verdict=t("rev.steps.ddim_cost.fewer_worse" if ddim_rows[0]["fid"] > ddim_rows[-1]["fid"]
                                                         else "rev.steps.ddim_cost.fewer_not_worse")))
if table and table["samplers"]:
    frame = pd.DataFrame([{t("rev.steps.col.sampler"): sampler_label(row["sampler"], row["steps"]), t("rev.steps.col.steps"): row["steps"],
                           t("rev.steps.col.samples"): row["n"], t("rev.steps.col.seconds_all"): row["seconds"],
                           t("rev.steps.col.per16", n=PER): round(row["seconds"] * PER / row["n"], 2),
                           t("rev.steps.col.fid"): round(row["fid"], 1), t("rev.steps.col.kid"): f"{row['kid']:.0f} ± {row['kid_sd']:.0f}",
                           t("rev.steps.col.precision"): row["precision"], t("rev.steps.col.recall"): row["recall"],
                           t("rev.agreement"): f"{row['agreement']:.0%}"} for row in table["samplers"]])
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(t("rev.steps.caption_rows", date=table["date"], n=f"{table['n']:,}", reference=f"{table['reference']['fid']:.1f}",
                 w=" / ".join(dict.fromkeys(f"{row['guidance']:g}" for row in table["samplers"])), threads=table["torch_threads"],
                 reference_kid=f"{table['reference']['kid']:.0f}"))
else:
    st.warning(t("rev.measured_missing", command=f"python -m core.diffusion_quality --dataset {dataset}"))

# "sampler:steps", as in the measured table: DDIM (eta = 0), DDPM on a respaced chain, the full DDPM chain.
SAMPLE_NOW_CHOICES = ("ddim:10", "ddim:20", "ddim:50", "ddim:100", "ddpm:50", "ddpm:100", "ddpm:1000")


def choice_label(choice: str) -> str:
    sampler, k = choice.split(":")
    return sampler_label(sampler, int(k))


def player_recording(computed: dict) -> Recording:
    """The trajectory the player shows (views.TRAJECTORY_SAMPLER, its steps) as a Sample-now recording:
    after each step the sample x_t and the x^_0 predicted at that step's t."""
    recording = Recording(seconds=computed["seconds"])
    total = len(computed["t"]) - 1
    for step in range(1, total + 1):
        recording.add(step, total, int(computed["t"][step - 1]), views.mosaic(computed["frames"]["x"][step]),
                      views.mosaic(computed["frames"]["x0"][step - 1]))
    return recording


@st.fragment
def sample_now_section() -> None:
    """"Sample now" reruns this part only, with the class and w the trajectory above left in the
    session. A whole-page rerun with 52 images encoded by st.image made a replayed press cost
    the server ~560 ms of CPU; here the mosaics go as small PNG data URIs, drawn 3x by the browser."""
    choice = st.session_state.get(CLASS_KEY, options[0])
    guidance = 0.0 if choice == views.UNCONDITIONAL else float(st.session_state.get("rev_guidance", 3.0))
    live = st.columns([2, 2, 3])
    chosen_sampler = live[0].selectbox(t("rev.steps.choice"), SAMPLE_NOW_CHOICES, index=2, key="rev_steps",
                                       format_func=choice_label)
    sampler, steps = chosen_sampler.split(":")
    steps = int(steps)
    # A callback, not the button's return value: the request survives any rerun before this line.
    live[1].button(t("rev.sample_now"), type="primary", key="rev_sample_now",
                   on_click=st.session_state.__setitem__, args=("rev_run_requested", True))
    run = st.session_state.pop("rev_run_requested", False)
    live[2].caption(t("rev.sample_now_caption", n=views.GRID, T=facts["T"]))
    if run:
        # The class and w travel with the pictures: changing them later reruns only the part above,
        # and these stay on screen until the next full run.
        st.caption(t("rev.sample_settings", choice=option_name(choice), w=f"{guidance:g}", sampler=choice_label(chosen_sampler),
                     seed=current.seed))
        progress = st.progress(0.0, text=t("rev.progress", step=0, total=steps))
        pictures = st.columns(2)
        x_view, x0_view = pictures[0].empty(), pictures[1].empty()
        every = max(1, steps // 25)  # about 25 redraws per chain, whatever its length

        def draw(step: int, total: int, timestep: int, x_mosaic, x0_mosaic) -> None:
            # After the step from t: the new, less noisy sample, and the x^_0 predicted at t.
            progress.progress(step / total, text=t("rev.progress", step=step, total=total))
            x_view.image(png_data_uri(x_mosaic), caption="x_t", width=3 * x_mosaic.shape[1])
            x0_view.image(png_data_uri(x0_mosaic), caption=f"x̂₀ (t = {timestep})", width=3 * x0_mosaic.shape[1])

        # The same settings and seed give the same chain: a class pressing "Sample now" together computes it once.
        run_key = (loaders.sidecar("ddpm", dataset)["weights_sha256"], current.seed, choice, guidance, sampler, steps)
        store = recordings("ddpm_sample_now")
        recording = store.get(run_key)
        player = views.trajectory(dataset, choice, guidance, current.seed)["sampler"]  # what the player ran (cached)
        ran_by_player = views.run_sampler(sampler, steps, model.schedule.T) == {k: v for k, v in player.items() if k != "network_steps"}
        from_player = recording is None and ran_by_player
        if from_player:  # exactly the chain the player above shows, computed for it already: not run twice
            recording = player_recording(views.trajectory(dataset, choice, guidance, current.seed))
        if recording is None:
            with work_slot("ddpm_sample_now", on_wait=lambda: progress.progress(0.0, text=t("rev.waiting_slot"))):
                recording = store.get(run_key)  # computed by the session this one waited for?
                if recording is None:
                    recording = Recording()

                    def show(step: int, total: int, timestep: int, x_t: torch.Tensor, x0: torch.Tensor) -> None:
                        if step % every and step != total:
                            return
                        shown = (views.mosaic(to_display(x_t)), views.mosaic(to_display(x0)))
                        recording.add(step, total, timestep, *shown)
                        draw(step, total, timestep, *shown)

                    started = time.perf_counter()
                    DDPMFamily().sample(model, views.GRID, torch.Generator().manual_seed(current.seed), label=views.labels_for(choice),
                                        guidance=guidance, callback=show, **views.run_sampler(sampler, steps, model.schedule.T))
                    recording.seconds = time.perf_counter() - started
                    store.put(run_key, recording)
                    st.success(t("rev.sample_done", steps=steps, seconds=f"{recording.seconds:.1f}"))
                    recording = None  # shown live: nothing to replay
        if recording is not None:
            # Each redraw after a pause reaches the browser as its own message (~5 ms of server CPU
            # each): a replay shows 10 of the recorded frames, always ending on the last.
            frames = recording.frames
            picked = sorted({round(i * (len(frames) - 1) / (REPLAY_FRAMES - 1)) for i in range(REPLAY_FRAMES)})
            for step, total, timestep, shown in (frames[i] for i in picked):
                draw(step, total, timestep, *shown)
                time.sleep(REPLAY_FRAME_S)
            st.success(t("rev.sample_from_player" if from_player else "rev.sample_replayed", steps=steps,
                         seconds=f"{recording.seconds:.1f}", seed=current.seed))


sample_now_section()
if table and table.get("samplers"):
    fewest = min(table["samplers"], key=lambda row: row["steps"])
    most = max(table["samplers"], key=lambda row: row["steps"])
    notice = t("rev.steps.notice", few=sampler_label(fewest["sampler"], fewest["steps"]),
               few_seconds=f"{fewest['seconds'] * PER / fewest['n']:.1f}", per=PER, many=sampler_label(most["sampler"], most["steps"]),
               many_seconds=f"{most['seconds'] * PER / most['n']:.1f}", calls=f"{most['steps'] / fewest['steps']:g}",
               ratio=f"{(most['seconds'] / most['n']) / (fewest['seconds'] / fewest['n']):.0f}", threads=table["torch_threads"])
    if most["n"] != fewest["n"]:  # FID depends on the sample count: rows of different n do not compare
        notice += " " + t("rev.steps.notice_fid", many=sampler_label(most["sampler"], most["steps"]), n_many=most["n"],
                          n_few=fewest["n"])
    # Stochastic vs deterministic at one step count, when the table has both at the same n.
    by_key = {(row["sampler"], row["steps"]): row for row in table["samplers"]}
    shared = sorted(steps for sampler, steps in by_key if sampler == "ddpm" and ("ddim", steps) in by_key
                    and by_key[("ddim", steps)]["n"] == by_key[("ddpm", steps)]["n"])
    if shared:
        ddpm, ddim = by_key[("ddpm", shared[0])], by_key[("ddim", shared[0])]
        notice += "\n\n" + t("rev.steps.stochastic", ddpm=sampler_label("ddpm", shared[0]), ddim=sampler_label("ddim", shared[0]),
                              fid_ddpm=f"{ddpm['fid']:.0f}", fid_ddim=f"{ddim['fid']:.0f}",
                              agree_ddpm=f"{ddpm['agreement']:.0%}", agree_ddim=f"{ddim['agreement']:.0%}",
                              verdict=t("rev.steps.stochastic.better" if ddpm["fid"] < ddim["fid"] else "rev.steps.stochastic.worse"))
    st.info(notice)

# ---- the training objective
st.subheader(t("rev.objective.title"))
st.markdown(t("rev.objective.elbo"))
st.latex(r"-\log p_\theta(x_0) \le \mathbb{E}_q\big[L_T + \textstyle\sum_{t>1} L_{t-1} + L_0\big]")
st.latex(r"\begin{aligned}L_T &= D_{\mathrm{KL}}\big(q(x_T\mid x_0)\,\|\,p(x_T)\big)\\"
         r"L_{t-1} &= D_{\mathrm{KL}}\big(q(x_{t-1}\mid x_t, x_0)\,\|\,p_\theta(x_{t-1}\mid x_t)\big)\\"
         r"L_0 &= -\log p_\theta(x_0\mid x_1)\end{aligned}")
st.markdown(t("rev.objective.posterior"))
st.latex(r"q(x_{t-1}\mid x_t, x_0) = \mathcal{N}\big(\tilde\mu_t, \tilde\beta_t I\big),\qquad "
         r"\tilde\beta_t = \frac{1-\bar\alpha_{t-1}}{1-\bar\alpha_t}\beta_t")
st.latex(r"\tilde\mu_t = \frac{\sqrt{\bar\alpha_{t-1}}\,\beta_t}{1-\bar\alpha_t}x_0 + \frac{\sqrt{\alpha_t}(1-\bar\alpha_{t-1})}{1-\bar\alpha_t}x_t")
st.markdown(t("rev.objective.fixed_sigma"))
st.latex(r"L_{t-1} = \frac{\beta_t^2}{2\sigma_t^2\,\alpha_t(1-\bar\alpha_t)}\,\big\lVert \varepsilon - \varepsilon_\theta(x_t, t)\big\rVert^2 + C")
st.latex(r"L_{\text{%s}} = \mathbb{E}_{t, x_0, \varepsilon}\big\lVert \varepsilon - "
         r"\varepsilon_\theta\big(\sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon,\ t\big)\big\rVert^2"
         % t("rev.latex.simple"))
st.markdown(t("rev.objective.why_noise"))
st.latex(r"\hat x_0 = \frac{x_t - \sqrt{1-\bar\alpha_t}\,\hat\varepsilon}{\sqrt{\bar\alpha_t}}\ \Longleftrightarrow\ "
         r"\hat\varepsilon = \frac{x_t - \sqrt{\bar\alpha_t}\,\hat x_0}{\sqrt{1-\bar\alpha_t}}")
st.latex(r"\lVert x_0 - \hat x_0\rVert^2 = \frac{1-\bar\alpha_t}{\bar\alpha_t}\,\lVert \varepsilon - \hat\varepsilon\rVert^2"
         r" = \frac{\lVert \varepsilon - \hat\varepsilon\rVert^2}{\mathrm{SNR}_t},\qquad \mathrm{SNR}_t = \frac{\bar\alpha_t}{1-\bar\alpha_t}")
st.markdown(t("rev.objective.weighting", T=facts["T"], snr_first=f"{facts['snr_first']:,.0f}", snr_last=f"{facts['snr_last']:.1e}"))
st.info(t("rev.objective.notice"))
model_cards(("ddpm", "classifier"), dataset)
