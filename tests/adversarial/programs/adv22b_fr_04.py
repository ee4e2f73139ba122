"""A helper reads its caller's co_qualname and co_firstlineno; called in a generator expression."""

import sys

import autoform as af

CAUSE = "caller code in genexpr"
ARGS = (["owls", "cats"],)


def tag(r):
    c = sys._getframe(1).f_code
    return c.co_qualname, c.co_firstlineno, r


def main(items):
    return list(tag(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items)
