"""A pinned-looking log but with an annotated str param holding a list subclass with raising repr, in a loop."""
import logging

import autoform as af

CAUSE = "annotation trusted: str param in fanned loop"
ARGS = (["a", "b"],)


class Loud(list):
    def __str__(self):
        raise RuntimeError("loud")

    def __repr__(self):
        return "Loud()"


def tag(t: str, label: str):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("tag %s %s", r, label)
    return r


def main(xs):
    return [tag(x, Loud()) for x in xs]
