"""next() with a filter in a generator: the first reply with a 'c'."""

import autoform as af

CAUSE = "next over filtered generator"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    return next(
        (
            r
            for r in (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
            if "c" in r
        ),
        None,
    )
