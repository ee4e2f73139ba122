"""A fan-out of 200 items each with a plain call then a call with a document on the
answer: the first calls should overlap even if the second ones wait for their turns."""

import autoform as af

CAUSE = "performance"
ARGS = ([f"topic {i}" for i in range(200)],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": Doc(a)}], model="m"))
    return out
