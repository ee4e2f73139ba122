"""An async def pipeline awaits af.lm_call.acall with documents, in a loop, then once more
on the joined answers."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text[:12])
        return self.text

    __repr__ = __str__


async def main(topics: list):
    out = []
    for t in topics:
        print("ask", t)
        out.append(await af.lm_call.acall([{"role": "user", "content": Doc(t)}], model="m"))
    last = await af.lm_call.acall([{"role": "user", "content": Doc("|".join(out))}], model="m")
    return out, last
