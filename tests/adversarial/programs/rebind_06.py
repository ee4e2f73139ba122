"""A helper rebinds another helper (global statement inside it) to a caching version."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def cached_ask(q):
    LOG.append("cache hit " + q)
    return "cached:" + q


def enable_cache():
    global ask
    ask = cached_ask


def main(topic: str):
    a = ask(topic)
    enable_cache()
    b = ask(topic)
    LOG.append("after")
    return [a, b]
