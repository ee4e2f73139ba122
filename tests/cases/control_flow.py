"""Branches, loops, try/except, conditional expressions: each block keeps its place and
makes only the calls the sequential run makes; independent work after it still starts
first, and straight-line stretches inside a block overlap on their own."""

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(topic: str, docs: list, strict: bool) -> dict:
    verdict = af.lm_call([{"role": "user", "content": f"Is {topic} safe?"}], model="m")
    if "FAIL" in topic:
        return {"refused": verdict}
    elif strict:
        tone = af.lm_call([{"role": "user", "content": "Pick a strict tone"}], model="m")
    else:
        tone = "relaxed"
    notes = []
    for doc in docs:
        if not doc:
            continue
        gist = af.lm_call([{"role": "user", "content": f"Gist: {doc}"}], model="m")
        notes.append(gist)
    try:
        extra = af.lm_call([{"role": "user", "content": f"Extra FAIL on {topic}"}], model="m")
    except Exception as exc:
        extra = type(exc).__name__
    title = af.lm_call([{"role": "user", "content": f"Title for {topic}"}], model="m")
    short = strict and af.lm_call([{"role": "user", "content": f"Short {title}"}], model="m")
    quotes = [af.lm_call([{"role": "user", "content": f"Quote {n}"}], model="m") for n in notes]
    return {
        "verdict": verdict,
        "tone": tone,
        "notes": notes,
        "extra": extra,
        "title": title,
        "short": short,
        "quotes": quotes,
    }
