"""Log with funcName inside a while loop with break and an ask."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "funcName in while loop"
ARGS = (["a", "b", "c"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    i = 0
    while i < len(xs):
        r = ask(xs[i])
        logging.warning("w %s %d", r, i)
        if r == "<m:b>":
            break
        out.append(r)
        i += 1
    return out
