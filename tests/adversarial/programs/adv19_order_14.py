"""global statement: main rebinds a global between calls; a helper reads it in the prompt."""

import autoform as af

CAUSE = "global rebind read by helper"
ARGS = ("owls", "cats")
MODE = "plain"


def ask(t):
    return af.lm_call([{"role": "user", "content": f"[{MODE}] {t}"}], model="m")


def main(a: str, b: str):
    global MODE
    x = ask(a)
    MODE = "fancy"
    y = ask(b)
    MODE = "plain"
    return x, y
