"""A helper in the program's second module warns with stacklevel=3; main records where."""

import sys
import warnings
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv9_shared.frames import warn_caller_of_caller

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    warn_caller_of_caller("old " + q[:4])
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        a = ask(topic)
        b = ask(a[:8])
    LOG.extend((w.filename.rsplit("/", 1)[-1], str(w.message)) for w in seen)
    return [a, b]
