"""A helper that asks the model reads a class-level cache that another helper fills."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)


class Cache:
    data = {}  # noqa: RUF012


def warm(k, v):
    Cache.data[k] = v


def ask(q):
    hint = Cache.data.get(q, "no hint")
    return af.lm_call([{"role": "user", "content": f"{q} ({hint})"}], model="m")


def main(topic: str):
    a = ask(topic)
    warm(topic, "nocturnal")
    b = ask(topic)
    return [a, b]
