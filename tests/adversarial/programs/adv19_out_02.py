"""redirect_stdout into a buffer around a loop of prints; the buffer feeds a prompt."""

import contextlib
import io

import autoform as af

CAUSE = "redirect_stdout buffer read"
ARGS = (["owls", "cats"],)


def main(items: list):
    buf = io.StringIO()
    out = []
    with contextlib.redirect_stdout(buf):
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print(r)
            out.append(r)
    s = af.lm_call([{"role": "user", "content": buf.getvalue()}], model="m")
    return out, s
