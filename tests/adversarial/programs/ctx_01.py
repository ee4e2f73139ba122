"""A `with af.lm_client(...)` block routes one call through a client of the program's own."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []


class Local:
    def _reply(self, messages):
        LOG.append(messages[-1]["content"])
        text = "local:" + messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    with af.lm_client(Local()):
        b = ask(topic + "?")
    c = ask(topic + "!")
    return [a, b, c]
