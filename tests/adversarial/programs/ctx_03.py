"""The client is chosen inside a helper that asks: `with af.lm_client` around its own call."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)


class Upper:
    def _reply(self, messages):
        text = messages[-1]["content"].upper()
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def ask_upper(q):
    with af.lm_client(Upper()):
        return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = ask_upper(topic)
    c = af.lm_call([{"role": "user", "content": b}], model="m")
    return [a, b, c]
