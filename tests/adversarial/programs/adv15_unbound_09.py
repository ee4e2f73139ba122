"""Only the second item reads the unbound name; each item prints before it."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats", "dogs"], False)


def main(items: list, verbose: bool):
    if verbose:
        note = "(v)"
    out = []
    for i, t in enumerate(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("item", i, r)
        if i == 1:
            r = r + note
        out.append(r)
    return out
