"""A module global declared `global` in main but deleted before the loop."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"],)
PREFIX = "re: "


def main(items: list):
    global PREFIX
    del PREFIX
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(PREFIX + r)
    return out
