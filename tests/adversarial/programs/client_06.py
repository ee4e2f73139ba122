"""The program's client logs each request it gets; independent calls, one leading a chain."""

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


def main(topic: str):
    STACK.enter_context(af.lm_client(Local()))
    a = af.lm_call([{"role": "user", "content": "leaf " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "root " + topic}], model="m")
    c = af.lm_call([{"role": "user", "content": b}], model="m")
    d = af.lm_call([{"role": "user", "content": c}], model="m")
    STACK.close()
    return [a, d]
