"""globals()[...] rebinds a helper's inner helper to one that logs, between two calls."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
LOG = []


def tidy(s):
    return s.lower()


def traced_tidy(s):
    LOG.append("tidy " + s)
    return s.lower()


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    return tidy(r)


def main(topic: str):
    a = ask(topic)
    globals()["tidy"] = traced_tidy
    b = ask(topic + "2")
    LOG.append("end")
    return [a, b]
