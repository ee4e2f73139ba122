"""The program's client refuses one request; the first failure in program order is raised."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []
STACK = contextlib.ExitStack()


class Picky:
    def _reply(self, messages):
        content = messages[-1]["content"]
        LOG.append("got " + content)
        if content.startswith("bad"):
            raise ValueError("refused " + content)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="ok"))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    STACK.enter_context(af.lm_client(Picky()))
    try:
        b = af.lm_call([{"role": "user", "content": "bad " + a}], model="m")
        c = af.lm_call([{"role": "user", "content": "bad " + topic}], model="m")
    finally:
        STACK.close()
    return [a, b, c]
