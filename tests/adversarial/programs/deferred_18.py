"""The first item of an empty list parameter (IndexError), after a failing call and a
print: the call's failure and the print."""

import autoform as af

CAUSE = "deferred"
ARGS = ([],)
FAIL = {"intro"}


def main(docs: list[str]):
    a = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    print("intro asked")
    b = af.lm_call([{"role": "user", "content": "summarise " + docs[0]}], model="m")
    return [a, b]
