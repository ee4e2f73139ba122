"""Old-style % formatting and textwrap: a grader builds a rubric prompt, then a report whose
lines are wrapped and printed after all the grades."""

import textwrap

import autoform as af

CAUSE = "percent textwrap grader"
ARGS = ({"ann": "owls are birds", "bob": "cats are dogs", "cy": "bees make honey"},)
RUBRIC = textwrap.dedent(
    """\
    Grade the answer of %(name)s from 1 to 5.
    Answer: %(answer)s
    """
)


def main(answers: dict):
    grades = {}
    for name, answer in sorted(answers.items()):
        reply = af.lm_call(
            [{"role": "user", "content": RUBRIC % {"name": name, "answer": answer}}], model="grader"
        )
        grades[name] = len(reply) % 5 + 1
    for name, g in grades.items():
        print(textwrap.fill(f"{name}: {'*' * g} ({g})", width=12))
    best = max(grades, key=grades.get)
    return best, af.lm_call([{"role": "user", "content": f"praise {best}"}], model="m")
