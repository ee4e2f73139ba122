"""A nonlocal counter in a closure defined before the loop, called in the prompt; the
closure's count is returned."""

import autoform as af

CAUSE = "nonlocal closure counter"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    n = 0

    def tick():
        nonlocal n
        n += 1
        return n

    out = [af.lm_call([{"role": "user", "content": f"{tick()}: {t}"}], model="m") for t in items]
    return out, n
