"""vars() inside the function after a rebinding."""

import autoform as af

CAUSE = 12
ARGS = ("star",)


def main(topic: str):
    reply = af.lm_call([{"role": "user", "content": topic}], model="m")
    reply = reply + "!"
    return vars()["reply"]
