"""A pinned helper prints and exits the loop by raising; later asks in the loop."""
import logging

import autoform as af

CAUSE = "pinned helper raising in loop, later requests"
ARGS = (["a", "b", "c"], "n")

class Stop(Exception):
    pass

def pinned(t, n):
    logging.warning("got %d", n)
    print("pinned", t)
    if t == "b":
        raise Stop(t)
    return t

def main(xs, n):
    out = []
    try:
        for x in xs:
            pinned(x, n)
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    except Stop as e:
        out.append("stopped " + str(e))
    return out
