"""sys.stdout is swapped by setattr for a buffer; the loop prints; the buffer is read."""

import io
import sys

import autoform as af

CAUSE = "output setattr stdout"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    buf = io.StringIO()
    old = sys.stdout
    setattr(sys, "stdout", buf)
    try:
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print(r)
    finally:
        setattr(sys, "stdout", old)
    return buf.getvalue()
