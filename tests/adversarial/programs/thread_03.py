"""Log lines carry the current thread's name."""

import threading

import autoform as af

CAUSE = "thread"
ARGS = ("owl",)
LOG = []


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    LOG.append(f"{threading.current_thread().name}: asked {topic}")
    return a
