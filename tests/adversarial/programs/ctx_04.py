"""The program's own client reads a module setting per request; the function changes it."""

import contextlib
from types import SimpleNamespace

import autoform as af

CAUSE = "ambient-client"
ARGS = ("owl",)
SETTINGS = {"style": "plain"}
STACK = contextlib.ExitStack()


class Styled:
    def _reply(self, messages):
        text = f"{SETTINGS['style']}:{messages[-1]['content']}"
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])

    def completion(self, *, model, messages, **kw):
        return self._reply(messages)

    async def acompletion(self, *, model, messages, **kw):
        return self._reply(messages)


def main(topic: str):
    STACK.enter_context(af.lm_client(Styled()))
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    SETTINGS["style"] = "fancy"
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    STACK.close()
    return [a, b]
