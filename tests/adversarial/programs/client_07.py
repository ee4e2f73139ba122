"""A helper given the function's ExitStack installs the client on it."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []


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


def use_local(stack):
    stack.enter_context(af.lm_client(Local()))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with contextlib.ExitStack() as stack:
        use_local(stack)
        b = af.lm_call([{"role": "user", "content": a}], model="m")
    c = af.lm_call([{"role": "user", "content": topic + "!"}], model="m")
    return [a, b, c]
