"""The classifier family: not generative, but trained through the same contract. It is the
app's judge of generated images (class agreement, confidence, features for FID)."""
from __future__ import annotations

import torch

from core.family import SingleOptimizerTrainer, TrainArgs
from core.metrics import classifier_accuracy


def random_shift(x: torch.Tensor, max_shift: int, generator: torch.Generator, flip: bool) -> torch.Tensor:
    """Data augmentation: translate the batch by up to max_shift pixels (and mirror half of it)."""
    padded = torch.nn.functional.pad(x, [max_shift] * 4)
    dx, dy = torch.randint(0, 2 * max_shift + 1, (2,), generator=generator).tolist()
    shifted = padded[:, :, dy:dy + 28, dx:dx + 28]
    if flip:
        mirror = torch.rand(len(x), generator=generator) < 0.5
        shifted = torch.where(mirror.to(x.device)[:, None, None, None], shifted.flip(3), shifted)
    return shifted


class ClassifierFamily:
    name = "classifier"
    generative = False
    sample_options = ()

    def trainer(self, model, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator):
        def loss(x: torch.Tensor, y: torch.Tensor):
            if args.augment:  # clothes may be mirrored; digits may not
                x = random_shift(x, 2, generator, flip=(dataset == "fashion"))
            return model.loss(x, y)

        return SingleOptimizerTrainer(model, args, total_steps, loss)

    @torch.no_grad()
    def evaluate(self, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        model.eval()
        return {"test_accuracy": round(classifier_accuracy(model, x, y), 4)}

    def sample(self, model, n, generator, *, return_frames=False, **options):
        raise TypeError("a classifier is not a generative model: it has no sampler")
