"""max() with default= of a genexp with an if condition, in try."""

import autoform as af

CAUSE = "max default genexp"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = max((ask(t) for t in items if "o" in t), default="none", key=len)
    except RuntimeError:
        out = None
    return out
