"""Keyword arguments and a **mapping built from calls: the mapping's items are evaluated
after the keyword before it; a json parse of a reply raises between them."""

import json

import autoform as af

CAUSE = "kwargs order"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    LOG.append(f"ask {t}")
    return af.lm_call([{"role": "user", "content": t}], model="m")


def build(**kw):
    return sorted(kw.items())


def main(items: list):
    try:
        return build(first=ask(items[0]), **{"n": json.loads(ask("n")), "second": ask(items[1])})
    except json.JSONDecodeError as exc:
        LOG.append(f"json {exc.msg}")
    return build(first=ask(items[1]))
