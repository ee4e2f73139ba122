"""nonlocal counter in a nested helper used in a loop of calls."""

import autoform as af

CAUSE = "nonlocal counter"
ARGS = (["owls", "cats", "dogs"],)


def main(items):
    n = 0

    def ask(t):
        nonlocal n
        n += 1
        return af.lm_call([{"role": "user", "content": f"{t}{n}"}], model="m")

    out = [ask(t) for t in items]
    return out, n
