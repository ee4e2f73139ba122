"""LM failures in a fanned-out loop: each failure's __context__ and traceback length printed."""

import traceback

import autoform as af

CAUSE = 'fanout context'
ARGS = ("owls", "cats")
FAIL = ['cats', 'bad']


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs", "bad"):
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError as e:
            print(t, repr(e.__context__), len(traceback.extract_tb(e.__traceback__)))
    return out
