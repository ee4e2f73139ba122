"""A thread-bound primitive raising StopIteration inside a fanned-out loop."""

import threading

import autoform as af

CAUSE = "StopIteration from an inline thread-bound primitive"
ARGS = (["owls", "cats", "emus"],)
STATE = threading.local()


@af.primitive
def first(text):
    it = iter(getattr(STATE, "items", []))
    return text + next(it)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            out.append(first(r))
        except RuntimeError as e:
            out.append(("rt", str(e), type(e.__cause__).__name__))
        except StopIteration:
            out.append("stop")
    return out
