"""An async def pipeline calls next() on an empty iterator: RuntimeError as written too."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


async def main(topics: list[str]):
    a = await af.lm_call.acall([{"role": "user", "content": "start"}], model="m")
    return a + next(iter(topics))
