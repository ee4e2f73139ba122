"""A global bound in the body of a loop: after the loop it holds the last item."""

import autoform as af

CAUSE = 9
ARGS = (["p", "q", "r"],)
LAST = None


def main(items: list):
    global LAST
    out = []
    for it in items:
        LAST = it
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return [out, LAST]
