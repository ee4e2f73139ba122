"""A sync primitive inside a finally during an LM failure reads sys.exc_info()."""

import sys

import autoform as af

CAUSE = 'primitive exc_info in finally'
ARGS = ("owls", "cats")
FAIL = ['cats']


@af.primitive
def probe(x):
    return x + repr(sys.exc_info()[1])


def main(a: str, b: str):
    out = []
    try:
        try:
            af.lm_call([{"role": "user", "content": b}], model="m")
        finally:
            out.append(probe(a))
    except RuntimeError:
        pass
    return out
