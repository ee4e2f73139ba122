"""A dict is filled keyed by topic; the later duplicate key overwrites."""

import autoform as af

CAUSE = "dict collect duplicate keys"
ARGS = (["owls", "cats", "owls"],)


def main(items: list):
    out = {}
    for i, t in enumerate(items):
        out[t] = (i, af.lm_call([{"role": "user", "content": f"{t}{i}"}], model="m"))
    return out
