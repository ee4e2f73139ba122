"""A declared client method without an async twin formats a document argument (its
`__str__` prints); a loop over items with prints."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        print("render", self.text)
        return self.text


class Client:
    def generate(self, prompt):
        return "<" + str(prompt).upper() + ">"


af.lm_method(Client, "generate")
client = Client()


def main(topics: list):
    out = []
    for t in topics:
        print("item", t)
        out.append(client.generate(Doc(t)))
    print("end")
    return out
