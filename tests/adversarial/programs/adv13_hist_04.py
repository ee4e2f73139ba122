"""kwargs for the call come from an options dict that is changed in place in the loop (the
temperature is raised per item)."""

import autoform as af

CAUSE = "kwargs dict mutated"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    opts = {"temperature": 0.0, "max_tokens": 50}
    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m", **opts))
        opts["temperature"] += 0.25
    return out, opts
