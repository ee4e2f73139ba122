"""A SIGALRM timeout guards the pipeline (signal.signal works only in the main thread)."""

import signal

import autoform as af

CAUSE = "thread"
ARGS = ("owl",)


def on_timeout(signum, frame):
    raise TimeoutError("pipeline took too long")


def main(topic: str):
    old = signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(30)
    try:
        a = af.lm_call([{"role": "user", "content": topic}], model="m")
        b = af.lm_call([{"role": "user", "content": a}], model="m")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return [a, b]
