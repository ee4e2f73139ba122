"""An item of a loop fails in a call inside a tuple; the failure leaves the loop, is caught
around it, and its frames of this file are printed with their carets."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "cats", "bad"],)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    pairs = []
    try:
        for t in topics:
            pairs.append((t, ask(t)))
    except Exception as e:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]
        print("".join(traceback.format_list(frames)))
    return pairs
