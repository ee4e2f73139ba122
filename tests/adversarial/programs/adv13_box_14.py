"""A dict of results is collected and a list of its keys for the prompt is computed from
`dict(results)` each time (a copy, through the alias `res`)."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    results = {}
    res = results
    for t in items:
        prev = list(dict(res))
        results[t] = af.lm_call([{"role": "user", "content": f"{t} after {prev}"}], model="m")
    return results
