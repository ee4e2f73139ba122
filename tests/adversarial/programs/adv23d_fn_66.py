"""Log with funcName in try/finally and with-block run beside calls."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "funcName in blocks beside calls"
import contextlib

ARGS = ("a", "b")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    try:
        x = ask(a)
    finally:
        logging.warning("finally")
    with contextlib.suppress(KeyError):
        y = ask(b)
        logging.warning("in with %s", y)
    if x:
        logging.warning("if branch")
        z = ask(x)
    return x, y, z
