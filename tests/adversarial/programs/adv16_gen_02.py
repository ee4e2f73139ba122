"""A generator that asks the LM per item (yielding replies) is consumed by a loop that
returns from inside: the generator's finally runs after the return value is made."""

import autoform as af

CAUSE = "generator of calls - return inside loop"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def replies(items):
    try:
        for t in items:
            LOG.append(f"asking {t}")
            yield af.lm_call([{"role": "user", "content": t}], model="m")
    finally:
        LOG.append("replies closed")


def main(items: list):
    for r in replies(items):
        LOG.append(f"saw {r[-6:]}")
        if "dogs" in r:
            return r
    return None
