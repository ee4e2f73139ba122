"""warnings turned into errors: a helper warns on short replies; inside catch_warnings with
simplefilter('error') the warning raises; the loop counts the failures."""

import warnings

import autoform as af

CAUSE = "warnings as errors"
ARGS = (["owls", "a long long topic", "dogs"],)


def validate(r):
    if len(r) < 15:
        warnings.warn(f"short reply {r}", UserWarning)
    return r


def main(items: list):
    bad = 0
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for t in items:
            try:
                out.append(validate(af.lm_call([{"role": "user", "content": t}], model="m")))
            except UserWarning as w:
                bad += 1
                print("warned:", w)
    return out, bad
