"""The client's context manager is entered and exited by hand around one call."""

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
    cm = af.lm_client(Local())
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    cm.__enter__()
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    cm.__exit__(None, None, None)
    c = af.lm_call([{"role": "user", "content": topic + "!"}], model="m")
    return [a, b, c]
