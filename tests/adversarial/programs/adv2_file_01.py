"""A file written and then its name rebound to another open file: CPython closes (and
flushes) the first at the rebinding; reading it back sees what was written."""

import os
import tempfile

import autoform as af

CAUSE = 12
ARGS = ()


def main():
    path = os.path.join(tempfile.gettempdir(), f"adv2_file_01_{os.getpid()}.txt")
    f = open(path, "w")  # noqa: SIM115
    f.write("hello")
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    f = open(path + ".2", "w")  # noqa: SIM115
    with open(path) as g:
        text = g.read()
    b = af.lm_call([{"role": "user", "content": "read " + text}], model="m")
    f.close()
    os.remove(path)
    os.remove(path + ".2")
    return [a, b]
