"""A user generator used as the loop source prints as it yields; the body prints and calls."""

import autoform as af

CAUSE = "printing generator source"
ARGS = (["owls", "cats", "dogs"],)


def topics(items):
    for i, t in enumerate(items):
        print("yield", i, t)
        yield t.upper()
    print("generator done")


def main(items: list):
    out = []
    for t in topics(items):
        print("body", t)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
