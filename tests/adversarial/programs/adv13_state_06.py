"""itertools.count ids handed out by a helper in each request; ids are drawn in a
comprehension then a loop."""

import itertools

import autoform as af

CAUSE = "module counter ids"
ARGS = (["owls", "cats", "dogs"],)
_IDS = itertools.count(1)


def req(text):
    return {"role": "user", "content": f"[req {next(_IDS)}] {text}"}


def main(items: list):
    drafts = [af.lm_call([req(t)], model="m") for t in items]
    finals = []
    for d in drafts:
        finals.append(af.lm_call([req("polish " + d[-8:])], model="m"))
    return finals
