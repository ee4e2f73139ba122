"""A failure in one item of a loop is caught there and the frames of this file in its
traceback printed (with their carets)."""

import sys
import traceback

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(ask(t))
        except Exception:
            frames = traceback.extract_tb(sys.exc_info()[2])
            print("".join(traceback.format_list([f for f in frames if f.filename == __file__])))
            out.append(None)
    return out
