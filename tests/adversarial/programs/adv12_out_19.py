"""A context manager of another module swaps sys.stdout for a list; the loop prints and
quotes the list's length."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import logsetup  # noqa: E402

CAUSE = "output captured by foreign with"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    out = []
    with logsetup.Capture(LOG):
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print("got", r)
            out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
