"""Two independent calls through the program's own logging client, no chain behind either."""

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
    first = af.lm_call([{"role": "user", "content": "one " + topic}], model="m")
    second = af.lm_call([{"role": "user", "content": "two " + topic}], model="m")
    third = af.lm_call([{"role": "user", "content": "three " + topic}], model="m")
    STACK.close()
    return [first, second, third]
