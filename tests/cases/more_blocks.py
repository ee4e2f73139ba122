"""`while`, `with`, `match` and `assert`: each keeps its place, its calls made only on the path
the sequential run takes; a call that needs none of them still starts first."""

import contextlib

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(topic: str, rounds: int, kind: str) -> dict:
    draft = ask(f"draft {topic}")
    n = 0
    while n < rounds:
        draft = ask(af.format("improve: {}", draft))
        n += 1
    extra = ""
    with contextlib.suppress(KeyError):
        extra = ask(f"extra {topic}")
    match kind:
        case "short":
            style = ask("a short style")
        case _:
            style = "plain"
    assert draft, "an empty draft"
    title = ask(f"title {topic}")
    return {"draft": draft, "extra": extra, "style": style, "title": title}
