"""Plain PyTorch + numpy core of the app: models, data, checkpoints, training, metrics.

Nothing under core/ imports streamlit, so every piece can be trained, tested and reused
from the command line (`python -m core.train ...`).
"""
