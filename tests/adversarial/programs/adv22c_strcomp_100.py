"""Comprehension over the characters of a string argument."""

import autoform as af

CAUSE = "iterating a str"
ARGS = ("abc",)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(word):
    return [ask(ch * 2) for ch in word]
