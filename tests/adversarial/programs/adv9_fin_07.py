"""A WeakValueDictionary cache, reached through a name bound by assignment, counts the live
answers (each registers itself) while the loop runs."""

import weakref

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
_wr = weakref
_cache = getattr(_wr, "WeakValueDictionary")()  # noqa: B009


class Answer:
    def __init__(self, text):
        self.text = text
        _cache[text] = self


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        a = Answer(ask(t))
        out.append((a.text, len(_cache)))
    return out
