"""A dict iterated while the loop adds a key after the first reply: RuntimeError."""

import autoform as af

CAUSE = "mutation"
ARGS = ({"owls": 1, "cats": 2, "dogs": 3},)
LOG = []


def main(counts: dict):
    out = []
    for k in counts:
        r = af.lm_call([{"role": "user", "content": k}], model="m")
        LOG.append(k)
        counts[k + "!"] = len(r)
        out.append(r)
    return out
