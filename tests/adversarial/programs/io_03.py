"""A temporary file is written, then read back by a helper that asks about its content."""

import os
import tempfile

import autoform as af

CAUSE = 1
ARGS = ("notes",)
PATH = os.path.join(tempfile.gettempdir(), f"adv_io_03_{os.getpid()}.txt")


def ask_about_file():
    with open(PATH) as fh:
        text = fh.read()
    return af.lm_call([{"role": "user", "content": text}], model="m")


def main(topic: str):
    with open(PATH, "w") as fh:
        fh.write("v1 " + topic)
    a = ask_about_file()
    with open(PATH, "w") as fh:
        fh.write("v2 " + a)
    b = ask_about_file()
    os.remove(PATH)
    return [a, b]
