"""Control: a __format__ that reads and appends to a module list (no context variable); two calls."""

import autoform as af

CAUSE = "dunder reading and writing module state run concurrently"
ARGS = ("owls", "cats")
LOG = []


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        seen = LOG[-1] if LOG else "unset"
        LOG.append(self.t)
        return self.t + "/" + seen


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, list(LOG)
