"""filter(None, generator) consumed by next()."""

import autoform as af

CAUSE = "filter none next"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    return next(
        filter(None, (af.lm_call([{"role": "user", "content": t}], model="m") for t in items))
    )
