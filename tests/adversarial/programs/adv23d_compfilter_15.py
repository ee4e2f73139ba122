"""A filtered comprehension whose element logs and whose if part calls the model."""
import logging

import autoform as af

CAUSE = "comprehension seeing frame with model-calling filter"
ARGS = (["a", "bb", "c"],)
FAIL = ["bb?"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return [logging.warning("el %s", x) or ask(x) for x in xs if ask(x + "?")]
