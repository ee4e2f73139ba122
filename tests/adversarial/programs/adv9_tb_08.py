"""The failing call is a value in a dict literal and another in an augmented assignment;
the frames of this file are printed with their carets."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def show(e):
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]
    print("".join(traceback.format_list(frames)))


def main(topic: str):
    a = ask(topic)
    try:
        card = {"topic": topic, "answer": ask("bad " + a)}
    except Exception as e:
        show(e)
        card = {}
    text = a
    try:
        text += ask("bad again " + a)
    except Exception as e:
        show(e)
    return [card, text]
