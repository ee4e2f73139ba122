"""The failing call is in an if condition, through a helper of a helper; the frames of this
file are printed with their carets."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def check(q):
    return ask("check " + q).endswith(">")


def main(topic: str):
    a = ask(topic)
    try:
        if check("bad " + a) and len(a) > 2:
            a = a.upper()
    except Exception as e:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]
        print("".join(traceback.format_list(frames)))
    return a
