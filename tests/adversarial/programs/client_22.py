"""A client installer is looked up in a table of setups (unknown code installs it)."""

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


def use_local():
    STACK.enter_context(af.lm_client(Local()))


def use_default():
    pass


_SETUPS = {"local": use_local, "default": use_default}


def main(topic: str, where: str = "local"):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    _SETUPS[where]()
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    STACK.close()
    return [a, b]
