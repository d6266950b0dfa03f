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
    "error.checkpoint": "**A model could not be loaded.** {message}\n\nRun this command from the project folder, then reload the page:\n\n`{command}`",
    "error.bundle": "**The display images could not be loaded.** {message}",
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
        "| Autoencoder / VAE | Compress x into a small code z and decode it back; the VAE makes z follow N(0, I) | Draw z ~ N(0, I), run the decoder | *Autoencoder vs VAE*, *Latent interpolation* |\n"
        "| GAN | A generator and a discriminator play a game: fake vs real | Run the generator on noise z | GAN pages (coming next) |\n"
        "| Normalizing flow | An invertible network turns a Gaussian into the data, with an exact likelihood | Invert the flow on Gaussian noise | Flow pages (coming next) |\n"
        "| Diffusion | Learn to undo a gradual noising process, step by step | Start from pure noise and denoise hundreds of times | Diffusion pages (coming next) |\n"
    ),
    "home.mle.title": "The common root: maximum likelihood",
    "home.mle.body": (
        "Below are samples from a **hidden** Normal distribution. Fitting a model means choosing its parameters "
        "so that the observed data are as likely as possible. Drag μ and σ: the red curve is your model, the number "
        "is the log-likelihood of all samples under it. Find the peak, then press the button to jump to the exact answer. "
        "Every family in this app is trained with this same idea, just with a neural network instead of two numbers."
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
        "The autoencoder (AE) only minimises the reconstruction error, so nothing tells it where codes should go. "
        "The VAE encodes each image as a small Gaussian cloud q(z|x) and adds a KL penalty that pulls every cloud "
        "towards the prior N(0, I). Both decoders output pixel probabilities (Bernoulli), so the reconstruction error is a "
        "cross-entropy in nats."
    ),
    "aevae.same_scale": "Same scale for both plots",
    "aevae.same_scale_help": "On: both planes share one axis range, so you see how much larger the AE's space is. Off: each plot zooms to its own codes.",
    "aevae.explore.title": "Latent spaces of 2,000 test images",
    "aevae.explore.caption": (
        "Each dot is one test image, placed at its code z and coloured by its class. Dashed circles: 1σ and 2σ of N(0, I). "
        "Hover to preview the decoder anywhere; click (on a dot or in an empty area) to decode that point with both decoders below, and a click on a dot also picks that image. Red cross: the decoded point; black ring: the chosen image."
    ),
    "aevae.explore.hover_hint": "Hover over a plane to preview what the decoder draws there.",
    "aevae.explore.preview": "decoder output at",
    "aevae.ae.scatter_title": "Autoencoder: z = encoder(x)",
    "aevae.vae.scatter_title": "VAE: z = mean of q(z|x)",
    "aevae.ae.short": "Autoencoder",
    "aevae.vae.short": "VAE",
    "aevae.decode.title": "Decode a point of the plane",
    "aevae.decode.caption": "Type coordinates or click a plot. The same z goes through both decoders; the classifier says what it sees.",
    "aevae.decode.readout": "Classifier sees: **{verdict}** ({confidence})  \nDensity of codes here: **{density}×** typical",
    "aevae.decode.hole": "Almost no training codes lie here: the decoder never learned what to draw at this point.",
    "aevae.image.title": "One image through both models",
    "aevae.image.input": "input #{index}: {label}",
    "aevae.image.terms": (
        "**Autoencoder** reconstruction error: **{ae}** nats  \n"
        "**VAE** reconstruction term −log p(x|z): **{rec}** nats  \n"
        "**VAE** KL(q(z|x) ‖ N(0, I)): **{kl}** nats  \n"
        "**VAE** ELBO = −({rec} + {kl}) = **{elbo}** nats"
    ),
    "aevae.image.caption": "The VAE pays a little reconstruction quality for the KL term, which is what keeps its latent space tidy and sampleable.",
    "aevae.sample.title": "Sample from N(0, I)",
    "aevae.sample.body": (
        "Draw random points z ~ N(0, I) and decode them with each model. The VAE was trained so that its codes follow this "
        "distribution; the AE was not, so many of its random points land in holes or outside the data."
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
    "aevae.beta.body": ("The same VAE trained three times with a different weight β on the KL term. A small β lets the codes drift away "
                     "from the prior (a wider, lumpier latent space, so samples from N(0, I) miss part of the data); with only two latent "
                     "numbers it barely improves the reconstructions, because the bottleneck itself limits them. A large β squeezes the codes "
                     "onto the prior: sampling is easy, but the reconstruction error rises and the classes overlap. β = 1 is the plain ELBO used above."),
    "aevae.beta.plane_title": 'β = {beta}',
    "aevae.beta.col.reconstruction": 'reconstruction (nats)',
    "aevae.beta.col.kl": 'KL (nats)',
    "aevae.beta.col.gaussian": 'Gaussian-fit KL of the codes',
    "aevae.beta.col.classes": 'classes covered by N(0, I) samples',
    "aevae.beta.samples_caption": 'β = {beta}: 12 decoded samples z ~ N(0, I)',
    "aevae.beta.caption": 'Reconstruction and KL: test-set means written when each model was trained (one z sample per image). Gaussian-fit KL and classes covered: computed here from the 2,000 display images and 256 prior samples.',
    "aevae.notice": (
        "What to notice: the AE's codes sprawl over a large area with empty gaps between the classes; decoding a gap gives "
        "blurry hybrids or shapes no one wrote. The VAE packs everything into the circle of N(0, I) with no holes, so a random "
        "point almost always decodes to something that looks like data, at the price of slightly blurrier reconstructions."
    ),
    # Interpolation
    "interp.title": "Walking through latent space",
    "interp.lead": (
        "Pick two test images A and B. Their codes z_A and z_B are two points of the latent plane. Move α from 0 to 1 to walk "
        "the straight line between them and decode every point on the way, once through the autoencoder and once through the VAE."
    ),
    "interp.pick_start": "Image A (class)",
    "interp.pick_end": "Image B (class)",
    "interp.vae_path": "VAE path",
    "interp.path.linear": "linear",
    "interp.path.slerp": "spherical (slerp)",
    "interp.pick_caption": "Choosing a class picks another example of it each time (among images both models reconstruct recognisably). You can also click a latent plane below: the nearest test image becomes A or B.",
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
    "interp.numbers.min_density": "{model}: lowest density on the path (× typical)",
    "interp.numbers.confident": "{model}: frames the classifier recognises (≥ 90 % sure)",
    "interp.numbers.caption": (
        "Density: the k-nearest-neighbour density (k = 10) of the 2,000 encoded test images at each path point, divided by "
        "the typical density at the images themselves, so the two latent spaces share one scale."
    ),
    "interp.notice": (
        "What to notice: the AE's straight line often crosses empty regions between classes (the density curve dips into the red band) "
        "and the images there turn into odd symbols. The VAE's path stays where codes are dense and the image morphs smoothly. "
        "Slerp keeps the VAE path at the typical distance from the origin."
    ),
    # Model cards
    "card.title": "About these models (training and test numbers)",
    "card.model": "Model",
    "card.data": "Train / test images",
    "card.training": "Training",
    "card.metrics": "Test metrics",
    "card.metric.test_accuracy": "accuracy",
    "card.metric.test_reconstruction_nats": "reconstruction",
    "card.metric.test_kl_nats": "KL",
    "card.metric.test_negative_elbo_nats": "−ELBO",
    "card.metric.latent_gaussian_fit_kl": "Gaussian-fit KL of the codes",
    "card.kind.ae": "Autoencoder (2-D latent)",
    "card.kind.vae": "VAE (2-D latent)",
    "card.kind.vae_beta0.1": 'VAE, β = 0.1',
    "card.kind.vae_beta4": 'VAE, β = 4',
    "card.kind.classifier": "CNN classifier (the judge)",
    "card.caption": "Read from the checkpoints' JSON files, written when they were trained. Retrain one with `{command}`.",
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
}
