"""A helper with two chained calls is called before and after the client is switched."""

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


def refine(q):
    draft = af.lm_call([{"role": "user", "content": q}], model="m")
    return af.lm_call([{"role": "user", "content": "refine " + draft}], model="m")


def main(topic: str):
    before = refine(topic)
    STACK.enter_context(af.lm_client(Local()))
    after = refine(topic + "!")
    STACK.close()
    return [before, after]
