"""A WeakValueDictionary cache: rebinding a name drops the only reference, and the cache
forgets it before the next lookup."""

import weakref

import autoform as af

CAUSE = 12
ARGS = ()


class Doc:
    def __init__(self, text):
        self.text = text


CACHE = weakref.WeakValueDictionary()


def main():
    d = Doc("one")
    CACHE["k"] = d
    a = af.lm_call([{"role": "user", "content": d.text}], model="m")
    d = Doc("two")
    present = "k" in CACHE
    b = af.lm_call([{"role": "user", "content": f"{a} {present}"}], model="m")
    return [b, d.text]
