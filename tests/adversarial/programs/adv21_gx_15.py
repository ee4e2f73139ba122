"""min() of a genexp over an empty iterable in try: ValueError printed."""

import sys
import traceback

import autoform as af

CAUSE = "min empty genexp"
ARGS = ([],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = min(ask(t) for t in items)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        out = None
    return out, ask("after")
