"""print(file=BUF) to a module io.StringIO, and the next call's prompt sends the buffer's
text: the notes taken so far."""

import io

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
BUF = io.StringIO()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    print("note:", topic, file=BUF)
    b = af.lm_call([{"role": "user", "content": "notes " + BUF.getvalue()}], model="m")
    return [a, b]
