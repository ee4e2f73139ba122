"""A helper returns a list held inside an object built in main (not fresh); the caller
appends to it in a loop, and the prompts read the object's history length through a
method."""

import autoform as af

CAUSE = "method returns own list - caller mutates"
ARGS = (["owls", "cats", "dogs"],)


class Chat:
    def __init__(self):
        self.history = []

    def log(self):
        return self.history

    def size(self):
        return len(self.history)


def main(items: list):
    chat = Chat()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} ({chat.size()} before)"}], model="m")
        chat.log().append(r)
        out.append(r)
    return out
