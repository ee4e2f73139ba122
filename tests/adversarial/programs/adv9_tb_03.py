"""The failing call is an f-string's argument; the frames of this file are printed with
their carets."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = f"answer: {ask('bad ' + a)} (checked)"
    except Exception as e:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]
        print("".join(traceback.format_list(frames)))
        b = None
    return [a, b]
