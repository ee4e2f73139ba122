"""A generator context manager wraps af.lm_client; it is entered on a module ExitStack."""

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


@contextlib.contextmanager
def local_model():
    with af.lm_client(Local()):
        yield


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    STACK.enter_context(local_model())
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    STACK.close()
    return [a, b]
