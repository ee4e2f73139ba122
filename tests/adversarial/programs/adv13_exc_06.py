"""Errors collected per item into a list of exception objects; the summary quotes their
messages and types in item order."""

import autoform as af

CAUSE = "errors collected"
ARGS = (["owls", "cats", "dogs", "bees"],)
FAIL = {"cats": TimeoutError, "bees": ConnectionError}


def safe(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except (TimeoutError, ConnectionError) as e:
        return e


def main(items: list):
    results = [safe(t) for t in items]
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, Exception)]
    ok = [r for r in results if isinstance(r, str)]
    return ok, af.lm_call([{"role": "user", "content": "; ".join(errors)}], model="m")
