"""A generator source whose items are made by a call each (the generator asks): the loop
asks again about each."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "boom"],)
FAIL = {"boom"}


def drafts(items):
    for x in items:
        print("drafting", x)
        yield af.lm_call([{"role": "user", "content": "draft " + x}], model="m")


def main(items: list[str]):
    out = []
    for d in drafts(items):
        out.append(af.lm_call([{"role": "user", "content": "polish " + d}], model="m"))
        print("polished")
    return out
