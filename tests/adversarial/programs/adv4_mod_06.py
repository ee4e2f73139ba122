"""An f-string in an LM call formats an object of a second module's class (__str__ runs a loop)."""

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
    a = ask(topic)
    doc = Doc(a[:5])
    b = ask(f"{a} with {doc}")
    return [a, b]
