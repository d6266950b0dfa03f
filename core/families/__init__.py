"""One module per model family, each implementing core.family.Family."""
