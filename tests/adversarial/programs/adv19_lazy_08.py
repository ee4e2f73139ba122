"""any() over a generator of replies: stops at the first match."""

import autoform as af

CAUSE = "any short-circuit"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    return any("cats" in af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
