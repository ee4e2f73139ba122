"""An argument whose __iter__ prints as it yields and raises after two items: the loop asks
per item; the error must surface after exactly two calls and two prints."""

import autoform as af

CAUSE = "iter dunder raises midway"


class Feed:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for i, t in enumerate(self.items):
            if i == 2:
                raise IOError("feed dropped")
            print("yield", t)
            yield t


ARGS = (Feed(["owls", "cats", "dogs", "bees"]),)


def main(feed):
    out = []
    try:
        for t in feed:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    except OSError as exc:
        print("feed error:", exc)
    return out
