"""A helper that asks the model also rebinds a pure helper another helper relies on."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
LOG = []


def tidy(s):
    return s.lower()


def traced_tidy(s):
    LOG.append("tidy " + s)
    return s.lower()


def warmup():
    global tidy
    r = af.lm_call([{"role": "user", "content": "warm up"}], model="m")
    tidy = traced_tidy
    return r


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    return tidy(r)


def main(topic: str):
    w = warmup()
    b = ask(topic)
    LOG.append("end")
    return [w, b]
