"""An installer helper replaces a module helper through globals() before it is called."""

import autoform as af

CAUSE = 15
ARGS = ("z",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def install_cache():
    cache = {}

    def cached(q):
        if q not in cache:
            cache[q] = "cached:" + q
        return cache[q]

    globals()["ask"] = cached


def main(topic: str):
    install_cache()
    return [ask(topic), ask(topic)]
