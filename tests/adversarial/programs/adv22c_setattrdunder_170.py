"""setattr installs a logging __eq__ on a class; `in` test after each fanned call."""

import autoform as af

CAUSE = "dunder installed with setattr by name"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


class Key:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Key({self.v!r})"


def _eq(self, other):
    LOG.append(("eq", self.v, other))
    return self.v == other


for _name, _fn in [("__eq__", _eq), ("__hash__", None)]:
    setattr(Key, _name, _fn)

KEYS = [Key("<m:cats>")]


def check(x):
    r = ask(x)
    LOG.append("got " + r)
    return r in KEYS


def main(items):
    return [check(x) for x in items]
