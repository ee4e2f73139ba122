"""A helper returns the client's context manager; the function enters it on a stack."""

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


def local_ctx(tag):
    return af.lm_client(Local(tag))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    ctx = local_ctx("mine")
    b = af.lm_call([{"role": "user", "content": topic + "1"}], model="m")
    STACK.enter_context(ctx)
    c = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    STACK.close()
    return [a, b, c]
