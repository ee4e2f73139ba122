"""zip of two labels with a lazy map of asks over three topics: the third is never asked."""

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats", "dogs"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    return dict(zip(["first", "second"], map(ask, topics)))
