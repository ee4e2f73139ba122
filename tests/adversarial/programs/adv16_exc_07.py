"""Two independent calls at the top level, the second's prompt indexes a list with a
reply-derived index that is out of range: IndexError after the first call."""

import autoform as af

CAUSE = "index error ordering"
ARGS = (["owls", "cats"],)


def main(items: list):
    a = af.lm_call([{"role": "user", "content": items[0]}], model="m")
    print("first done")
    b = af.lm_call([{"role": "user", "content": items[len(a) % 7]}], model="m")
    print("second done")
    return a, b
