"""A method of a small sync client class wraps asyncio.run."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


class SyncSearch:
    async def _search(self, q):
        await asyncio.sleep(0)
        return "hits for " + q

    def search(self, q):
        return asyncio.run(self._search(q))


def main(topic: str):
    engine = SyncSearch()
    q = af.lm_call([{"role": "user", "content": topic}], model="m")
    hits = engine.search(q)
    return af.lm_call([{"role": "user", "content": hits}], model="m")
