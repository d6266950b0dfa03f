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
    "glossary.lead": (
        "The terms the pages use, in English and Japanese (the Japanese terms of the source articles), with a "
        "one-line meaning, grouped under a link to the page that shows them. Type in either language to filter."
    ),
    "glossary.search": "Search",
    "glossary.placeholder": "e.g. latent, 潜在, ELBO",
    "glossary.count": "{shown} of {total} terms",
    "glossary.meaning": "Meaning",
    "glossary.shown_on": "Shown on: {page}",
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
    "lesson.home.2": (
        "The four families: find where each one appears in this app, and the page that compares all four on "
        "measured numbers."
    ),
    "lesson.home.3": "Answer the prediction question, then drag μ and σ to make the log-likelihood as large as you can, before you press the button.",
    "lesson.home.4": "Press “Reveal the hidden distribution”: how close did the samples let you get? Change n and try again.",
    "lesson.home.predict": "With n = {small_n} samples or with n = {large_n} samples: which maximum-likelihood estimate μ̂ lands closer to the hidden μ?",
    "lesson.home.predict.10": "n = {n}",
    "lesson.home.predict.1000": "n = {n}",
    "lesson.home.predict.same": "about the same",
    "lesson.home.reveal": "Measured with this seed: |μ̂ − μ| = {small} with {small_n} samples and {large} with {large_n}. The error of μ̂ shrinks like σ/√n on average, though one draw of {small_n} can be lucky.",
    "lesson.aevae.1": "Look at the autoencoder's plane (left): each dot is one test image's code. Where are the empty gaps between the classes?",
    "lesson.aevae.2": "Click an empty area of the AE plane, a hole: what does the decoder draw there, and what does the density readout say?",
    "lesson.aevae.3": "Go to “Sample from N(0, I)”, answer the prediction question, then compare the two grids and their numbers.",
    "lesson.aevae.4": "Now the VAE's plane (right): the same test images, packed around the origin. Hover over it: how much of it decodes to something data-like?",
    "lesson.aevae.5": "Draw your own digit under “Your own image”: where does each encoder put it (the star)?",
    "lesson.aevae.6": "At the bottom, the KL weight β: what happens to the codes, the samples and the reconstruction error as β grows? Then open “Latent interpolation”.",
    "lesson.aevae.predict": "Both decoders get the same {count} random points z ~ N(0, I). Whose samples will cover more of the ten classes?",
    "lesson.aevae.predict.ae": "the autoencoder's",
    "lesson.aevae.predict.vae": "the VAE's",
    "lesson.aevae.predict.same": "about the same",
    "lesson.aevae.reveal": "Measured on these {count} samples: the AE's cover {ae_classes} classes ({ae_confident} recognised), the VAE's {vae_classes} classes ({vae_confident} recognised). Nothing placed the AE's codes around N(0, I), so its random points fall on a few classes' regions or between them.",
    "lesson.interp.1": "Find images A and B on both planes (the black dots): the line between them is the path.",
    "lesson.interp.2": "Answer the prediction question below the player before you move α.",
    "lesson.interp.3": "Drag α or press play and watch both rows: where does the autoencoder's image stop looking like data?",
    "lesson.interp.4": "Compare with the density curve: where does each path enter the red band (a hole)?",
    "lesson.interp.5": "Switch the VAE path to slerp, pick other classes, or click a plane to choose new endpoints.",
    "lesson.interp.predict": "On the straight line from A to B, which model's path passes through a hole (density below {hole} × typical)?",
    "lesson.interp.predict.ae": "only the autoencoder's",
    "lesson.interp.predict.vae": "only the VAE's",
    "lesson.interp.predict.both": "both",
    "lesson.interp.predict.neither": "neither",
    "lesson.interp.reveal": "Measured on this path: the lowest density is {ae} × typical for the autoencoder and {vae} × typical for the VAE (a hole is below {hole}).",
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
    "loading.models": "Loading the models and encoding {images} test images (only the first visit after a server start waits for this)…",
    "loading.frames": "Decoding every frame of the path…",
    "loading.samples": "Sampling and asking the classifier about each sample…",
    "player.play": "Play",
    "player.pause": "Pause",
    "player.speed": "Playback speed",
    "kind.ae": "Autoencoder (2-D latent)",
    "kind.vae": "VAE (2-D latent)",
    "kind.vae_beta0.1": "VAE, β = {beta}",
    "kind.vae_beta4": "VAE, β = {beta}",
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
        "| Family | Core idea | How a sample is made | Where in this app |\n|---|---|---|---|\n| Autoencoder / VAE "
        "| Encode x into a small latent vector z and decode it back; the VAE pulls z towards the prior N(0, I) | "
        "VAE: draw z ~ N(0, I), run the decoder (a plain AE has no distribution to draw z from) | *Autoencoder vs "
        "VAE*, *Latent interpolation* |\n| GAN | A generator and a discriminator play a game: fake vs real | Run "
        "the generator on noise z | *GAN training, replayed*, *Live 2-D GAN* |\n| Normalizing flow | An invertible "
        "network turns a Gaussian into the data, with an exact likelihood | Invert the flow on Gaussian noise | "
        "*2-D flow density*, *Flows on images* |\n| Diffusion | Learn to undo a gradual noising process, step by "
        "step | Start from pure noise and denoise it step by step, one network call per step | *Forward process*, "
        "*Reverse process* |\n"
    ),
    "home.families.compare": (
        "**{compare}** puts the four families side by side: the seed article's summary table (likelihood, "
        "training stability, fidelity, generation speed), with numbers measured on this app's own models."
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
    "aevae.explore.title": "Latent spaces of {images} test images",
    "aevae.explore.caption": (
        "Each dot is one test image, placed at its code z (for the VAE: the mean of q(z|x)) and coloured by its class. "
        "Dashed circles: radius {r1} and {r2} ({r1}σ and {r2}σ of N(0, I)); in 2-D they hold {plane1} and {plane2} of its probability, "
        "not the {line1} and {line2} of a 1-D Normal. "
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
        "A hole: almost none of the {images} test images shown above is encoded near this point (for the VAE: the means of q(z|x)). "
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
        "mean code, averaged over the test set: see \"About these models\" at the bottom):\n{comparisons}\n\n"
        "{verdict} The β section below shows what a smaller or a larger β changes."
    ),
    "aevae.image.versus.better": "{dataset}: the VAE reconstructs better than the AE, by {difference} nats ({vae} vs {ae} nats)",
    "aevae.image.versus.worse": "{dataset}: the VAE reconstructs worse than the AE, by {difference} nats ({vae} vs {ae} nats)",
    "aevae.image.versus.same": "{dataset}: the VAE reconstructs as well as the AE ({vae} vs {ae} nats)",
    "aevae.recon.no_cost": (
        "With a 2-D bottleneck the KL term at β = 1 costs no reconstruction quality: on every dataset the VAE, measured "
        "at the mean of q(z|x), reconstructs at least as well as the AE."
    ),
    "aevae.recon.cost": (
        "On at least one dataset the VAE, measured at the mean of q(z|x), reconstructs worse than the AE: there the KL "
        "term at β = 1 costs some reconstruction quality even with a 2-D bottleneck."
    ),
    "aevae.sample.title": "Sample from N(0, I)",
    "aevae.sample.body": (
        "Draw random points z ~ N(0, I) and decode them with each model. The VAE was trained with a KL term that pulls its "
        "codes towards this distribution; the AE was not, so many of its random points land in holes or outside the data."
    ),
    "aevae.sample.button": "Draw new samples",
    "aevae.sample.metric": "Recognised samples",
    "aevae.sample.metric_help": "Share of the {count} samples scored (the grid shows the first {shown}) that the classifier assigns to one class with at least {confident} probability.",
    "aevae.sample.classes": "Classes covered",
    "aevae.sample.classes_help": "exp(entropy) of the classes the classifier assigns to the {count} samples: 10 when all ten appear equally often, 1 when every sample is the same class.",
    "aevae.sample.caption": "Both rows decode exactly the same {shown} random points (the first {shown} of the {count} that are scored).",
    "aevae.lattice.title": "The decoded lattice: the manifold picture",
    "aevae.lattice.body": "Decode a regular {n}×{n} grid of points over each plane. Each tile is what the decoder draws at that position.",
    "aevae.lattice.caption": "{model}: z₁ from {x0} to {x1} (left to right), z₂ from {y1} to {y0} (top to bottom)",
    "aevae.beta.title": 'The KL weight β: how hard to pull the codes towards N(0, I)',
    "aevae.beta.body": ("The same VAE trained with each of the KL weights β = {betas}; β = 1 is the plain ELBO used above. "
                     "A small β lets the codes drift away from the prior (a wider, lumpier latent space, so samples from N(0, I) can miss "
                     "part of the data); a large β squeezes the codes onto the prior, so sampling is easy but the classes overlap more. "
                     "Under the table: what each β does to the test numbers of every dataset, read from the checkpoints. All "
                     "reconstruction numbers in this section are the reconstruction term at one sampled z per image."),
    "aevae.beta.small.none": "**β = {beta}** does not buy better reconstructions than β = 1: with two latent numbers the bottleneck itself is the limit.",
    "aevae.beta.small.slight": "**β = {beta}** buys at most a slight gain in reconstruction over β = 1 (under {limit} of the error): with two latent numbers the bottleneck itself is the limit.",
    "aevae.beta.small.gain": "**β = {beta}** buys better reconstructions than β = 1.",
    "aevae.beta.large.rises": "**β = {beta}** pays with a higher reconstruction term than β = 1 on every dataset.",
    "aevae.beta.large.mixed": "**β = {beta}** does not raise the reconstruction term above β = 1's on every dataset.",
    "aevae.beta.versus.better": "{dataset}: {value} nats against {reference} at β = 1 ({difference} nats better)",
    "aevae.beta.versus.worse": "{dataset}: {value} nats against {reference} at β = 1 ({difference} nats worse)",
    "aevae.beta.versus.same": "{dataset}: {value} nats against {reference} at β = 1 (the same)",
    "aevae.beta.elbo.one": "**β = {beta}**, the only one trained on exactly the ELBO, has the lowest −ELBO on every dataset:",
    "aevae.beta.elbo.other": "The lowest −ELBO is not at β = {beta} on every dataset, although β = {beta} is the only one trained on exactly the ELBO:",
    "aevae.beta.elbo.row": "{dataset}, −ELBO in nats: {values}",
    "aevae.beta.plane_title": 'β = {beta}',
    "aevae.beta.col.reconstruction": 'reconstruction at a sampled z (nats)',
    "aevae.beta.col.kl": 'KL (nats)',
    "aevae.beta.col.gaussian": 'Gaussian-fit KL of the codes',
    "aevae.beta.col.classes": 'classes covered by N(0, I) samples',
    "aevae.beta.samples_caption": 'β = {beta}: {count} decoded samples z ~ N(0, I)',
    "aevae.beta.caption": 'Reconstruction and KL: test-set means written when each model was trained (one z sample per image). Gaussian-fit KL and classes covered: computed here from the {images} display images and {samples} prior samples.',
    "aevae.notice": (
        "What to notice: the AE's codes sprawl over a large area with empty gaps between the classes; decoding a gap gives "
        "blurry hybrids or shapes no one wrote. The VAE packs its codes around the origin, inside the circles of N(0, I), with "
        "far fewer and smaller holes, so a random point from N(0, I) usually decodes to something that looks like data. "
        "{reconstruction}"
    ),
    "own.title": "Your own image through both models",
    "own.body": "Draw a digit (or a garment) with the mouse or a finger, or upload a photo. It is prepared as MNIST images were: the ink's bounding box scaled to fit {box}×{box} pixels, its centre of mass put at the centre of a {frame}×{frame} frame. Then both encoders place it on the latent planes above (a star), both decoders rebuild it, and the classifier says what it sees.",
    "own.draw": "Draw",
    "own.upload": "Upload",
    "own.pad_label": "Drawing pad: draw with white ink on black",
    "own.clear": "Clear",
    "own.upload_label": "An image file (PNG, JPEG, GIF, BMP, WebP, TIFF; at most {megabytes} MB)",
    "own.upload_help": "A photo of dark ink on light paper works too: it is turned bright-on-black, as MNIST stores digits.",
    "own.prepared": "prepared 28×28 input",
    "own.readout": "Classifier sees in your input: **{verdict}** ({confidence})  \nAE code z = ({ae_z1}, {ae_z2}); VAE code z = ({vae_z1}, {vae_z2})  \nDensity of the test images' codes there: AE **{ae_density}×**, VAE **{vae_density}×** typical",
    "own.empty": "Nothing drawn or uploaded yet.",
    "own.error.too_large": "That file is larger than {megabytes} MB. A photo of one digit needs far less: try a smaller image.",
    "own.error.not_image": "That file could not be read as an image. Try a PNG or JPEG.",
    "own.error.too_many_pixels": "That image has too many pixels (over {pixels}). Try a smaller image.",
    "own.error.too_small": "That image is too small (under {side} pixels on a side). Try a larger one.",
    "own.error.too_wide": "That image is very long and thin (more than {ratio} times wider than tall, or the reverse). Crop it around the digit.",
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
    "interp.viewer.hole_band": "below {hole}: a hole",
    "interp.strip.title": "The whole path at a glance (α = 0, {step}, …, 1)",
    "interp.numbers.title": "Measured along this path",
    "interp.numbers.min_density": "{model}: lowest density on path",
    "interp.numbers.confident": "{model}: strip frames recognised",
    "interp.numbers.caption": (
        "Density: the k-nearest-neighbour density (k = {k}) of the codes of the {images} displayed test images (for the VAE: "
        "the means of q(z|x)) at each path point, divided by the density at a typical code (from the median distance of a "
        "code to its k-th nearest neighbour), so the two latent spaces share one scale. The lowest density is given in these "
        "units (× typical); below {hole} counts as a hole."
    ),
    "interp.notice": (
        "What to notice: the AE's straight line often crosses empty regions between classes (the density curve dips into the red band) "
        "and the images there turn into odd symbols. The VAE's path usually stays where codes are dense and the image morphs smoothly. "
        "Slerp turns the angle around the origin at an even rate, walking along an arc instead of cutting through the middle. "
        "If |z_A| = |z_B| it stays on one circle; for endpoints at most a right angle apart its distance from the origin stays between "
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
        "Of the {frames} frames in the strip above (α = 0, {step}, …, 1), how many the classifier assigns to one class with at "
        "least {confident} probability."
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
        "A GAN has no encoder and no likelihood. A **generator** G turns random noise z into an image; a **discriminator** D, an "
        "ordinary binary classifier, tells real training images from G's images. They train in turns: D learns to catch G's "
        "fakes, then G learns to fool the updated D. Nothing ever tells G what a digit looks like; it only gets D's gradient.\n\n"
        "Below is a real run of the small DCGAN shipped with this app: the same noise vectors go through G at every recorded "
        "moment, so you watch one generator learn. Drag the slider or press play."
    ),
    "gan.replay.math": "The objective and the alternating updates",
    "gan.replay.math.objective": (
        "D(x) is D's probability that x is real; p is the data distribution and q the distribution of G(z), z ~ N(0, I). (Seed "
        "003 writes P(x), or p_data(x), for the data distribution and Q(x) for the generator's: its P is this page's p, its Q "
        "this page's q, and its p(z) this page's N(0, I).) The game:"
    ),
    "gan.replay.math.alternating": (
        "Each training step takes a batch of m real images and m noise vectors and makes **two updates in turn**, with two "
        "optimizers: first D climbs V (cross-entropy with label 1 for real, 0 for generated), then G descends the "
        "**non-saturating** loss −log D(G(z)). The original log(1 − D(G(z))) is nearly flat while D rejects G's images with "
        "confidence, which is exactly the situation early in training; −log D(G(z)) has the same fixed point and strong gradients there."
    ),
    "gan.replay.math.optimal": "For a fixed G, the best discriminator and the value of the game at it are:",
    "gan.replay.math.nonsaturating": (
        "So with the minimax loss log(1 − D(G(z))) and an optimal D, G would minimise the Jensen–Shannon divergence (0 only when "
        "q = p). **This app trains the non-saturating loss −log D(G(z)) instead**, for the image GAN here and for the live 2-D "
        "GAN on the next page. Its value at D* has no such neat form; holding D* fixed while G takes its step, its gradient is "
        "that of KL minus twice the JSD (Arjovsky & Bottou, 2017):"
    ),
    "gan.replay.math.seed_loss": (
        "Seed 003 uses a third generator loss, the sum of the two: log(1 − D(G(z))) − log D(G(z)) = log[(1 − D(G(z))) / "
        "D(G(z))]. At D*, (1 − D*)/D* = q/p, so its value **is** KL(q‖p), exactly as the seed says (the seed writes G(x) inside "
        "this loss where G(z) is meant):"
    ),
    "gan.replay.math.seed_note": (
        "So the −2·JSD term belongs to the non-saturating loss, not to the seed's sum. Where the seed says that a GAN minimises "
        "KL(Q‖P), that holds for its sum loss only: the minimax game minimises a JSD (above), and the loss this app trains "
        "follows the gradient of KL − 2·JSD. The seed's loss and the one trained here both contain KL(q‖p): it is large where G "
        "puts images that p never produces, and nearly blind to parts of p that G never produces. That is one reason why a GAN "
        "can drop modes (mode collapse, on the next page)."
    ),
    "gan.replay.run.title": "The training run",
    "gan.replay.run.caption": (
        "{frames} recorded moments over {total} alternating updates (batch {batch}). Losses are averaged over the updates since "
        "the previous frame; the grid and the classifier's {n} samples come from the running average of G's weights, which is "
        "the generator the run ships."
    ),
    "gan.replay.frame_label": "update {step} / {total}",
    "gan.replay.grid_title": "G(z), fixed z",
    "gan.replay.grid_subtitle": "{count} noise vectors",
    "gan.replay.chart.losses": "Losses: G (−log D(G(z))) and D (cross-entropy)",
    "gan.replay.chart.x": "update →",
    "gan.replay.series.g_loss": "G loss",
    "gan.replay.series.d_loss": "D loss",
    "gan.replay.series.g_eq": "G at D ≡ ½: log 2",
    "gan.replay.series.d_eq": "D at D ≡ ½: 2 log 2",
    "gan.replay.chart.d": "Mean D(x) on real and D(G(z)) on generated images",
    "gan.replay.chart.judge": "The classifier's verdict: classes with ≥ {share} of samples (left) and share recognised with ≥ {threshold} (right)",
    "gan.replay.chart.fid": 'FID of {n} samples, recorded during training against {reference} (log scale; only comparable along this curve)',
    "gan.replay.chart.reference_own": "{n} real test images",
    "gan.replay.chart.reference_shared": "the whole test split (core.fidelity's statistics)",
    "gan.replay.series.covered": "classes",
    "gan.replay.series.confident": "recognised",
    "gan.replay.slider": "training update",
    "gan.replay.notice.title": "**What to notice**",
    "gan.replay.notice.losses": (
        "- **The losses settle long before the images do.** The FID (last chart) comes within {near} of its final value {fid} "
        "only at update {step}; the losses there were G {g} and D {d}, and at the end G {g_end} and D {d_end}, both near the "
        "values they read when D(x) = D(G(z)) = ½: log 2 = {g_eq} for G and 2 log 2 = {d_eq} for D (the pale lines). In a GAN "
        "each loss is measured against an opponent that improves too, so once the two are matched the losses stay near those "
        "values however good the images get. The classifier's curves and the FID measure the images themselves."
    ),
    "gan.replay.notice.losses_neutral": (
        "- **What the losses measure.** The FID (last chart) comes within {near} of its final value {fid} at update {step}; the "
        "losses there were G {g} and D {d}, and at the end G {g_end} and D {d_end}. When D(x) = D(G(z)) = ½ they read log 2 = "
        "{g_eq} for G and 2 log 2 = {d_eq} for D (the pale lines). In a GAN each loss is measured against an opponent that "
        "improves too, so the losses say how the two are matched, not how good the images are: the classifier's curves and the "
        "FID measure the images themselves."
    ),
    "gan.replay.notice.d": (
        "- **Where D(x) and D(G(z)) end up.** D separates real from generated most clearly at update {step} (D(x) = {real}, "
        "D(G(z)) = {fake}); at the end they are {real_end} and {fake_end}. If G matched the data exactly, the best D could do is "
        "½ for both (D* = p / (p + q) = ½), so a gap that remains means D still finds differences. The converse does not hold: "
        "D(x) ≈ D(G(z)) ≈ ½ is also what a D outputs that has stopped learning, or is too weak to see the differences, whatever "
        "G makes. {check}"
    ),
    "gan.replay.notice.d_check": (
        "To tell a real equilibrium from a blind D, measure the images: from update {settle} on, D(x) stayed between {real_low} "
        "and {real_high} and D(G(z)) between {fake_low} and {fake_high}, yet the FID still fell from {fid_settle} to {fid_end}, "
        "and at the end the samples cover {classes} of {total} classes (each with ≥ {share} of the {n} samples judged). G kept "
        "improving against a D that kept up; a G stuck in front of a blind D would leave the FID flat."
    ),
    "gan.replay.notice.d_check_neutral": (
        "From update {settle} on, D(x) stayed between {real_low} and {real_high} and D(G(z)) between {fake_low} and "
        "{fake_high}, while the FID went from {fid_settle} to {fid_end}; at the end the samples cover {classes} of {total} "
        "classes (each with ≥ {share} of the {n} samples judged). Only such measurements of the images tell a real equilibrium "
        "from a blind D: a FID that keeps falling while D's outputs stay put means G keeps improving against a D that keeps "
        "up; a FID that does not fall leaves a blind D possible."
    ),
    "gan.replay.notice.judge": (
        "- **A judge can be fooled too.** At update {step} every image is grey noise, yet the classifier recognises {confident} "
        "of them with at least {threshold} probability. Confidence alone would call that good; the class count ({classes} of "
        "{total}) and the FID, which compares the whole distribution of features with real images, do not."
    ),
    "gan.replay.notice": "GANs give sharp samples but no likelihood: unlike the VAE there is no number of nats to compare. This app judges them with its own classifier instead (share recognised, classes covered, FID on its features).",
    "gan.final.title": "The final generator",
    "gan.final.body": "New noise, new images: each press draws {count} new z ~ N(0, I), shows G(z) for all of them and asks the classifier about them.",
    "gan.final.button": "New samples (new seed)",
    "gan.final.caption": "G(z) for {count} new noise vectors (seed {seed})",
    "gan.final.confident": "Recognised samples",
    "gan.final.confident_help": "Share of the {count} samples shown that the classifier assigns to one class with at least {threshold} probability.",
    "gan.final.covered": "Classes covered",
    "gan.final.covered_help": "Classes that at least {share} of the {count} samples shown ({least} or more) are assigned to. A collapsed generator covers few.",
    "gan.final.max_softmax": "Mean confidence",
    "gan.final.max_softmax_help": "Mean of the classifier's largest class probability over the {count} samples shown (1 = always certain).",
    "gan.final.fid": "**FID** at n = {n} (the shared protocol; the classifier's features, against the whole test split): **{fid}**, {ratio}× the **reference** {reference}, which is {n} real training images scored the same way (what a perfect generator would get at this n: finite samples never reach 0). KID {kid} ± {kid_sd} (real images: {reference_kid}, zero within its spread, since KID is unbiased); precision {precision} (share of samples that look real), recall {recall} (share of real images the samples cover).",
    "gan.walk.title": "A walk between two noise vectors",
    "gan.walk.body": (
        "{walks} walks from z_A to z_B, side by side. The path follows the great circle (slerp), not the straight line: in "
        "{latent} dimensions nearly all of N(0, I) lies close to the sphere of radius √{latent} = {radius}, and the straight "
        "line's midpoint is about {closer} closer to the origin (its length is about √({latent}/2)), where G saw no noise "
        "vectors during training. The images change smoothly: G is a continuous map."
    ),
    "gan.walk.button": "New walk (new z_A, z_B)",
    "gan.walk.row_title": "G(z) along the walk",
    "gan.walk.row_subtitle": "{walks} walks",
    "gan.walk.chart": "Classifier confidence along the walk (mean of {walks})",
    "gan.walk.series": "confidence",
    "gan.walk.slider": "position on the walk",
    "gan.live.title": "A live 2-D GAN: watch mode collapse",
    "gan.live.lead": (
        "The same game on points in the plane, small enough to watch every part of it (the idea of GAN Lab, trained here on the "
        "server). **Green** dots are real data, **purple** dots are the generator's samples. The background is the "
        "discriminator's verdict D(x): green where it says \"real\", purple where it says \"generated\". The arrows show where the "
        "generator's loss pushes each sample, ∇ₓ log D(x): uphill on log D. They show directions: each frame is scaled to its "
        "own longest arrow, whose size is printed under the legend. Press play, then try the two presets."
    ),
    "gan.live.preset.healthy": "Preset: stabilised GAN (R1 + averaging)",
    "gan.live.preset.healthy_help": (
        "{target}; learning rates G {lr_g} and D {lr_d}, D steps per G step {d_steps}, noise size {latent}; the plain GAN losses "
        "plus D's R1 penalty (γ = {r1}) and G's running average shown (decay {average}). The counter under the view measures how "
        "many of the {modes} modes your run covers as it trains."
    ),
    "gan.live.preset.collapse": "Preset: mode collapse",
    "gan.live.preset.collapse_help": (
        "{target}. Compared with the stabilised preset, {count} settings differ: {differences}; everything else is the same. D's "
        "learning rate is {ratio} times G's, but that is only one of the differences, and this preset does not separate them: to "
        "find which one matters, start from the stabilised preset and change one at a time."
    ),
    "gan.live.preset.summary": (
        "learning rates G {lr_g} and D {lr_d}, D steps per G step {d_steps}, noise size {latent}, R1 penalty on D γ = {r1}, G's "
        "running average shown with decay {average}"
    ),
    "gan.live.diff.target": "target: {value} instead of {base}",
    "gan.live.diff.lr_g": "G's learning rate: {value} instead of {base}",
    "gan.live.diff.lr_d": "D's learning rate: {value} instead of {base}",
    "gan.live.diff.d_steps": "D steps per G step: {value} instead of {base}",
    "gan.live.diff.latent_dim": "noise size: {value} instead of {base}",
    "gan.live.diff.seed": "seed: {value} instead of {base}",
    "gan.live.diff.packing": "samples D judges at once: {value} instead of {base}",
    "gan.live.diff.hidden": "units per hidden layer: {value} instead of {base}",
    "gan.live.diff.batch_size": "batch size: {value} instead of {base}",
    "gan.live.diff.r1": "R1 penalty on D (γ): {value} instead of {base}",
    "gan.live.diff.average": "G's running average shown: {value} instead of {base}",
    "gan.live.diff.separator": "; ",
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
    "gan.live.r1_help": (
        "Adds γ/2 · E‖∇ₓ ℓ(x)‖² over real x to D's loss, where ℓ is D's logit, D(x) = σ(ℓ(x)) (Mescheder et al. 2018): D's logit "
        "may not change steeply at the data, so D cannot sharpen into a cliff there and G keeps getting a moderate push towards "
        "every mode. 0 = a plain GAN. Applies at once."
    ),
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
    "gan.live.view.arrows": "∇ₓ log D(x): where G's loss pushes its samples",
    "gan.live.view.arrow_scale": "arrows show directions, scaled to this frame's longest one; its |∇ₓ log D(x)| =",
    "gan.live.max_steps": "This run stopped at {steps} generator steps (a limit per session). Press Reset to start again.",
    "gan.live.caption": (
        "Learning rates, the step ratio, R1 and the averaging apply at once; another target, noise size or seed starts a new "
        "run. The server trains {steps} generator steps per request and the page plays them as {frames} frames."
    ),
    "gan.live.notice.title": "What to look for",
    "gan.live.notice.body": (
        "- **Mode collapse.** With the collapse preset the purple points gather on a few of the ring's blobs, or hop from one "
        "blob to the next: D learns to reject the blob G is on, G moves to another, and the losses keep oscillating. The mode "
        "counter stays low.\n- **When D wins.** If D gets far ahead of G, its logit surface sharpens: the background turns purple "
        "wherever G's samples are, and D(G(z)) falls towards 0. The arrows do not vanish then. G trains the non-saturating loss "
        "−log D(G(z)), whose push on a sample is ∇ₓ log D(x) = (1 − D(x)) ∇ₓ ℓ(x) (ℓ: D's logit): with D(x) near 0 that is the "
        "whole slope of the logit, which grows as D sharpens, and it points wherever the logit rises fastest, not necessarily "
        "onto the data. G chases it, overshoots, and D re-learns: the hopping above. (It is the original loss log(1 − D(G(z))) "
        "whose push, D(x) ∇ₓ ℓ(x), vanishes as D(x) → 0.) The arrows are rescaled in every frame, so read their size in the "
        "number under the legend, and compare the two presets.\n- **Losses at their D = ½ values are not a win.** When D(x) ≈ D(G(z)) "
        "≈ ½, G's loss reads log 2 = {g_eq} and D's 2 log 2 = {d_eq}: at an equilibrium, and just as well when D cannot see what "
        "is wrong (watch the first frames of the stabilised preset: the losses are near those values while the counter is still "
        "climbing). The counter and the picture tell the two apart; the losses cannot."
    ),
    "gan.live.notice.kl": (
        "A sample where there is no data (q > 0, p ≈ 0) makes log(q/p) large: it costs a lot. A mode of the data that G never "
        "visits (p > 0, q ≈ 0) adds almost nothing, because the integral weighs it by q ≈ 0. The −2·JSD term does not restore "
        "the balance: it enters with a minus sign, so it rewards a difference between p and q rather than punishing a missing "
        "mode (Arjovsky & Bottou, 2017). Seed 003's sum loss log((1 − D)/D) equals KL(q‖p) itself at the optimal D, with the "
        "same asymmetry."
    ),
    "gan.live.metric": (
        "Counted as in the Unrolled-GAN, VEEGAN and PacGAN papers: {samples} samples; a mode is **covered** when at least "
        "{share} of them lie within 3 σ of its centre; **high quality** is the share of samples within 3 σ of some mode. For the "
        "moons and the spiral, the modes are equal stretches of the curve."
    ),
    "lesson.gan_replay.1": (
        "Press play on the training run (or drag “training update”) and watch the grid “G(z), fixed z”: the same noise vectors "
        "at every moment. When do the first recognisable shapes appear?"
    ),
    "lesson.gan_replay.2": "Before you read the charts, answer the prediction question under the player: what do the two losses do while the images improve?",
    "lesson.gan_replay.3": (
        "Now read the charts at the same moment (the losses, D(x) and D(G(z)), the classifier's verdict, the FID) and the “What "
        "to notice” box: which curve tells you that the images got better?"
    ),
    "lesson.gan_replay.4": (
        "Under “The final generator”, press “New samples (new seed)” a few times: how many of the classes do the samples cover, "
        "and how far is the FID from the reference of real images?"
    ),
    "lesson.gan_replay.5": "Under “A walk between two noise vectors”, press play: do the images change smoothly, and where is the confidence curve lowest? Then open “Live 2-D GAN and mode collapse”.",
    "lesson.gan_replay.predict": (
        "Over the run the grid goes from noise to recognisable images, and the FID (last chart, lower is better) is still "
        "falling near the end of the run. What do the two losses, G's −log D(G(z)) and D's cross-entropy, do while the images keep "
        "improving?"
    ),
    "lesson.gan_replay.predict.track": "they keep changing with the FID to the end, never staying within {tol} of two fixed values",
    "lesson.gan_replay.predict.settle": "after a fast start they stay within {tol} of two fixed values, while the FID keeps falling",
    "lesson.gan_replay.predict.rise": "G's loss ends higher than it started (D wins)",
    "lesson.gan_replay.reveal": (
        "Measured in this run (losses averaged between frames; FID of {n} samples, lower is better): at update {first}, G's loss "
        "was {g_first} and D's {d_first}. From update {settle} to the last, update {end}, both stayed within {tol} of the values "
        "they read when D(x) = D(G(z)) = ½, log 2 = {g_eq} for G and 2 log 2 = {d_eq} for D: G's between {g_low} and {g_high} "
        "(at the end {g_end}), D's between {d_low} and {d_high} (at the end {d_end}). Over the same stretch the FID still fell, "
        "from {fid_settle} to {fid_end} ({fid_drop} lower). So for this run the answer is: **{answer}**. −log ½ = log 2 and −log "
        "½ − log(1 − ½) = 2 log 2 hold whatever the images look like: each loss is measured against an opponent that keeps up, "
        "so once the two are matched the losses no longer follow the images."
    ),
    "lesson.gan_replay.reveal.unsettled": (
        "Measured in this run (losses averaged between frames; FID of {n} samples, lower is better): from update {first} to "
        "update {end}, G's loss went from {g_first} to {g_end} and D's from {d_first} to {d_end}, while the FID went from "
        "{fid_first} to {fid_end}. The losses did not stay within {tol} of the values they read when D(x) = D(G(z)) = ½ (log 2 = "
        "{g_eq} for G, 2 log 2 = {d_eq} for D) up to the end. So for this run the answer is: **{answer}**."
    ),
    "lesson.gan_replay.reveal.flat": (
        "Measured in this run (losses averaged between frames; FID of {n} samples, lower is better): at update {first}, G's loss "
        "was {g_first} and D's {d_first}. From update {settle} to the last, update {end}, both stayed within {tol} of the values "
        "they read when D(x) = D(G(z)) = ½, log 2 = {g_eq} for G and 2 log 2 = {d_eq} for D: G's between {g_low} and {g_high} "
        "(at the end {g_end}), D's between {d_low} and {d_high} (at the end {d_end}). But over the same stretch the FID went from "
        "{fid_settle} to {fid_end}, not {still} or more lower: in this run the images, too, stopped improving once the losses "
        "settled. The question's premise does not hold for this run, and no option describes it exactly."
    ),
    "lesson.gan_replay.reveal.rise": (
        "Measured in this run (losses averaged between frames; FID of {n} samples, lower is better): from update {first} to "
        "update {end}, G's loss went from {g_first} to {g_end} and D's from {d_first} to {d_end}, while the FID went from "
        "{fid_first} to {fid_end}. G's loss ended higher than it started, so for this run the answer is: **{answer}**."
    ),
    "lesson.gan_live.1": (
        "Look at the view: green dots are the real data (at first a ring of blobs), purple dots are G's samples, the background "
        "is D's verdict. Press “One step” a few times: where do the arrows push the purple dots?"
    ),
    "lesson.gan_live.2": "Press “Preset: stabilised GAN (R1 + averaging)”, then answer the prediction question under the view before you press Play.",
    "lesson.gan_live.3": (
        "Press Play and watch the “modes covered” counter until about the generator step the question names, then press “Reveal "
        "the measured answer”. Does the counter stay put or move? Do “G loss” and “D loss” tell you the same?"
    ),
    "lesson.gan_live.4": "Press “Preset: mode collapse” and Play: where do the purple dots go? Compare “modes covered” and “high quality” with the stabilised run. Could you tell the collapse from “G loss” and “D loss” alone?",
    "lesson.gan_live.5": (
        "Your own experiment: the mode-collapse preset changes several settings at once (its button's tooltip lists them). Press "
        "“Preset: stabilised GAN (R1 + averaging)”, change just one of those settings (say “R1 penalty on D (γ)” or “Learning "
        "rate of the generator”), play, and watch the counter: which one brings the collapse? Then read below why dropping a "
        "mode costs G so little."
    ),
    "lesson.gan_live.predict": "With the stabilised preset ({preset}), how many of the ring's {modes} modes will G's samples cover after about {steps} generator steps?",
    "lesson.gan_live.predict.all": "nearly all (at most {missing} missing)",
    "lesson.gan_live.predict.some": "some, but not nearly all",
    "lesson.gan_live.predict.few": "{few} or fewer",
    "lesson.gan_live.run": "{target}, learning rates G {lr_g} and D {lr_d}, D steps per G step {d_steps}, noise size {latent}, seed {seed}",
    "lesson.gan_live.run.healthy": "the stabilised preset",
    "lesson.gan_live.run.collapse": "the mode-collapse preset",
    "lesson.gan_live.reveal": (
        "Your run ({run}) at generator step {step}, the latest the server has trained (the view may be a few frames behind): its "
        "samples cover **{covered} of {modes}** modes, and {hq} of them are high quality (within 3 σ of a mode). Its losses over "
        "the last frame's steps: G {g_loss}, D {d_loss} (at D ≡ ½ they would read log 2 = {g_eq} and 2 log 2 = {d_eq}). {verdict}"
    ),
    "lesson.gan_live.reveal.answer": "For this run the answer is: **{answer}**.",
    "lesson.gan_live.reveal.early": (
        "So far that would be **{answer}**, but {step} steps are too early to judge: let it play to about {target_step} and "
        "press “Reveal the measured answer” again."
    ),
    "gan.walk.notice": (
        "**What to notice:** the classifier's confidence, averaged over these {walks} walks, is {start} at z_A and {end} at z_B; "
        "its lowest point is {low} at {alpha}. Over the {n} samples of this generator that the shared evaluation scores, the "
        "mean confidence is {overall}. The walk stays on the sphere where N(0, I) keeps almost all its mass, so every z on it is "
        "a typical noise vector for G, the kind it was trained on."
    ),
    "gan.live.why.title": "Why dropping a mode is cheap for G",
    "gan.live.why.body": "With the non-saturating loss this page trains, G's gradient at an optimal D is that of KL(q‖p) − 2·JSD(p‖q) (previous page), where",
    # --- Flow pages (issue: flow density) ---
    "nav.flows": "Normalizing flows",
    "nav.flow_2d": "2-D flow density",
    "nav.flow_images": "Flows on images",
    "kind.flow": "Normalizing flow (RealNVP coupling layers)",
    "card.metric.test_bits_per_dim": "test negative log-likelihood (bound, one draw of u)",
    "card.metric.test_iw_bits_per_dim": "the same, {draws} draws of u (importance-weighted)",
    "card.metric.test_uniform_bits_per_dim": "the same with uniform dequantisation",
    "card.metric.test_class_accuracy": "test accuracy of the flow as a classifier (Bayes' rule on its class Gaussians)",
    "flow2d.title": "A Gaussian, reshaped layer by layer",
    "flow2d.lead": (
        "A **normalizing flow** is one invertible function f from the data x to a variable z that should look "
        "like a standard Gaussian. Because f can be undone exactly, a sample is easy (draw z, run f backwards) "
        "and so is the **exact** likelihood of any point: the change of variables adds, for every layer, how much "
        "that layer stretches or squeezes space (its log-determinant). Nothing is approximated: no lower bound as "
        "in the VAE, no discriminator as in the GAN. Below, a RealNVP flow of {layers} coupling layers, trained "
        "by maximum likelihood on one of four 2-D toy densities."
    ),
    "flow2d.range": "{low} to {high}",
    "flow2d.density": "Target density",
    "flow2d.density.moons": "Two moons",
    "flow2d.density.ring": "Ring of 8 Gaussians",
    "flow2d.density.checkerboard": "Checkerboard",
    "flow2d.density.rings": "Concentric rings",
    "flow2d.temperature": "Sampling temperature T",
    "flow2d.temperature_help": (
        "Samples start from z ~ N(0, T² I). T < 1 keeps z near the centre of the Gaussian, where p(z) is highest; "
        "T > 1 reaches into its tails. T scales only p(z), not the layers' log|det|, so this is not sampling the "
        "sharpened density p(x)^(1/T²): whether low-T samples sit where p(x) is highest depends on the flow (the "
        "question below measures it)."
    ),
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
        "Sampling runs the flow backwards. Here {n} points z ~ N(0, T² I) and a square grid drawn in z-space are "
        "carried through the inverse layers one at a time: drag the slider or press play. Each layer moves only "
        "one coordinate (alternately x₁ and x₂), so every step is a shear-and-stretch along one axis; together "
        "they bend the Gaussian into the target shape."
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
    "flow2d.card.architecture": "Architecture (from the checkpoint)",
    "flow2d.card.arch": "{layers} coupling layers; s and t: MLP {widths}",
    "flow2d.card.training": "Training (CPU, 1 thread)",
    "flow2d.card.test_nll": "test −log p (nats)",
    "flow2d.card.true_nll": "true density's −log p (nats)",
    "flow2d.card.integral": "∫ p on the view",
    "flow2d.card.steps": "{steps} steps of {batch} fresh samples",
    "flow2d.card_caption": (
        "RealNVP affine coupling layers (each flow's architecture as its checkpoint records it), Adam. Test: "
        "{test} held-out samples. The lowest possible −log p is the true density's (where known): the gap is what "
        "the flow misses. Retrain with `{command}`."
    ),
    "flowimg.title": "Flows on images: exact likelihood in bits per pixel",
    'flowimg.lead': "The same idea on 28 × 28 images. Pixels are integers k, so each first gets a random fraction u between 0 and 1 added, x = (k + u) / 256, so that the data has a density at all (**dequantisation**). Where inside its bin each pixel lands is drawn by a small learned network q(u | k), trained together with the flow (**variational dequantisation**, as in Flow++): a smooth flow cannot make its density flat inside every 1/256-wide bin, so q follows the flow's shape instead of a flat one. Then a logit, so values near 0 and 1 are not squashed against a wall. The flow squeezes each 2 × 2 block of pixels into 4 channels and applies {checker} coupling layers with **checkerboard masks** (the two diagonals of every block take turns), squeezes again to {stage2} and applies {channel} coupling layers with **channel masks**, each after a learned channel mixing (an invertible 1 × 1 convolution, as in Glow). Its density of x is exact; the score of an integer image, in **bits per dimension**, is how many bits per pixel an ideal compressor built on the model would need (8 would be raw pixels). Averaged over u it can never fall below −log₂ P(k), the code length the model itself gives the integer image, whatever q is (the inequality below): a better q brings the estimate closer to the model's own figure, never below it.",
    "flowimg.base_lead": (
        "**Where sampling starts.** The flow is trained with z ~ N(0, I). Afterwards the training images' z = "
        "f(x) are collected class by class and one Gaussian is fitted to each class: its centre μ_y and its "
        "spread σ_y in every dimension (maximum likelihood, in closed form), with weight π_y, the class's share "
        "of the training set. This mixture is the model's p(z), in every likelihood on this page. Why: with the "
        "single N(0, I) this flow draws “{rare}” in only {share} of {n} samples at T = 1 (measured now; the data "
        "has {weight}). Now sampling first draws a class y ~ π, then z around that class's centre, and you can "
        "ask for one class."
    ),
    "flowimg.temperature": "Sampling temperature T",
    "flowimg.temperature_help": "z = μ_y + T σ_y ε: T scales the spread of z around its class's centre. T = 1 samples the model as fitted; T < 1 gives smoother but less varied images.",
    "flowimg.class": "Class y to draw",
    "flowimg.class_all": "every class (y ~ π)",
    "flowimg.class_help": "Draw z from one class's Gaussian only, or first pick the class at random with the training set's shares π_y.",
    "flowimg.new_samples": "Draw new samples",
    "flowimg.loading": "Sampling the flow and judging the samples with the classifier…",
    "flowimg.samples_title": "Samples from the {dataset} flow at T = {T}: {which}",
    "flowimg.samples_caption": "{n} samples x = f⁻¹(z), y ~ π, z = μ_y + T σ_y ε, T = {T}",
    "flowimg.samples_caption_class": "{n} samples x = f⁻¹(z), z = μ_y + T σ_y ε with y = {y} ({name}), T = {T}",
    "flowimg.confident": "recognised",
    "flowimg.confident_help": "Share of {n} samples the project classifier assigns to one class with ≥ {threshold} probability.",
    "flowimg.agree": "classifier agrees",
    "flowimg.agree_help": "Share of {n} samples drawn from the Gaussian of “{name}” that the project classifier also calls “{name}”.",
    "flowimg.classes": "classes",
    "flowimg.classes_help": (
        "exp(entropy) of the classifier's predicted classes over {n} samples: {classes} when all classes appear equally "
        "often."
    ),
    "flowimg.shares_title": "Classifier's verdict on {n} samples (dots: {dots})",
    "flowimg.temperature_note": (
        "A flow trained by maximum likelihood must put probability on every training image, so it also spreads "
        "some onto noisy, in-between images: samples look blotchy. Lowering T draws z closer to its class's "
        "centre, where p(z) is highest, and the samples come out smoother (Glow samples at T = {glow}), at the price "
        "of variety within each class. That is not sampling a sharpened p(x): T scales only p(z), while log p(x) "
        "also holds the layers' log|det|, which differs from image to image, so a low-T sample is likely under "
        "p(z), not necessarily among the most likely images under p(x). Drawing from every class, each keeps its "
        "share π_y of the z at every T; the bars show whether the classifier still sees them. The default here is "
        "T = {default}, the model as fitted. Likelihood-trained flows trade sample sharpness for an exact "
        "likelihood; the seed article's summary marks their fidelity as middling for this reason."
    ),
    "flowimg.layers_title": "One sample, layer by layer",
    'flowimg.layers_lead': 'The sampler starts from Gaussian noise z (shown as an image through the inverse squeeze and logit) and undoes one coupling layer at a time. Drag the slider: the first frames are noise, the digit or garment appears as the last layers (the checkerboard ones, on the finer {stage1} level) are undone.',
    "flowimg.player.title": "{n} samples",
    "flowimg.player.label": "{j} of {K} inverse coupling layers",
    "flowimg.player.slider": "Inverse layers applied",
    "flowimg.layers_caption": "Frame 0 is z itself; the last frame is the sample shown above.",
    "flowimg.bits_title": "How good is the likelihood?",
    "flowimg.bits_metric": "test bits/dim",
    "flowimg.params": "parameters",
    "flowimg.budget": "training (1 CPU thread)",
    "flowimg.budget_value": "{minutes} min",
    "flowimg.budget_help.1": "{epochs} epochs in batches of {batch} images, on one CPU thread.",
    "flowimg.budget_help.2": (
        "{epochs} epochs with uniform u, then {second} epochs with the learned q(u | k) switched on (flow and q "
        "trained together), in batches of {batch} images, on one CPU thread."
    ),
    "flowimg.budget_help.3": (
        "{epochs} epochs with uniform u, then {second} epochs with the learned q(u | k) switched on (flow and q "
        "trained together), then {third} more at a third of that learning rate, in batches of {batch} images, on "
        "one CPU thread."
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
    "lesson.flow2d.2": "Answer the prediction question under the samples, then drag “Sampling temperature T” down to the lower temperature the question names and back: which parts of the shape keep their points?",
    "lesson.flow2d.3": "On the heatmap under “The learned density, and log p(x) of one point”, click a bright mode, then a dark gap between modes: compare log p(x) and the bars of the waterfall.",
    "lesson.flow2d.4": "In “Layer by layer”, press play: the Gaussian's points and grid are bent one coordinate at a time. Watch the chart under the points as they gather on the target's shape.",
    "lesson.flow2d.5": "In “Inside one coupling layer”, move “Coupling layer k”: s and t read only the kept coordinate, and at your point s is exactly that layer's bar in the waterfall.",
    "lesson.flow2d.predict": (
        "Lower the temperature from T = {warm_t} to T = {cold_t} (the same flow, the same random z, only scaled "
        "by T). What happens to the flow's samples?"
    ),
    "lesson.flow2d.predict.crowd": "they crowd onto the densest parts (average log p(x) rises)",
    "lesson.flow2d.predict.spread": "they spread into the gaps (average log p(x) falls)",
    "lesson.flow2d.predict.same": "they are as likely as before (average log p(x) about the same)",
    "lesson.flow2d.reveal": (
        "Measured on the {n} samples of the “{density}” flow: the average log p(x) is {cold} nats at T = {cold_t} "
        "and {warm} nats at T = {warm_t}; their spread (root-mean-square distance from their centre) is "
        "{cold_spread} and {warm_spread}. The right answer: **{answer}** (a change under {tie} nats counts as "
        "“about the same”)."
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
        "**What to notice:** every step moves the points along one axis only, yet the map stays invertible: "
        "nothing is torn or folded, neighbouring points stay neighbours and the colours of z keep their order. "
        "Where the points pile up, space was squeezed and the density rises: there the accumulated log|det ∂h/∂z| "
        "of these inverse layers is < 0 (the same layers in the normalizing direction, as in the waterfall above, "
        "have log|det| > 0)."
    ),
    "flow2d.notice.coupling": (
        "**What to notice:** the bar of layer {k} in the waterfall above is exactly this s = {s}: the layer's whole "
        "contribution to log p(x) is one output of a small network, with no determinant to compute."
    ),
    'lesson.flowimg.1': "Look at the {shown} samples and the classifier's bars at T = 1, then drag “Sampling temperature T” down to {cold}: do the images get smoother, and what happens to the bars and the “classes” number? Then pick one class under “Class y to draw”: how often does the classifier agree?",
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
    'flowimg.own.body': 'Draw a digit or a garment with the mouse or a finger, or upload a photo. It is prepared as MNIST images were (bright ink on black, scaled to fit {box} × {box} and centred in {frame} × {frame}); then the {dataset} flow scores it in bits/dim exactly as it scored the test images above, and the classifier says what it sees.',
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
        "A diffusion model is trained on a process that destroys images: at each of T = {T} steps a little "
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
    "fwd.loading": "Running the chain {T} steps and the closed form…",
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
        "The schedule decides how fast the image disappears. SNR_t = ᾱ_t / (1 − ᾱ_t) compares the power of what "
        "is left of the image with the power of the noise. With the linear β_t (Ho et al., 2020) ᾱ_t falls early: "
        "a 28×28 image is almost gone by the middle of the chain, so many late steps only move noise around. The "
        "cosine schedule (Nichol & Dhariwal, 2021) keeps ᾱ_t high for longer and spends the steps more evenly. "
        "The models on the next page were trained with the {trained} schedule."
    ),
    "fwd.plot.beta": "β_t (noise added at step t)",
    "fwd.plot.alpha_bar": "ᾱ_t (signal kept)",
    "fwd.plot.snr": "SNR_t = ᾱ_t / (1 − ᾱ_t), log scale",
    "fwd.strips.lead": "The same image and the same ε under both schedules:",
    "fwd.histogram.title": "The pixel histogram turns into N(0, 1)",
    "fwd.histogram.pixels": "pixels of {n} test images",
    "fwd.histogram.caption": (
        "Schedule: {schedule}. At t = 0 almost every pixel is background (−1) or ink (+1): the bars there go far "
        "above the top of the plot. With growing t the two peaks shrink towards 0 and blur; at t = {T} the "
        "histogram is the dotted standard normal curve. That is why sampling can start from N(0, I)."
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
        "clean image x̂₀, and a step to a less noisy image: to x_{t−1} with DDPM's sampler, over several "
        "timesteps at once with DDIM's (both below). Repeated from pure noise x_T ~ N(0, I), the steps end on a "
        "new image. The model here was really trained on this dataset (model card at the end)."
    ),
    "rev.formulas.ddpm": (
        "DDPM's reverse step, the model the training bound is written for (a Gaussian from t to t − 1), and the "
        "clean image x̂₀ that the predicted noise implies:"
    ),
    "rev.formulas.ddim": (
        "The player below runs **{sampler}** instead: the same network, but each step jumps from t to an earlier "
        "t′ deterministically, by moving x̂₀ to the noise level of t′ (the DDPM vs DDIM section explains what "
        "that changes):"
    ),
    "rev.class": "Class y",
    "rev.class.every": "every class in turn",
    "rev.class.none": "no class (unconditional)",
    "rev.class_help": (
        "The model was trained with the class hidden {dropout} of the time (the null class ∅), so it can also "
        "generate without one."
    ),
    "rev.guidance": "Guidance scale w",
    "rev.guidance_help": "0: the conditional model as trained. Larger w pushes each step further towards what the model thinks makes the image look like class y. (Some papers write s = 1 + w; s = 0 is then the unconditional model, here \"no class\".)",
    "rev.trajectory.title": "Every step of one chain",
    "rev.trajectory.lead": (
        "{n} samples by **{sampler}**, from noise fixed by the seed ({seed}). Scrub t or press play: left the "
        "current x_t, in the middle the noise the network predicts in it, right the clean image x̂₀ it implies."
    ),
    "rev.row.x_sub": "the sample at step t",
    "rev.row.eps_sub": "predicted noise (grey = 0)",
    "rev.row.x0_sub": "predicted clean image",
    "rev.chart.noise": "Noise level √(1 − ᾱ_t) along the trajectory ({sampler})",
    "rev.chart.axis": "step →",
    "rev.slider": "step",
    "rev.loading": "Sampling {n} images by {sampler} (a few seconds on a CPU)…",
    "rev.agreement": "Classifier agrees with y",
    "rev.agreement_help": "Share of these samples that the project's CNN classifier labels as the requested class.",
    "rev.agreement_none": "No class was requested.",
    "rev.diversity": "Diversity",
    "rev.diversity_help": "Mean distance between two samples of the same class in the classifier's feature space, divided by the same for real test images of those classes: 1 = as varied as real images, 0 = all copies.",
    "rev.classifier_sees": "Classifier sees (first {k})",
    "rev.classifier_sees_help": "The class numbers the classifier gives the first {k} samples (row by row).",
    "rev.guidance.title": "Guidance: following the class more strongly",
    "rev.guidance.lead": (
        "A class-conditional model samples p(x | y). **Guidance** makes the samples follow y more strongly than "
        "that, at the cost of variety. The seed article describes two ways; this model uses the second."
    ),
    "rev.guidance.classifier": (
        "**Classifier guidance** (Dhariwal & Nichol, 2021) needs an *external* classifier p_φ(y | x_t), trained "
        "on noisy images at every t. Bayes' rule, p(x_t | y) = p(y | x_t) p(x_t) / p(y), splits the conditional "
        "score into the unconditional score plus the classifier's gradient (p(y) does not depend on x_t and drops "
        "out):"
    ),
    "rev.guidance.temperature": (
        "**The guidance scale γ as an inverse temperature.** Raising the classifier's probability to a power γ "
        "multiplies its gradient by γ. γ = 1 is Bayes' rule as it stands: samples of p(x | y) with all their "
        "variety. γ > 1 sharpens p(y | x_t) like a temperature 1/γ below 1, so the samples crowd where the "
        "classifier is most certain of y and become more typical and more alike; γ < 1 flattens it. The seed "
        "article says that sampling p(x | y) already concentrates around the maximum a posteriori image argmax "
        "p(x | y). That is loose, and this page corrects it: a sample of p(x | y) keeps that distribution's whole "
        "spread; it is γ > 1 that concentrates the samples, towards the images the classifier rates most surely "
        "as y. Through the score, ∇ log p(x_t) ≈ −ε_θ / √(1 − ᾱ_t), the guided step is a corrected noise "
        "prediction:"
    ),
    "rev.guidance.cfg": (
        "**Classifier-free guidance (CFG)** (Ho & Salimans, 2022), which this model uses, needs no external "
        "classifier. The network was trained with the class sometimes hidden (the null class ∅), so it predicts "
        "both ε_θ(x_t, t, y) and ε_θ(x_t, t, ∅), and Bayes' rule turns their difference into an **implicit "
        "classifier**, p(y | x_t) ∝ p(x_t | y) / p(x_t):"
    ),
    "rev.guidance.terms": (
        "**What w does to each term.** At w = 0 only ε_θ(x_t, t, y) is left: the conditional model as trained, γ "
        "= 1. For w > 0 the conditional prediction gets the weight 1 + w and the unconditional one −w: each step "
        "goes past the conditional prediction, away from the unconditional one, which adds the implicit "
        "classifier's gradient w more times, so γ = 1 + w. (w = −1, off the slider, would leave the unconditional "
        "model alone: γ = 0.) A guided step costs two network calls, batched together. It is only *like* sampling "
        "p(x) p(y | x)^(1+w): each step tilts the distribution of x_t at its own t, and those tilts are not what "
        "a tilt of the clean images would turn into under the noising. This app does not run classifier guidance: "
        "its CNN classifier (the judge of the numbers below) was trained on clean images, without t, so its "
        "gradient on a noisy x_t means little."
    ),
    "rev.guidance.measured": (
        "Measured on this model by **{sampler}**, {n} samples per w: the classifier's agreement with y and the "
        "diversity figure above, against w."
    ),
    "rev.guidance.axis": "guidance scale w ({sampler})",
    "rev.guidance.caption": (
        "Measured on {n} samples per w (every class equally, {sampler}), the shared protocol: FID against the "
        "whole test split {fids} (the reference, {n} real training images scored the same way: {reference}); "
        "precision / recall {prs}."
    ),
    "rev.measured_missing": "The measured table for this dataset is missing. Create it with `{command}`.",
    "rev.guidance.notice": (
        "What to notice: at w = 0 some samples do not look like their class yet; as w grows the classifier agrees "
        "more often, but the samples of a class become more similar (diversity falls) and, at large w, strokes "
        "get thick and contrast harsh. Classroom sampling usually sits at a moderate w: the question below asks "
        "where FID is lowest on this model."
    ),
    "rev.unconditional": (
        "Without a class (null class ∅, {sampler}, {n} samples): FID {fid} against the reference {reference}; the "
        "classifier is confident about {confident} of them. The GAN and flow figures on their pages come from the "
        "same function at the same n."
    ),
    "rev.latex.simple": "simple",
    "rev.latex.small_beta": "only for small $\\beta_t$",
    "rev.latex.every_eta": "for every $\\eta$",
    "rev.steps.title": "DDPM vs DDIM: how many steps?",
    "rev.steps.lead": (
        "DDPM walks all T = {T} steps and adds fresh noise at each (σ_t² = β̃_t). DDIM (Song et al., 2021) uses "
        "the same trained network but jumps between a few timesteps deterministically: it moves x̂₀ to the noise "
        "level of the next chosen t. DDIM's update with η = 1 adds the posterior noise of that shorter chain at "
        "each jump: that is DDPM's sampler on a respaced schedule, the DDPM rows below. Generation cost is "
        "proportional to the number of network calls, which is why diffusion is slow and why fewer steps matter."
    ),
    "rev.steps.why_small": (
        "**Why T = {T} small steps?** The forward step q(x_t | x_{{t−1}}) is Gaussian by construction. The "
        "reverse step that generation needs is not: by Bayes' rule (below) q(x_{{t−1}} | x_t) is the narrow "
        "Gaussian q(x_t | x_{{t−1}}) times q(x_{{t−1}}), which has the shape of the data, with many modes. Only "
        "when β_t is small does q(x_t | x_{{t−1}}) confine x_{{t−1}} to a region about √β_t wide, over which "
        "q(x_{{t−1}}) hardly changes, so that the product is close to a Gaussian (Sohl-Dickstein et al., 2015). "
        "That is why DDPM's p_θ(x_{{t−1}} | x_t) can be a Gaussian, and why it needs many small steps: this "
        "model's {schedule} schedule takes β_t from {beta_first} to {beta_last} over T = {T} steps. A few large "
        "steps of the same Gaussian form would force a Gaussian onto a reverse step that is far from one. How few "
        "is too few depends on the noise level: where x_t is mostly noise, q(x_{{t−1}} | x_t) is itself close to a "
        "Gaussian, and it is the last, low-noise steps that need a small β_t. The respaced DDPM rows below take "
        "exactly such larger Gaussian steps."
    ),
    "rev.steps.ddim_map": (
        "**What DDIM's few large jumps give up.** With η = 0, DDIM does not take large Gaussian steps of that "
        "chain: it is a different, deterministic map from x_T to x_0, derived from a process that shares the marginals "
        "q(x_t | x_0) of the forward process (below); those marginals are all the network was trained on, which "
        "is why the same ε_θ serves it. What it gives up is the Markov chain the training bound describes: with "
        "no fresh noise, nothing corrects an error of ε_θ on the way, and each large jump trusts a single x̂₀ "
        "guess over many timesteps. Even with the same network, its samples differ from DDPM's."
    ),
    "rev.steps.ddim_cost": "Measured here ({n} samples per row): FID {fid_many} with {many}, {fid_few} with {few}. {verdict}",
    "rev.steps.ddim_cost.fewer_worse": "The fewer the jumps, the further the samples from real images.",
    "rev.steps.ddim_cost.fewer_not_worse": "Here fewer jumps did not cost fidelity.",
    "rev.steps.col.sampler": "sampler",
    "rev.steps.col.steps": "steps",
    "rev.steps.col.per16": "seconds per {n}",
    "rev.steps.col.fid": "FID (classifier features)",
    "rev.steps.col.kid": 'KID ± sd',
    "rev.steps.col.precision": 'precision',
    "rev.steps.col.recall": 'recall',
    "rev.steps.choice": "Sampler",
    "rev.steps.ddpm": "DDPM-{k} (every t)",
    "rev.steps.ddim": "DDIM-{k} (η = {eta})",
    "rev.steps.ddpm_respaced": "DDPM-{k} (respaced: DDIM with η = {eta})",
    "rev.sample_now": "Sample now",
    "rev.sample_now_caption": (
        "Runs the chosen chain live for the {n} samples above (same class, w and seed), showing x_t and x̂₀ as it "
        "goes. Every step is one network call (two with guidance), so DDPM's full chain of T = {T} steps takes "
        "far longer than any row of the table above. A chain someone already ran on this server with the same "
        "settings is replayed from its recording instead (you are told)."
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
        "**Why predict the noise?** Given x_t, the clean image and the noise determine each other: x̂₀ and ε̂ are "
        "an affine map of each other (first line below), and so is the posterior mean μ̃_t. Predicting x_0, ε or "
        "the mean is therefore the same information, and a network that predicts one predicts the others. What "
        "differs is how the loss weighs the timesteps. Written in x_0, the error of a noise prediction is divided "
        "by SNR_t (second line):"
    ),
    "rev.objective.weighting": (
        "The simple ε loss is therefore an x_0 loss weighted by SNR_t, and an unweighted x_0 loss is an ε loss "
        "weighted by 1/SNR_t. On this model's schedule SNR_t falls from {snr_first} at t = 1 to {snr_last} at t = "
        "{T}: an unweighted x_0 loss would be dominated by the noisiest steps, where x_t says almost nothing "
        "about x_0, and would give the last, detailed steps almost no weight; the ε target, N(0, I) at every t, "
        "keeps every t on the same scale for one network. Ho et al. found the unweighted ε loss gave the best "
        "samples. ε_θ is also, up to the factor −1/√(1 − ᾱ_t), an estimate of the score ∇ log p(x_t): the link to "
        "score models, and to guidance above."
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
    'lesson.fwd.2': 'Answer the prediction question under the player before you read the ᾱ_t chart at t = {t_half}, then press **Reveal**.',
    "lesson.fwd.3": "In the player's right chart, compare the measured spread of both rows with the theory curve √(1 − ᾱ_t); then read why the two rows differ in their pixels but not in their statistics.",
    "lesson.fwd.4": "Switch **Noise schedule β_t** to **cosine**: answer the question again for this schedule, then compare the ᾱ_t and SNR plots and the two strips under **Noise schedules**.",
    "lesson.fwd.5": "Watch the pixel histogram's two peaks melt into N(0, 1). Then choose **your own image** under **Image to noise**, draw a digit (or upload one) and watch the forward process drown it too.",
    "lesson.fwd.predict": "Halfway through the chain, at t = {t_half}, how much of the image's signal power ᾱ_t is left with the {schedule} schedule?",
    "lesson.fwd.predict.over75": "more than {low}",
    "lesson.fwd.predict.25to75": "between {low} and {high}",
    "lesson.fwd.predict.5to25": "between {low} and {high}",
    "lesson.fwd.predict.under5": "less than {high}",
    "lesson.fwd.reveal": (
        "Computed from the {schedule} schedule: ᾱ_{t_half} = {alpha_bar}, the product of the {t_half} factors α_s = 1 − β_s, "
        "so {percent} of the signal's power is left: x_{t_half} = {signal}·x_0 + {noise}·ε. The right answer: **{answer}**. "
        "The {other} schedule keeps ᾱ_{t_half} = {other_alpha_bar}."
    ),
    "lesson.rev.1": (
        "Press **Play** on the player under **Every step of one chain** and watch x_t (left) and x̂₀ (right): at "
        "which step can you tell the class of each sample in x̂₀?"
    ),
    "lesson.rev.2": "Answer the first prediction under the numbers: as **Guidance scale w** grows, do the samples of a class become more varied or more alike?",
    "lesson.rev.3": "Choose one class in **Class y**, then set **Guidance scale w** to 0 and to 7: read **Classifier agrees with y** and **Diversity** under the player each time and look at the samples.",
    "lesson.rev.4": "Compare with the measured curves under the guidance heading, then answer the second prediction (FID) before you read the caption's numbers.",
    "lesson.rev.5": (
        "In the **DDPM vs DDIM** table read how many seconds each sampler takes for the same number of images; then choose **DDIM-10 (η = "
        "0)** in **Sampler** and press **Sample now** to watch a chain run live."
    ),
    "lesson.rev.6": "Read the training section: why can training pick one random t per image without ever running the chain?",
    "lesson.rev.predict": "From w = {w_first} to w = {w_last}, what happens to the diversity of the samples (how different the samples of one class are)?",
    "lesson.rev.predict.up": "it goes up",
    "lesson.rev.predict.down": "it goes down",
    "lesson.rev.predict.same": "it stays about the same (within {tolerance})",
    "lesson.rev.reveal": (
        "Measured on this model ({n} samples per w, {sampler}): diversity {values}. Meanwhile the classifier's "
        "agreement with y went from {agreement_first} at w = {w_first} to {agreement_last} at w = {w_last}. The "
        "right answer: **{answer}**."
    ),
    "lesson.rev.fid_predict": "FID (lower = closer to real images) was measured for the same sweep. Where on w = {w_first} … {w_last} is it lowest?",
    "lesson.rev.fid.last": "at the largest w ({w_last}): it keeps falling",
    "lesson.rev.fid.middle": "at a middle w: it falls, then rises again",
    "lesson.rev.fid.first": "at w = {w_first}: guidance only makes it worse",
    "lesson.rev.fid.flat": "nowhere: it hardly changes (within {tolerance})",
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
        "What to notice: every step is one call of the network, so the step count sets the cost. Measured here: "
        "{few} took {few_seconds} s per {per} images, {many} {many_seconds} s: {calls} times as many network "
        "calls, {ratio} times as long per image (times depend on the machine: CPU threads: {threads}, on the date "
        "in the caption)."
    ),
    "rev.steps.notice_fid": "The {many} row has only {n_many} samples; FID depends on the sample count, so its FID does not compare with the rows of {n_few} samples.",
    "rev.steps.col.samples": "samples",
    "rev.steps.col.seconds_all": "seconds for all samples",
    "rev.steps.stochastic": (
        "At the same step count, the stochastic sampler ({ddpm}) scored FID {fid_ddpm} and {agree_ddpm} agreement "
        "with the requested class; the deterministic one ({ddim}) {fid_ddim} and {agree_ddim}. {verdict}"
    ),
    "rev.steps.stochastic.better": (
        "On this small, briefly trained network the fresh noise helps: each step's error in ε_θ is partly washed out by "
        "the next step's noise, while the deterministic path carries it all the way to the image."
    ),
    "rev.steps.stochastic.worse": "Here the deterministic path does better at this step count.",
    "rev.steps.caption_rows": (
        "Each row: {n} samples (every class equally), w = {w}, CPU threads: {threads}, measured {date}, scored by "
        "the shared protocol. Lower FID and KID are better; the reference, {n} real training images scored the "
        "same way, has FID {reference} and KID {reference_kid} (about 0: KID is unbiased). Precision: share of "
        "samples that look real; recall: share of real images the samples cover."
    ),
    'nav.compare_group': 'Compare',
    'nav.compare': 'All families, measured',
    'compare.title': "Compare the families: the seeds' table, measured",
    'compare.lead': "The seed article ends with a table that rates VAEs, diffusion models, flows and GANs on likelihood, training stability, fidelity and generation speed with ○ / △ / ×. Here each symbol stands beside the number this app measured on its own shipped models, all under one protocol, and ⚠ marks where the measurement reverses the seed's order.",
    'lesson.compare.1': "Read the table: each cell is the seed's symbol, then what was measured here. Which column has the most ⚠?",
    'lesson.compare.2': 'Answer the question under the table before you read the speed column closely.',
    'lesson.compare.3': 'Look at the samples of the four families from the same seed: which would you call sharpest, and does the FID column agree?',
    'lesson.compare.4': "In the plots, follow the DDPM's two curves (DDIM and DDPM's stochastic sampler) as the steps grow, and the guidance curve on precision / recall. Last, read why the app fixes n.",
    'lesson.compare.predict': "Which family makes one image fastest on this server's CPU (batch of {batch})?",
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
    'compare.cell.exact': '≤ {bits} bits/dim (exact density, dequantised)',
    'compare.cell.bound': '≤ {bits} bits/dim (bound)',
    'compare.cell.bernoulli': '{bits} bits/dim (Bernoulli bound: not comparable)',
    'compare.cell.undefined': 'none (no density)',
    'compare.cell.not_measured': 'not measured yet',
    'compare.disagrees': 'measured worse than {others}',
    'compare.table.caption': 'Fidelity: FID at n = {n} against the whole test split, as a multiple of the reference ({reference}: {n} real training images scored the same way). Speed: one CPU thread, batch {batch}, median of {repeats} runs, the DDPM with DDIM {steps} steps. Likelihood: bits per pixel on the test split. Measured {date} (`python -m core.evaluate`).',
    'compare.notice.title': '**What to notice**',
    'compare.notice.fidelity': '- **Fidelity:** the closest to real images is the {best}, at {ratio}× the reference: none of these small CPU-trained models is near real data yet.',
    'compare.notice.speed': "- **Speed:** the {slowest} is about {factor}× slower per image than the fastest family: the seed's × for diffusion holds.",
    'compare.notice.flags': "- **⚠ {count} cell(s)** where this app's models reverse the seed's order: the seed rates families in general, these are four small models.",
    'compare.notice.speed_other': '- **Speed:** the {slowest} is about {factor}× slower per image than the fastest family; the seed rates diffusion as the slow one, these models do not bear that out.',
    'compare.notice.no_flags': "- No measured cell reverses the seed's order.",
    'compare.notice.likelihood': "- **Likelihood:** the flow's ≤ {flow} bits/dim and the DDPM's ≤ {ddpm} ± {se} bits/dim (its variational bound, all T + 1 terms, on {images} test images) are bounds of the same kind: each is an upper bound on its own model's −log₂ P(x) per pixel of the 256-level image (the flow's through dequantisation, the DDPM's through the bound with a discretised decoder). They are in the same units, so they compare: the {better} has the smaller bound, though neither model's exact discrete likelihood is known. The VAE's is a bound of a Bernoulli decoder on grey levels, which does not compare; the GAN defines none.",
    'compare.samples.title': 'One seed, four families',
    'compare.samples.caption': '{family}, seed {seed}',
    'compare.plots.title': 'Fidelity against speed, and precision against recall',
    'compare.plot.speed_x': 'ms per image (one CPU thread, log scale)',
    'compare.plot.fid_y': 'FID at n = {n} (log scale)',
    'compare.plot.protocol': "shipped models (the protocol's sampler)",
    'compare.plot.curve.ddim': 'DDPM network, DDIM (η = 0), by steps',
    'compare.plot.curve.ddpm': 'DDPM network, stochastic sampler (η = 1), by steps',
    'compare.plot.reference': 'real images (reference)',
    'compare.plot.speed_caption': "The curves are the reverse-diffusion page's measured table ({n} samples per point, timed as one batch); the points, batch {batch}. The same network: more steps cost time; the stochastic sampler buys far more fidelity per step here.",
    'compare.plot.recall': 'recall (share of real images the samples cover)',
    'compare.plot.precision': 'precision (share of samples that look real)',
    'compare.plot.real': 'real images',
    'compare.plot.guidance': 'DDPM, guidance scale w (DDIM {steps})',
    'compare.plot.pr_caption': "k-NN manifolds (k = {k}) on the classifier's features, n = {n}. Guidance moves along a trade-off: samples more typical of their class, fewer of the real images covered.",
    'compare.sweep.title': 'Why the app fixes n: FID depends on it, KID does not',
    'compare.sweep.notice': '**What to notice:** real training images scored against real test statistics get FID {fid_small} at n = {n_small} and {fid_large} at n = {n_large}: the same data, a different number. KID is unbiased: for real images it is 0 within two standard deviations at {kid_within} of {sizes} sizes. So every FID in the app is taken at one n, and KID is shown beside it.',
    'compare.cell.stability': '{found} / {runs} runs found all {modes} modes; quality {quality} % ± {sd}',
    'compare.stability.gan_stabilised': 'with R1 + running average: {found} / {runs}',
    'compare.stability.gan_collapse_settings': "with the collapse preset's settings: {found} / {runs}",
    'compare.stability.caption': 'Training stability: {runs} seeds per family, {steps} steps each, on a 2-D ring of {modes} Gaussians (radius {radius}, σ = {sigma}); a run finds a mode when at least {share} of {samples} samples lie within 3σ of it; quality is the share of samples within 3σ of some mode (mean ± standard deviation over the seeds). Each family trains its own objective with small networks of its own (`core/stability.py`), so the column compares how reliably each kind of training works, not the image models above.',
    'compare.notice.likelihood_partial': "- **Likelihood:** the flow's bits/dim is an upper bound on its −log₂ P(x) of the discrete image, through dequantisation; the DDPM's bound is not measured on this dataset yet; the VAE's Bernoulli bound does not compare with either; the GAN defines none.",
    'compare.bound.title': "The DDPM's likelihood: where its {bits} bits/dim go",
    'compare.bound.x': 't (log scale)',
    'compare.bound.y': 'bits/dim of the terms at steps 1 … t',
    'compare.bound.notice': "The bound, ≤ {total} bits/dim (mean over {images} test images, ± {se} standard error), is a sum of T + 1 terms ($L_T$, $L_{{T-1}}$ … $L_1$ and the decoder $L_0$), each computed with DDPM's ancestral reverse step (σ_t² = β̃_t; not the DDIM sampler timed in the table) for the unconditional model (the null class). The decoder term alone costs {decoder} bits/dim: with its fixed variance σ₁² = β̃₂ its Gaussian is about as wide as one grey level, so even an exact prediction puts only part of the probability on the right level. The terms of steps t = 2 … 10 add {first_ten}, all later steps together {rest}, the prior term $L_T$ {prior}. Ho et al. (2020) found the same: most of the codelength describes small, barely visible details. The ε-MSE objective the app trains weights the terms differently from the bound, which favours sample quality over likelihood.",
    'compare.stability.images': "Image models, how much their training curves still moved at the end: over the last quarter of the recorded GAN run the FID (n = {n}) went from {start} to {end} (between {low} and {high}), while G's loss stayed between {g_low} and {g_high}. The other image models' checkpoints predate curve recording; their next training keeps per-epoch losses in the sidecar (`train_curve`).",
    'compare.notice.stability': "- **Stability:** on the 2-D ring every family found all {modes} modes in all {reliable} of its runs with its own settings; the GAN with its collapse preset's settings did in {collapse} of {runs}. On this ring the GAN's × shows as dependence on its settings (learning rates, D steps, noise size), not on the random seed: the balance between G and D that the seed names.",
    'compare.notice.stability_other': '- **Stability:** on the 2-D ring, runs that found all {modes} modes: {shares}.',
    'compare.stability.others': ' ({others})',
    'compare.stability.separator': '; ',
    'compare.protocol': 'Protocol: n = {n} samples per model, seed {seed}; KID over {subsets} random half-size subsets; precision / recall with k = {k}.',
}
