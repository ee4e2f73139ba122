"""The seed's shape (two calls that overlap, then two that wait) written as users of LiteLLM,
the OpenAI SDK and the Anthropic SDK write it, and with `af.lm_call`, its twin. Loaded fresh
by tests/test_sdk_overlap.py once the loopback server's address is in the environment
(``OPENAI_BASE_URL``, ``ANTHROPIC_BASE_URL``): the module-level clients read it."""

from __future__ import annotations

import litellm
from anthropic import Anthropic
from litellm import completion
from openai import AsyncOpenAI, OpenAI

import autoform as af

MODEL = "test-model"
client = OpenAI(max_retries=0)
aclient = AsyncOpenAI(max_retries=0)
claude = Anthropic(max_retries=0)


def with_lm_call(topic: str) -> str:
    summary = af.lm_call(
        [{"role": "user", "content": f"Summarize {topic}."}], model=f"openai/{MODEL}"
    )
    analogy = af.lm_call(
        [{"role": "user", "content": f"An analogy for {topic}."}], model=f"openai/{MODEL}"
    )
    combined = af.lm_call(
        [{"role": "user", "content": f"Combine: {summary} / {analogy}"}], model=f"openai/{MODEL}"
    )
    return af.lm_call(
        [{"role": "user", "content": f"Rewrite: {combined}"}], model=f"openai/{MODEL}"
    )


def with_litellm(topic: str):
    summary = litellm.completion(
        model=f"openai/{MODEL}", messages=[{"role": "user", "content": f"Summarize {topic}."}]
    )
    analogy = litellm.completion(
        model=f"openai/{MODEL}", messages=[{"role": "user", "content": f"An analogy for {topic}."}]
    )
    notes = f"Combine: {summary.choices[0].message.content} / {analogy.choices[0].message.content}"
    combined = litellm.completion(
        model=f"openai/{MODEL}", messages=[{"role": "user", "content": notes}]
    ).choices[0]
    return litellm.completion(
        model=f"openai/{MODEL}",
        messages=[{"role": "user", "content": f"Rewrite: {combined.message.content}"}],
    )


def llm_call(prompt: str, system_prompt: str = "Be brief.") -> str:
    """The helper many OpenAI SDK users write."""
    response = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": prompt},
        ],
    )
    return response.choices[0].message.content or ""


def with_openai(topic: str):
    summary = llm_call(f"Summarize {topic}.")
    analogy = llm_call(f"An analogy for {topic}.")
    combined = llm_call(f"Combine: {summary} / {analogy}")
    return client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": f"Rewrite: {combined}"}]
    )


def with_openai_passed_in(openai_client, topic: str):
    summary = openai_client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": f"Summarize {topic}."}]
    )
    analogy = openai_client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": f"An analogy for {topic}."}]
    )
    notes = f"Combine: {summary.choices[0].message.content} / {analogy.choices[0].message.content}"
    combined = openai_client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": notes}]
    )
    return openai_client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": f"Rewrite: {combined.choices[0].message.content}"}],
    )


async def with_async_openai(topic: str):
    summary = await aclient.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": f"Summarize {topic}."}]
    )
    analogy = await aclient.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": f"An analogy for {topic}."}]
    )
    notes = f"Combine: {summary.choices[0].message.content} / {analogy.choices[0].message.content}"
    combined = await aclient.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": notes}]
    )
    return await aclient.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": f"Rewrite: {combined.choices[0].message.content}"}],
    )


def with_anthropic(topic: str):
    summary = claude.messages.create(
        model=MODEL, max_tokens=64, messages=[{"role": "user", "content": f"Summarize {topic}."}]
    )
    analogy = claude.messages.create(
        model=MODEL,
        max_tokens=64,
        messages=[{"role": "user", "content": f"An analogy for {topic}."}],
    )
    notes = f"Combine: {summary.content[0].text} / {analogy.content[0].text}"
    combined = claude.messages.create(
        model=MODEL, max_tokens=64, messages=[{"role": "user", "content": notes}]
    )
    return claude.messages.create(
        model=MODEL,
        max_tokens=64,
        messages=[{"role": "user", "content": f"Rewrite: {combined.content[0].text}"}],
    )


def with_openai_built_inside(topic: str):
    local = OpenAI(max_retries=0)
    summary = local.responses.create(model=MODEL, input=f"Summarize {topic}.")
    analogy = local.responses.create(model=MODEL, input=f"An analogy for {topic}.")
    combined = local.responses.create(
        model=MODEL, input=f"Combine: {summary.output_text} / {analogy.output_text}"
    )
    return local.responses.create(model=MODEL, input=f"Rewrite: {combined.output_text}")


def with_litellm_by_name_and_a_router(router: litellm.Router, topic: str):
    a = completion(model=f"openai/{MODEL}", messages=[{"role": "user", "content": topic}])
    b = router.completion(model="team", messages=[{"role": "user", "content": topic + "!"}])
    return a.choices[0].message.content, b.choices[0].message.content
