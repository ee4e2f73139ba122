"""A helper reads the caller through the current thread's frame (sys._current_frames)."""

import sys
import threading

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    me = sys._current_frames()[threading.get_ident()]
    LOG.append(me.f_back.f_code.co_name)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
