"""An isinstance check against a class whose metaclass `__instancecheck__` runs
asyncio.run, in a helper and in a fanned-out loop's body."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _ok(w):
    await asyncio.sleep(0)
    return len(str(w)) > 3


class Check(type):
    def __instancecheck__(cls, obj):
        return asyncio.run(_ok(obj))


class Long(metaclass=Check):
    pass


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, "ab", topic + "s"]:
        r = ask(w)
        if isinstance(w, Long):
            out.append(r)
    return out
