"""redirect_stdout entered through an ExitStack; the loop prints; the buffer is read."""

import contextlib
import io

import autoform as af

CAUSE = "output exitstack redirect"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    buf = io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(buf))
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print(r)
    return buf.getvalue()
