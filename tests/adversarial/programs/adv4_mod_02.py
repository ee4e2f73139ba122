"""A method of an object of a class from a second module runs asyncio.run (built here)."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv4_shared.remote import Client

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    client = Client()
    a = ask(topic)
    b = ask(client.search(a))
    return [a, b]
