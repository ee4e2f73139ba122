"""Walrus inside a comprehension's condition binds in main; used after."""

import autoform as af

CAUSE = "walrus in comprehension condition"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    rs = [
        t for t in items if "a" in (hit := af.lm_call([{"role": "user", "content": t}], model="m"))
    ]
    return rs, hit
