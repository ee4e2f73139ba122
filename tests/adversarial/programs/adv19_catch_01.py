"""contextlib.suppress around a loop: the second item fails, so the rest are never asked."""

import contextlib

import autoform as af

CAUSE = "suppress around loop"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    with contextlib.suppress(RuntimeError):
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
