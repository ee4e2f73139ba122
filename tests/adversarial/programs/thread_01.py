"""A thread-local request context set at import time is read by a helper during the run."""

import threading

import autoform as af

CAUSE = "thread"
ARGS = ("owl",)
_CTX = threading.local()
_CTX.tenant = "acme"


def tenant():
    return getattr(_CTX, "tenant", "nobody")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": f"[{tenant()}] {topic}"}], model="m")
    return a
