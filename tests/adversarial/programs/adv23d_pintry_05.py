"""A pinned helper in try/except, where an earlier call fails."""
import logging

import autoform as af

CAUSE = "pinned helper in try"
ARGS = ("owls", "cats", "n")
FAIL = ["cats"]

def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    return r

def main(a, b, n):
    out = []
    try:
        x = af.lm_call([{"role": "user", "content": b}], model="m")
        out.append(x)
        out.append(pinned(a, n))
    except af.LMFailure as e:
        out.append("failed " + str(e))
    except Exception as e:
        out.append("other " + type(e).__name__)
    return out
