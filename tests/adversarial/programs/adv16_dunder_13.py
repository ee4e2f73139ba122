"""A __format__ inherited from a mixin defined via functools.partialmethod-free alias:
`__format__ = Mixin.fmt` where fmt prints."""

import autoform as af

CAUSE = "dunder aliased from mixin method"


class Mixin:
    def fmt(self, spec):
        print("formatting", self.name)
        return self.name


class Topic(Mixin):
    __format__ = Mixin.fmt

    def __init__(self, name):
        self.name = name


ARGS = ([Topic("owls"), Topic("cats")],)


def main(topics: list):
    return [af.lm_call([{"role": "user", "content": f"About {t}"}], model="m") for t in topics]
