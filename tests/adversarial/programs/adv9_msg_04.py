"""A list comprehension of calls whose documents log as they render; one fails."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats", "dogs"],)
FAIL = ["bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def ask(d):
    return af.lm_call([{"role": "user", "content": d}], model="m")


def main(topics: list):
    return [ask(Doc(t)) for t in topics]
