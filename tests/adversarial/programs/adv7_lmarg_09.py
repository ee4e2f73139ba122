"""A message is a dict subclass that logs each key the client reads."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Message(dict):
    def __getitem__(self, key):
        LOG.append(key)
        return dict.__getitem__(self, key)


def main(q: str):
    a = af.lm_call([Message(role="user", content=q)], model="m")
    LOG.append("between")
    b = af.lm_call([Message(role="user", content=q + "s")], model="m")
    return [a, b]
