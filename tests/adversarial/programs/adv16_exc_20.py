"""Both of two independent calls fail; a finally prints the in-flight exception's message,
its __context__ and its notes (none in the sequential run)."""

import sys

import autoform as af

CAUSE = "gather failure context and notes"
ARGS = ("owls", "cats")
FAIL = ["owls", "cats"]


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": f"summarize {a}"}], model="m")
        rb = af.lm_call([{"role": "user", "content": f"summarize {b}"}], model="m")
        return ra, rb
    finally:
        e = sys.exc_info()[1]
        print("error:", e)
        print("context:", repr(e.__context__))
        print("notes:", len(getattr(e, "__notes__", [])))
