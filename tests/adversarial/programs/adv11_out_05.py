"""sys.stdout is swapped in main for a tee object that counts lines; each prompt quotes it."""

import sys

import autoform as af

CAUSE = "output set up in body"
ARGS = (["owls", "cats", "dogs"],)
LINES = 0


class Tee:
    def __init__(self, inner):
        self.inner = inner

    def write(self, s):
        global LINES
        LINES += s.count("\n")
        return self.inner.write(s)

    def flush(self):
        self.inner.flush()


def main(topics: list):
    old = sys.stdout
    sys.stdout = Tee(old)
    try:
        out = []
        for t in topics:
            print("asking", t)
            out.append(af.lm_call([{"role": "user", "content": f"{t} {LINES}"}], model="m"))
    finally:
        sys.stdout = old
    return out
