"""Log records with funcName in a comprehension element."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "funcName in comprehension"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    ys = [ask(x) for x in xs if logging.warning("filter %s", x) is None]
    zs = {x: ask(x + x) for x in xs if logging.warning("dict %s", x) is None}
    return ys, zs
