"""contextlib.redirect_stdout into a buffer inside main; prints inside the loop go there and
the buffer's length goes into each prompt."""

import contextlib
import io

import autoform as af

CAUSE = "output"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    buf = io.StringIO()
    out = []
    with contextlib.redirect_stdout(buf):
        for t in topics:
            print("asking", t)
            out.append(
                af.lm_call([{"role": "user", "content": f"{t} {len(buf.getvalue())}"}], model="m")
            )
    return out, buf.getvalue()
