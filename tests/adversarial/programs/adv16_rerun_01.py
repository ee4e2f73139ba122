"""A message built by a helper that may raise (split()[1]) and reads a module setting;
right after building it, main changes the setting. A rerun of the helper for the call
that needs the message would see the new setting."""

import autoform as af

CAUSE = "rerun step sees later change"
ARGS = ("owls",)
MODE = {"v": "brief"}


def build(reply):
    return f"[{MODE['v']}] follow up on {reply.split(':')[1]}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    msg = build(a)
    MODE["v"] = "verbose"
    b = af.lm_call([{"role": "user", "content": msg}], model="m")
    c = af.lm_call([{"role": "user", "content": f"{MODE['v']} {topic}"}], model="m")
    return b, c
