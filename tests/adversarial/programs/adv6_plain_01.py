"""No event loop anywhere: JSON replies parsed, sliced and merged by helpers."""

import json

import autoform as af

CAUSE = "plain"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def as_json(reply):
    return json.dumps({"reply": reply, "n": len(reply)})


def field(doc, key):
    return json.loads(doc)[key]


def main(topic: str):
    a = as_json(ask(topic))
    b = as_json(ask(topic[::-1]))
    words = [field(a, "reply")[1:4], field(b, "reply")[-4:]]
    c = ask(" ".join(words))
    return {"a": field(a, "n"), "b": json.loads(b), "c": c[2:-1]}
