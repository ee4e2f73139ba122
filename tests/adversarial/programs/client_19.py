"""A client installed on a stack in a helper that also asks, called inside try/except."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
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


def warm_up_and_switch(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    STACK.enter_context(af.lm_client(Local()))
    return r


def main(topic: str):
    try:
        w = warm_up_and_switch(topic)
    except RuntimeError:
        w = "failed"
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    c = af.lm_call([{"role": "user", "content": w}], model="m")
    STACK.close()
    return [w, b, c]
