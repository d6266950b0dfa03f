"""Generative Models, Explained: the table of contents (st.navigation), nothing else."""
import streamlit as st

from ui.i18n import t
from ui.state import render_sidebar

st.set_page_config(page_title="Generative Models, Explained", page_icon="🎛️", layout="wide")
render_sidebar()

# url_path = file name, so a deep link also resolves on a server's very first request (ui.state).
pages = {
    t("nav.basics"): [
        st.Page("pages/home.py", title=t("nav.home"), icon="🏠", url_path="home", default=True),
    ],
    t("nav.autoencoders"): [
        st.Page("pages/ae_vs_vae.py", title=t("nav.ae_vs_vae"), icon="🗺️", url_path="ae_vs_vae"),
        st.Page("pages/interpolation.py", title=t("nav.interpolation"), icon="↔️", url_path="interpolation"),
    ],
}
st.navigation(pages).run()
