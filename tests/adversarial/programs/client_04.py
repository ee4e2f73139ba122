"""The client is switched per item inside a loop that collects replies."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = (["owl", "bat", "cat"],)
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


CLIENTS = {}


def main(topics: list[str]):
    out = []
    for t in topics:
        with af.lm_client(Local("c-" + t)):
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
