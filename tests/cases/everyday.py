"""Keyword arguments and defaults, a docstring, comments, comprehensions without LM calls,
and f-strings: the everyday shape of a straight-line pipeline."""

import autoform as af

MODEL = "m"


@af.concurrent
def pipeline(topic: str, *, n: int = 3, model: str = MODEL) -> dict:
    """Outline a topic, then expand each of its first points."""
    # independent questions
    outline = af.lm_call(
        [{"role": "user", "content": f"Outline {topic} in {n} points"}], model=model, temperature=0
    )
    audience = af.lm_call([{"role": "user", "content": f"Who cares about {topic}?"}], model=model)
    points = [line.strip("- ") for line in outline.splitlines() if line.strip()][:n]
    # these wait for both
    intro = af.lm_call(
        [{"role": "user", "content": f"Intro for {audience}: " + "; ".join(points)}], model=model
    )
    return {"topic": topic, "points": points, "intro": intro}
