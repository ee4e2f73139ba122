"""A session object installs the client in __enter__ and leaves it installed at __exit__."""

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


class Session:
    def __enter__(self):
        STACK.enter_context(af.lm_client(Local()))
        return self

    def __exit__(self, *exc):
        LOG.append("session closed")
        return False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with Session():
        b = af.lm_call([{"role": "user", "content": a}], model="m")
    c = af.lm_call([{"role": "user", "content": topic + "!"}], model="m")
    STACK.close()
    return [a, b, c]
