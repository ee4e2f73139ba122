"""A lambda made in a fanned-out loop body: its __qualname__ is returned."""

import autoform as af

CAUSE = "lambda qualname in loop item"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        f = lambda x: x + "!"
        out.append((f.__qualname__, f(af.lm_call([{"role": "user", "content": t}], model="m"))))
    return out
