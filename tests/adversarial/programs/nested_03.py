"""A fan-out whose body calls a helper that itself fans out."""

import autoform as af

CAUSE = "nesting"
ARGS = (["x", "y"],)


def expand(q):
    parts = []
    for suffix in ["1", "2"]:
        parts.append(af.lm_call([{"role": "user", "content": q + suffix}], model="m"))
    return parts


def main(items: list):
    out = []
    for it in items:
        out.append(expand(it))
    return out
