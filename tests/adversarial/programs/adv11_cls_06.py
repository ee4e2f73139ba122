"""A pipeline's `suffix` property numbers its reads; ask reads it after each call and the
next prompt quotes the count."""

import autoform as af

CAUSE = "property"
ARGS = (["owls", "cats", "dogs"],)


class Pipeline:
    def __init__(self):
        self.reads = 0

    @property
    def suffix(self):
        self.reads += 1
        return f" #{self.reads}"

    def ask(self, q):
        r = af.lm_call([{"role": "user", "content": f"{q} ({self.reads})"}], model="m")
        return r + self.suffix

    def run(self, items):
        return [self.ask(t) for t in items]


def main(topics: list):
    return Pipeline().run(topics)
