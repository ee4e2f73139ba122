"""A declared client method without a twin (on threads) under af.limits(max_concurrency=1);
documents in nested loops; one inner call fails and is caught per row."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"], ["size", "bad", "diet"])
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text


class Client:
    def generate(self, prompt):
        text = str(prompt)
        if "cats bad" in text:
            raise RuntimeError("refused " + text)
        return "<" + text + ">"


af.lm_method(Client, "generate")
client = Client()


def main(topics: list, aspects: list):
    out = []
    with af.limits(max_concurrency=1):
        for t in topics:
            try:
                out.append([client.generate(Doc(t + " " + a)) for a in aspects])
            except RuntimeError as exc:
                out.append(str(exc))
    return out
