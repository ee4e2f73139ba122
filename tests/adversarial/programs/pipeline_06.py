"""int() of each reply in a collecting loop: the first bad reply's ValueError, in item order."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["1", "2", "3"],)
FAIL = ["3"]


def main(nums: list[str]):
    scores = []
    for n in nums:
        r = af.lm_call([{"role": "user", "content": n}], model="m")
        scores.append(int(r.strip("<>").split(":")[1]) if n == "1" else int(r))
    return scores
