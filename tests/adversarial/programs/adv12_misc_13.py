"""Each reply is reported with warnings.warn in the loop (a user warning per item)."""

import warnings

import autoform as af

CAUSE = "fan-out warnings order"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        warnings.warn(f"short reply {r}", UserWarning, stacklevel=1)
        out.append(r)
    return out
