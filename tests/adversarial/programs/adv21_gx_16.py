"""Genexp outside try: iterable generator prints, items print, second fails."""

import autoform as af

CAUSE = "genexp interleaved prints fail"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def ask(t):
    print("ask", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def gen(items):
    for t in items:
        print("yield", t)
        yield t


def main(items):
    return list(ask(t) for t in gen(items))
