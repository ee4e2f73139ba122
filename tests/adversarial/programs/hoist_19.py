"""dict() of a list that is not pairs (TypeError), after a print."""

import autoform as af

CAUSE = 7
ARGS = ([1, 2],)


def main(pairs):
    a = af.lm_call([{"role": "user", "content": "go"}], model="m")
    print("building", a)
    msg = dict(pairs)
    return af.lm_call([msg], model="m")
