"""A cached property that calls the LM, read in two statements: the call is made once."""

import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Doc:
    def __init__(self, text):
        self.text = text

    @functools.cached_property
    def summary(self):
        print("summing", self.text)
        return ask("sum " + self.text)


def main(topic: str):
    doc = Doc(topic)
    a = ask(topic)
    b = ask("one " + doc.summary)
    c = ask("two " + doc.summary)
    return [a, b, c]
