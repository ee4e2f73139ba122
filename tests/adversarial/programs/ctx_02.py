"""A helper switches the LM client through an ExitStack; the calls after it use that client."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
LOG = []
STACK = contextlib.ExitStack()


class Local:
    def _reply(self, messages):
        LOG.append(messages[-1]["content"])
        text = "local:" + messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def use_local():
    STACK.enter_context(af.lm_client(Local()))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    use_local()
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    c = af.lm_call([{"role": "user", "content": a}], model="m")
    STACK.close()
    return [a, b, c]
