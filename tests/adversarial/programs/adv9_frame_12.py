"""A caught failure's traceback is walked and the frames of this file named, with columns."""

import traceback

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = ask("bad " + a)
    except Exception as e:
        here = [
            (f.name, f.lineno, f.colno, f.end_colno, f.line)
            for f in traceback.extract_tb(e.__traceback__)
            if f.filename == __file__
        ]
        b = repr(here)
    return [a, b]
