"""An object whose __str__ raises, as a log arg in a loop."""

import logging

import autoform as af

CAUSE = "str raises in log arg"
ARGS = (["owls", "cats"],)


class Bad:
    def __init__(self, r):
        self.r = r

    def __str__(self):
        raise RuntimeError("no str for " + self.r)

    def __repr__(self):
        return "Bad(%r)" % self.r


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("b=%s", Bad(r))
        out.append(r)
    return out
