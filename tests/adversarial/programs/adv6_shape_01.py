"""af.lm_call with a response_format class whose `model_validate_json` (what shapes the
reply) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _parse(text):
    await asyncio.sleep(0)
    return {"text": text[1:-1]}


class Parsed:
    __module__ = "shapes"  # (its repr is part of the request: the same in both runs)

    @classmethod
    def model_validate_json(cls, text):
        return asyncio.run(_parse(text))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m", response_format=Parsed)


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "s")
    return [a, b]
