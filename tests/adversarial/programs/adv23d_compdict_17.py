"""Dict and set comprehensions with side effects and logging."""
import logging

import autoform as af

CAUSE = "dict/set comprehension seeing frame"
ARGS = (["a", "b", "a"],)
LOG = []

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    d = {x: (LOG.append(x), logging.warning("d %s", x), ask(x))[2] for x in xs}
    s = {(LOG.append("s" + x), logging.warning("s %s", x), ask("s" + x))[2] for x in xs}
    return d, sorted(s)
