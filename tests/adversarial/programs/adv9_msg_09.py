"""The messages are a list subclass that logs each index the client reads; one call fails."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


class Messages(list):
    def __getitem__(self, i):
        LOG.append(("read", i, list.__getitem__(self, 0)["content"]))
        return list.__getitem__(self, i)


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call(Messages([{"role": "user", "content": t}]), model="m"))
    return out
