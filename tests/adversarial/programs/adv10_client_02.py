"""A declared client method with an async twin: the twin formats the document; the answers
chain (each item's document holds the previous answer)."""

import asyncio

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[-12:])
        return self.text


class Client:
    def generate(self, prompt):
        return "<" + str(prompt)[-20:] + ">"

    async def agenerate(self, prompt):
        await asyncio.sleep(0)
        text = str(prompt)
        await asyncio.sleep(0)
        return "<" + text[-20:] + ">"


af.lm_method(Client, "generate", async_twin="agenerate")
client = Client()


def main(topics: list):
    out = []
    for t in topics:
        a = client.generate(Doc(t))
        out.append(client.generate(Doc(a + t)))
    return out
