"""The client is pushed on a stack per item of a loop; each item's call uses the newest."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = (["owl", "bat", "cat"],)
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


def main(topics: list[str]):
    out = []
    for t in topics:
        STACK.enter_context(af.lm_client(Local("c-" + t)))
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    STACK.close()
    return out
