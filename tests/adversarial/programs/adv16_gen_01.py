"""A generator with try/finally that prints on cleanup is the loop source; the loop breaks
early, so the finally runs right at the break (before the print after the loop)."""

import autoform as af

CAUSE = "generator finally at break"
ARGS = (["owls", "cats", "dogs", "bees"],)


def topics(items):
    try:
        for t in items:
            yield t
    finally:
        print("closed topics")


def main(items: list):
    out = []
    for t in topics(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        if "cats" in r:
            break
    print("after loop", len(out))
    return out
