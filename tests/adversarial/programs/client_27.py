"""Two independent calls of a helper that asks under its own logging client."""

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


def ask_local(q):
    with af.lm_client(Local()):
        first = af.lm_call([{"role": "user", "content": q}], model="m")
        return af.lm_call([{"role": "user", "content": first}], model="m")


def main(topic: str):
    a = ask_local(topic)
    b = ask_local(topic + "2")
    return [a, b]
