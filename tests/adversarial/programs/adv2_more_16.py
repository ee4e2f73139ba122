"""A module sink list printed to via a helper in a loop, then its length prompts a call."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b"],)
NOTES = []


def note(s):
    NOTES.append(s)
    print(s)


def main(items: list[str]):
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        note("got " + r)
    summary = af.lm_call([{"role": "user", "content": f"{len(NOTES)} notes"}], model="m")
    return summary
