"""`set` of unhashable items: the sequential run fails at the first item, before the second
call; no later call may be made."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "b", "c"],)


def main(items: list):
    try:
        return set([af.lm_call([{"role": "user", "content": x}], model="m")] for x in items)
    except TypeError as err:
        return "unhashable: " + str(err)
