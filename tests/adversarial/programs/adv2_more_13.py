"""redirect_stdout to a buffer around a print and a call; a print outside it; the buffer's
text is returned."""

import contextlib
import io

import autoform as af

CAUSE = "output"
ARGS = ()


def main():
    buf = io.StringIO()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    with contextlib.redirect_stdout(buf):
        print("inside")
        b = af.lm_call([{"role": "user", "content": "b"}], model="m")
        print("inside got", b)
    print("outside", a)
    return [buf.getvalue(), a, b]
