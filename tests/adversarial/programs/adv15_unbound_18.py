"""A dict comprehension in each item's rest reads an unbound name; caught per item."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, weighted: bool):
    if weighted:
        weight = 2
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            out.append({c: weight for c in r[:2]})
        except NameError as exc:
            print(type(exc).__name__, exc)
    return out
