"""The batch store: what ``af.map(..., cache_dir=...)`` keeps between runs.

Needs: a directory. Produces: a `Store` of two kinds of entries, in one `diskcache` cache
(SQLite underneath: safe across threads and processes, each entry on disk once written):

- **results**: an input's finished result, keyed by the pipeline's key (`autoform.identity`)
  and the input's value, so a rerun skips the inputs already done;
- **replies**: the text of each LM call made inside the batch (the whole response of an
  ``af.lm_response``), keyed by the exact request (client, model, messages, parameters), so
  a rerun whose pipeline changed makes only the calls whose requests changed. `map` sets
  `replies` for its runs; the LM adapter consults it.

Values are pickled; failures are never stored. Keys are the same in every process for equal
values (`canonical_json`). Nothing heavy is imported until a store is opened.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from typing import Any

from .contexts import own

__all__ = ["Store", "canonical_json", "input_key", "replies", "request_key", "sha256"]

# The store the LM calls made here consult and fill: set by `map` for its runs.
replies: ContextVar[Store | None] = own(ContextVar("autoform_replies", default=None))

# Arguments that change how a request travels, not what it asks: left out of its key, so a
# rotated API key or a longer timeout still finds the stored reply.
TRANSPORT_ONLY = frozenset(
    {"api_key", "timeout", "request_timeout", "stream_timeout", "num_retries", "max_retries"}
)


def sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def input_key(x: Any, k: int) -> str:
    """The key of input ``k``; a `TypeError` saying what to do when it has none."""
    try:
        return sha256(canonical_json(x))
    except TypeError as exc:
        raise TypeError(
            f"af.map(cache_dir=...) keys each input by its value, and input {k} "
            f"({_short(x)}) cannot be keyed: {exc}. Pass inputs made of str, numbers, "
            "lists, tuples, dicts, sets, dataclasses or picklable objects, or leave out "
            "cache_dir"
        ) from None


def request_key(
    client: Any, model: Any, messages: Any, kwargs: dict[str, Any], *, whole: bool = False
) -> str | None:
    """The key of one LM request; None when part of it is not plain data (the call is then
    made and not stored). ``client``: the one set with ``af.lm_client``, None for LiteLLM;
    ``whole``: what is stored is the whole response (``af.lm_response``), not its text."""
    kind = "litellm" if client is None else f"{type(client).__module__}.{type(client).__name__}"
    params = {k: v for k, v in kwargs.items() if k not in TRANSPORT_ONLY}
    request = (
        [kind, model, messages, params, "response"] if whole else [kind, model, messages, params]
    )
    try:
        text = canonical_json(request, pickled=False)
    except TypeError:
        return None
    return sha256(text)


def canonical_json(x: Any, *, pickled: bool = True) -> str:
    """``x`` as JSON, the same in every process for equal values (no set ordering, no hash
    randomisation, no memory addresses). ``pickled``: objects that are not plain data go
    in pickled; otherwise they raise `TypeError`."""
    import json

    return json.dumps(_canonical(x, pickled), sort_keys=True, separators=(",", ":"))


def _canonical(x: Any, pickled: bool) -> Any:
    import dataclasses
    import json

    if x is None or isinstance(x, bool | int | float | str):
        return x
    if isinstance(x, list):
        return [_canonical(v, pickled) for v in x]
    if isinstance(x, tuple):
        return {"tuple": [_canonical(v, pickled) for v in x]}
    if isinstance(x, dict):
        pairs = [[_canonical(k, pickled), _canonical(v, pickled)] for k, v in x.items()]
        return {"dict": sorted(pairs, key=lambda p: json.dumps(p[0], sort_keys=True))}
    if isinstance(x, set | frozenset):
        items = [_canonical(v, pickled) for v in x]
        return {"set": sorted(items, key=lambda v: json.dumps(v, sort_keys=True))}
    if isinstance(x, bytes):
        return {"bytes": x.hex()}
    kind = f"{type(x).__module__}.{type(x).__qualname__}"
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        fields = {f.name: _canonical(getattr(x, f.name), pickled) for f in dataclasses.fields(x)}
        return {"dataclass": kind, "fields": fields}
    dump = getattr(x, "model_dump", None)  # a pydantic model
    if callable(dump) and not isinstance(x, type):
        return {"model": kind, "data": _canonical(dump(), pickled)}
    schema = getattr(x, "model_json_schema", None)  # a pydantic model class (response_format)
    if callable(schema) and isinstance(x, type):
        name = f"{x.__module__}.{x.__qualname__}"
        return {"model class": name, "schema": _canonical(schema(), pickled)}
    if not pickled:
        raise TypeError(f"{kind} is not plain data")
    import pickle

    try:
        return {"pickle": kind, "data": pickle.dumps(x, protocol=4).hex()}
    except Exception as exc:
        raise TypeError(f"{kind} is neither plain data nor picklable ({exc})") from None


class Store:
    """Results and replies in ``DIR`` (created if missing)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        from pathlib import Path

        import diskcache

        path = Path(directory)
        if path.exists() and not path.is_dir():
            raise NotADirectoryError(
                f"af.map(cache_dir={str(directory)!r}): that is a file, not a directory; "
                "name a directory (it is created if missing)"
            )
        # Never evict: a result dropped to make room would be asked for again, silently.
        self.cache = diskcache.Cache(str(path), timeout=30, eviction_policy="none")

    def result(self, fn_key: str, key: str) -> tuple[bool, Any]:
        """(True, the stored result) or (False, None)."""
        return self._load(f"result {fn_key} {key}")

    def put_result(self, fn_key: str, key: str, value: Any, k: int) -> None:
        try:
            blob = _pickle(value)
        except Exception as exc:
            raise TypeError(
                f"af.map(cache_dir=...) stores each result with pickle, and the result of "
                f"input {k} ({type(value).__name__}) cannot be pickled: {exc}. Return "
                "picklable values, or leave out cache_dir"
            ) from exc
        self.cache.set(f"result {fn_key} {key}", blob)

    def reply(self, key: str) -> Any:
        """The stored reply to the request keyed ``key``, or None."""
        return self._load(f"reply {key}")[1]

    def put_reply(self, key: str, text: Any) -> None:
        self.cache.set(f"reply {key}", _pickle(text))

    def _load(self, key: str) -> tuple[bool, Any]:
        import pickle

        blob = self.cache.get(key)
        if blob is None:
            return False, None
        try:
            return True, pickle.loads(blob)
        except Exception:  # stored by code that no longer loads it: run it again
            return False, None

    def close(self) -> None:
        self.cache.close()


def _pickle(value: Any) -> bytes:
    import pickle

    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _short(x: Any) -> str:
    text = repr(x)
    return text if len(text) <= 60 else text[:57] + "..."
