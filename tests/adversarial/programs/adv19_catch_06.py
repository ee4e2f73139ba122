"""A bare except inside a helper that swallows the failure and returns a fallback; the
fallback counter is global."""

import autoform as af

CAUSE = "fallback counter"
ARGS = (["owls", "cats", "dogs", "emus"],)
FAIL = ["cats", "emus"]
FALLBACKS = []


def ask(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except Exception:
        FALLBACKS.append(t)
        return f"fallback {len(FALLBACKS)}"


def main(items: list):
    return [ask(t) for t in items]
