"""The few Streamlit helpers every page uses: translation, shared sidebar state, cached
loaders, figures and image helpers. Pages import from here; core/ never does."""
