"""strip called with two strings by mistake (TypeError), in a loop caught outside."""

import autoform as af

CAUSE = "str method wrong arity"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r.strip("<", ">"))
    except TypeError as e:
        print("error:", e)
    return out
