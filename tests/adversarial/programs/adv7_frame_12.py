"""A property names the function reading it."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats"],)


class Ctx:
    @property
    def where(self):
        return sys._getframe(1).f_code.co_name


ctx = Ctx()


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        out.append(ask(ctx.where + " " + t))
    return out
