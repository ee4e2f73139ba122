"""A padded label template whose nested width field consumes a second argument that is not
given ({:>{}} with one argument: IndexError), after a printed first reply."""

import autoform as af

CAUSE = "nested spec field index"
ARGS = ("owls", "cats")
LABEL = "{:>{}}"


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first:", ra)
    label = LABEL.format(b)
    rb = af.lm_call([{"role": "user", "content": label}], model="m")
    return ra, rb
