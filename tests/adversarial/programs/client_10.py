"""A helper that asks and then installs a client, called for each item of a loop."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = (["owl", "bat"],)
LOG = []
STACK = contextlib.ExitStack()


class Local:
    def __init__(self, tag="local"):
        self.tag = tag

    def _reply(self, messages):
        LOG.append(self.tag + " " + messages[-1]["content"])
        text = self.tag + ":" + messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def ask_then_switch(q, tag):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    STACK.enter_context(af.lm_client(Local(tag)))
    return r


def main(topics: list[str]):
    out = []
    for t in topics:
        out.append(ask_then_switch(t, "after-" + t))
    last = af.lm_call([{"role": "user", "content": "end"}], model="m")
    STACK.close()
    return [out, last]
