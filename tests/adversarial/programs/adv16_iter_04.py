"""itertools.cycle over two styles, advanced in a comprehension's prompts, then again
after."""

import itertools

import autoform as af

CAUSE = "cycle advanced in comprehension"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    styles = itertools.cycle(["terse", "verbose"])
    out = [
        af.lm_call([{"role": "user", "content": f"{next(styles)} {t}"}], model="m") for t in items
    ]
    return out, next(styles)
