"""A proxy's __getattr__ logs every attribute looked up and forwards to a real asker."""

import autoform as af

CAUSE = "getattr"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Asker:
    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Proxy:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        LOG.append("get " + name)
        return getattr(self._inner, name)


def main(topics: list):
    p = Proxy(Asker())
    out = []
    for t in topics:
        out.append(p.ask(t))
        LOG.append("asked " + t)
    return out
