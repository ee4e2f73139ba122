"""A decorator that swaps itself out on the first call (lazy initialisation)."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
LOG = []


def lazy(fn):
    def first_call(*args):
        LOG.append("init " + fn.__name__)
        globals()[fn.__name__] = fn
        return fn(*args)

    return first_call


@lazy
def summarize(text):
    LOG.append("summarize")
    return text[:12]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    s1 = summarize(a)
    b = af.lm_call([{"role": "user", "content": s1}], model="m")
    s2 = summarize(b)
    return [s1, s2]
