"""The GAN family (concept C8): two networks, two optimizers, alternating updates, and a
recorder that keeps the run so the replay page can show *when* the samples became good.

Objective (Goodfellow et al., 2014), D(x) = sigmoid(logit) = P(x is real):
    min_G max_D  V(D, G) = E_x~p_data[log D(x)] + E_z~N(0,I)[log(1 - D(G(z)))]
D ascends V (a binary classifier: real -> 1, generated -> 0). G uses the non-saturating loss
-E_z[log D(G(z))] instead of E_z[log(1 - D(G(z)))], whose gradient vanishes early on, when D
rejects every sample with confidence. One D step, then one G step, on every batch; D's Adam
runs at config.d_lr_factor times G's learning rate.
"""
from __future__ import annotations

import copy

import numpy as np
import torch
import torch.nn.functional as F

from core.ema import update_average
from core.family import Samples, TrainArgs, to_uint8_images
from core.metrics import COVERED_CLASS_SHARE, class_shares
from core.models.gan import GAN

RECORDED_INTERVALS = 120  # snapshots at steps 0, T/120, ..., T: 121 frames for the replay
GRID_IMAGES = 36  # the fixed noise batch shown as a 6 x 6 grid at every snapshot
JUDGED_SAMPLES = 1000  # samples judged at every snapshot: core.fidelity's n (FID, KID) and the class count
RECORDER_SEED_OFFSET = 10_000  # the recorder's fixed noise has its own random stream (training's is untouched)
ADAM_BETAS = (0.5, 0.999)  # DCGAN's choice: a short momentum memory suits a moving target
EMA_DECAY = 0.999  # running average of G's weights over roughly the last 1,000 updates


class GANRecorder:
    """Snapshots of a run at RECORDED_INTERVALS + 1 evenly spaced steps: the generator's images for
    one fixed noise batch (uint8), the losses and D's outputs averaged since the last snapshot,
    and the verdict on JUDGED_SAMPLES samples of the same fixed noise: the classifier's class count
    and core.fidelity's FID and KID at that n (the figures every page quotes).

    scorer: core.fidelity.FidelityJudge of the dataset, handed in by core.train (the kind requires it)."""

    def __init__(self, gan, total_steps: int, scorer, seed: int):
        self.gan, self.scorer, self.classifier = gan, scorer, scorer.classifier
        self.when = sorted(set(np.round(np.linspace(0, total_steps, RECORDED_INTERVALS + 1)).astype(int).tolist()))
        # Drawn once, before training, so every snapshot shows the same z going through a changing G.
        self.noise = torch.randn(JUDGED_SAMPLES, gan.config.latent_dim,
                                 generator=torch.Generator().manual_seed(seed + RECORDER_SEED_OFFSET))
        self.rows: dict[str, list] = {key: [] for key in ("step", "g_loss", "d_loss", "d_real", "d_fake", "classes",
                                                          "covered", "confident", "max_softmax", "fid", "kid")}
        self.images: list[np.ndarray] = []
        self.pending: list[dict[str, float]] = []

    def log(self, step: int, logs: dict[str, float] | None, shown_generator) -> None:
        """Called with the logs of update `step` (None before the first update); the snapshot's
        images come from `shown_generator` (the running average of G that the run ships)."""
        from core.judge import judge

        if logs:
            self.pending.append(logs)
        if step not in self.when:
            return
        device = next(self.gan.parameters()).device
        samples = to_uint8_images(GAN.generate_with(shown_generator, self.noise.to(device)))
        verdict = judge(self.classifier, samples)
        scored = self.scorer.score(samples)  # the shared protocol at n = JUDGED_SAMPLES
        self.rows["fid"].append(scored.fid)
        self.rows["kid"].append(scored.kid)
        shares = class_shares(verdict.probabilities)
        averaged = {key: float(np.mean([p[key] for p in self.pending])) if self.pending else float("nan")
                    for key in ("g_loss", "d_loss", "d_real", "d_fake")}
        self.pending = []
        for key, value in averaged.items():
            self.rows[key].append(value)
        self.rows["step"].append(step)
        self.rows["classes"].append(verdict.classes)
        self.rows["covered"].append(int((shares >= COVERED_CLASS_SHARE).sum()))
        self.rows["confident"].append(verdict.confident)
        self.rows["max_softmax"].append(float(verdict.probabilities.max(1).mean()))
        self.images.append(samples[:GRID_IMAGES])

    def arrays(self) -> dict[str, np.ndarray]:
        """What `gan_<dataset>_recording.npz` holds: images uint8 (F, 36, 28, 28), noise (36, latent),
        step and covered int (F,), the rest float32 (F,). Losses at step 0 are NaN (no update yet)."""
        arrays = {"images": np.stack(self.images), "noise": self.noise[:GRID_IMAGES].numpy().astype(np.float32),
                  "fidelity_n": np.int64(JUDGED_SAMPLES)}
        for key, values in self.rows.items():
            arrays[key] = np.asarray(values, dtype=np.int64 if key in ("step", "covered") else np.float32)
        return arrays


class GANTrainer:
    """Alternating updates with two Adam optimizers: D on a real and a generated batch, then G.

    G's weights oscillate from update to update (it chases a moving D); their running average
    makes cleaner samples (Yazici et al., 2019, "The unusual effectiveness of averaging in GAN
    training"). The trainer keeps that average, shows it in the recording, and at the last
    update copies it into the generator that is saved and evaluated."""

    def __init__(self, gan, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator, scorer):
        self.gan, self.generator, self.total_steps = gan, generator, total_steps
        gan.config.dataset = dataset  # stored in the sidecar
        self.optimizer_d = torch.optim.Adam(gan.discriminator.parameters(), lr=args.lr * gan.config.d_lr_factor, betas=ADAM_BETAS)
        self.optimizer_g = torch.optim.Adam(gan.generator.parameters(), lr=args.lr, betas=ADAM_BETAS)
        self.average = copy.deepcopy(gan.generator).eval().requires_grad_(False)
        self.recorder = GANRecorder(gan, total_steps, scorer, args.seed)
        self.updates = 0
        self.recorder.log(0, None, self.average)

    def _update_average(self) -> None:
        update_average(self.average, self.gan.generator, EMA_DECAY, self.updates)  # core/ema.py

    def step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        G, D = self.gan.generator, self.gan.discriminator
        G.train(), D.train()
        n = len(x)
        real, fake = torch.ones(n, device=x.device), torch.zeros(n, device=x.device)
        z = torch.randn(n, self.gan.config.latent_dim, generator=self.generator).to(x.device)  # z ~ N(0, I)
        generated = G(z)

        # D step: maximise log D(x) + log(1 - D(G(z)))  <=>  minimise the binary cross-entropy with labels 1 / 0.
        logit_real, logit_fake = D(x), D(generated.detach())  # detach: this step must not change G
        loss_d = F.binary_cross_entropy_with_logits(logit_real, real) + F.binary_cross_entropy_with_logits(logit_fake, fake)
        self.optimizer_d.zero_grad(set_to_none=True)
        loss_d.backward()
        self.optimizer_d.step()

        # G step (non-saturating): minimise -log D(G(z)), judged by the D that was just updated.
        loss_g = F.binary_cross_entropy_with_logits(D(generated), real)
        self.optimizer_g.zero_grad(set_to_none=True)
        loss_g.backward()  # also fills D's gradients; optimizer_d clears them before its next step
        self.optimizer_g.step()

        self.updates += 1
        self._update_average()
        logs = {"g_loss": loss_g.item(), "d_loss": loss_d.item(),
                "d_real": torch.sigmoid(logit_real).mean().item(), "d_fake": torch.sigmoid(logit_fake).mean().item()}
        self.recorder.log(self.updates, logs, self.average)
        if self.updates == self.total_steps:  # the run ends: the averaged generator is the one shipped
            self.gan.generator.load_state_dict(self.average.state_dict())
        return logs

    def extras(self) -> dict[str, dict[str, np.ndarray]]:
        """Files saved next to the checkpoint: the recorded run (checkpoints/gan_<dataset>_recording.npz)."""
        return {"recording": self.recorder.arrays()}


class GANFamily:
    name = "gan"
    generative = True
    sample_options = ()

    def trainer(self, model, args: TrainArgs, total_steps: int, dataset: str, generator: torch.Generator,
                required: dict):
        """required["fidelity"]: the dataset's core.fidelity.FidelityJudge, for the recording."""
        return GANTrainer(model, args, total_steps, dataset, generator, required["fidelity"])

    def evaluate(self, model, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        """A GAN has no test-set objective (no likelihood, no reconstruction): its quality is the
        fidelity of its samples, which core.evaluate measures for every family alike."""
        return {}

    @torch.no_grad()
    def sample(self, model, n: int, generator: torch.Generator, *, return_frames: bool = False) -> Samples:
        """x = G(z), z ~ N(0, I): one pass through G (frames hold the final images; the training
        run's frames are the recording). extras["z"]: the noise that was decoded."""
        z = torch.randn(n, model.config.latent_dim, generator=generator)
        images = to_uint8_images(model.generate(z))
        frames = {"x": images[None]} if return_frames else None
        return Samples(images=images, frames=frames, frame_steps=[1] if return_frames else None,
                       extras={"z": z.numpy()})


@torch.no_grad()
def noise_walk(model, generator: torch.Generator, walks: int, frames: int) -> tuple[np.ndarray, np.ndarray]:
    """`walks` walks from z_A to z_B (both ~ N(0, I)) along the great circle (slerp): in 64-D
    almost all of N(0, I)'s mass lies near the sphere of radius sqrt(64) = 8, and the straight
    line's midpoint is ~30 % shorter than that, where G never saw a z during training.

    Returns (images uint8 (frames, walks, 28, 28), alphas (frames,)); frame 0 is G(z_A)."""
    from core.latent import interpolate

    alphas = np.linspace(0.0, 1.0, frames)
    ends = torch.randn(2, walks, model.config.latent_dim, generator=generator).numpy()
    path = np.stack([interpolate(ends[0][w], ends[1][w], alphas, "slerp") for w in range(walks)], 1)  # (F, W, latent)
    images = to_uint8_images(model.generate(torch.from_numpy(path.reshape(-1, path.shape[-1]).astype(np.float32))))
    return images.reshape(frames, walks, 28, 28), alphas
