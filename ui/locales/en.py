"""English catalogue. Keys are grouped by page; {placeholders} are filled by ui.i18n.t."""

STRINGS = {
    # Navigation and sidebar
    "nav.basics": "Basics",
    "nav.autoencoders": "Autoencoders",
    "nav.home": "What is a generative model?",
    "nav.ae_vs_vae": "Autoencoder vs VAE",
    "nav.interpolation": "Latent interpolation",
    "nav.glossary": "Glossary (English ↔ 日本語)",
    "glossary.title": "Glossary",
    "glossary.lead": "The terms the pages use, in English and Japanese (the Japanese terms of the source articles), with a one-line meaning. Type in either language to filter.",
    "glossary.search": "Search",
    "glossary.placeholder": "e.g. latent, 潜在, ELBO",
    "glossary.count": "{shown} of {total} terms",
    "glossary.meaning": "Meaning",
    "sidebar.dataset": "Dataset",
    "sidebar.dataset_help": "Every page uses models trained on this dataset. MNIST: handwritten digits. Fashion-MNIST: clothing.",
    "sidebar.seed": "Random seed",
    "sidebar.seed_help": "Fixes every random draw in the demos, so a class sees the same thing on every screen. Change it for new draws.",
    "sidebar.present": "Presenter mode",
    "sidebar.present_help": "For a projector: larger type, the sidebar folded, and the lesson steps open. Also ?present=1 in a link.",
    "lesson.bar": "Lesson · step {step} of {count}",
    "lesson.previous": "← Previous",
    "lesson.next": "Next step →",
    "lesson.predict": "Predict first:",
    "lesson.reveal": "Reveal the measured answer",
    "lesson.your_guess": "Your guess: **{guess}**.",
    "lesson.home.1": "Discriminative or generative? Read the two boxes: which model could draw a new digit, and what does each one learn?",
    "lesson.home.2": "The four families: find where each one appears in this app (and which are still to come).",
    "lesson.home.3": "Answer the prediction question, then drag μ and σ to make the log-likelihood as large as you can, before you press the button.",
    "lesson.home.4": "Press “Reveal the hidden distribution”: how close did the samples let you get? Change n and try again.",
    "lesson.home.predict": "With n = 10 samples or with n = 1,000 samples: which maximum-likelihood estimate μ̂ lands closer to the hidden μ?",
    "lesson.home.predict.10": "n = 10",
    "lesson.home.predict.1000": "n = 1,000",
    "lesson.home.predict.same": "about the same",
    "lesson.home.reveal": "Measured with this seed: |μ̂ − μ| = {small} with 10 samples and {large} with 1,000. The error of μ̂ shrinks like σ/√n on average, though one draw of 10 can be lucky.",
    "lesson.aevae.1": "Look at the autoencoder's plane (left): each dot is one test image's code. Where are the empty gaps between the classes?",
    "lesson.aevae.2": "Click an empty area of the AE plane, a hole: what does the decoder draw there, and what does the density readout say?",
    "lesson.aevae.3": "Go to “Sample from N(0, I)”, answer the prediction question, then compare the two grids and their numbers.",
    "lesson.aevae.4": "Now the VAE's plane (right): the same 2,000 images packed around the origin. Hover over it: how much of it decodes to something data-like?",
    "lesson.aevae.5": "Draw your own digit under “Your own image”: where does each encoder put it (the star)?",
    "lesson.aevae.6": "At the bottom, the KL weight β: what happens to the codes, the samples and the reconstruction error as β grows? Then open “Latent interpolation”.",
    "lesson.aevae.predict": "Both decoders get the same 256 random points z ~ N(0, I). Whose samples will cover more of the ten classes?",
    "lesson.aevae.predict.ae": "the autoencoder's",
    "lesson.aevae.predict.vae": "the VAE's",
    "lesson.aevae.predict.same": "about the same",
    "lesson.aevae.reveal": "Measured on these 256 samples: the AE's cover {ae_classes} classes ({ae_confident} recognised), the VAE's {vae_classes} classes ({vae_confident} recognised). Nothing placed the AE's codes around N(0, I), so its random points fall on a few classes' regions or between them.",
    "lesson.interp.1": "Find images A and B on both planes (the black dots): the line between them is the path.",
    "lesson.interp.2": "Answer the prediction question below the player before you move α.",
    "lesson.interp.3": "Drag α or press play and watch both rows: where does the autoencoder's image stop looking like data?",
    "lesson.interp.4": "Compare with the density curve: where does each path enter the red band (a hole)?",
    "lesson.interp.5": "Switch the VAE path to slerp, pick other classes, or click a plane to choose new endpoints.",
    "lesson.interp.predict": "On the straight line from A to B, which model's path passes through a hole (density below 0.05 × typical)?",
    "lesson.interp.predict.ae": "only the autoencoder's",
    "lesson.interp.predict.vae": "only the VAE's",
    "lesson.interp.predict.both": "both",
    "lesson.interp.predict.neither": "neither",
    "lesson.interp.reveal": "Measured on this path: the lowest density is {ae} × typical for the autoencoder and {vae} × typical for the VAE (a hole is below 0.05).",
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
        "| GAN | A generator and a discriminator play a game: fake vs real | Run the generator on noise z | *GAN training, replayed*, *Live 2-D GAN* |\n"
        "| Normalizing flow | An invertible network turns a Gaussian into the data, with an exact likelihood | Invert the flow on Gaussian noise | *2-D flow density*, *Flows on images* |\n"
        "| Diffusion | Learn to undo a gradual noising process, step by step | Start from pure noise and denoise hundreds of times | *Forward process*, *Reverse process* |\n"
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
    "aevae.sample.metric_help": "Share of the 64 samples shown that the classifier assigns to one class with at least 90 % probability.",
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
    "own.title": "Your own image through both models",
    "own.body": "Draw a digit (or a garment) with the mouse or a finger, or upload a photo. It is prepared as MNIST images were: the ink's bounding box scaled to fit 20×20 pixels, its centre of mass put at the centre of a 28×28 frame. Then both encoders place it on the latent planes above (a star), both decoders rebuild it, and the classifier says what it sees.",
    "own.draw": "Draw",
    "own.upload": "Upload",
    "own.pad_label": "Drawing pad: draw with white ink on black",
    "own.clear": "Clear",
    "own.upload_label": "An image file (PNG, JPEG, GIF, BMP, WebP, TIFF; at most 5 MB)",
    "own.upload_help": "A photo of dark ink on light paper works too: it is turned bright-on-black, as MNIST stores digits.",
    "own.prepared": "prepared 28×28 input",
    "own.readout": "Classifier sees in your input: **{verdict}** ({confidence})  \nAE code z = ({ae_z1}, {ae_z2}); VAE code z = ({vae_z1}, {vae_z2})  \nDensity of the test images' codes there: AE **{ae_density}×**, VAE **{vae_density}×** typical",
    "own.empty": "Nothing drawn or uploaded yet.",
    "own.error.too_large": "That file is larger than 5 MB. A photo of one digit needs far less: try a smaller image.",
    "own.error.not_image": "That file could not be read as an image. Try a PNG or JPEG.",
    "own.error.too_many_pixels": "That image has too many pixels (over 25 million). Try a smaller image.",
    "own.error.too_small": "That image is too small (under 8 pixels on a side). Try a larger one.",
    "own.error.too_wide": "That image is very long and thin (more than 8 times wider than tall, or the reverse). Crop it around the digit.",
    "own.error.blank": "No ink found: the image is empty or of one uniform colour. Draw or photograph a digit.",
    "own.note.animated": "An animated image: its first frame is used.",
    "own.note.transparent": "Transparent parts were put on a white background.",
    "own.note.inverted": "Dark ink on a light background was turned bright-on-black, as MNIST stores digits.",
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
    "interp.numbers.confident": "{model}: strip frames recognised",
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
        "Of the 11 frames in the strip above (α = 0, 0.1, …, 1), how many the classifier assigns to one class with at "
        "least 90 % probability."
    ),
    "latex.reconstruction": "reconstruction",
    "latex.or": "or",
    "lesson.interp.6": "Open **Your own image as A or B**, draw a digit (or upload one), choose **as A** or **as B** and watch the path start or end at your image in both latent spaces.",
    "interp.own.title": "Your own image as A or B",
    "interp.own.use_as": "Use your image",
    "interp.own.as.off": "not used",
    "interp.own.as.start": "as A",
    "interp.own.as.end": "as B",
    "interp.own.empty": "Nothing drawn or uploaded yet.",
    "interp.own.codes": "AE code z = ({ae_z1}, {ae_z2}); VAE code z = ({vae_z1}, {vae_z2}) (the mean of q(z|x))",
    "interp.own.in_use": "The path now starts or ends here: endpoint {end} (✎ on the planes) is your image.",
    "interp.own.caption": "Both encoders place your image on their latent planes; the path then runs from or to that code. Choosing a class or clicking a plane for that endpoint puts a test image back.",
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
    "nav.gan": "GANs",
    "nav.gan_replay": "GAN training, replayed",
    "nav.gan_live": "Live 2-D GAN and mode collapse",
    "kind.gan": "DCGAN (generator + discriminator)",
    "card.fidelity": 'FID {fid} at n = {n} (real reference {reference})',
    "eval.missing": "These figures have not been measured for this checkpoint yet: run `{command}`.",
    "gan.error.recording": "**The recorded training run {file} is missing or unreadable.** Rebuild it (and the generator) in the project folder with:\n\n`{command}`",
    "gan.replay.title": "GAN training, replayed",
    "gan.replay.lead": (
        "A GAN has no encoder and no likelihood. A **generator** G turns random noise z into an image; a **discriminator** D, "
        "an ordinary binary classifier, tells real training images from G's images. They train in turns: D learns to catch "
        "G's fakes, then G learns to fool the updated D. Nothing ever tells G what a digit looks like; it only gets D's "
        "gradient.\n\nBelow is a real run of the small DCGAN shipped with this app: the same 36 noise vectors go through G "
        "at every recorded moment, so you watch one generator learn. Drag the slider or press play."
    ),
    "gan.replay.math": "The objective and the alternating updates",
    "gan.replay.math.objective": "D(x) is D's probability that x is real; q is the distribution of G(z), p the data distribution. The game:",
    "gan.replay.math.alternating": (
        "Each training step takes a batch of m real images and m noise vectors and makes **two updates in turn**, with two "
        "optimizers: first D climbs V (cross-entropy with label 1 for real, 0 for generated), then G descends the "
        "**non-saturating** loss −log D(G(z)). The original log(1 − D(G(z))) is nearly flat while D rejects G's images with "
        "confidence, which is exactly the situation early in training; −log D(G(z)) has the same fixed point and strong gradients there."
    ),
    "gan.replay.math.optimal": "For a fixed G, the best discriminator and the value of the game at it are:",
    "gan.replay.math.nonsaturating": (
        "So with the minimax loss and an optimal D, G minimises the Jensen–Shannon divergence (0 only when q = p). "
        "With the non-saturating loss the picture changes: holding the optimal D fixed, G's gradient is the gradient of"
    ),
    "gan.replay.math.seed_note": (
        "(Arjovsky & Bottou, 2017). Some lecture notes write that this loss equals KL(Q‖P) exactly; that holds only up to the "
        "−2·JSD term above. KL(q‖p) is large where G puts images that p never produces, and nearly blind to parts of p that "
        "G never produces: one reason why a GAN can drop modes (mode collapse, on the next page)."
    ),
    "gan.replay.run.title": "The training run",
    "gan.replay.run.caption": "{frames} recorded moments over {total} alternating updates (batch 64). Losses are averaged over the updates since the previous frame; the grid and the classifier's 256 samples come from the running average of G's weights, which is the generator the run ships.",
    "gan.replay.frame_label": "update {step} / {total}",
    "gan.replay.grid_title": "G(z), fixed z",
    "gan.replay.grid_subtitle": "36 noise vectors",
    "gan.replay.chart.losses": "Losses: G (−log D(G(z))) and D (cross-entropy)",
    "gan.replay.chart.x": "update →",
    "gan.replay.series.g_loss": "G loss",
    "gan.replay.series.d_loss": "D loss",
    "gan.replay.chart.d": "Mean D(x) on real and D(G(z)) on generated images",
    "gan.replay.chart.judge": "The classifier's verdict: classes with ≥ 3 % of samples (left) and share recognised with ≥ 90 % (right)",
    "gan.replay.chart.fid": 'FID of {n} samples, recorded during training against {reference} (log scale; only comparable along this curve)',
    "gan.replay.chart.reference_own": '1,000 real test images',
    "gan.replay.chart.reference_shared": "the whole test split (core.fidelity's statistics)",
    "gan.replay.series.covered": "classes",
    "gan.replay.series.confident": "recognised",
    "gan.replay.slider": "training update",
    "gan.replay.notice.title": "**What to notice**",
    "gan.replay.notice.losses": (
        "- **The losses do not say when the images became good.** The FID (last chart) stays within 10 % of its final value "
        "{fid} from update {step} on; the losses there were G {g} and D {d}, and at the end G {g_end} and D {d_end}. In a GAN each loss is measured against an opponent that keeps changing, so neither falls "
        "steadily the way a VAE's loss does. The classifier's curve is a measurement of the images themselves."
    ),
    "gan.replay.notice.d": (
        "- **Where D(x) and D(G(z)) end up.** D separates real from generated most clearly at update {step} "
        "(D(x) = {real}, D(G(z)) = {fake}); at the end they are {real_end} and {fake_end}. If G matched the data exactly, "
        "the best D could do is 0.5 for both (D* = p / (p + q) = 1/2): a gap that remains means D still finds differences."
    ),
    "gan.replay.notice.judge": "- **A judge can be fooled too.** At update 0 every image is a grey blur, yet the classifier recognises {confident} of them with at least 90 % probability. Confidence alone would call that good; the class count ({classes} of 10) and the FID, which compares the whole distribution of features with real images, do not.",
    "gan.replay.notice": "GANs give sharp samples but no likelihood: unlike the VAE there is no number of nats to compare. This app judges them with its own classifier instead (share recognised, classes covered, FID on its features).",
    "gan.final.title": "The final generator",
    "gan.final.body": "New noise, new images: each press draws 64 new z ~ N(0, I), shows G(z) for all of them and asks the classifier about them.",
    "gan.final.button": "New samples (new seed)",
    "gan.final.caption": "G(z) for 64 new noise vectors (seed {seed})",
    "gan.final.confident": "Recognised samples",
    "gan.final.confident_help": "Share of the 64 samples shown that the classifier assigns to one class with at least 90 % probability.",
    "gan.final.covered": "Classes covered",
    "gan.final.covered_help": "Classes that at least 3 % of the 64 samples shown (2 or more) are assigned to. A collapsed generator covers few.",
    "gan.final.max_softmax": "Mean confidence",
    "gan.final.max_softmax_help": "Mean of the classifier's largest class probability over the 64 samples shown (1.0 = always certain).",
    "gan.final.fid": "**FID** at n = {n} (the shared protocol; the classifier's features, against the whole test split): **{fid}**, {ratio}× the **reference** {reference}, which is {n} real training images scored the same way (what a perfect generator would get at this n: finite samples never reach 0). KID {kid} ± {kid_sd} (real images: {reference_kid}, zero within its spread, since KID is unbiased); precision {precision} (share of samples that look real), recall {recall} (share of real images the samples cover).",
    "gan.walk.title": "A walk between two noise vectors",
    "gan.walk.body": (
        "Six walks from z_A to z_B, side by side. The path follows the great circle (slerp), not the straight line: in 64 "
        "dimensions nearly all of N(0, I) lies close to the sphere of radius 8, and the straight line's midpoint is about 30 % "
        "closer to the origin, where G saw no noise vectors during training. The images change smoothly: G is a continuous map."
    ),
    "gan.walk.button": "New walk (new z_A, z_B)",
    "gan.walk.row_title": "G(z) along the walk",
    "gan.walk.row_subtitle": "six walks",
    "gan.walk.chart": "Classifier confidence along the walk (mean of six)",
    "gan.walk.series": "confidence",
    "gan.walk.slider": "position on the walk",
    "gan.live.title": "A live 2-D GAN: watch mode collapse",
    "gan.live.lead": (
        "The same game on points in the plane, small enough to watch every part of it (the idea of GAN Lab, trained here on "
        "the server). **Green** dots are real data, **purple** dots are the generator's samples. The background is the "
        "discriminator's verdict D(x): green where it says \"real\", purple where it says \"generated\". The arrows show where "
        "the generator's loss pushes each sample: uphill on D. Press play, then try the two presets."
    ),
    "gan.live.preset.healthy": "Preset: stabilised GAN (R1 + averaging)",
    "gan.live.preset.healthy_help": "Ring of 8 Gaussians, equal learning rates, the same losses plus D's gradient penalty R1 (γ = 0.3) and G's running average shown (0.995). In our runs it covered all 8 ring modes by 3,000 steps (seeds 0 and 1); high quality 72–73 % at 3,000 steps, 85–86 % at 10,000, 90–91 % at 20,000 and 92 % at 30,000, where a run stops (seeds 0–2). Switched to the 5 × 5 grid, it covered 23–25 of the 25 modes at 20,000 steps (seeds 0–4).",
    "gan.live.preset.collapse": "Preset: mode collapse",
    "gan.live.preset.collapse_help": "Ring of 8 Gaussians; a discriminator 5 times faster than the generator, 2 steps per G step: G ends up on one mode.",
    "gan.live.target": "Target distribution",
    "gan.live.target.ring": "Ring of 8 Gaussians",
    "gan.live.target.grid": "5 × 5 grid of Gaussians",
    "gan.live.target.moons": "Two moons",
    "gan.live.target.spiral": "Spiral",
    "gan.live.lr_g": "Learning rate of the generator",
    "gan.live.lr_d": "Learning rate of the discriminator",
    "gan.live.d_steps": "Discriminator steps per generator step",
    "gan.live.d_steps_help": "How many times D is updated before each update of G.",
    "gan.live.latent": "Noise size (dimensions of z)",
    "gan.live.latent_help": "Changing it starts a new run (new networks).",
    "gan.live.seed": "Noise seed",
    "gan.live.average_off": "off",
    "gan.live.average_help": "The purple points come from a running average of G's weights with this decay (off: G itself). G's weights jitter as it chases D; their average sits still on the modes (the image GAN ships its average too). Training itself is unchanged.",
    "gan.live.average": "Show G's running average",
    "gan.live.r1_help": "Adds γ/2 · E‖∇ₓD(x)‖² over real x to D's loss (Mescheder et al. 2018): D may not change steeply at the data, so it cannot overshoot and G keeps getting a push towards every mode. 0 = a plain GAN. Applies at once.",
    "gan.live.r1": "R1 penalty on D (γ)",
    "gan.live.one_step": "One step",
    "gan.live.one_step_help": "One generator update (after its discriminator updates), then stop.",
    "gan.live.reset": "Reset",
    "gan.live.view.play": "Play",
    "gan.live.view.pause": "Pause",
    "gan.live.view.step": "generator step",
    "gan.live.view.modes": "modes covered",
    "gan.live.view.hq": "high quality",
    "gan.live.view.g_loss": "G loss",
    "gan.live.view.d_loss": "D loss",
    "gan.live.view.real": "real data",
    "gan.live.view.fake": "generated",
    "gan.live.view.d_high": "D says real",
    "gan.live.view.d_low": "D says generated",
    "gan.live.view.arrows": "G's gradient on its samples",
    "gan.live.max_steps": "This run stopped at {steps} generator steps (a limit per session). Press Reset to start again.",
    "gan.live.caption": "Learning rates, the step ratio, R1 and the averaging apply at once; another target, noise size or seed starts a new run. The server trains 64 generator steps per request and the page plays them as 16 frames.",
    "gan.live.notice.title": "What to look for",
    "gan.live.notice.body": (
        "- **Mode collapse.** With the collapse preset the purple points gather on a few of the eight blobs, or hop from one "
        "blob to the next: D learns to reject the blob G is on, G moves to another, and the losses keep oscillating. The mode "
        "counter stays low.\n"
        "- **Balance.** If D learns much faster than G, the background turns purple everywhere G is and the arrows vanish "
        "(D is certain, G gets little to learn from); if G is much faster, it overshoots.\n"
        "- **The losses do not show it.** The counter and the picture tell you more than either loss."
    ),
    "gan.live.notice.kl": "(up to a JSD term, previous page): a sample where there is no data costs a lot; a mode of the data that G never visits costs almost nothing.",
    "gan.live.metric": "Counted as in the Unrolled-GAN, VEEGAN and PacGAN papers: {samples} samples; a mode is **covered** when at least 1 % of them lie within 3 σ of its centre; **high quality** is the share of samples within 3 σ of some mode. For the moons and the spiral, the modes are equal stretches of the curve.",
    "lesson.gan_replay.1": "Press play on the training run (or drag “training update”) and watch the grid “G(z), fixed z”: the same 36 noise vectors at every moment. When do the first recognisable shapes appear?",
    "lesson.gan_replay.2": "Before you read the charts, answer the prediction question under the player: what does G's loss do while the images improve?",
    "lesson.gan_replay.3": "Now read the four charts at the same moment (the losses, D(x) and D(G(z)), the classifier's verdict, the FID) and the “What to notice” box: which curve tells you that the images got better?",
    "lesson.gan_replay.4": 'Under “The final generator”, press “New samples (new seed)” a few times: how many of the ten classes do the samples cover, and how far is the FID from the reference of real images?',
    "lesson.gan_replay.5": "Under “A walk between two noise vectors”, press play: do the images change smoothly, and where is the confidence curve lowest? Then open “Live 2-D GAN and mode collapse”.",
    "lesson.gan_replay.predict": "From the first recorded update to the last, the grid goes from noise to recognisable images. What does the generator's loss −log D(G(z)) do over the same stretch?",
    "lesson.gan_replay.predict.falls": "it falls as the images improve",
    "lesson.gan_replay.predict.rises": "it ends higher than it started",
    "lesson.gan_replay.predict.same": "it ends about where it started",
    "lesson.gan_replay.reveal": "Measured in this run, from update {start} to update {end}: the FID went from {fid_start} to {fid_end} (lower is better), while G's loss went from {g_start} to {g_end} (its highest, {g_max}, at update {step_max}) and D's loss from {d_start} to {d_end}. So for this run the answer is: **{answer}** (a change under 10 % counts as “about where it started”). G's loss is measured against a D that keeps learning, so it is no progress bar for the images.",
    "lesson.gan_live.1": "Look at the view: green dots are the real data (a ring of 8 blobs), purple dots are G's samples, the background is D's verdict. Press “One step” a few times: where do the arrows push the purple dots?",
    "lesson.gan_live.2": "Press “Preset: stabilised GAN (R1 + averaging)”, then answer the prediction question under the view before you press Play.",
    "lesson.gan_live.3": "Press Play and watch the “modes covered” counter until about generator step 2,000, then press “Reveal the measured answer”. Does the counter stay put or move?",
    "lesson.gan_live.4": "Press “Preset: mode collapse” and Play: where do the purple dots go? Compare “modes covered” and “high quality” with the stabilised run. Could you tell the collapse from “G loss” and “D loss” alone?",
    "lesson.gan_live.5": "Your own experiment: change “Learning rate of the discriminator”, “Discriminator steps per generator step” or the target (try “5 × 5 grid of Gaussians”) and watch the counter. Then read below why dropping a mode costs G so little.",
    "lesson.gan_live.predict": "With the stabilised preset (equal learning rates, R1 penalty on D, G's running average shown), how many of the ring's 8 modes will G's samples cover after about 2,000 generator steps?",
    "lesson.gan_live.predict.all": "nearly all (at most one missing)",
    "lesson.gan_live.predict.some": "some, but not nearly all",
    "lesson.gan_live.predict.few": "two or fewer",
    "lesson.gan_live.run": "{target}, learning rates G {lr_g} and D {lr_d}, D steps per G step {d_steps}, noise size {latent}, seed {seed}",
    "lesson.gan_live.run.healthy": "the stabilised preset",
    "lesson.gan_live.run.collapse": "the mode-collapse preset",
    "lesson.gan_live.reveal": "Your run ({run}) at generator step {step}, the latest the server has trained (the view may be a few frames behind): its samples cover **{covered} of {modes}** modes, and {hq} of them are high quality (within 3 σ of a mode). {verdict}",
    "lesson.gan_live.reveal.answer": "For this run the answer is: **{answer}**.",
    "lesson.gan_live.reveal.early": "So far that would be **{answer}**, but {step} steps are too early to judge: let it play to about 2,000 and press “Reveal the measured answer” again.",
    "gan.walk.notice": "**What to notice:** the classifier's confidence, averaged over these six walks, is {start} at z_A and {end} at z_B; its lowest point is {low} at {alpha}. Over the 1,000 samples of this generator that the shared evaluation scores, the mean confidence is {overall}. The walk stays on the sphere where N(0, I) keeps almost all its mass, so every z on it is a typical noise vector for G, the kind it was trained on.",
    "gan.live.why.title": "Why dropping a mode is cheap for G",
    "gan.live.why.body": "With the non-saturating loss, G's gradient at an optimal D follows",
    # --- Flow pages (issue: flow density) ---
    "nav.flows": "Normalizing flows",
    "nav.flow_2d": "2-D flow density",
    "nav.flow_images": "Flows on images",
    "kind.flow": "Normalizing flow (RealNVP coupling layers)",
    "card.metric.test_bits_per_dim": "test negative log-likelihood (bound, one draw of u)",
    "card.metric.test_iw_bits_per_dim": "the same, 16 draws of u (importance-weighted)",
    "card.metric.test_uniform_bits_per_dim": "the same with uniform dequantisation",
    "card.metric.test_class_accuracy": "test accuracy of the flow as a classifier (Bayes' rule on its class Gaussians)",
    "flow2d.title": "A Gaussian, reshaped layer by layer",
    "flow2d.lead": (
        "A **normalizing flow** is one invertible function f from the data x to a variable z that should look like "
        "a standard Gaussian. Because f can be undone exactly, a sample is easy (draw z, run f backwards) and so is "
        "the **exact** likelihood of any point: the change of variables adds, for every layer, how much that layer "
        "stretches or squeezes space (its log-determinant). Nothing is approximated: no lower bound as in the VAE, "
        "no discriminator as in the GAN. Below, a RealNVP flow of 12 to 16 coupling layers, trained by maximum likelihood "
        "on one of four 2-D toy densities."
    ),
    "flow2d.density": "Target density",
    "flow2d.density.moons": "Two moons",
    "flow2d.density.ring": "Ring of 8 Gaussians",
    "flow2d.density.checkerboard": "Checkerboard",
    "flow2d.density.rings": "Concentric rings",
    "flow2d.temperature": "Sampling temperature T",
    "flow2d.temperature_help": "Samples start from z ~ N(0, T² I). T < 1 keeps to the densest regions; T > 1 reaches into the tails.",
    "flow2d.target_caption": "Samples of the target density (the training data: fresh samples every step)",
    "flow2d.samples_caption": "Samples from the flow: x = f⁻¹(z), z ~ N(0, T² I), T = {T}",
    "flow2d.colour_note": (
        "Colours: each flow sample is coloured by the direction of its z in the Gaussian, so you can see which part "
        "of N(0, I) becomes which part of the data. The same colours are used in the layer-by-layer view below."
    ),
    "flow2d.density_title": "The learned density, and log p(x) of one point",
    "flow2d.density_lead": (
        "The heatmap is the flow's own density p(x), computed exactly at every pixel. **Click anywhere on it** (or "
        "type a point) to see log p(x) added up layer by layer: start from log p(z) of the point's Gaussian code, "
        "then each coupling layer adds its log|det|."
    ),
    "flow2d.density_alt": "heatmap of the learned density",
    "flow2d.click_hint": "Click to compute log p(x) at this point",
    "flow2d.integral": "∫ p(x) dx over the square [−{view}, {view}]² = {integral} (a normalised density integrates to 1)",
    "flow2d.log_p": "log p(x) of the flow",
    "flow2d.log_prior": "log p(z) at its code z",
    "flow2d.true_log_p": "true log p(x)",
    "flow2d.step_prior": "log p(z)",
    "flow2d.step_layer": "layer {k}",
    "flow2d.step_total": "log p(x)",
    "flow2d.waterfall_title": "log p(x) = log p(z) + Σ log|det| of each layer",
    "flow2d.nats": "nats",
    "flow2d.breakdown_caption": (
        "This point's code is z = ({z1}, {z2}); the layers together add {sum} nats. Green bars (s > 0): on the way to z "
        "the layer stretches the neighbourhood of this point, so in data space the same probability sits in a smaller "
        "area and the density is higher; red bars (s < 0): the opposite. The true log p(x) is known for the ring and "
        "the checkerboard only."
    ),
    "flow2d.layers_title": "Layer by layer: from the Gaussian to the data",
    "flow2d.layers_lead": (
        "Sampling runs the flow backwards. Here 1,500 points z ~ N(0, T² I) and a square grid drawn in z-space are "
        "carried through the inverse layers one at a time: drag the slider or press play. Each layer moves only one "
        "coordinate (alternately x₁ and x₂), so every step is a shear-and-stretch along one axis; together they bend "
        "the Gaussian into the target shape."
    ),
    "flow2d.player.title": "Points and grid",
    "flow2d.player.subtitle": "z ~ N(0, T² I), T = {T}",
    "flow2d.player.label": "after {j} of {K} layers · mean Σ log|det| = {log_det}",
    "flow2d.player.chart": "Mean accumulated log|det ∂h/∂z| of the points (negative: squeezed together, density higher; positive: spread out, density lower)",
    "flow2d.player.x_label": "layers applied →",
    "flow2d.player.series": "mean Σ log|det|",
    "flow2d.player.slider": "Layers applied",
    "flow2d.layers_caption": (
        "The chart's cursor follows the slider. The density of a carried point is log p(z) − Σ log|det ∂h/∂z|: where "
        "points spread out the log-determinant grows and their density falls; where they pile up (the ring's modes), "
        "it shrinks and the density rises."
    ),
    "flow2d.loading": "Carrying the points through every layer…",
    "flow2d.coupling_title": "Inside one coupling layer",
    "flow2d.coupling_lead": (
        "Why is the determinant so cheap? A coupling layer keeps one coordinate, x₁, unchanged and moves the other "
        "one, x₂, by a scale exp(s(x₁)) and a shift t(x₁), where s and t are small neural networks that read **only** x₁:"
    ),
    "flow2d.coupling_why": (
        "- **Triangular Jacobian**: y₁ does not depend on x₂, so the top-right entry is 0. The determinant of a "
        "triangular matrix is the product of its diagonal, 1 · exp(s(x₁)): log|det| = s(x₁), whatever s and t are "
        "(with D dimensions it is Σᵢ sᵢ). No matrix has to be built or factorised.\n"
        "- **Cheap inverse**: from y, x₁ = y₁ is known at once, so s(y₁) and t(y₁) can be evaluated again and undone. "
        "The networks s and t are never inverted, so they can be any network.\n"
        "- **The price**: one layer moves only half of the coordinates. The flow alternates which one is kept; stacking "
        "layers lets every coordinate depend on every other. This restricted structure is why flows need many layers "
        "and are less expressive than their size suggests (the seed article's summary)."
    ),
    "flow2d.layer_pick": "Coupling layer k (in the data → z direction)",
    "flow2d.layer_keeps": "Layer {k} keeps **{kept}** and moves **{moved}**: {moved}′ = {moved} · exp(s({kept})) + t({kept}).",
    "flow2d.s_name": "s (log-scale)",
    "flow2d.t_name": "t (shift)",
    "flow2d.kept_axis": "kept coordinate {kept} (its input to this layer)",
    "flow2d.curves_title": "s and t of layer {k} as functions of the kept coordinate",
    "flow2d.layer_at_point": (
        "At the inspected point the input of layer {k} has {kept} = {value}: s = {s} (the layer's log|det|, scale "
        "exp(s) = {scale}) and t = {t}."
    ),
    "flow2d.card_title": "About these 2-D flows (training and test numbers)",
    "flow2d.card.density": "Target",
    "flow2d.card.training": "Training (CPU, 1 thread)",
    "flow2d.card.test_nll": "test −log p (nats)",
    "flow2d.card.true_nll": "true density's −log p (nats)",
    "flow2d.card.integral": "∫ p on the view",
    "flow2d.card.steps": "{steps} steps of {batch} fresh samples",
    "flow2d.card_caption": (
        "RealNVP, {layers} affine coupling layers (MLP 96-96 for s and t), Adam. Test: 20,000 held-out samples. "
        "The lowest possible −log p is the true density's (where known): the gap is what the flow misses. Retrain with `{command}`."
    ),
    "flowimg.title": "Flows on images: exact likelihood in bits per pixel",
    "flowimg.lead": (
        "The same idea on 28 × 28 images. Pixels are integers k, so each first gets a random fraction u between 0 and 1 "
        "added, x = (k + u) / 256, so that the data has a density at all (**dequantisation**). Where inside its bin each "
        "pixel lands is drawn by a small learned network q(u | k), trained together with the flow (**variational "
        "dequantisation**, as in Flow++): a smooth flow cannot make its density flat inside every 1/256-wide bin, so q "
        "follows the flow's shape instead of a flat one. Then a logit, so values near 0 and 1 are not squashed against a "
        "wall. The flow squeezes each 2 × 2 block of pixels into 4 channels and applies coupling layers with "
        "**checkerboard masks** (the two diagonals of every block take turns), squeezes again to 16 × 7 × 7 and applies "
        "coupling layers with **channel masks**, each after a learned channel mixing (an invertible 1 × 1 convolution, as "
        "in Glow). Its density of x is exact; the score of an integer image, in **bits per dimension**, is how many bits "
        "per pixel an ideal compressor built on the model would need (8 would be raw pixels). Averaged over u it can "
        "never fall below −log₂ P(k), the code length the model itself gives the integer image, whatever q is (the "
        "inequality below): a better q brings the estimate closer to the model's own figure, never below it."
    ),
    "flowimg.base_lead": (
        "**Where sampling starts.** The flow is trained with z ~ N(0, I). Afterwards the training images' z = f(x) are "
        "collected class by class and one Gaussian is fitted to each class: its centre μ_y and its spread σ_y in every "
        "dimension (maximum likelihood, in closed form), with weight π_y, the class's share of the training set. This "
        "mixture is the model's p(z), in every likelihood on this page. Why: with the single N(0, I) the Fashion-MNIST "
        "flow drew sneakers in only 0.8 % of 500 samples at T = 1 (the data has 10 %). Now sampling first draws a class "
        "y ~ π, then z around that class's centre, and you can ask for one class."
    ),
    "flowimg.temperature": "Sampling temperature T",
    "flowimg.temperature_help": "z = μ_y + T σ_y ε: T scales the spread of z around its class's centre. T = 1 samples the model as fitted; T < 1 gives smoother but less varied images.",
    "flowimg.class": "Class y to draw",
    "flowimg.class_all": "every class (y ~ π)",
    "flowimg.class_help": "Draw z from one class's Gaussian only, or first pick the class at random with the training set's shares π_y.",
    "flowimg.new_samples": "Draw new samples",
    "flowimg.loading": "Sampling the flow and judging the samples with the classifier…",
    "flowimg.samples_title": "Samples from the {dataset} flow at T = {T}: {which}",
    "flowimg.samples_caption": "48 samples x = f⁻¹(z), y ~ π, z = μ_y + T σ_y ε, T = {T}",
    "flowimg.samples_caption_class": "48 samples x = f⁻¹(z), z = μ_y + T σ_y ε with y = {y} ({name}), T = {T}",
    "flowimg.confident": "recognised",
    "flowimg.confident_help": "Share of 256 samples the project classifier assigns to one class with ≥ 90 % probability.",
    "flowimg.agree": "classifier agrees",
    "flowimg.agree_help": "Share of 256 samples drawn from the Gaussian of “{name}” that the project classifier also calls “{name}”.",
    "flowimg.classes": "classes",
    "flowimg.classes_help": "exp(entropy) of the classifier's predicted classes over 256 samples: 10 when all classes appear equally often.",
    "flowimg.shares_title": "Classifier's verdict on 256 samples (dots: 2 %)",
    "flowimg.temperature_note": (
        "A flow trained by maximum likelihood must put probability on every training image, so it also spreads some "
        "onto noisy, in-between images: samples look blotchy. Lowering T keeps to the high-density core and smooths "
        "them (Glow samples at T = 0.7), at the price of variety within each class. Drawing from every class, each keeps its "
        "share π_y of the z at every T; the bars show whether the classifier still sees them. The default here is T = 1, the model "
        "as fitted. Likelihood-trained flows trade sample sharpness for an exact likelihood; the seed article's "
        "summary marks their fidelity as middling for this reason."
    ),
    "flowimg.layers_title": "One sample, layer by layer",
    "flowimg.layers_lead": (
        "The sampler starts from Gaussian noise z (shown as an image through the inverse squeeze and logit) and undoes "
        "one coupling layer at a time. Drag the slider: the first frames are noise, the digit or garment appears as "
        "the last layers (the checkerboard ones, at full resolution) are undone."
    ),
    "flowimg.player.title": "8 samples",
    "flowimg.player.label": "{j} of {K} inverse coupling layers",
    "flowimg.player.slider": "Inverse layers applied",
    "flowimg.layers_caption": "Frame 0 is z itself; the last frame is the sample shown above.",
    "flowimg.bits_title": "How good is the likelihood?",
    "flowimg.bits_metric": "test bits/dim",
    "flowimg.params": "parameters",
    "flowimg.budget": "training (1 CPU thread)",
    "flowimg.budget_value": "{minutes} min",
    "flowimg.budget_help.1": "{epochs} epochs in batches of {batch} images, on one CPU thread of a 2-core machine shared with other training jobs.",
    "flowimg.budget_help.2": (
        "{epochs} epochs with uniform u, then {second} epochs with the learned q(u | k) switched on (flow and q trained "
        "together), in batches of {batch} images, on one CPU thread of a 2-core machine shared with another training job."
    ),
    "flowimg.budget_help.3": (
        "{epochs} epochs with uniform u, then {second} epochs with the learned q(u | k) switched on (flow and q trained "
        "together), then {third} more at a third of that learning rate, in batches of {batch} images, on one CPU thread "
        "of a 2-core machine shared with another job."
    ),
    "flowimg.bits_help": (
        "The tightest of the bounds computed here: for each test image, K = {K} draws of u from q(u | k), whose ratios "
        "p(x)/q(u | k) are averaged inside the logarithm (the formula below)."
    ),
    "flowimg.iw_note": (
        "**One draw of u, or {K}:** averaging log p(x) − log q(u | k) over single draws of u gives **{one}** bits/dim. "
        "Averaging the ratio p(x)/q(u | k) over {K} draws *before* taking the logarithm gives **{bits}**, {gain} bits/dim "
        "lower. Both are upper bounds on the same −log₂ P(k) (the logarithm of an average is at least the average of the "
        "logarithms), and the more draws, the closer the bound comes, on average, to the model's own figure, never below it "
        "(importance weighting, as in IWAE; for dequantisation, Hoogeboom et al. 2020). The histograms further down use one "
        "draw per image."
    ),
    "flowimg.uniform_metric": "uniform u, one draw",
    "flowimg.uniform_help": "u ~ U(0, 1) in every pixel instead of the learned q(u | k): RealNVP's choice. Also an upper bound on the same −log₂ P(k), but a looser one.",
    "flowimg.dequant_note": (
        "**Learned vs uniform dequantisation:** with u drawn uniformly (RealNVP's choice) the same flow needs "
        "**{uniform}** bits/dim; with the learned q(u | k), one draw each, **{one}**: **{gain}** bits/dim tighter. Both are upper bounds "
        "on the same −log₂ P(k), so the lower one is the better estimate of the same model. The gap is large because "
        "flow and q were trained together: the flow learned to put its density where q places each pixel inside its "
        "bin, so a uniform u often lands where the flow expects little."
    ),
    "flowimg.published.mnist": (
        "**For comparison:** RealNVP-style coupling flows on MNIST reach about **1.02–1.08 bits/dim** in the "
        "literature, after GPU-hours of training on the full 60,000 digits (with uniform u, one draw per image; a learned q, "
        "as here, is how Flow++ tightened the same kind of bound, and several draws tighten it further). This model reaches **{bits}** with far less: a small network, trained "
        "for {minutes} minutes on one CPU thread, on the {train}-digit offline subset of MNIST ({test} test digits). "
        "Lower is better; 8 bits/dim would be no model at all."
    ),
    "flowimg.published.fashion": (
        "**For comparison:** Fashion-MNIST is harder to compress than MNIST (textures, fewer empty pixels), so every "
        "model needs more bits per pixel on it. Flow papers mostly report MNIST (about 1.02–1.08 bits/dim for "
        "RealNVP-style flows after GPU-hours, with uniform u), so we give that as the reference. This model reaches "
        "**{bits}** on the Fashion-MNIST test split ({test} images) after {minutes} minutes of training on one CPU thread "
        "on {train} images, with a small network. Lower is better; 8 bits/dim would be no model at all."
    ),
    "flowimg.bayes_note": (
        "The same p(z) makes the flow a classifier, by Bayes' rule (above; the log-determinant of f is the same for "
        "every y and cancels). On the {n} test images it names the right class for {acc}; the project classifier, "
        "trained for exactly that, for {clf}. A density model can classify, but modelling every pixel is not the "
        "shortest road to a label."
    ),
    "flowimg.ood_title": "Does a high likelihood mean “looks like my training data”?",
    "flowimg.ood_lead": (
        "An exact likelihood is tempting as a detector of unusual inputs: an image unlike the training data should get "
        "a low likelihood (many bits/dim). Flows are known to sometimes fail at this, rating simpler images from "
        "another dataset *higher*. Here each flow scores {n} test images of its own dataset and {n} of the other, "
        "measured, not assumed. Each flow scores with its own learned q(u | k); on the other dataset's images it "
        "also gives a tighter bound than uniform u, so it does not tilt the comparison."
    ),
    "flowimg.ood_loading": "Scoring the test images of both datasets with both flows…",
    "flowimg.ood_series": "{dataset} test images",
    "flowimg.ood_chart": "Flow trained on {model}",
    "flowimg.ood_axis": "bits/dim (left: more likely)",
    "flowimg.ood_finding": (
        "Under the {model} flow: its own test images need a median **{own}** bits/dim, {other} images **{foreign}**; "
        "**{share}** of the {other} images are rated more likely than the median {model} image."
    ),
    "flowimg.ood_note_absent": (
        "Here neither flow rates the other dataset's images as more likely than its own: on these models the "
        "likelihood does separate the two datasets. The failure reported in the literature (e.g. a Fashion-MNIST flow "
        "preferring MNIST digits) is not guaranteed; it depends on the model and the data, which is why it is measured here."
    ),
    "flowimg.ood_note": (
        "Why this can happen: the likelihood is dominated by how easy an image is to compress pixel by pixel (large "
        "uniform backgrounds, smooth strokes), not by whether it belongs to the training set's classes. MNIST digits are "
        "mostly black background, which any image model finds cheap. So a likelihood alone is a poor test of "
        "“is this like my data”."
    ),
    "lesson.flow2d.1": "Compare the two pictures at the top: samples of the target (grey) and samples of the flow (coloured by the direction of their z). Try each “Target density”: where do the two pictures differ?",
    "lesson.flow2d.2": "Answer the prediction question under the samples, then drag “Sampling temperature T” to 0.5 and back to 1.0: which parts of the shape keep their points?",
    "lesson.flow2d.3": "On the heatmap under “The learned density, and log p(x) of one point”, click a bright mode, then a dark gap between modes: compare log p(x) and the bars of the waterfall.",
    "lesson.flow2d.4": "In “Layer by layer”, press play: the Gaussian's points and grid are bent one coordinate at a time. Watch the chart under the points as they gather on the target's shape.",
    "lesson.flow2d.5": "In “Inside one coupling layer”, move “Coupling layer k”: s and t read only the kept coordinate, and at your point s is exactly that layer's bar in the waterfall.",
    "lesson.flow2d.predict": "Lower the temperature from T = 1.0 to T = 0.5 (the same flow, the same random z, only scaled by T). What happens to the flow's samples?",
    "lesson.flow2d.predict.crowd": "they crowd onto the densest parts (average log p(x) rises)",
    "lesson.flow2d.predict.spread": "they spread into the gaps (average log p(x) falls)",
    "lesson.flow2d.predict.same": "they are as likely as before (average log p(x) about the same)",
    "lesson.flow2d.reveal": (
        "Measured on the 2,000 samples of the “{density}” flow: the average log p(x) is {cold} nats at T = 0.5 and {warm} "
        "nats at T = 1.0; their spread (root-mean-square distance from their centre) is {cold_spread} and {warm_spread}. "
        "The right answer: **{answer}** (a change under {tie} nats counts as “about the same”)."
    ),
    "flow2d.notice.samples": (
        "**What to notice:** T only scales the Gaussian's z (z ~ N(0, T² I)); the flow f⁻¹ is the same function at every T. "
        "So T changes which points are drawn, not the model: the heatmap of p(x) below is the same at every T."
    ),
    "flow2d.notice.density": (
        "**What to notice:** log p(x) is the sum of the bars: the Gaussian's log p(z) at the point's code plus each layer's "
        "log|det|. A difference of 1 nat is a factor e ≈ 2.7 in density, 5 nats a factor of about 150. The integral under "
        "the heatmap stays ≈ 1, so density gained on the modes is taken from the gaps."
    ),
    "flow2d.notice.layers": (
        "**What to notice:** every step moves the points along one axis only, yet the map stays invertible: nothing is torn "
        "or folded, neighbouring points stay neighbours and the colours of z keep their order. Where the points pile up, "
        "space was squeezed (log|det| < 0) and the density rises."
    ),
    "flow2d.notice.coupling": (
        "**What to notice:** the bar of layer {k} in the waterfall above is exactly this s = {s}: the layer's whole "
        "contribution to log p(x) is one output of a small network, with no determinant to compute."
    ),
    "lesson.flowimg.1": "Look at the 48 samples and the classifier's bars at T = 1, then drag “Sampling temperature T” down to 0.7: do the images get smoother, and what happens to the bars and the “classes” number? Then pick one class under “Class y to draw”: how often does the classifier agree?",
    "lesson.flowimg.2": "In “One sample, layer by layer”, drag the slider back to 0 and then forward to the end: at which layer does a digit or a garment become visible?",
    "lesson.flowimg.3": "Read “How good is the likelihood?”: this model's bits/dim next to the published figures. Lower is better; 8 bits/dim would be the raw pixels.",
    "lesson.flowimg.4": "Scroll to the likelihood on the other dataset and answer the prediction question before you look at the two histograms.",
    "lesson.flowimg.5": "Compare the two histograms (left: more likely): which flow puts the other dataset's images to the left of its own? The box under them says why this can happen.",
    "lesson.flowimg.6": "Under “Your own image”, draw a digit or a garment: where does it fall among the test images' bits/dim, and what does the classifier call it? Try a neat digit and a scribble.",
    "lesson.flowimg.predict": (
        "Each flow scores {n} test images of its own dataset and {n} of the other. Which flow rates most of the other "
        "dataset's images as more likely (fewer bits/dim) than its own median test image?"
    ),
    "lesson.flowimg.predict.mnist": "only the MNIST flow",
    "lesson.flowimg.predict.fashion": "only the Fashion-MNIST flow",
    "lesson.flowimg.predict.both": "both flows",
    "lesson.flowimg.predict.neither": "neither flow",
    "lesson.flowimg.reveal": (
        "Measured on these test images: under the MNIST flow, {mnist_share} of the Fashion-MNIST images need fewer bits/dim "
        "than the median MNIST digit (medians: {mnist_own} for MNIST, {mnist_foreign} for Fashion-MNIST); under the "
        "Fashion-MNIST flow, {fashion_share} of the MNIST digits need fewer than the median Fashion-MNIST image (medians: "
        "{fashion_own} for Fashion-MNIST, {fashion_foreign} for MNIST). The right answer: **{answer}**."
    ),
    "flowimg.notice.samples": (
        "**What to notice:** T scales only the spread around each class's centre (z = μ_y + T σ_y ε); the flow, the "
        "classes' shares π_y and the likelihood are the same at every T. Pick one class: how often does the classifier "
        "agree, and does that change as you lower T?"
    ),
    "flowimg.notice.layers": (
        "**What to notice:** frame 0 is Gaussian noise, and the shape appears only near the end, as the full-resolution "
        "checkerboard layers are undone. Every frame is an exact, invertible step: running the layers forwards again "
        "gives back the same z."
    ),
    "flowimg.own.title": "Your own image: how likely does the flow find it?",
    "flowimg.own.body": (
        "Draw a digit or a garment with the mouse or a finger, or upload a photo. It is prepared as MNIST images were "
        "(bright ink on black, scaled to fit 20 × 20 and centred in 28 × 28); then the {dataset} flow scores it in bits/dim "
        "exactly as it scored the test images above, and the classifier says what it sees."
    ),
    "flowimg.own.marker": "your image",
    "flowimg.own.chart": "{dataset} test images under the {dataset} flow",
    "flowimg.own.empty": "Nothing drawn or uploaded yet: the chart shows the test images only.",
    "flowimg.own.bits": "bits/dim of your image",
    "flowimg.own.verdict": "Classifier sees: **{verdict}** ({confidence})",
    "flowimg.own.place": (
        "Under the {dataset} flow your image needs **{bits}** bits/dim: **{fewer}** of the {n} {dataset} test images need "
        "fewer (the flow rates them more likely), {more} need at least as many."
    ),
    "flowimg.own.notice": (
        "**What to notice:** the flow and the classifier answer different questions. The classifier names the class your "
        "image looks most like; the flow's bits/dim says how cheaply its exact likelihood codes the pixels. Try a neat "
        "digit, a scribble and a large blob: the two answers need not agree, as the histograms above showed for whole datasets."
    ),
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
    "rev.guidance.title": "Guidance: agreement and diversity against w (measured)",
    "rev.guidance.lead": (
        "Classifier-free guidance mixes two predictions of the same network, with and without the class. "
        "It follows the gradient of log p(y | x_t) of the network's own implicit classifier (1 + w) times "
        "instead of once, like sampling from p(x)·p(y | x)^(1+w): the exponent acts as an inverse temperature "
        "on the class. Samples become more typical of their class, and more alike. The curves are measured on "
        "this model: the classifier's agreement with y, and the diversity figure above."
    ),
    "rev.guidance.caption": 'Measured on {n} samples per w (every class equally, DDIM {steps} steps), the shared protocol: FID against the whole test split {fids} (the reference, {n} real training images scored the same way: {reference}); precision / recall {prs}.',
    "rev.measured_missing": "The measured table for this dataset is missing. Create it with `{command}`.",
    "rev.guidance.notice": (
        "What to notice: at w = 0 some samples do not look like their class yet; as w grows the classifier "
        "agrees more often, but the samples of a class become more similar (diversity falls) and, at large w, "
        "strokes get thick and contrast harsh. Classroom sampling usually sits at a moderate w (here about 1–3)."
    ),
    "rev.unconditional": 'Without a class (null class ∅, DDIM {steps} steps, {n} samples): FID {fid} against the reference {reference}; the classifier is confident about {confident} of them. The GAN and flow figures on their pages come from the same function at the same n.',
    "rev.latex.simple": "simple",
    "rev.steps.title": "DDPM vs DDIM: how many steps?",
    "rev.steps.lead": (
        "DDPM walks all T = 1000 steps and adds fresh noise at each (σ_t² = β̃_t). DDIM (Song et al., 2021) "
        "uses the same trained network but jumps between a few timesteps deterministically: it moves x̂₀ to "
        "the noise level of the next chosen t. DDIM's update with η = 1 adds the posterior noise of that "
        "shorter chain at each jump: that is DDPM's sampler on a respaced schedule, the DDPM rows below. Generation cost is proportional to the number of network calls, which is why "
        "diffusion is slow and why fewer steps matter. Measured on this model:"
    ),
    "rev.steps.col.sampler": "sampler",
    "rev.steps.col.steps": "steps",
    "rev.steps.col.per16": "seconds per 16",
    "rev.steps.col.fid": "FID (classifier features)",
    "rev.steps.col.kid": 'KID ± sd',
    "rev.steps.col.precision": 'precision',
    "rev.steps.col.recall": 'recall',
    "rev.steps.choice": "Sampler",
    "rev.steps.ddpm": "DDPM, 1000 steps",
    "rev.steps.ddim": "DDIM, {k} steps",
    "rev.steps.ddpm_respaced": "DDPM, {k} steps (respaced: DDIM with η = 1)",
    "rev.sample_now": "Sample now",
    "rev.sample_now_caption": (
        "Runs the chosen chain live for the 16 samples above (same class, w and seed), showing x_t and x̂₀ as it goes. "
        "1000 steps take about a minute on a CPU. A chain someone already ran on this server with the same settings is "
        "replayed from its recording instead (you are told)."
    ),
    "rev.progress": "step {step} of {total}",
    "rev.waiting_slot": "Waiting for a free slot: another student's chain is running (the server runs one at a time so every page stays responsive)…",
    "rev.sample_replayed": (
        "{steps} steps, replayed: this server already ran exactly this chain (same class, w, sampler and seed {seed}), "
        "for you or another student, so it showed you that run's frames instead of computing them again. Computing it took "
        "{seconds} s. Another “Random seed” in the sidebar gives new samples, computed live."
    ),
    "rev.sample_from_player": (
        "{steps} steps, replayed: with these settings (same class, w, sampler and seed {seed}) the chain is exactly the one "
        "the player above shows, which the server computed for it in {seconds} s, so it was not run again. Choose another "
        "sampler to watch a chain run live."
    ),
    "rev.sample_settings": "Sampled: {choice}, w = {w}, {sampler}, seed {seed}.",
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
    # Lessons on the diffusion pages, and the own image on the forward page
    "fwd.source": "Image to noise",
    "fwd.source.test": "a test image",
    "fwd.source.own": "your own image",
    "fwd.own_empty": "Nothing drawn or uploaded yet: the test image is noised until you draw or upload one.",
    "fwd.schedules.notice": (
        "What to notice: halfway, at t = {t_half}, the linear schedule keeps ᾱ_t = {linear} of the signal's power, the cosine "
        "schedule {cosine}; in the strips the linear row turns to noise at smaller t than the cosine row. Both end near zero "
        "(ᾱ_T = {linear_T} and {cosine_T}), so with either schedule generation can start from N(0, I)."
    ),
    "lesson.fwd.1": "Press **Play** on the player (or drag **timestep t**) and watch the **Closed form** and **Step by step** rows: from which t on can you no longer tell what the image shows?",
    "lesson.fwd.2": "Answer the prediction question under the player before you read the ᾱ_t chart at t = 500, then press **Reveal**.",
    "lesson.fwd.3": "In the player's right chart, compare the measured spread of both rows with the theory curve √(1 − ᾱ_t); then read why the two rows differ in their pixels but not in their statistics.",
    "lesson.fwd.4": "Switch **Noise schedule β_t** to **cosine**: answer the question again for this schedule, then compare the ᾱ_t and SNR plots and the two strips under **Noise schedules**.",
    "lesson.fwd.5": "Watch the pixel histogram's two peaks melt into N(0, 1). Then choose **your own image** under **Image to noise**, draw a digit (or upload one) and watch the forward process drown it too.",
    "lesson.fwd.predict": "Halfway through the chain, at t = {t_half}, how much of the image's signal power ᾱ_t is left with the {schedule} schedule?",
    "lesson.fwd.predict.over75": "more than 75 %",
    "lesson.fwd.predict.25to75": "between 25 % and 75 %",
    "lesson.fwd.predict.5to25": "between 5 % and 25 %",
    "lesson.fwd.predict.under5": "less than 5 %",
    "lesson.fwd.reveal": (
        "Computed from the {schedule} schedule: ᾱ_{t_half} = {alpha_bar}, the product of the {t_half} factors α_s = 1 − β_s, "
        "so {percent} of the signal's power is left: x_{t_half} = {signal}·x_0 + {noise}·ε. The right answer: **{answer}**. "
        "The {other} schedule keeps ᾱ_{t_half} = {other_alpha_bar}."
    ),
    "lesson.rev.1": "Press **Play** on the player under **16 samples, every step** and watch x_t (left) and x̂₀ (right): at which step can you tell the class of each sample in x̂₀?",
    "lesson.rev.2": "Answer the first prediction under the numbers: as **Guidance scale w** grows, do the samples of a class become more varied or more alike?",
    "lesson.rev.3": "Choose one class in **Class y**, then set **Guidance scale w** to 0 and to 7: read **Classifier agrees with y** and **Diversity** under the player each time and look at the samples.",
    "lesson.rev.4": "Compare with the measured curves under the guidance heading, then answer the second prediction (FID) before you read the caption's numbers.",
    "lesson.rev.5": "In the **DDPM vs DDIM** table read the seconds per 16 images of each sampler; then choose **DDIM, 10 steps** in **Sampler** and press **Sample now** to watch a chain run live.",
    "lesson.rev.6": "Read the training section: why can training pick one random t per image without ever running the chain?",
    "lesson.rev.predict": "From w = {w_first} to w = {w_last}, what happens to the diversity of the samples (how different the samples of one class are)?",
    "lesson.rev.predict.up": "it goes up",
    "lesson.rev.predict.down": "it goes down",
    "lesson.rev.predict.same": "it stays about the same (within 5 %)",
    "lesson.rev.reveal": (
        "Measured on this model ({n} samples per w, DDIM {steps} steps): diversity {values}. Meanwhile the classifier's agreement "
        "with y went from {agreement_first} at w = {w_first} to {agreement_last} at w = {w_last}. The right answer: **{answer}**."
    ),
    "lesson.rev.fid_predict": "FID (lower = closer to real images) was measured for the same sweep. Where on w = {w_first} … {w_last} is it lowest?",
    "lesson.rev.fid.last": "at the largest w ({w_last}): it keeps falling",
    "lesson.rev.fid.middle": "at a middle w: it falls, then rises again",
    "lesson.rev.fid.first": "at w = {w_first}: guidance only makes it worse",
    "lesson.rev.fid.flat": "nowhere: it hardly changes (within 2 %)",
    "lesson.rev.fid_reveal": (
        "Measured FID per w: {values}; the lowest is {best} at w = {best_w} (the reference, {n} real training images: {reference}). The right answer: "
        "**{answer}**. From w = {w_first} to w = {w_last} agreement went from {agreement_first} to {agreement_last} and diversity "
        "from {diversity_first} to {diversity_last}. FID compares both the typical look and the spread of the samples with those "
        "of real images (diversity 1 = as varied as real images): it rewards samples that look like their class and "
        "penalises samples that are too alike."
    ),
    "rev.trajectory.notice": (
        "What to notice: x̂₀ shows a whole image long before x_t is clean. At every step the network guesses the clean image, "
        "and the step moves x_t only a little towards that guess. Early guesses, from almost pure noise, are blurry; the "
        "details appear as t falls. The same seed gives the same x_T, so changing the class or w changes only the path."
    ),
    "rev.steps.notice": (
        "What to notice: every step is one call of the network, so the step count sets the cost. Measured here: {few} steps "
        "took {few_seconds} s per 16 images, {many} steps {many_seconds} s: {calls} times as many network calls, {ratio} times "
        "as long per image (times depend on the machine: these are one CPU thread, on the date in the caption)."
    ),
    "rev.steps.notice_fid": "The {many} row has only {n_many} samples; FID depends on the sample count, so its FID does not compare with the rows of {n_few} samples.",
    "rev.steps.col.samples": "samples",
    "rev.steps.col.seconds_all": "seconds for all samples",
    "rev.steps.stochastic": (
        "At the same {steps} steps, the stochastic sampler (DDPM, η = 1) scored FID {fid_ddpm} and {agree_ddpm} agreement "
        "with the requested class; the deterministic one (DDIM, η = 0) {fid_ddim} and {agree_ddim}. {verdict}"
    ),
    "rev.steps.stochastic.better": (
        "On this small, briefly trained network the fresh noise helps: each step's error in ε_θ is partly washed out by "
        "the next step's noise, while the deterministic path carries it all the way to the image."
    ),
    "rev.steps.stochastic.worse": "Here the deterministic path does better at this step count.",
    "rev.steps.caption_rows": 'Each row: {n} samples (every class equally), w = 0, one CPU thread, measured {date}, scored by the shared protocol. Lower FID and KID are better; the reference, {n} real training images scored the same way, has FID {reference} and KID {reference_kid} (about 0: KID is unbiased). Precision: share of samples that look real; recall: share of real images the samples cover.',
    'nav.compare_group': 'Compare',
    'nav.compare': 'All families, measured',
    'compare.title': "Compare the families: the seeds' table, measured",
    'compare.lead': "The seed article ends with a table that rates VAEs, diffusion models, flows and GANs on likelihood, training stability, fidelity and generation speed with ○ / △ / ×. Here each symbol stands beside the number this app measured on its own shipped models, all under one protocol, and ⚠ marks where the measurement reverses the seed's order.",
    'lesson.compare.1': "Read the table: each cell is the seed's symbol, then what was measured here. Which column has the most ⚠?",
    'lesson.compare.2': 'Answer the question under the table before you read the speed column closely.',
    'lesson.compare.3': 'Look at the samples of the four families from the same seed: which would you call sharpest, and does the FID column agree?',
    'lesson.compare.4': "In the plots, follow the DDPM's two curves (DDIM and DDPM's stochastic sampler) as the steps grow, and the guidance curve on precision / recall. Last, read why the app fixes n.",
    'lesson.compare.predict': "Which family makes one image fastest on this server's CPU (batch of 16)?",
    'lesson.compare.reveal': 'Measured: the **{fastest}**, {ms} ms per image; the slowest is the **{slowest}**, {slow_ms} ms, because it runs its network once per denoising step. A likelihood (bits/dim) exists for: {likelihood}; the GAN defines none.',
    'compare.table.title': "The seeds' table with this app's numbers ({dataset})",
    'compare.col.family': 'family',
    'compare.col.likelihood': 'likelihood',
    'compare.col.stability': 'training stability',
    'compare.col.fidelity': 'fidelity',
    'compare.col.speed': 'generation speed',
    'compare.family.vae': 'VAE',
    'compare.family.ddpm': 'diffusion (DDPM)',
    'compare.family.flow': 'flow',
    'compare.family.gan': 'GAN',
    'compare.cell.fidelity': 'FID {fid} ({ratio}× real)',
    'compare.cell.speed': '{ms} ms / image, {nfe} network passes',
    'compare.cell.exact': '{bits} bits/dim (exact)',
    'compare.cell.bound': '≤ {bits} bits/dim (bound)',
    'compare.cell.bernoulli': '{bits} bits/dim (Bernoulli bound: not comparable)',
    'compare.cell.undefined': 'none (no density)',
    'compare.cell.not_measured': 'not measured yet',
    'compare.disagrees': 'measured worse than {others}',
    'compare.table.caption': 'Fidelity: FID at n = {n} against the whole test split, as a multiple of the reference ({reference}: {n} real training images scored the same way). Speed: one CPU thread, batch 16, median of 3 runs, the DDPM with DDIM 50 steps. Likelihood: bits per pixel on the test split. Training stability is not measured yet. Measured {date} (`python -m core.evaluate`).',
    'compare.notice.title': '**What to notice**',
    'compare.notice.fidelity': '- **Fidelity:** the closest to real images is the {best}, at {ratio}× the reference: none of these small CPU-trained models is near real data yet.',
    'compare.notice.speed': "- **Speed:** the {slowest} is about {factor}× slower per image than the fastest family: the seed's × for diffusion holds.",
    'compare.notice.flags': "- **⚠ {count} cell(s)** where this app's models reverse the seed's order: the seed rates families in general, these are four small models.",
    'compare.notice.speed_other': '- **Speed:** the {slowest} is about {factor}× slower per image than the fastest family; the seed rates diffusion as the slow one, these models do not bear that out.',
    'compare.notice.no_flags': "- No measured cell reverses the seed's order.",
    'compare.notice.likelihood': "- **Likelihood:** only the flow's bits/dim is the exact density of its (dequantised) images; the VAE's is a bound of a Bernoulli decoder, which does not compare with it; the DDPM's bound is not measured yet; the GAN has none.",
    'compare.samples.title': 'One seed, four families',
    'compare.samples.caption': '{family}, seed {seed}',
    'compare.plots.title': 'Fidelity against speed, and precision against recall',
    'compare.plot.speed_x': 'ms per image (one CPU thread, log scale)',
    'compare.plot.fid_y': 'FID at n = 1,000 (log scale)',
    'compare.plot.protocol': "shipped models (the protocol's sampler)",
    'compare.plot.curve.ddim': 'DDPM network, DDIM (η = 0), by steps',
    'compare.plot.curve.ddpm': 'DDPM network, stochastic sampler (η = 1), by steps',
    'compare.plot.reference': 'real images (reference)',
    'compare.plot.speed_caption': "The curves are the reverse-diffusion page's measured table (1,000 samples per point, timed as one batch); the points, batch 16. The same network: more steps cost time; the stochastic sampler buys far more fidelity per step here.",
    'compare.plot.recall': 'recall (share of real images the samples cover)',
    'compare.plot.precision': 'precision (share of samples that look real)',
    'compare.plot.real': 'real images',
    'compare.plot.guidance': 'DDPM, guidance scale w (DDIM 50)',
    'compare.plot.pr_caption': "k-NN manifolds (k = 3) on the classifier's features, n = 1,000. Guidance moves along a trade-off: samples more typical of their class, fewer of the real images covered.",
    'compare.sweep.title': 'Why the app fixes n: FID depends on it, KID does not',
    'compare.sweep.notice': '**What to notice:** real training images scored against real test statistics get FID {fid_small} at n = {n_small} and {fid_large} at n = {n_large}: the same data, a different number. KID is unbiased: for real images it is 0 within two standard deviations at {kid_within} of {sizes} sizes. So every FID in the app is taken at one n, and KID is shown beside it.',
    'compare.protocol': 'Protocol: n = {n} samples per model, seed {seed}; KID over {subsets} random half-size subsets; precision / recall with k = {k}.',
}
