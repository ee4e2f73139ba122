"""A prompt helper reading a module list's last item (may raise IndexError) builds the
message; main then appends to the list; the call uses the message."""

import autoform as af

CAUSE = "rerun helper reads module list"
ARGS = ("owls",)
HISTORY = ["start"]


def follow(reply):
    return f"after {HISTORY[-1]}: {reply[1:]}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    msg = follow(a)
    HISTORY.append(a)
    b = af.lm_call([{"role": "user", "content": msg}], model="m")
    return b, len(HISTORY)
