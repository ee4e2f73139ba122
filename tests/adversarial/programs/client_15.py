"""A class-based session installs the client in __enter__ and restores it in __exit__."""

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


class LocalSession:
    def __enter__(self):
        self._cm = af.lm_client(Local("session"))
        self._cm.__enter__()
        return self

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with LocalSession():
        b = af.lm_call([{"role": "user", "content": a}], model="m")
        c = af.lm_call([{"role": "user", "content": topic + "1"}], model="m")
    d = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    return [a, b, c, d]
