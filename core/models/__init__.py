"""The networks, one file per family (autoencoder.py, classifier.py, ...). What each kind is
called and how it is trained and sampled lives in core.registry."""
