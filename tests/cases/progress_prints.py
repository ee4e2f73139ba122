"""A print between calls: the second call still starts at once, but its result is taken
only after the print, which itself waits for the first call, as in the sequential run."""

import autoform as af


@af.concurrent
def pipeline(doc: str, style: str) -> str:
    summary = af.lm_call([{"role": "user", "content": f"Summarize: {doc}"}], model="m")
    print("summary done")
    title = af.lm_call([{"role": "user", "content": f"Title in {style} style: {doc}"}], model="m")
    print("title done")
    return af.format("{}: {}", title, summary)
