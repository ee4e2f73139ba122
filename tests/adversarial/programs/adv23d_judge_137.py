"""An int-annotated parameter given a str, logged with pct-d inside a listed generator."""
import logging

import autoform as af

CAUSE = "annotation trusted: listed genexpr"
ARGS = (["a", "b"], "x")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, n: int):
    return "".join(ask(x) for x in xs if not logging.warning("el %d", n))
