"""English catalogue. Keys are grouped by page; {placeholders} are filled by ui.i18n.t."""

STRINGS = {
    # Navigation and sidebar
    "nav.basics": "Basics",
    "nav.autoencoders": "Autoencoders",
    "nav.home": "What is a generative model?",
    "nav.ae_vs_vae": "Autoencoder vs VAE",
    "nav.interpolation": "Latent interpolation",
    "sidebar.dataset": "Dataset",
    "sidebar.dataset_help": "Every page uses models trained on this dataset. MNIST: handwritten digits. Fashion-MNIST: clothing.",
    "sidebar.seed": "Random seed",
    "sidebar.seed_help": "Fixes every random draw in the demos, so a class sees the same thing on every screen. Change it for new draws.",
    # Errors
    "error.checkpoint": "**A model could not be loaded.** {reason}\n\nRun this command in the project folder, then reload the page:\n\n`{command}`",
    "error.checkpoint.missing_metadata": "Its description file {file} is missing.",
    "error.checkpoint.corrupt_metadata": "Its description file {file} is damaged (not valid JSON).",
    "error.checkpoint.wrong_metadata": "The description file {file} belongs to another model or dataset.",
    "error.checkpoint.missing_weights": "Its weights file {file} is missing.",
    "error.checkpoint.checksum": "Its weights file {file} is damaged (the checksum does not match).",
    "error.checkpoint.config_mismatch": "The settings stored for {file} do not fit this version of the model.",
    "error.checkpoint.unreadable": "Its weights file {file} cannot be read.",
    "error.checkpoint.shape_mismatch": "The weights in {file} do not fit this version of the model.",
    "error.bundle": "**The display images could not be loaded.** {file} is missing or damaged.\n\nRun this command in the project folder, then reload the page:\n\n`{command}`",
    "loading.models": "Loading the models and encoding 2,000 test images (only the first visit after a server start waits for this)…",
    "loading.frames": "Decoding every frame of the path…",
    "loading.samples": "Sampling and asking the classifier about each sample…",
    "player.play": "Play",
    "player.pause": "Pause",
    "player.speed": "Playback speed",
    "kind.ae": "Autoencoder (2-D latent)",
    "kind.vae": "VAE (2-D latent)",
    "kind.vae_beta0.1": "VAE, β = 0.1",
    "kind.vae_beta4": "VAE, β = 4",
    "kind.classifier": "CNN classifier (the judge)",
    # Home
    "home.title": "Generative Models, Explained",
    "home.lead": (
        "Every model in this app is small, really trained on MNIST digits or Fashion-MNIST clothes, "
        "and runs live in your browser session. Drag, click and sample: each page shows one idea of "
        "how machines learn to **create** images rather than only label them."
    ),
    "home.discriminative.title": "Discriminative model",
    "home.discriminative.body": (
        "Learns to answer *what is this?* It maps an image x to a label y, that is, it models p(y | x). "
        "A digit classifier is discriminative: it can tell a 3 from an 8, but it cannot draw either."
    ),
    "home.generative.title": "Generative model",
    "home.generative.body": (
        "Learns *what the data look like*: it estimates the distribution p(x) of the images themselves "
        "(or p(x | y) for a chosen class) and can **sample** new x from it. Drawing a new digit that was "
        "never in the training set is sampling from p(x)."
    ),
    "home.families.title": "Four families of generative models",
    "home.families.table": (
        "| Family | Core idea | How a sample is made | Where in this app |\n"
        "|---|---|---|---|\n"
        "| Autoencoder / VAE | Encode x into a small latent vector z and decode it back; the VAE pulls z towards the prior N(0, I) | VAE: draw z ~ N(0, I), run the decoder (a plain AE has no distribution to draw z from) | *Autoencoder vs VAE*, *Latent interpolation* |\n"
        "| GAN | A generator and a discriminator play a game: fake vs real | Run the generator on noise z | GAN pages (coming next) |\n"
        "| Normalizing flow | An invertible network turns a Gaussian into the data, with an exact likelihood | Invert the flow on Gaussian noise | Flow pages (coming next) |\n"
        "| Diffusion | Learn to undo a gradual noising process, step by step | Start from pure noise and denoise hundreds of times | Diffusion pages (coming next) |\n"
    ),
    "home.mle.title": "The starting point: maximum likelihood",
    "home.mle.body": (
        "Below are samples from a **hidden** Normal distribution. Fitting a model means choosing its parameters "
        "so that the observed data are as likely as possible. Drag μ and σ: the red curve is your model, the number "
        "is the log-likelihood of all samples under it. Find the peak, then press the button to jump to the exact answer. "
        "With a neural network instead of two numbers, the families differ in how they use this idea: a normalizing flow "
        "maximises the exact log-likelihood; a VAE and a diffusion model maximise a lower bound of it (the ELBO), because the "
        "likelihood itself is an integral over all latent variables that cannot be computed exactly; a GAN uses no likelihood at all: its generator learns from an adversarial game "
        "against a discriminator."
    ),
    "home.mle.n": "Number of samples n",
    "home.mle.fit": "Jump to the maximum-likelihood estimate",
    "home.mle.loglik": "log-likelihood:",
    "home.mle.best": "best possible:",
    "home.mle.gap": "gap:",
    "home.mle.histogram": "samples (histogram, density scale) and your model N(μ, σ²)",
    "home.mle.profile": "log-likelihood as μ varies (σ fixed)",
    "home.mle.reveal": "Reveal the hidden distribution",
    "home.mle.truth": "The samples came from N(μ = {mu}, σ = {sigma}). With n = {n} samples the estimate above is close; with more samples it gets closer.",
    "home.mle.notice": (
        "What to notice: the best μ is exactly the sample mean, and the log-likelihood drops on both sides of it. "
        "A σ that is too small punishes samples far from μ; a σ that is too large spreads the probability too thin."
    ),
    # AE vs VAE
    "aevae.title": "Autoencoder vs variational autoencoder",
    "aevae.lead": (
        "Both models squeeze each 28×28 image (784 numbers) through a bottleneck of just **two numbers** z = (z₁, z₂) "
        "and then rebuild the image from z. Because z is 2-D, the plots below are the true latent spaces, not a projection. "
        "The decoder is a generator: give it any z and it paints an image. The question is **which z** to give it."
    ),
    "aevae.math": "The math behind the two models",
    "aevae.math.body": (
        "The autoencoder (AE) only minimises the reconstruction error, so nothing tells it where its codes z should go. "
        "The VAE encodes each image as a small Gaussian cloud q(z|x), the approximate posterior, and adds a KL penalty that "
        "pulls every cloud towards the prior p(z) = N(0, I). Both decoders output pixel probabilities (Bernoulli), so the "
        "reconstruction error −log p(x|z) is a cross-entropy in nats."
    ),
    "aevae.same_scale": "Same scale for both plots",
    "aevae.same_scale_help": "On: both planes share one axis range, so you see how much larger the AE's space is. Off: each plot zooms to its own codes.",
    "aevae.explore.title": "Latent spaces of 2,000 test images",
    "aevae.explore.caption": (
        "Each dot is one test image, placed at its code z (for the VAE: the mean of q(z|x)) and coloured by its class. "
        "Dashed circles: radius 1 and 2 (1σ and 2σ of N(0, I)); in 2-D they hold 39 % and 86 % of its probability, "
        "not the 68 % and 95 % of a 1-D Normal. "
        "Hover to preview the decoder anywhere; click (on a dot or in an empty area) to decode that point with both decoders below, and a click on a dot also picks that image. Red cross: the decoded point; black ring: the chosen image."
    ),
    "aevae.explore.hover_hint": "Hover over a plane to preview what the decoder draws there.",
    "aevae.explore.preview": "decoder output at",
    "aevae.ae.scatter_title": "Autoencoder: z = encoder(x)",
    "aevae.vae.scatter_title": "VAE: z = mean of q(z|x)",
    "aevae.ae.short": "Autoencoder",
    "aevae.vae.short": "VAE",
    "aevae.decode.title": "Decode a point of the plane",
    "aevae.decode.caption": "Type coordinates (from {low} to {high}, the range the planes show) or click a plane. The same z goes through both decoders; the classifier says what it sees.",
    "aevae.decode.readout": "Classifier sees: **{verdict}** ({confidence})  \nDensity of the test images' codes here: **{density}×** typical",
    "aevae.decode.hole": (
        "A hole: almost none of the 2,000 test images shown above is encoded near this point (for the VAE: the means of q(z|x)). "
        "The decoder was rarely, if ever, trained on a z like this, so nothing guarantees that what it draws here looks like data."
    ),
    "aevae.image.title": "One image through both models",
    "aevae.image.input": "input #{index}: {label}",
    "aevae.image.terms": (
        "**AE** reconstruction error −log p(x|z) at z = encoder(x): **{ae}** nats  \n"
        "**VAE** reconstruction term −log p(x|z) at one sample z ~ q(z|x) "
        "(a one-sample estimate of −E_q[log p(x|z)]): **{rec}** nats  \n"
        "**VAE** KL(q(z|x) ‖ N(0, I)), exact: **{kl}** nats  \n"
        "**VAE** ELBO ≈ −({rec} + {kl}) = **{elbo}** nats (a one-sample estimate, from the two VAE numbers above)"
    ),
    "aevae.image.caption": (
        "The two reconstruction numbers are not measured the same way: the AE's at its one code, the VAE's at a random "
        "z ~ q(z|x), which on average reconstructs a little worse than the mean of q(z|x). Measured the same way (at the "
        "mean code, averaged over the test set: see \"About these models\" at the bottom), the VAE reconstructs as well as the AE: 136.8 vs "
        "139.9 nats on MNIST, 246.6 vs 247.0 on Fashion-MNIST. With a 2-D bottleneck the KL term at β = 1 does not make "
        "reconstructions worse; its cost appears as β grows (see the β section below)."
    ),
    "aevae.sample.title": "Sample from N(0, I)",
    "aevae.sample.body": (
        "Draw random points z ~ N(0, I) and decode them with each model. The VAE was trained with a KL term that pulls its "
        "codes towards this distribution; the AE was not, so many of its random points land in holes or outside the data."
    ),
    "aevae.sample.button": "Draw new samples",
    "aevae.sample.metric": "Recognised samples",
    "aevae.sample.metric_help": "Share of the 256 samples that the classifier assigns to one class with at least 90 % probability.",
    "aevae.sample.classes": "Classes covered",
    "aevae.sample.classes_help": "exp(entropy) of the classes the classifier assigns to the 256 samples: 10 when all ten appear equally often, 1 when every sample is the same class.",
    "aevae.sample.caption": "Both rows decode exactly the same 32 random points (the first 32 of the 256 that are scored).",
    "aevae.lattice.title": "The decoded lattice: the manifold picture",
    "aevae.lattice.body": "Decode a regular 15×15 grid of points over each plane. Each tile is what the decoder draws at that position.",
    "aevae.lattice.caption": "{model}: z₁ from {x0} to {x1} (left to right), z₂ from {y1} to {y0} (top to bottom)",
    "aevae.beta.title": 'The KL weight β: how hard to pull the codes towards N(0, I)',
    "aevae.beta.body": ("The same VAE trained three times with a different weight β on the KL term; β = 1 is the plain ELBO used above. "
                     "A small β lets the codes drift away from the prior (a wider, lumpier latent space, so samples from N(0, I) can miss "
                     "part of the data), and it does not buy better reconstructions: on MNIST β = 0.1 reconstructs even worse than β = 1 "
                     "(138.8 vs 137.6 nats), on Fashion-MNIST only 0.4 nats better (247.1 vs 247.6), because with two latent numbers the "
                     "bottleneck itself is the limit. A large β squeezes the codes onto the prior: sampling is easy, but the reconstruction "
                     "term rises (β = 4: 142.6 nats on MNIST, 252.4 on Fashion-MNIST) and the classes overlap more. β = 1, the only one "
                     "trained on exactly the ELBO, has the best −ELBO on both datasets. All reconstruction numbers here are the "
                     "reconstruction term at one sampled z per image, as in the table."),
    "aevae.beta.plane_title": 'β = {beta}',
    "aevae.beta.col.reconstruction": 'reconstruction at a sampled z (nats)',
    "aevae.beta.col.kl": 'KL (nats)',
    "aevae.beta.col.gaussian": 'Gaussian-fit KL of the codes',
    "aevae.beta.col.classes": 'classes covered by N(0, I) samples',
    "aevae.beta.samples_caption": 'β = {beta}: 12 decoded samples z ~ N(0, I)',
    "aevae.beta.caption": 'Reconstruction and KL: test-set means written when each model was trained (one z sample per image). Gaussian-fit KL and classes covered: computed here from the 2,000 display images and 256 prior samples.',
    "aevae.notice": (
        "What to notice: the AE's codes sprawl over a large area with empty gaps between the classes; decoding a gap gives "
        "blurry hybrids or shapes no one wrote. The VAE packs its codes around the origin, inside the circles of N(0, I), with "
        "far fewer and smaller holes, so a random point from N(0, I) usually decodes to something that looks like data. With "
        "only two latent numbers this costs no reconstruction quality at β = 1 (the VAE reconstructs as well as the AE); the "
        "price of the KL term appears as β grows."
    ),
    # Interpolation
    "interp.title": "Walking through latent space",
    "interp.lead": (
        "Pick two test images A and B. Their codes z_A and z_B (for the VAE: the means of q(z|x)) are two points of the latent "
        "plane. Move α from 0 to 1 to walk the straight line between them (for the VAE you can switch to an arc, slerp) and "
        "decode every point on the way, once through the autoencoder and once through the VAE."
    ),
    "interp.pick_start": "Image A (class)",
    "interp.pick_end": "Image B (class)",
    "interp.vae_path": "VAE path",
    "interp.path.linear": "linear",
    "interp.path.slerp": "spherical (slerp)",
    "interp.pick_caption": "Choosing a class picks an example of it that both models reconstruct recognisably; **Another example** draws a new one. You can also click a latent plane below: the nearest test image becomes A or B (choose which beside the slider).",
    "interp.another": "Another example",
    "interp.another_help": "Pick another test image of the same class for this endpoint.",
    "interp.viewer.play": "Play",
    "interp.viewer.pause": "Pause",
    "interp.viewer.alpha_label": "alpha",
    "interp.viewer.click_sets": "Click on a plane sets:",
    "interp.viewer.start": "A",
    "interp.viewer.end": "B",
    "interp.viewer.click_hint": "Click to choose the nearest test image as an endpoint",
    "interp.viewer.density_title": "Density of codes along the path (× typical density, log scale)",
    "interp.viewer.hole_band": "below 0.05: a hole",
    "interp.strip.title": "The whole path at a glance (α = 0, 0.1, …, 1)",
    "interp.numbers.title": "Measured along this path",
    "interp.numbers.min_density": "{model}: lowest density on path",
    "interp.numbers.confident": "{model}: recognised frames",
    "interp.numbers.caption": (
        "Density: the k-nearest-neighbour density (k = 10) of the codes of the 2,000 displayed test images (for the VAE: "
        "the means of q(z|x)) at each path point, divided by the density at a typical code (from the median distance to the "
        "10th neighbour), so the two latent spaces share one scale. The lowest density is given in these units (× typical); "
        "below 0.05 counts as a hole."
    ),
    "interp.notice": (
        "What to notice: the AE's straight line often crosses empty regions between classes (the density curve dips into the red band) "
        "and the images there turn into odd symbols. The VAE's path usually stays where codes are dense and the image morphs smoothly. "
        "Slerp turns the angle around the origin at an even rate, walking along an arc instead of cutting through the middle. "
        "If |z_A| = |z_B| it stays on one circle; for endpoints at most 90° apart its distance from the origin stays between "
        "|z_A| and |z_B|; for wider angles and unequal lengths it can leave that range and bulge outwards beyond both. "
        "In 2-D slerp is not needed to stay in dense regions: the origin is the densest point of N(0, I), so the straight line "
        "is fine. It is shown for comparison with high-dimensional latent spaces, where nearly all samples of N(0, I) lie near "
        "the radius √d, so a straight line between two of them dips inside that shell, where N(0, I) puts almost no samples."
    ),
    "aevae.explore.unrelated": (
        "The two planes' coordinates are unrelated: each model chose its own latent space, so the same z = (z₁, z₂) sent "
        "through both decoders means different things in the two planes, and the two decoded images need not look alike."
    ),
    "aevae.math.variational": (
        "**Why \"variational\"?** The VAE comes from variational inference in Bayesian statistics more than from the "
        "autoencoder. For any encoder q(z|x), the log-likelihood splits exactly into two parts: "
        "log p(x) = ELBO(x) + KL(q(z|x) ‖ p(z|x)). The true posterior p(z|x) = p(x|z) p(z) / p(x) cannot be computed, "
        "because p(x) is an integral over every z; the ELBO can. A KL is never negative, so the ELBO is a lower bound of "
        "log p(x), equal to it only when q(z|x) is the true posterior. And since log p(x) does not depend on q, raising the "
        "ELBO through q is the same as shrinking KL(q(z|x) ‖ p(z|x)). Maximising the ELBO therefore does two things at once: "
        "it raises the bound on the likelihood, and it pulls the approximate posterior q(z|x) towards the true one."
    ),
    "aevae.math.kl_closed_form": (
        "**The KL term needs no sampling.** q(z|x) = N(μ, diag σ²) and the prior N(0, I) are both Gaussian, so their KL "
        "divergence has a closed form, KL = ½ Σₖ (μₖ² + σₖ² − log σₖ² − 1), summed over the two latent dimensions. The loss "
        "uses this formula directly; only the reconstruction term is estimated with a random sample of z."
    ),
    "aevae.math.reparam": (
        "**Why reparameterise?** Training needs the gradient of the reconstruction term with respect to the encoder's μ and σ, "
        "but a gradient cannot flow through a random draw z ~ N(μ, σ²): the draw is not a differentiable function of μ and σ. "
        "Writing z = μ + σ ⊙ ε with ε ~ N(0, I) moves the randomness into ε, which does not depend on any parameter; z is then "
        "an ordinary differentiable function of μ and σ, and backpropagation reaches the encoder."
    ),
    "aevae.sample.ae_no_region": (
        "A plain AE has no region to sample from: nothing in its training says where its codes should lie or how densely, "
        "so \"sampling\" it means guessing a distribution for z. N(0, I) is such a guess for the AE; any other choice would be "
        "one too. (A distribution fitted to its codes after training would be a second model, not part of the AE.)"
    ),
    "interp.numbers.confident_help": (
        "Share of the 41 frames of the path (α = 0, 0.025, …, 1) that the classifier assigns to one class with at least "
        "90 % probability."
    ),
    "latex.reconstruction": "reconstruction",
    "latex.or": "or",
    # Model cards
    "card.title": "About these models (training and test numbers)",
    "card.model": "Model",
    "card.data": "Train / test images",
    "card.training": "Training",
    "card.metrics": "Test metrics",
    "card.metric.test_accuracy": "accuracy",
    "card.metric.test_reconstruction_nats": "reconstruction at the code z (VAE: mean of q(z|x))",
    "card.metric.test_elbo_reconstruction_nats": "reconstruction at a sampled z",
    "unit.nats": "nats",
    "unit.bits_per_dim": "bits/dim",
    "card.metric.test_kl_nats": "KL",
    "card.metric.test_negative_elbo_nats": "−ELBO",
    "card.metric.latent_gaussian_fit_kl": "Gaussian-fit KL of the codes",
    "card.caption": (
        "Read from the checkpoints' JSON files, written when they were trained. −ELBO uses the reconstruction term at one "
        "sampled z per image, so it is not the sum of the reconstruction shown here (at the mean code) and the KL. "
        "Retrain one with `{command}`."
    ),
    # Class names of Fashion-MNIST (MNIST classes are the digits themselves)
    "class.fashion.0": "T-shirt/top",
    "class.fashion.1": "Trouser",
    "class.fashion.2": "Pullover",
    "class.fashion.3": "Dress",
    "class.fashion.4": "Coat",
    "class.fashion.5": "Sandal",
    "class.fashion.6": "Shirt",
    "class.fashion.7": "Sneaker",
    "class.fashion.8": "Bag",
    "class.fashion.9": "Ankle boot",
    "card.epochs": "{n} epochs",
    "sidebar.seed_clamped": "Seed {asked} is outside {low}–{high}, so {used} is used.",
    # --- GAN pages (issue: GAN training viewer) ---
    # --- Flow pages (issue: flow density) ---
    # --- Diffusion pages (issue: DDPM step by step) ---
    "nav.diffusion": "Diffusion",
    "nav.ddpm_forward": "Forward process: adding noise",
    "nav.ddpm_reverse": "Reverse process: denoising",
    "kind.ddpm": "DDPM (UNet noise predictor, class-conditional)",
    "card.metric.test_eps_mse": "test noise-prediction MSE",
    "fwd.title": "The forward process: an image drowned in noise, step by step",
    "fwd.lead": (
        "A diffusion model is trained on a process that destroys images: at each of T = 1000 steps a little "
        "Gaussian noise is added (β_t of it) and the image is shrunk a little, so that after the last step "
        "nothing of the image is left and x_T is plain N(0, I) noise. Nothing is learned here; the forward "
        "process is fixed. The model will learn to run it backwards (next page). Images are scaled to [−1, 1]."
    ),
    "fwd.pick_class": "Image of class",
    "fwd.another": "Another image",
    "fwd.schedule": "Noise schedule β_t",
    "fwd.schedule.linear": "linear",
    "fwd.schedule.cosine": "cosine",
    "fwd.seed_caption": "The noise comes from the sidebar seed ({seed}): change it for another draw.",
    "fwd.row.closed": "Closed form",
    "fwd.row.closed_sub": "x_t from x_0 in one draw",
    "fwd.row.chain": "Step by step",
    "fwd.row.chain_sub": "t draws of q(x_t | x_{t−1})",
    "fwd.chart.alpha_bar": "ᾱ_t: how much of the image's signal is left",
    "fwd.chart.spread": "Spread of x_t − √ᾱ_t·x_0 over the pixels",
    "fwd.chart.theory": "theory √(1 − ᾱ_t)",
    "fwd.slider": "timestep t",
    "fwd.loading": "Running the chain 1000 steps and the closed form…",
    "fwd.why_same": (
        "**Why the two rows differ in detail but agree.** The left row draws one ε and sets "
        "x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε. The right row really adds noise t times, a fresh draw at every step. "
        "A sum of independent Gaussians is Gaussian, and the variances add up: after t steps the image is "
        "scaled by √ᾱ_t (the product of all the √α_s) and the accumulated noise has variance exactly 1 − ᾱ_t. "
        "So both rows are draws from the *same distribution* q(x_t | x_0), only with different noise: the "
        "pixels differ, their statistics do not (the right chart measures the spread of both next to the "
        "theory). That is why training can jump straight to any t without running the chain."
    ),
    "fwd.schedules.title": "Noise schedules: β_t, ᾱ_t and the signal-to-noise ratio",
    "fwd.schedules.lead": (
        "The schedule decides how fast the image disappears. SNR_t = ᾱ_t / (1 − ᾱ_t) compares the power of "
        "what is left of the image with the power of the noise. With the linear β_t (Ho et al., 2020) ᾱ_t "
        "falls early: a 28×28 image is almost gone by the middle of the chain, so many late steps only move "
        "noise around. The cosine schedule (Nichol & Dhariwal, 2021) keeps ᾱ_t high for longer and spends the "
        "steps more evenly. The shipped models use the linear schedule."
    ),
    "fwd.plot.beta": "β_t (noise added at step t)",
    "fwd.plot.alpha_bar": "ᾱ_t (signal kept)",
    "fwd.plot.snr": "SNR_t = ᾱ_t / (1 − ᾱ_t), log scale",
    "fwd.strips.lead": "The same image and the same ε under both schedules:",
    "fwd.histogram.title": "The pixel histogram turns into N(0, 1)",
    "fwd.histogram.pixels": "pixels of 200 test images",
    "fwd.histogram.caption": (
        "Schedule: {schedule}. At t = 0 almost every pixel is background (−1) or ink (+1): the bars there "
        "go far above the top of the plot. With growing t the two peaks shrink towards 0 and blur; at t = 1000 "
        "the histogram is the dotted standard normal curve. That is why sampling can start from N(0, I)."
    ),
    "fwd.notice": (
        "What to notice: (1) the forward process has no parameters: the only choice is the schedule β_t; "
        "(2) ᾱ_t is a product, so x_t can be drawn from x_0 in one step (closed form), and the step-by-step "
        "chain gives the same distribution; (3) by t = T the image is gone and every pixel is N(0, 1) noise, "
        "the same for every image: the starting point of generation."
    ),
    "rev.title": "The reverse process: denoising, step by step",
    "rev.lead": (
        "Generation runs the noising backwards. A UNet ε_θ(x_t, t, y) looks at a noisy image x_t, the timestep t "
        "and (optionally) a class y, and predicts the noise ε in it. From that prediction follows a guess of the "
        "clean image x̂₀, and a step to a slightly less noisy x_{t−1}. Repeated from pure noise x_T ~ N(0, I), "
        "the steps end on a new image. The model here was really trained on this dataset (model card at the end)."
    ),
    "rev.class": "Class y",
    "rev.class.every": "every class in turn",
    "rev.class.none": "no class (unconditional)",
    "rev.class_help": "The model was trained with the class hidden 10 % of the time (the null class ∅), so it can also generate without one.",
    "rev.guidance": "Guidance scale w",
    "rev.guidance_help": "0: the conditional model as trained. Larger w pushes each step further towards what the model thinks makes the image look like class y. (Some papers write s = 1 + w; s = 0 is then the unconditional model, here \"no class\".)",
    "rev.trajectory.title": "16 samples, every step",
    "rev.trajectory.lead": "DDIM, {steps} steps, from noise fixed by the seed ({seed}). Scrub t or press play: left the current x_t, in the middle the noise the network predicts in it, right the clean image x̂₀ it implies.",
    "rev.row.x_sub": "the sample at step t",
    "rev.row.eps_sub": "predicted noise (grey = 0)",
    "rev.row.x0_sub": "predicted clean image",
    "rev.chart.noise": "Noise level √(1 − ᾱ_t) along the trajectory",
    "rev.chart.axis": "step →",
    "rev.slider": "step",
    "rev.loading": "Sampling 16 images with {steps} DDIM steps (a few seconds on a CPU)…",
    "rev.agreement": "Classifier agrees with y",
    "rev.agreement_help": "Share of these samples that the project's CNN classifier labels as the requested class.",
    "rev.agreement_none": "No class was requested.",
    "rev.diversity": "Diversity",
    "rev.diversity_help": "Mean distance between two samples of the same class in the classifier's feature space, divided by the same for real test images of those classes: 1 = as varied as real images, 0 = all copies.",
    "rev.classifier_sees": "Classifier sees (first 8)",
    "rev.classifier_sees_help": "The class numbers the classifier gives the first 8 samples (row by row).",
    "rev.guidance.title": "Guidance: quality up, diversity down (measured)",
    "rev.guidance.lead": (
        "Classifier-free guidance mixes two predictions of the same network, with and without the class. "
        "It follows the gradient of log p(y | x_t) of the network's own implicit classifier (1 + w) times "
        "instead of once, like sampling from p(x)·p(y | x)^(1+w): the exponent acts as an inverse temperature "
        "on the class. Samples become more typical of their class, and more alike. The curves are measured on "
        "this model: the classifier's agreement with y, and the diversity figure above."
    ),
    "rev.guidance.caption": "Measured on {n} samples per w (every class equally, DDIM {steps} steps). FID on the classifier's features (real floor {floor}): {fids}.",
    "rev.measured_missing": "The measured table for this dataset is missing. Create it with `{command}`.",
    "rev.guidance.notice": (
        "What to notice: at w = 0 some samples do not look like their class yet; as w grows the classifier "
        "agrees more often, but the samples of a class become more similar (diversity falls) and, at large w, "
        "strokes get thick and contrast harsh. Classroom sampling usually sits at a moderate w (here about 1–3)."
    ),
    "rev.unconditional": "Without a class (null class ∅, DDIM {steps} steps, {n} samples): FID {fid} against the real floor {floor}; the classifier is confident about {confident} of them. The same FID function scores the GAN and the flow on their pages.",
    "rev.latex.simple": "simple",
    "rev.steps.title": "DDPM vs DDIM: how many steps?",
    "rev.steps.lead": (
        "DDPM walks all T = 1000 steps and adds fresh noise at each (σ_t² = β̃_t). DDIM (Song et al., 2021) "
        "uses the same trained network but jumps between a few timesteps deterministically: it moves x̂₀ to "
        "the noise level of the next chosen t. Generation cost is proportional to the number of network "
        "calls, which is why diffusion is slow and why fewer steps matter. Measured on this model:"
    ),
    "rev.steps.col.sampler": "sampler",
    "rev.steps.col.steps": "steps",
    "rev.steps.col.seconds": "seconds for {n} images",
    "rev.steps.col.per16": "seconds per 16",
    "rev.steps.col.fid": "FID (classifier features)",
    "rev.steps.col.floor": "FID of real images",
    "rev.steps.caption": "Each row: {n} samples, every class equally, w = 0, one CPU thread, measured {date}. Lower FID is better; real test images set the floor.",
    "rev.steps.choice": "Sampler",
    "rev.steps.ddpm": "DDPM, 1000 steps",
    "rev.steps.ddim": "DDIM, {k} steps",
    "rev.sample_now": "Sample now",
    "rev.sample_now_caption": "Runs the chosen chain live for the 16 samples above (same class, w and seed), showing x_t and x̂₀ as it goes. 1000 steps take about a minute on a CPU.",
    "rev.progress": "step {step} of {total}",
    "rev.sample_done": "{steps} steps in {seconds} s.",
    "rev.objective.title": "Training: from the ELBO to predicting the noise",
    "rev.objective.elbo": (
        "Like the VAE, a diffusion model maximises a lower bound on log p(x_0) (the ELBO); the noisy images "
        "x_1 … x_T play the role of latent variables, and q is fixed instead of learned. The bound splits into "
        "one term per step:"
    ),
    "rev.objective.posterior": (
        "Each L_{t−1} compares the model's step with the *true* reverse step given the clean image, which the "
        "closed form makes a known Gaussian:"
    ),
    "rev.objective.fixed_sigma": (
        "Ho et al. fix the variance σ_t² (to β_t or β̃_t; here β̃_t) and learn only the mean. Writing x_0 through "
        "x_t and ε turns each KL term into a weighted squared error on the noise; dropping the weights gives the "
        "simple loss this model was trained with (a random t per image, one network for all t):"
    ),
    "rev.objective.why_noise": (
        "**Why predict the noise?** The target ε ~ N(0, I) has the same scale at every t, so one network can "
        "serve t = 1 and t = 1000 alike; predicting x_0 directly is a hard guess when x_t is almost pure noise, "
        "and predicting the mean mixes both scales. From ε̂ both x̂₀ and the step follow in closed form, and "
        "ε_θ is (up to a factor −1/√(1 − ᾱ_t)) an estimate of the score ∇ log p(x_t): the link to score models."
    ),
    "rev.objective.notice": (
        "What to notice: the network never sees a whole chain during training: one noisy image at one random t "
        "per example, thanks to the closed form. At sampling time the chain is run for real, and every step "
        "costs one network call (two with guidance)."
    ),
}
