"""Grader: each answer is graded, the grade parsed with a regex; a missing match raises
AttributeError for the first answer, the second answer's call fails."""

import re

import autoform as af

CAUSE = "regex none attribute error vs LM failure"
ARGS = ({"ann": "owls", "bob": "cats"},)
FAIL = ["cats"]


def main(answers: dict):
    grades = {}
    for name, ans in answers.items():
        reply = af.lm_call([{"role": "user", "content": f"grade {ans}"}], model="grader")
        grades[name] = int(re.search(r"\d+", reply).group())
    return grades
