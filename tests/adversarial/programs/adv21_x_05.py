"""global counter incremented in a helper making LM calls in a loop."""

import autoform as af

CAUSE = "global counter"
ARGS = (["owls", "cats", "dogs"],)

COUNT = 0
SEEN = []


def ask(t):
    global COUNT
    COUNT += 1
    SEEN.append(COUNT)
    return af.lm_call([{"role": "user", "content": t + str(COUNT)}], model="m")


def main(items):
    return [ask(t) for t in items]
