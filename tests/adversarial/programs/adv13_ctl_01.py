"""Early exit: `any()` over a generator of yes/no judgements stops at the first yes, so the
later items are never asked."""

import autoform as af

CAUSE = "any short-circuit"
ARGS = (["owls", "cats", "dogs", "bees"],)


def judge(t):
    reply = af.lm_call([{"role": "user", "content": f"is {t} a pet?"}], model="m")
    return "cats" in reply


def main(items: list):
    found = any(judge(t) for t in items)
    return found
