"""The user's own thread pool maps a helper over the topics; then one merge call."""

from concurrent.futures import ThreadPoolExecutor

import autoform as af

CAUSE = "threads"
ARGS = (["owls", "cats", "dogs"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    with ThreadPoolExecutor(max_workers=2) as ex:
        parts = list(ex.map(ask, topics))
    return ask(" ".join(p[-6:] for p in parts))
