"""int() of a reply in a try/except that falls back to 0, between independent calls: the
run succeeds with every call made once."""

import autoform as af

CAUSE = "deferred"
ARGS = ("essay",)


def main(text: str):
    a = af.lm_call([{"role": "user", "content": "score " + text}], model="m")
    try:
        n = int(a)
    except ValueError:
        n = 0
    b = af.lm_call([{"role": "user", "content": "title " + text}], model="m")
    c = af.lm_call([{"role": "user", "content": "again " * (n + 1) + text}], model="m")
    return [b, c]
