"""A module-level main drives an object whose method mutates its own state between calls."""

import autoform as af

CAUSE = "1"
ARGS = ("otters",)


class Conversation:
    def __init__(self):
        self.msgs = []

    def say(self, text):
        self.msgs.append({"role": "user", "content": text})
        reply = af.lm_call(list(self.msgs), model="m")
        self.msgs.append({"role": "assistant", "content": reply})
        return reply


def main(topic: str):
    c = Conversation()
    first = c.say(topic)
    second = c.say("why?")
    return [first, second, len(c.msgs)]
