"""Two chains of calls side by side, written one after the other: the short chain's second
call starts as soon as its first is done, not after the long call written before it."""

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(topic: str) -> str:
    research = ask(af.format("Research {} in depth.", topic))
    outline = ask(af.format("Outline an essay on {}.", topic))
    draft_prompt = af.format("Draft the essay from this outline:\n{}", outline)
    draft = ask(draft_prompt)
    return af.format("{}\n\n{}", draft, research)
