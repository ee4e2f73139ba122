"""The function appends to a history list first; a helper that reads the history comes next."""

import autoform as af

CAUSE = 1
ARGS = ("moths",)
HISTORY = []


def ask_in_context(q):
    return af.lm_call([*HISTORY, {"role": "user", "content": q}], model="m")


def main(topic: str):
    HISTORY.append({"role": "system", "content": "answer in French"})
    return ask_in_context(topic)
