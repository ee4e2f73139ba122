"""Early return from inside the loop once a reply is found; later items not asked."""

import autoform as af

CAUSE = "early return in loop"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    for i, t in enumerate(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(i, r)
        if "cats" in r:
            return i, r
    return None
