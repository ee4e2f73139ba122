"""The swallowing finally is in a helper: `return` in a nested helper's finally, called
in a comprehension; the helper's second call fails for one topic."""

import autoform as af

CAUSE = "return in helper finally"
ARGS = (["owls", "FAILME", "cats"],)
FAIL = ["FAILME"]


def probe(t):
    result = None
    try:
        a = af.lm_call([{"role": "user", "content": t}], model="m")
        b = af.lm_call([{"role": "user", "content": "check"}], model="m")
        result = a + b
    finally:
        return result


def main(items: list):
    return [probe(t) for t in items]
