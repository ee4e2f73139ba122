"""A try/except per item records failures and goes on; the middle item's call fails."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)
FAIL = ["bat"]


def main(topics: list[str]):
    out = []
    errors = []
    for t in topics:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except RuntimeError as exc:
            errors.append(str(exc))
            continue
        out.append(r)
    return [out, errors]
