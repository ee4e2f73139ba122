"""contextlib.suppress around each call of a loop; the loop counts successes in a global."""

import contextlib

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
OK = 0


def main(topics: list):
    global OK
    out = []
    for t in topics:
        with contextlib.suppress(RuntimeError):
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
            OK += 1
    return out
