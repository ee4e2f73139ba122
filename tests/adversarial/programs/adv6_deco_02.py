"""A helper making LM calls, wrapped by functools.cache and called twice with the same
argument (the second call is the cache's), in a fanned-out loop."""

import functools

import autoform as af

CAUSE = "cache"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


@functools.cache
def summary(t):
    return ask("sum " + t)


def main(topic: str):
    out = []
    for w in [topic, topic, topic + "s"]:
        out.append(summary(w))
    return out, summary.cache_info().hits
