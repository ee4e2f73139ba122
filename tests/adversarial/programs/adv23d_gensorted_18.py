"""sorted(genexpr, key=def) where the element logs and the key is a module function."""
import logging

import autoform as af

CAUSE = "generator consumed by sorted with key"
ARGS = (["c", "a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def keyf(r):
    print("key", r)
    return r[::-1]

def main(xs):
    return sorted((logging.warning("g %s", x) or ask(x) for x in xs), key=keyf)
