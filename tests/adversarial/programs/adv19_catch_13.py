"""re.search(...).group(1) on None raises AttributeError for the second item; wrapped in a
loop-level try that returns what was collected."""

import re

import autoform as af

CAUSE = "AttributeError on None match"
ARGS = (["owls1", "cats", "dogs2"],)


def main(items: list):
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(re.search(r"(\d)", r).group(1))
    except AttributeError as e:
        print("no digit:", e)
    return out
