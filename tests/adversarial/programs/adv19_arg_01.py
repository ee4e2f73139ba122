"""The items argument is a one-shot iterator (map object); the loop consumes it."""

import autoform as af

CAUSE = "iterator argument"
ARGS = (map(str.upper, ["owls", "cats", "dogs"]),)


def main(items):
    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out, list(items)
