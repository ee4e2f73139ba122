"""`sorted` and `str.join` of generator expressions of calls, with a lambda key, nested in
an f-string: the same text, each list's calls together."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["kiwi", "FAIL fig", "apple"],)
FAIL = ("FAIL fig!",)


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


def main(items: list):
    ranked = sorted((ask(x) for x in items), key=lambda r: (len(r), r), reverse=True)
    try:
        tail = f"tail: {', '.join(ask(x + '!') for x in items)}"
    except RuntimeError as err:
        tail = f"failed: {err}"
    return ranked, tail
