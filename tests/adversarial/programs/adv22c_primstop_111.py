"""A sync primitive raising StopIteration (next on empty), caught by main."""

import autoform as af

CAUSE = "StopIteration cannot cross a Future/thread"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



@af.primitive
def first_word(text):
    return next(w for w in text.split() if w.isdigit())


def main(a, b):
    ra = ask(a)
    try:
        w = first_word(ra)
    except StopIteration:
        w = "none"
    rb = ask(b)
    return ra, w, rb
