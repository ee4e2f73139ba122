"""A primitive asks asyncio for the current loop and reports the error."""

import asyncio

import autoform as af

CAUSE = "asyncio.get_event_loop error names the thread"
ARGS = ("owls",)


@af.primitive
def probe(text):
    try:
        asyncio.get_event_loop()
        return text + " has loop"
    except RuntimeError as e:
        return text + " " + str(e)


def main(a):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    return probe(ra)
