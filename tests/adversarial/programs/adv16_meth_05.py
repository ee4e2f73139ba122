"""A class whose instances forward any method through __getattr__ to a logging dispatcher:
`tracker.split(r)` and `tracker.get(k)` look like str/dict methods."""

import autoform as af

CAUSE = "getattr dispatcher methods"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Tracker:
    def __getattr__(self, name):
        def method(*args):
            LOG.append(f"{name}{args}")
            return len(args)

        return method


T = Tracker()


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        T.split(r[-6:])
        out.append(r)
    return out
