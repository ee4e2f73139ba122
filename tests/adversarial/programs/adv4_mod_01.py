"""str() of an object of a class from the program's second module; its __str__ runs asyncio.run."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv4_shared.remote import Doc

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    doc = Doc(topic)
    a = ask(topic)
    text = str(doc)
    b = ask(a + text)
    return [a, b]
