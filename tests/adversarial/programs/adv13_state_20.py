"""A shared iterator over prompts: each loop item pulls the next style with next(); zip of
the same iterator pairs items."""

import autoform as af

CAUSE = "shared iterator next"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    styles = iter(["terse", "formal", "playful", "plain", "odd"])
    out = [
        af.lm_call([{"role": "user", "content": f"{next(styles)}: {t}"}], model="m") for t in items
    ]
    tail = next(styles)
    it = iter(out)
    pairs = [
        af.lm_call([{"role": "user", "content": a[-4:] + b[-4:]}], model="m")
        for a, b in zip(it, it)
    ]
    return tail, pairs
