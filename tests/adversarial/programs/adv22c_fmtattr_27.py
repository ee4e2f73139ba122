"""str.format attribute lookup runs a counting property."""

import autoform as af

CAUSE = "format-string attribute access runs property"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



class Req:
    def __init__(self, topic):
        self.topic = topic
        self.reads = 0

    @property
    def text(self):
        self.reads += 1
        LOG.append(("read", self.topic, self.reads))
        return self.topic

    def __repr__(self):
        return f"Req({self.topic!r})"


def main(a, b):
    req = Req(a)
    r1 = ask("about {0.text}".format(req))
    req.topic = b
    r2 = ask("about {0.text}".format(req))
    return r1, r2, req.reads
