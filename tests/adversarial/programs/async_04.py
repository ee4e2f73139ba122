"""An async pipeline where the first await fails and a print follows it."""

import autoform as af

CAUSE = "async"
ARGS = ()
FAIL = {"first"}


async def main():
    a = await af.lm_call.acall([{"role": "user", "content": "first"}], model="m")
    print("after first")
    b = await af.lm_call.acall([{"role": "user", "content": "second"}], model="m")
    return a + b
