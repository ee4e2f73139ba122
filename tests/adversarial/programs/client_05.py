"""The program's client reads a module setting; it is installed with an ExitStack and the
setting changes between two independent calls."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []
MODE = {"tone": "calm"}
STACK = contextlib.ExitStack()


class Moody:
    def _reply(self, messages):
        text = MODE["tone"] + ":" + messages[-1]["content"]
        LOG.append(text)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def main(topic: str):
    STACK.enter_context(af.lm_client(Moody()))
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    MODE["tone"] = "angry"
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    STACK.close()
    return [a, b]
