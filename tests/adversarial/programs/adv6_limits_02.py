"""Under af.limits with a token rate, a message's content is a str subclass whose `__len__`
runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _n(s):
    await asyncio.sleep(0)
    return len(s)


class Text(str):
    def __len__(self):
        return asyncio.run(_n(str(self)))


def ask(q):
    return af.lm_call([{"role": "user", "content": Text(q)}], model="m")


def main(topic: str):
    with af.limits(tpm=10_000_000):
        a = ask(topic)
        b = ask(topic + "s")
    return [a, b, len(Text(a))]
