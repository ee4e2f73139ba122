"""Thread-bound primitive in a comprehension: ident compared to main's."""

import threading

import autoform as af

CAUSE = "thread ident in comprehension primitive"
ARGS = (["owls", "cats", "emus"],)


@af.primitive
def tag(text, owner):
    return text + "/" + str(threading.get_ident() == owner)


def main(items):
    me = threading.get_ident()
    rs = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    return [tag(r, me) for r in rs]
