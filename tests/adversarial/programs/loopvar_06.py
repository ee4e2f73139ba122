"""The shared variable is rebound by a with ... as in a block that may not run."""

import contextlib

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"], False)


def main(topics: list[str], again: bool):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    if again:
        with contextlib.nullcontext("again") as t:
            out.append(t)
    return [out, t]
