"""A plugin is imported inside the loop after the first reply (it prints when loaded);
prints around each call."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

import adv11_shared  # noqa: E402,F401

CAUSE = "imports"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    sys.modules.pop("adv11_shared.noisy", None)
    vars(sys.modules["adv11_shared"]).pop("noisy", None)
    out = []
    for t in topics:
        print("ask", t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        from adv11_shared import noisy

        print("got", t)
        out.append(noisy.STYLE + r)
    return out
