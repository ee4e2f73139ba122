"""A loop inside a branch fans out like one at the top, when the list it fills is made in the
same branch and its names appear nowhere else; inside a `try` it keeps its order (a caught
failure must find the list as the sequential loop left it)."""

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(docs: list, deep: bool) -> list:
    if deep:
        notes = []
        for doc in docs:
            gist = ask(f"gist {doc}")
            notes.append(ask(f"check {gist}"))
    else:
        notes = [ask("quick")]
    checked = []
    try:
        for note in notes:
            checked.append(ask(f"verify {note}" + (" FAIL" if "b" in note else "")))
    except Exception as exc:
        checked.append(type(exc).__name__)
    return [notes, checked]
