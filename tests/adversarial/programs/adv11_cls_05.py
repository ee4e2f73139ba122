"""A classmethod counter and a staticmethod formatter on a grader class."""

import autoform as af

CAUSE = "classstate"
ARGS = (["a1", "a2", "a3"],)


class Grader:
    graded = 0

    @staticmethod
    def fmt(a, n):
        return f"grade #{n}: {a}"

    @classmethod
    def grade(cls, a):
        r = af.lm_call([{"role": "user", "content": cls.fmt(a, cls.graded)}], model="m")
        cls.graded += 1
        return r


def main(answers: list):
    Grader.graded = 0
    return [Grader.grade(a) for a in answers], Grader.graded
