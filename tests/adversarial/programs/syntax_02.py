"""Multiple targets, tuple unpacking and starred unpacking of replies."""

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = b = ask(topic)
    c, d = ask("c"), ask("d")
    first, *rest = [ask("x"), ask("y"), ask("z")]
    c, d = d, c
    return [a, b, c, d, first, rest]
