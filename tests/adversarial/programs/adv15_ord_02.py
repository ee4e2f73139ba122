"""An earlier argument's lookup raises KeyError before the call argument; caught."""

import autoform as af

CAUSE = "eval order"
ARGS = ("owls",)
WEIGHTS = {"cats": 2}


def combine(w, text):
    return f"{w}:{text}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        b = combine(
            WEIGHTS[topic], af.lm_call([{"role": "user", "content": "weigh " + topic}], model="m")
        )
    except KeyError:
        b = None
    return [a, b]
