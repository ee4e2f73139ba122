"""A property of a class from a second module runs asyncio.run, on an object built here."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv4_shared.remote import User

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    user = User(topic)
    a = ask(topic)
    b = ask(a + user.profile)
    return [a, b]
