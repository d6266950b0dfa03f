"""Translation catalogues: one flat dict STRINGS per language, identical keys in each."""
