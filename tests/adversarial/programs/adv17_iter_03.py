"""break once a reply contains a marker: later items must not be requested."""

import autoform as af

CAUSE = "break on reply"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        if "ats" in r:
            break
    return out
