"""The loop iterates an ARGS object (class in another module) whose __iter__ counts; each
turn quotes how many items were taken."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.hidden import Source  # noqa: E402

CAUSE = "fan-out iter of args object"
ARGS = (Source(["owls", "cats", "dogs"]),)
del Source


def main(src):
    out = []
    for t in src:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{r} {src.taken}"}], model="m"))
    return out
