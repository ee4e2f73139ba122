"""A helper called in a loop builds a message holding a document; the document's `__str__`
fails for one topic, and a later item's document logs."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        if self.text == "bad":
            raise ValueError("cannot render " + self.text)
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def ask(t):
    return af.lm_call(
        [{"role": "system", "content": "be brief"}, {"role": "user", "content": Doc(t)}], model="m"
    )


def main(topics: list):
    out = []
    for t in topics:
        out.append(ask(t))
    return out
