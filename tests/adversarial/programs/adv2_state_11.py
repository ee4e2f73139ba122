"""redirect_stdout to a user sink that records lines; a print inside, and a call after that
sends the recorded lines."""

import contextlib

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
LINES = []


class Sink:
    def write(self, s):
        if s.strip():
            LINES.append(s)

    def flush(self):
        pass


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    with contextlib.redirect_stdout(Sink()):
        print("captured", topic)
    b = af.lm_call([{"role": "user", "content": f"lines {LINES}"}], model="m")
    return [a, b]
