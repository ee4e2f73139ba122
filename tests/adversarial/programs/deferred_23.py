"""A helper that indexes its argument (IndexError for a short reply) is called on
two replies; its results feed later calls, and an independent call fails after them."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"last"}


def second_word(text):
    return text.split()[1]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "two words " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "one"}], model="m")
    wa = second_word(a)
    wb = second_word(b)
    c = af.lm_call([{"role": "user", "content": "last " + topic}], model="m")
    d = af.lm_call([{"role": "user", "content": wa + wb}], model="m")
    return [c, d]
