"""Nested with af.lm_client blocks, with calls in each level and after the inner one."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
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


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with af.lm_client(Local("outer")):
        b = af.lm_call([{"role": "user", "content": topic + "1"}], model="m")
        with af.lm_client(Local("inner")):
            c = af.lm_call([{"role": "user", "content": b}], model="m")
            d = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
        e = af.lm_call([{"role": "user", "content": c}], model="m")
    f = af.lm_call([{"role": "user", "content": e}], model="m")
    return [a, b, c, d, e, f]
