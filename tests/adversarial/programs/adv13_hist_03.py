"""Conversation agent keeps a transcript; it asks with a slice of the last two messages and
appends the reply; a summary is requested of the whole transcript at the end."""

import autoform as af

CAUSE = "transcript slices"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Chat:
    def __init__(self):
        self.log = []

    def say(self, text):
        self.log.append({"role": "user", "content": text})
        reply = af.lm_call(self.log[-2:], model="m")
        self.log.append({"role": "assistant", "content": reply})
        return reply


def main(items: list):
    c = Chat()
    for t in items:
        c.say(t)
    return af.lm_call(c.log, model="summary")
