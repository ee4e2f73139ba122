"""A message built by a helper that may raise (split()[1]) and reads a module setting;
right after building it, main changes the setting; independent calls around it let a rerun
of the step (for the call that needs it) happen at another time."""

import autoform as af

CAUSE = "rerun step sees later change"
ARGS = ("owls",)
MODE = {"v": "brief"}


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def build(reply):
    return f"[{MODE['v']}] follow up on {reply.split(':')[1]}"


def main(topic: str):
    x = ask("other " + topic)
    y = ask("third " + topic)
    a = ask(topic)
    msg = build(a)
    MODE["v"] = "verbose"
    b = ask(msg)
    return b, x, MODE
