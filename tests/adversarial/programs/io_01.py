"""Writes to a module-level text buffer between calls; the second call fails."""

import io

import autoform as af

CAUSE = "io"
ARGS = ()
FAIL = {"second"}
BUF = io.StringIO()
LOG = []


def main():
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    BUF.write("wrote " + a + "\n")
    LOG.append(BUF.getvalue())
    b = af.lm_call([{"role": "user", "content": "second"}], model="m")
    BUF.write("wrote " + b + "\n")
    LOG.append(BUF.getvalue())
    return b
