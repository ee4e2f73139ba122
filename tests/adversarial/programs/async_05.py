"""An async pipeline with `async with` around a call (an unknown effect that logs)."""

import autoform as af

CAUSE = "async"
ARGS = ("owl",)
LOG = []


class Session:
    async def __aenter__(self):
        LOG.append("open")
        return self

    async def __aexit__(self, *exc):
        LOG.append("close")
        return False


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    async with Session():
        b = await af.lm_call.acall([{"role": "user", "content": a}], model="m")
    c = await af.lm_call.acall([{"role": "user", "content": topic + "?"}], model="m")
    return [a, b, c]
