"""A method returns the object's own list: the caller's mutation must show later."""

import autoform as af

CAUSE = 2
ARGS = ("reef",)


class Chat:
    def __init__(self):
        self.msgs = []

    def history(self):
        return self.msgs


def main(topic: str):
    chat = Chat()
    h = chat.history()
    h.append({"role": "user", "content": topic})
    a = af.lm_call(chat.msgs, model="m")
    h.append({"role": "assistant", "content": a})
    h.append({"role": "user", "content": "shorter"})
    b = af.lm_call(chat.msgs, model="m")
    return [a, b]
