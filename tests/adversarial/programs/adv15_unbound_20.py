"""The unbound read in the loop is caught outside and its traceback printed."""

import traceback

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, prime: bool):
    if prime:
        prefix = "re: "
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(prefix + r)
    except NameError:
        traceback.print_exc()
    return out
