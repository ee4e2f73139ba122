"""Two names for one object: a method that mutates its `self` called on each, then a read
of the state it changed."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)


class Memo:
    def __init__(self):
        self.history = []

    def ask(self, q):
        reply = af.lm_call(
            [{"role": "user", "content": f"{q} after {len(self.history)}"}], model="m"
        )
        self.history.append(reply)
        return reply


def main(topic: str):
    a = Memo()
    b = a
    first = a.ask(topic + "1")
    second = b.ask(topic + "2")
    return [first, second, len(a.history)]
