"""A declared client method without a twin (run on a thread of its own) formats a document
whose `__str__` asks whether a loop runs and which thread it is on."""

import asyncio
import threading

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        try:
            asyncio.get_running_loop()
            loop = "loop"
        except RuntimeError:
            loop = "no loop"
        main_thread = threading.current_thread() is threading.main_thread()
        LOG.append((self.text, loop, main_thread))
        return self.text


class Client:
    def generate(self, prompt):
        return "<" + str(prompt) + ">"


af.lm_method(Client, "generate")
client = Client()


def main(topics: list):
    return [client.generate(Doc(t)) for t in topics]
