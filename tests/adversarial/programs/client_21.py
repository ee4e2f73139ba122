"""A nested def installs the program's client on a stack; later calls go through it."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []
STACK = contextlib.ExitStack()


class Local:
    def _reply(self, messages):
        LOG.append("local " + messages[-1]["content"])
        text = "local:" + messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def main(topic: str):
    def go_local():
        STACK.enter_context(af.lm_client(Local()))

    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    go_local()
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    STACK.close()
    return [a, b]
