"""A messages list built in the function is passed to two calls in a row; the second call's
list is the first's with the first reply popped/replaced: history editing."""

import autoform as af

CAUSE = "history edited in place"
ARGS = ("owls",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    first = af.lm_call(msgs, model="m")
    side = af.lm_call([{"role": "user", "content": "side " + topic}], model="m")
    msgs[0]["content"] = topic.upper()
    second = af.lm_call(msgs, model="m")
    msgs.clear()
    return first, side, second, msgs
