"""A pure helper that asks whether a loop runs, used per item of a collecting loop."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = (["owl", "bat", "cat"],)


def in_loop():
    try:
        asyncio.get_running_loop()
        return True
    except RuntimeError:
        return False


def main(topics: list[str]):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r + (" async" if in_loop() else " sync"))
    return out
