"""Log records with funcName in a listed genexpr and in a nested def inside a loop."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "funcName in genexpr / nested def"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    s = ",".join(ask(x) for x in xs if logging.warning("gen %s", x) is None)
    out = []
    for x in xs:
        r = ask(x)

        def show(v):
            logging.warning("show %s", v)
            return v

        out.append(show(r))
    return s, out
