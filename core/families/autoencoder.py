"""The autoencoder family (AE, VAE and its beta variants): one optimizer, one loss, and a
sampler that decodes z ~ N(0, T^2 I) (concepts C3-C6)."""
from __future__ import annotations

import torch

from core.family import SampleOption, Samples, SingleOptimizerTrainer, TrainArgs, to_uint8_images
from core.metrics import elbo_terms, gaussian_fit_kl, reconstruction_cross_entropy
from core.models.autoencoder import VAE


class AutoencoderFamily:
    name = "autoencoder"
    generative = True
    sample_options = (SampleOption("temperature", float, 1.0, "scale of z: z ~ N(0, T^2 I)"),)

    def trainer(self, model, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator):
        # AE: reconstruction cross-entropy; VAE: reconstruction + beta * KL (the negative beta-ELBO).
        return SingleOptimizerTrainer(model, args, total_steps, lambda x, y: model.loss(x))

    @torch.no_grad()
    def evaluate(self, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        model.eval()
        metrics = {"test_reconstruction_nats": round(reconstruction_cross_entropy(model, x), 2)}
        codes = torch.cat([model.encode(chunk) for chunk in x.split(1000)]).cpu().numpy()
        metrics["latent_gaussian_fit_kl"] = round(gaussian_fit_kl(codes), 3)
        if isinstance(model, VAE):  # every KL weight: vae, vae_beta0.1, vae_beta4
            reconstruction, kl = elbo_terms(model, x)
            metrics.update(test_elbo_reconstruction_nats=round(float(reconstruction.mean()), 2),
                           test_kl_nats=round(float(kl.mean()), 2),
                           test_negative_elbo_nats=round(float((reconstruction + kl).mean()), 2))
        return metrics

    @torch.no_grad()
    def sample(self, model, n: int, generator: torch.Generator, *, return_frames: bool = False,
               temperature: float = 1.0) -> Samples:
        """Decode z ~ N(0, T^2 I). The same seed gives the same z for every model with the same
        latent size, so the AE and the VAE can be compared on identical points.

        There are no intermediate steps (one pass of the decoder): frames hold the final images.
        """
        model.eval()
        z = temperature * torch.randn(n, model.config.latent_dim, generator=generator)
        images = to_uint8_images(model.decode(z))
        frames = {"x": images[None]} if return_frames else None
        return Samples(images=images, frames=frames, frame_steps=[1] if return_frames else None,
                       extras={"z": z.numpy()})
