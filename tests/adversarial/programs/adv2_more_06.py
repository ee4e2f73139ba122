"""A retrying helper in a fanned-out loop: a failure is retried with a changed prompt."""

import autoform as af

CAUSE = 11
ARGS = (["a", "boom", "c"],)
FAIL = {"boom"}


def ask_retry(x):
    for attempt in range(2):
        try:
            return af.lm_call([{"role": "user", "content": x}], model="m")
        except RuntimeError:
            print("retry", x, attempt)
            x = x.replace("boom", "calm")
    return None


def main(items: list[str]):
    out = []
    for x in items:
        out.append(ask_retry(x))
    return out
