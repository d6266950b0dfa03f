"""Send a server's very first request through app.py. Import it first in every page file.

With a pages/ folder next to app.py, Streamlit's first script run after server start uses the
old automatic page discovery (PagesManager.uses_pages_directory): a deep link such as
/ae_vs_vae then runs the page file on its own, without app.py's menu, sidebar or wide layout,
and the sidebar lists raw file names ("app / ae vs vae / home") until the rerun. Every later
request goes through app.py's st.navigation, which switches that mode off for the process.

Importing this module switches it off and reruns. The module-level call runs once per
process (the rerun interrupts the first import, so the second import runs it again and finds
nothing to do; later imports are cached), and it must be the page's *first* import so the
rerun comes before the page imports torch or draws anything: otherwise the user watches the
file-name menu for the seconds that import takes.
"""
from __future__ import annotations

import streamlit as st


def run_through_navigation() -> None:
    """Rerun through app.py if Streamlit is still in its pages/-discovery mode (first request)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


run_through_navigation()
