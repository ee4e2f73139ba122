"""An async primitive reads a module list that the function appends to after a call."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
SEEN = []


@af.primitive
async def seen_count(q: str) -> str:
    return f"{q}:{len(SEEN)}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    SEEN.append(a)
    n = seen_count(topic)
    return [a, n]
