"""A dict comprehension in a for header, over replies keyed by topic."""

import autoform as af

CAUSE = "dict comprehension in for header"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for k, v in {t: af.lm_call([{"role": "user", "content": t}], model="m") for t in items}.items():
        out.append(k + v)
    return out
