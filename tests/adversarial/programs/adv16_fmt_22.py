"""Template.substitute (not safe_) over a defaultdict of values, straight line: two
reply-derived placeholders, then a call quoting the number of values."""

import collections
import string

import autoform as af

CAUSE = "Template substitute straight line"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    values = collections.defaultdict(lambda: "blank")
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    text = string.Template("Dear $" + ra[3:7] + ",").substitute(values)
    count = len(values)
    rb = af.lm_call([{"role": "user", "content": f"{b} values={count}"}], model="m")
    return text, rb
