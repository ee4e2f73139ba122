"""An elif test holds a list comprehension of replies; the if branch is taken, so it never runs."""

import autoform as af

CAUSE = "comprehension in elif test"
ARGS = (["owls", "cats"],)


def main(items: list):
    if len(items) == 2:
        r = "two"
    elif any([af.lm_call([{"role": "user", "content": t}], model="m") for t in items]):
        r = "some"
    else:
        r = "none"
    return r
