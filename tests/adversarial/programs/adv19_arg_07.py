"""A range argument used for prompts; a zip with a shorter list."""

import autoform as af

CAUSE = "range argument"
ARGS = (range(3), ["a", "b"])


def main(ns, names):
    out = []
    for n, s in zip(ns, names):
        out.append(af.lm_call([{"role": "user", "content": s * (n + 1)}], model="m"))
    return out
