"""zip(strict=True) between a list and a generator of replies of a different length."""

import autoform as af

CAUSE = "zip strict generator"
ARGS = (["a", "b"], ["owls", "cats", "dogs"])


def main(keys: list, items: list):
    try:
        return list(
            zip(
                keys,
                (af.lm_call([{"role": "user", "content": t}], model="m") for t in items),
                strict=True,
            )
        )
    except ValueError as e:
        return str(e)
