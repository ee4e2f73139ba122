"""A helper prints a list it is given, and the caller appends to that list after the call."""

import autoform as af

CAUSE = "output"
ARGS = ()


def show_and_ask(history, q):
    print("history", history)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main():
    history = []
    a = show_and_ask(history, "a")
    history.append(a)
    b = show_and_ask(history, "b")
    history.append(b)
    return history
