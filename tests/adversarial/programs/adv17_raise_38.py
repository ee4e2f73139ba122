"""A helper makes two calls: the first prints its reply; the second's prompt is a template
with a float spec filled with the raw score text (ValueError). main calls the helper per
item; the first item's print must appear before the error."""

import autoform as af

CAUSE = "template spec in helper"
ARGS = (["owls", "cats"], "0.75")
PROMPT = "Given confidence {:.0%}, explain {}"


def explain(t, conf):
    first = af.lm_call([{"role": "user", "content": f"classify {t}"}], model="m")
    print("class:", first)
    return af.lm_call([{"role": "user", "content": PROMPT.format(conf, t)}], model="m")


def main(items: list, conf: str):
    return [explain(t, conf) for t in items]
