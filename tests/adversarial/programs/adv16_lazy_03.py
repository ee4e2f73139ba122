"""next() over a generator expression with a walrus: finds the first reply that mentions a
letter; later topics are never asked."""

import autoform as af

CAUSE = "next first match"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    hit = next(
        (r for t in items if "a" in (r := af.lm_call([{"role": "user", "content": t}], model="m"))),
        None,
    )
    return hit
