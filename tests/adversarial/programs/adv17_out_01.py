"""Each item prints the running list of results after appending its reply."""

import autoform as af

CAUSE = "print mutable running list"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r)
        print("so far:", out)
    return out
