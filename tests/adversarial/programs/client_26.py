"""A helper asks twice under its own logging client; a loop calls it per topic."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = (["owl", "bat", "cat"],)
LOG = []


class Local:
    def __init__(self, tag):
        self.tag = tag

    def _reply(self, messages):
        LOG.append(self.tag + " " + messages[-1]["content"])
        text = self.tag + ":" + messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def draft_and_refine(topic):
    with af.lm_client(Local("c-" + topic)):
        d = af.lm_call([{"role": "user", "content": topic}], model="m")
        return af.lm_call([{"role": "user", "content": "refine " + d}], model="m")


def main(topics: list[str]):
    out = []
    for t in topics:
        out.append(draft_and_refine(t))
    return out
