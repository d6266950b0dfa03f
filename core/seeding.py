"""One place that seeds every random generator, so a demo shows the same thing every time."""
import random

import numpy as np
import torch


def seed_everything(seed: int) -> torch.Generator:
    """Seed python, numpy and torch; return a torch.Generator seeded the same way.

    Pages pass the returned generator to sampling calls so that a seed chosen in the
    sidebar reproduces the same samples regardless of what ran before.
    """
    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)
    generator = torch.Generator()
    generator.manual_seed(seed)
    return generator
