"""dict.fromkeys over a generator, then a second pass."""

import autoform as af

CAUSE = "fromkeys generator"
ARGS = (["owls", "cats", "owls"],)


def main(items: list):
    d = dict.fromkeys(af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    return list(d)
