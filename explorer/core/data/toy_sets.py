"""The 2-D toy sets of the Training Lab, in the spirit of TensorFlow Playground (numpy only).

Each generator takes the number of samples, the noise level ν ∈ [0, 0.5] and a
``numpy.random.Generator`` and returns ``(x, y)``: float64 points of shape (n, 2) and labels of
shape (n,) (int class indices, or float targets for the plane). Classes are balanced: their
counts differ by at most one.

What noise means, so that 0 % is clean and 50 % is very hard:

* Classification sets: the clean points of each class lie in their own region, apart from the
  other classes (circle: inner disc r ≤ 2.5 vs ring 3.5 ≤ r ≤ 5; XOR quadrants: at least 0.5
  from the axes; gaussians and blobs: clouds clipped to a radius that stays on their side of the
  boundary; spiral and moons: points exactly on their curves). Noise ν then moves every point by
  Gaussian jitter of standard deviation ν·S per coordinate, S the set's scale in
  :data:`NOISE_SCALE`, while its label stays, so the classes start to overlap. S is 5 (the
  half-width of the clean data) for circle, quadrants, gaussians and blobs; 3 for moons (so ν
  is scikit-learn's ``make_moons`` noise, the moons being scaled by 3); 2 for the spiral, whose
  arms are only about 1.4 apart. At 50 % the jitter is as wide as the gap between classes or
  wider: very hard (the two Gaussians, meant to be easy, stay roughly separable).
* The regression plane: y = a·x1 + b·x2 + c + ε with ε ~ N(0, (2ν·s)²), where s is the standard
  deviation of the clean y over the square; at 50 % the noise is as large as the signal (the true
  plane explains only half the variance).

The same seed gives the same clean points at every noise level (the jitter is drawn as unit
normals and scaled), so moving the noise slider blurs the same picture instead of reshuffling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from explorer.core.data.task import Task
from explorer.core.i18n import tr_noop

__all__ = [
    "BINARY", "HALF_WIDTH", "NOISE_SCALE", "PLANE", "TOY_INFO", "TOY_SETS", "XY", "ToyInfo",
    "ToySet", "class_sizes", "split_indices",
]

HALF_WIDTH = 5.0
"""Clean data fill roughly [−5, 5]² (the lab shows [−6, 6]², like TensorFlow Playground)."""

PLANE = (1.5, -1.0, 2.0)
"""(a, b, c) of the regression plane y = a·x1 + b·x2 + c."""

Points = NDArray[np.float64]
Labels = NDArray[np.float64] | NDArray[np.int_]
ToySet = Callable[[int, float, np.random.Generator], tuple[Points, Labels]]


def class_sizes(n: int, k: int) -> list[int]:
    """Split n samples into k balanced classes (sizes differ by at most one)."""
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _labels(sizes: list[int]) -> NDArray[np.int_]:
    return np.repeat(np.arange(len(sizes)), sizes)


NOISE_SCALE = {"circle": 5.0, "quadrants": 5.0, "gaussians": 5.0, "spiral": 2.0, "moons": 3.0,
               "blobs": 5.0}
"""S per classification set: noise ν jitters each coordinate with σ = ν·S."""


def _jitter(x: Points, noise: float, name: str, rng: np.random.Generator) -> Points:
    return x + rng.standard_normal(x.shape) * (noise * NOISE_SCALE[name])


def _polar(r: NDArray[np.float64], t: NDArray[np.float64]) -> Points:
    return np.column_stack([r * np.cos(t), r * np.sin(t)])


def _clipped_cloud(n: int, centre: tuple[float, float], spread: float, radius: float,
                   rng: np.random.Generator) -> Points:
    """A Gaussian cloud pulled in to at most ``radius`` from its centre, so it stays on its
    side of the boundary when the noise is 0."""
    d = rng.standard_normal((n, 2)) * spread
    norm = np.hypot(d[:, 0], d[:, 1])
    d *= np.minimum(1.0, radius / np.maximum(norm, 1e-12))[:, None]
    return d + np.asarray(centre)


def circle(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """Class 1 inside the disc r ≤ 2.5, class 0 in the ring 3.5 ≤ r ≤ 5 (uniform by area)."""
    outer, inner = class_sizes(n, 2)
    r_in = 2.5 * np.sqrt(rng.random(inner))
    r_out = np.sqrt(3.5**2 + (5.0**2 - 3.5**2) * rng.random(outer))
    t = rng.uniform(0, 2 * np.pi, n)
    x = _polar(np.concatenate([r_out, r_in]), t)
    return _jitter(x, noise, "circle", rng), _labels([outer, inner])


def xor(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """The XOR gate spread over the plane: class 1 where exactly one coordinate is positive
    (quadrants II and IV), class 0 in I and III; points keep 0.5 away from the axes."""
    sizes = class_sizes(n, 2)
    y = _labels(sizes)
    magnitude = 0.5 + 4.5 * rng.random((n, 2))
    sign1 = rng.choice([-1.0, 1.0], n)
    sign2 = np.where(y == 1, -sign1, sign1)  # class 1: opposite signs
    x = magnitude * np.column_stack([sign1, sign2])
    return _jitter(x, noise, "quadrants", rng), y


def gaussians(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """Two clouds (σ 0.7, clipped at radius 2) around (−2, −2) for class 0 and (2, 2) for
    class 1; the line x1 + x2 = 0 separates them when clean."""
    a, b = class_sizes(n, 2)
    x = np.concatenate([_clipped_cloud(a, (-2.0, -2.0), 0.7, 2.0, rng),
                        _clipped_cloud(b, (2.0, 2.0), 0.7, 2.0, rng)])
    return _jitter(x, noise, "gaussians", rng), _labels([a, b])


def spiral(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """Two interleaved arms r = 5u, θ = 3.5πu + kπ (u uniform in [0, 1], k the class)."""
    sizes = class_sizes(n, 2)
    y = _labels(sizes)
    u = rng.random(n)
    x = _polar(HALF_WIDTH * u, 1.75 * 2 * np.pi * u + np.pi * y)
    return _jitter(x, noise, "spiral", rng), y


def moons(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """scikit-learn's two half-circles, centred and scaled by 3: class 0 the upper moon, class 1
    the lower one hooked into it (about 1.5 apart when clean)."""
    a, b = class_sizes(n, 2)
    t = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(t[:a]), np.sin(t[:a])])
    lower = np.column_stack([1 - np.cos(t[a:]), 0.5 - np.sin(t[a:])])
    x = (np.concatenate([upper, lower]) - (0.5, 0.25)) * 3.0
    return _jitter(x, noise, "moons", rng), _labels([a, b])


BLOB_CENTRES = _polar(np.full(3, 3.5), np.radians([90.0, 210.0, 330.0]))
"""Centres of the three blobs, on a circle of radius 3.5 (6.06 apart)."""


def blobs(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """Three clouds (σ 0.7, clipped at radius 2) around BLOB_CENTRES; when clean, the nearest
    centre gives the class."""
    sizes = class_sizes(n, 3)
    x = np.concatenate([_clipped_cloud(m, tuple(c), 0.7, 2.0, rng)
                        for m, c in zip(sizes, BLOB_CENTRES, strict=True)])
    return _jitter(x, noise, "blobs", rng), _labels(sizes)


def plane_noise_std(noise: float) -> float:
    """σ of ε in the plane set: 2ν times the standard deviation of a·x1 + b·x2 over the square."""
    a, b, _ = PLANE
    return 2.0 * noise * float(np.hypot(a, b)) * (2 * HALF_WIDTH) / np.sqrt(12.0)


def plane(n: int, noise: float, rng: np.random.Generator) -> tuple[Points, Labels]:
    """Regression: x uniform in [−5, 5]², y = a·x1 + b·x2 + c + ε (see :data:`PLANE`)."""
    a, b, c = PLANE
    x = rng.uniform(-HALF_WIDTH, HALF_WIDTH, (n, 2))
    y = a * x[:, 0] + b * x[:, 1] + c + rng.standard_normal(n) * plane_noise_std(noise)
    return x, y


TOY_SETS: dict[str, ToySet] = {
    "circle": circle, "quadrants": xor, "gaussians": gaussians, "spiral": spiral, "moons": moons,
    "blobs": blobs, "plane": plane,
}
"""Generators by name, in the order the lab lists them."""

class ToyInfo(NamedTuple):
    """How the lab presents a toy set."""

    title: str
    task: Task
    class_names: tuple[str, ...]
    description: str


XY = ("x1", "x2")
BINARY = ("0", "1")

TOY_INFO: dict[str, ToyInfo] = {
    "circle": ToyInfo(tr_noop("Datasets", "Circle"), "binary",
                      (tr_noop("Datasets", "outside"), tr_noop("Datasets", "inside")),
                      tr_noop("Datasets", "A disc of class 1 inside a ring of class 0: needs a "
                              "curved boundary.")),
    "quadrants": ToyInfo(tr_noop("Datasets", "XOR quadrants"), "binary", BINARY,
                         tr_noop("Datasets", "The XOR gate over the plane: class 1 where "
                                 "exactly one coordinate is positive.")),
    "gaussians": ToyInfo(tr_noop("Datasets", "Two Gaussians"), "binary", BINARY,
                         tr_noop("Datasets", "Two clouds a straight line separates; a single "
                                 "neuron suffices.")),
    "spiral": ToyInfo(tr_noop("Datasets", "Spiral"), "binary", BINARY,
                      tr_noop("Datasets", "Two interleaved spiral arms: the hardest toy set, "
                              "needs depth.")),
    "moons": ToyInfo(tr_noop("Datasets", "Moons"), "binary", BINARY,
                     tr_noop("Datasets", "Two interlocking half-moons.")),
    "blobs": ToyInfo(tr_noop("Datasets", "Three blobs"), "multiclass", ("0", "1", "2"),
                     tr_noop("Datasets", "Three clouds, three classes: softmax and categorical "
                             "cross-entropy.")),
    "plane": ToyInfo(tr_noop("Datasets", "Regression plane"), "regression", (),
                     tr_noop("Datasets", "y = 1.5·x1 − 1.0·x2 + 2 plus noise: linear "
                             "regression with one unit.")),
}
"""Title, task, class names and description of each toy set, keyed like TOY_SETS."""


# --- splitting, shared by every loader ---------------------------------------------------------

def _n_test(n: int, test_fraction: float) -> int:
    """round(n·fraction) (halves up), but at least 1 and at most n − 1."""
    return min(max(int(np.floor(n * test_fraction + 0.5)), 1), n - 1)


def _test_counts(sizes: list[int], n_test: int) -> list[int]:
    """Test samples per class: proportional (largest remainder), keeping at least one sample of
    every class for training while there is room, and never an empty test set."""
    n = sum(sizes)
    quotas = [s * n_test / n for s in sizes]
    counts = [int(q) for q in quotas]
    by_remainder = sorted(range(len(sizes)), key=lambda i: (counts[i] - quotas[i], i))
    for i in by_remainder[: n_test - sum(counts)]:
        counts[i] += 1
    counts = [min(c, max(s - 1, 0)) for c, s in zip(counts, sizes, strict=True)]
    while sum(counts) < n_test:
        room = [i for i in range(len(sizes)) if counts[i] < sizes[i] - 1]
        if not room:
            break
        counts[max(room, key=lambda i: (quotas[i] - counts[i], -i))] += 1
    if sum(counts) == 0:  # every class has a single sample: test one anyway
        counts[int(np.argmax(sizes))] = 1
    return counts


def split_indices(n: int, test_fraction: float, rng: np.random.Generator,
           labels: NDArray | None = None) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Train and test row indices, ``round(n·test_fraction)`` (at least 1, at most n − 1) for
    test; stratified by ``labels`` when given, in which case training keeps at least one sample
    of every class (so tiny sets may hold out a little less). Both come shuffled, so Keras's
    ``validation_split`` (which takes the last rows) sees every class. Every loader in
    ``explorer.core.data.datasets`` splits with this."""
    n_test = _n_test(n, test_fraction)
    if labels is None:
        order = rng.permutation(n)
        return order[n_test:], order[:n_test]
    classes = np.unique(labels)
    members = [rng.permutation(np.flatnonzero(labels == c)) for c in classes]
    counts = _test_counts([len(m) for m in members], n_test)
    test = np.concatenate([m[:k] for m, k in zip(members, counts, strict=True)])
    train = np.concatenate([m[k:] for m, k in zip(members, counts, strict=True)])
    return rng.permutation(train), rng.permutation(test)
