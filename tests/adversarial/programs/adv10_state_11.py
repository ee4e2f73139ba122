"""A document's `__repr__` runs a small coroutine with asyncio.run (it works where no loop
runs, as in the sequential run's synchronous client)."""

import asyncio

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"],)
LOG = []


async def _title(text):
    await asyncio.sleep(0)
    return text.title()


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        try:
            title = asyncio.run(_title(self.text))
        except RuntimeError as exc:
            title = "no run: " + str(exc)[:30]
        LOG.append(title)
        return repr(title)


def main(topics: list):
    return [af.lm_call([{"role": "user", "content": Doc(t)}], model="m") for t in topics]
