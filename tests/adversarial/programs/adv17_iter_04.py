"""Early return from inside the loop on a found answer; continue skips short replies."""

import autoform as af

CAUSE = "early return continue"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def main(items: list):
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"is {t} a mammal?"}], model="m")
        LOG.append(t)
        if "owls" in r:
            continue
        if "dogs" in r:
            return t
    return None
