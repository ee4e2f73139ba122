"""Under af.limits with a token rate, a message's content is a str subclass whose `__len__`
notes whether a loop runs (the sequential run never measures it)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Text(str):
    def __len__(self):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")
        return str.__len__(self)


def ask(q):
    return af.lm_call([{"role": "user", "content": Text(q)}], model="m")


def main(topic: str):
    with af.limits(tpm=10_000_000):
        a = ask(topic)
        b = ask(topic + "s")
    return [a, b]
