"""A returned dict comprehension over enumerate; a repeated topic overwrites its key."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat", "owl"],)


def main(topics: list[str]):
    return {
        t: af.lm_call([{"role": "user", "content": f"{i}:{t}"}], model="m")
        for i, t in enumerate(topics)
    }
