"""A document's `__str__` raises while the call renders it; the frames of this file in the
traceback are printed."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = ("owls",)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        if "bad" in self.text:
            raise ValueError("cannot render")
        return self.text

    __repr__ = __str__


def ask(q):
    return af.lm_call([{"role": "user", "content": Doc(q)}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = ask("bad " + a)
    except ValueError as e:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]
        print("".join(traceback.format_list(frames)))
        b = None
    return [a, b]
