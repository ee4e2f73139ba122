"""A batch grader pulls items from a generator that logs each item as it is produced; the
loop grades each item with one call."""

import autoform as af

CAUSE = "generator"
ARGS = (["a1", "a2", "a3", "a4"],)
LOG = []


def items(xs):
    for x in xs:
        LOG.append("yield " + x)
        yield x
    LOG.append("exhausted")


def main(answers: list):
    grades = []
    for a in items(answers):
        g = af.lm_call([{"role": "user", "content": "grade " + a}], model="m")
        LOG.append("graded " + a)
        grades.append(g)
    return grades
