"""Calls under a with af.lm_client block whose body mutates a setting the client reads."""

from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []
MODE = {"tone": "calm"}


class Moody:
    def _reply(self, messages):
        text = MODE["tone"] + ":" + messages[-1]["content"]
        LOG.append(text)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def main(topic: str):
    with af.lm_client(Moody()):
        a = af.lm_call([{"role": "user", "content": topic}], model="m")
        MODE["tone"] = "angry"
        b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    c = af.lm_call([{"role": "user", "content": topic + "3"}], model="m")
    return [a, b, c]
