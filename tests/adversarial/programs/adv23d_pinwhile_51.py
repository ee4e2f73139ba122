"""A pinned helper in a while loop with a counter and an ask."""
import logging

import autoform as af

CAUSE = "pinned helper in while loop"
ARGS = (3, "n")

def pinned(t, n):
    logging.warning("got %d", n)
    print("pinned", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(k, n):
    out = []
    i = 0
    while i < k:
        out.append(af.lm_call([{"role": "user", "content": "q" + str(i)}], model="m"))
        out.append(pinned(str(i), n))
        i += 1
    return out
