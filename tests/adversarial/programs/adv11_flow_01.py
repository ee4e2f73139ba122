"""A while loop retries with a counter until a reply mentions 'ok' or three tries pass;
walrus in the condition."""

import autoform as af

CAUSE = "flow"
ARGS = ("owls",)
LOG = []


def main(topic: str):
    n = 0
    while (n := n + 1) <= 3:
        r = af.lm_call([{"role": "user", "content": f"{topic} try {n}"}], model="m")
        LOG.append(r)
        if "ok" in r:
            break
    return n, LOG[-1]
