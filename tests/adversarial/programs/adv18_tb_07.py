"""Failing call in a dict display value, spread over lines."""

import sys
import traceback

import autoform as af

CAUSE = 'tb dict multi-line'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rs = {
            "a": af.lm_call([{"role": "user", "content": a}], model="m"),
            "b": af.lm_call(
                [{"role": "user", "content": b}],
                model="m",
            ),
        }
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rs = None
    return rs
