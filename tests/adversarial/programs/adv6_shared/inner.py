"""A pipeline compiled with af.concurrent where it is defined, used by other programs."""

import autoform as af


def _ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def _summary(topic: str):
    a = _ask("facts " + topic)
    b = _ask("doubts " + topic)
    return a[:8] + "|" + b[:8]


summary = af.concurrent(_summary)
