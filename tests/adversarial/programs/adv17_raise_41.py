"""Grading pipeline: the first call (a rubric) fails; the grade prompt formats the
caller's score text with a float spec ({score:.2f}) - a str cannot take it (ValueError)."""

import autoform as af

CAUSE = "keyword template float spec"
ARGS = ("essay on owls", "0.8")
FAIL = ["rubric"]
GRADE = "Score so far: {score:.2f}. Grade: {text}"


def main(text: str, score: str):
    rubric = af.lm_call([{"role": "user", "content": f"rubric for {text}"}], model="m")
    prompt = GRADE.format(score=score, text=text)
    grade = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return rubric, grade
