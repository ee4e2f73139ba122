"""An OpenAI SDK pipeline as it was written, plus `@af.concurrent`: a support ticket is
classified, its tone read and summarised (three calls at once), then a reply is drafted and
polished.

    python examples/openai_pipeline.py            # offline, against autoform's loopback server
    OPENAI_API_KEY=... python examples/openai_pipeline.py --model gpt-4o-mini   # for real

Without ``OPENAI_API_KEY`` the script starts `autoform.testing.FakeOpenAIServer` (each reply
after 0.5 s) and points the client at it, the way ``OPENAI_BASE_URL`` points it anywhere.
"""

import argparse
import asyncio
import os
import time

from openai import OpenAI

import autoform as af

if __name__ == "__main__" and "OPENAI_API_KEY" not in os.environ:
    # Not part of the pipeline: offline, the loopback server stands in for OpenAI.
    from autoform.testing import FakeOpenAIServer

    offline = FakeOpenAIServer(latency=0.5).start()
    os.environ.update(OPENAI_API_KEY="sk-offline", OPENAI_BASE_URL=offline.base_url)

# ----- the user's code, unchanged but for @af.concurrent ------------------------------------

client = OpenAI()
MODEL = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")


def llm_call(prompt: str, system_prompt: str = "You are a concise support engineer.") -> str:
    response = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": prompt},
        ],
    )
    return response.choices[0].message.content or ""


@af.concurrent
def triage(ticket: str) -> str:
    # these three only read the ticket: they run together
    category = llm_call(f"Classify this ticket as billing, bug or question:\n{ticket}")
    tone = llm_call(f"Is the customer calm, annoyed or angry?\n{ticket}")
    summary = llm_call(f"Summarize this ticket in one sentence:\n{ticket}")
    draft = llm_call(f"Reply to a {tone} customer about this {category} issue: {summary}")
    return llm_call(f"Polish this reply, under 80 words:\n{draft}", "You edit support replies.")


# ---------------------------------------------------------------------------------------------


def main() -> None:
    global MODEL
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ticket", nargs="?", default="I was charged twice for March. Fix it!")
    parser.add_argument("--model", default=MODEL, help=f"default: {MODEL}")
    args = parser.parse_args()
    MODEL = args.model

    start = time.perf_counter()
    sequential = triage.__wrapped__(args.ticket)  # the function as written
    sequential_s = time.perf_counter() - start

    start = time.perf_counter()
    concurrent = asyncio.run(triage(args.ticket))
    concurrent_s = time.perf_counter() - start

    print(concurrent)
    print(f"same answer: {sequential == concurrent}")
    print(f"sequential: {sequential_s:.2f}s")
    print(f"concurrent: {concurrent_s:.2f}s  ({sequential_s / concurrent_s:.2f}x faster)")


if __name__ == "__main__":
    main()
