"""A user def inside a fanned-out loop body: its __qualname__ is returned."""

import autoform as af

CAUSE = "nested def qualname in loop item"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        def fmt(x):
            return x.upper()
        out.append((fmt.__qualname__, fmt(af.lm_call([{"role": "user", "content": t}], model="m"))))
    return out
