"""Generative Models, Explained: the table of contents (st.navigation), nothing else."""
import streamlit as st

from ui.i18n import current_language, t
from ui.state import presenting_from_url, render_sidebar
from ui.style import apply_page_style
from ui.warmup import start_background_warmup

st.set_page_config(page_title="Generative Models, Explained", page_icon="🎛️", layout="wide",
                   initial_sidebar_state="collapsed" if presenting_from_url() else "auto")
current = render_sidebar()
apply_page_style(current_language(), current.presenting)
start_background_warmup()  # once per process: models and default views load while the first page renders

# url_path = file name, so a deep link also resolves on a server's very first request (ui/route.py).
# The default page is served at /; its url_path only has to differ from the hidden /home below.
home = st.Page("pages/home.py", title=t("nav.home"), icon="🏠", url_path="start", default=True)


def open_home() -> None:
    """/home is where people look for the home page (and its file name): send them to /."""
    st.switch_page(home, query_params=st.query_params.to_dict())


pages = {
    t("nav.basics"): [home, st.Page(open_home, title=t("nav.home"), url_path="home", visibility="hidden"),
                      st.Page("pages/glossary.py", title=t("nav.glossary"), icon="📖", url_path="glossary")],
    t("nav.autoencoders"): [
        st.Page("pages/ae_vs_vae.py", title=t("nav.ae_vs_vae"), icon="🗺️", url_path="ae_vs_vae"),
        st.Page("pages/interpolation.py", title=t("nav.interpolation"), icon="↔️", url_path="interpolation"),
    ],
    # --- GAN pages ---
    t("nav.gan"): [
        st.Page("pages/gan_replay.py", title=t("nav.gan_replay"), icon="🎞️", url_path="gan_replay"),
        st.Page("pages/gan_live.py", title=t("nav.gan_live"), icon="🎯", url_path="gan_live"),
    ],
    # --- Flow pages ---
    t("nav.flows"): [
        st.Page("pages/flow_2d.py", title=t("nav.flow_2d"), icon="🌀", url_path="flow_2d"),
        st.Page("pages/flow_images.py", title=t("nav.flow_images"), icon="🖼️", url_path="flow_images"),
    ],
    # --- Diffusion pages ---
    t("nav.diffusion"): [
        st.Page("pages/ddpm_forward.py", title=t("nav.ddpm_forward"), icon="🌫️", url_path="ddpm_forward"),
        st.Page("pages/ddpm_reverse.py", title=t("nav.ddpm_reverse"), icon="✨", url_path="ddpm_reverse"),
    ],
    t("nav.compare_group"): [st.Page("pages/compare.py", title=t("nav.compare"), icon="📊", url_path="compare")],
}
st.navigation(pages).run()
