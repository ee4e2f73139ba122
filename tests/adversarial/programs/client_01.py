"""A helper asks through the current client, then installs another with an ExitStack."""

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


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_then_switch(q):
    r = ask(q)
    STACK.enter_context(af.lm_client(Local()))
    return r


def main(topic: str):
    a = ask(topic)
    s = ask_then_switch(a)
    b = ask(topic + "?")
    c = ask(topic + "!")
    STACK.close()
    return [a, s, b, c]
