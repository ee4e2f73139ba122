"""A comprehension reusing an earlier loop's variable: the loop's last value survives, the
comprehension's items fan out; the name read after both is the loop's."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b", "c"],)


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


def main(items: list):
    seen = []
    for item in items:
        seen.append(ask("rate " + item))
    plans = [ask("plan " + item) for item in seen]
    return plans, item
