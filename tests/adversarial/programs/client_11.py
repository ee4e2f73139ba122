"""The client is installed in a branch, depending on the first reply."""

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
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    if "owl" in a:
        STACK.enter_context(af.lm_client(Local()))
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    c = af.lm_call([{"role": "user", "content": "x"}], model="m")
    STACK.close()
    return [a, b, c]
