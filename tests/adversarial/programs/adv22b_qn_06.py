"""A user def in a loop body raising: traceback printed to stdout names its qualname via format_exc."""

import traceback

import autoform as af

CAUSE = "traceback of nested def in loop item"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        def bad(x):
            raise ValueError(x)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            bad(r)
        except ValueError:
            print(traceback.format_exc())
        out.append(r)
    return out
