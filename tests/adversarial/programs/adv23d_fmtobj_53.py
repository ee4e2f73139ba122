"""A helper logs %s of a user object whose __str__ prints; beside a printing helper."""
import logging

import autoform as af

CAUSE = "formatting of user object with side effects"
ARGS = ("owls", "cats")
LOG = []

class Tag:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        print("str of", self.t)
        LOG.append(self.t)
        return "Tag"

    def __repr__(self):
        return "Tag()"

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s", Tag(r))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
