"""A while loop pops from a list; an index error ends it only after the calls before."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "b"],)
FAIL = {"boom"}


def main(items: list[str]):
    stack = list(items)
    out = []
    n = 0
    while n < 3:
        x = stack.pop()
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        n += 1
    return out
