"""A plain primitive runs on a worker thread of its own, unless it meets what belongs to its
caller's thread (`hiding.thread_bound`): then it runs where it stands, on the compiled
function's thread, as the sequential call runs on the function's. And a primitive whose
code sets a context variable held in a container is called in place (`resolvers`)."""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import types

import pytest
from test_soundness import both, write

from autoform.hiding import thread_bound

LOCAL = threading.local()
LOCK = threading.RLock()
TABLE = {"local": LOCAL}


def _plain(text):
    return text.upper()


def _reads_local(text):
    return getattr(LOCAL, "user", "anon")


def _reads_table(text):
    return TABLE["local"]


def _identity(text):
    return threading.current_thread().name


def _through_helper(text):
    return _reads_local(text)


def test_what_belongs_to_a_thread_is_found_by_type_and_by_name():
    assert not thread_bound(_plain, ("x",), {})
    assert not thread_bound(_plain, (["a", {"b": 1}],), {"k": (1, 2)})
    # in the arguments, and in what they hold
    db = sqlite3.connect(":memory:")
    try:
        assert thread_bound(_plain, (db,), {})
        assert thread_bound(_plain, ("x",), {"db": db})
        assert thread_bound(_plain, ([{"db": db}],), {})
        assert thread_bound(_plain, (db.cursor(),), {})
    finally:
        db.close()
    assert thread_bound(_plain, (threading.RLock(),), {})
    # in the globals its code reads, in a container of them, through its module's helpers
    assert thread_bound(_reads_local, ("x",), {})
    assert thread_bound(_reads_table, ("x",), {})
    assert thread_bound(_through_helper, ("x",), {})
    # what tells threads apart
    assert thread_bound(_identity, ("x",), {})
    # in a cell
    local = threading.local()

    def closes(text):
        return local

    assert thread_bound(closes, ("x",), {})
    # a plain lock is no thread's
    assert not thread_bound(_plain, (threading.Lock(),), {})
    assert not thread_bound(_plain, (types.SimpleNamespace(),), {})


class _Holder:
    def __init__(self) -> None:
        self.local = threading.local()


class _Sub(threading.local):
    pass


class _Asks:
    def which(self) -> int:
        return threading.get_ident()


HOLDER = _Holder()
ASKS = _Asks()


@functools.lru_cache(maxsize=1)
def _cached_local() -> threading.local:
    return LOCAL


def _through_object(text):
    return HOLDER.local


def _through_method(text):
    return ASKS.which()


def _through_cache(text):
    return _cached_local()


def _through_logger(text):
    logging.getLogger("test_primitive_threads").info(text)
    return LOGGER.name


LOGGER = logging.getLogger("test_primitive_threads")


def test_what_belongs_to_a_thread_is_found_inside_objects_and_wrappers():
    assert thread_bound(_plain, (_Sub(),), {})  # a subclass
    assert thread_bound(_through_object, ("x",), {})  # an attribute of an object of yours
    assert thread_bound(_plain, (_Holder(),), {})
    assert thread_bound(_through_method, ("x",), {})  # a method of yours it may run
    assert thread_bound(_through_cache, ("x",), {})  # what a wrapper wraps
    assert thread_bound(functools.partial(_plain, LOCAL), ("x",), {})
    assert thread_bound(lambda text, _l=LOCAL: _l, ("x",), {})  # a default
    assert thread_bound(_plain, ([[[[LOCAL]]]],), {})  # deeper in containers
    # A library's own state (a logger's handlers hold RLocks) is not the caller's.
    assert not thread_bound(_through_logger, ("x",), {})


def test_a_primitive_called_where_a_failure_is_handled_still_runs_on_the_functions_thread(
    tmp_path,
):
    path = write(
        tmp_path,
        """
        import sys
        import threading
        state = threading.local()

        @af.primitive
        def lookup(text):
            handled = type(sys.exc_info()[1]).__name__
            return text + "/" + getattr(state, "user", "anon") + "/" + handled

        def main(a, b):
            state.user = "ann"
            ra = ask(a)
            try:
                {}["k"]
            except KeyError:
                v = lookup(ra)
            return v, ask(b)
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value[0].endswith("/ann/KeyError")


def test_a_primitive_taking_a_thread_local_from_a_user_object_sees_the_functions(tmp_path):
    path = write(
        tmp_path,
        """
        import threading

        class Session:
            def __init__(self):
                self.local = threading.local()

        session_ = Session()

        @af.primitive
        def lookup(text, session):
            return text + "/" + getattr(session.local, "user", "anon")

        def main(a, b):
            session_.local.user = "ann"
            v = lookup(ask(a), session_)
            return v, ask(b)
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value[0].endswith("/ann")


def test_a_primitive_reading_a_thread_local_the_function_set_sees_it(tmp_path):
    path = write(
        tmp_path,
        """
        import threading
        state = threading.local()

        @af.primitive
        def lookup(text):
            return text + "/" + getattr(state, "user", "anon")

        def main(a, b):
            state.user = "ann"
            ra = ask(a)
            v = lookup(ra)
            rb = ask(b)
            return v, rb
        """,
    )
    value, _, client = both(path, "owls", "cats")
    assert value[0].endswith("/ann")
    assert client.peak >= 2  # the calls still overlap


def test_a_primitive_given_a_connection_the_function_opened_can_use_it(tmp_path):
    path = write(
        tmp_path,
        """
        import sqlite3

        @af.primitive
        def count(db, word):
            return db.execute("select count(*) from seen where w = ?", (word,)).fetchone()[0]

        def main(items):
            db = sqlite3.connect(":memory:")
            db.execute("create table seen (w text)")
            db.executemany("insert into seen values (?)", [(x,) for x in items])
            out = []
            for x in items:
                out.append((ask(x), count(db, x)))
            db.close()
            return out
        """,
    )
    value, _, _ = both(path, ["owls", "cats", "owls"])
    assert [n for _, n in value] == [2, 1, 2]


def test_a_primitive_asking_which_thread_it_is_on_is_on_the_functions(tmp_path):
    path = write(
        tmp_path,
        """
        import threading
        HOME = []

        @af.primitive
        def mode(text):
            return text + ("/home" if threading.current_thread() is HOME[0] else "/away")

        def main(a, b):
            HOME[:] = [threading.current_thread()]
            return mode(ask(a)), ask(b)
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value[0].endswith("/home")


def test_a_primitive_reentering_a_lock_the_function_holds_gets_it(tmp_path):
    path = write(
        tmp_path,
        """
        import threading
        lock = threading.RLock()

        @af.primitive
        def cached(text):
            got = lock.acquire(timeout=0.5)
            try:
                return text.upper() if got else "busy"
            finally:
                if got:
                    lock.release()

        def main(a, b):
            ra = ask(a)
            with lock:
                v = cached(ra)
            return v, ask(b)
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value[0] != "busy"


def test_a_primitive_setting_a_context_variable_held_in_a_dict_is_called_in_place(tmp_path):
    path = write(
        tmp_path,
        """
        import contextvars
        import time
        var_ = contextvars.ContextVar("var", default="unset")
        config = {"var": var_}

        @af.primitive
        def fetch(t, d):
            seen = var_.get()
            time.sleep(d)
            config["var"].set(t)
            return t + "/" + seen

        def main(a, b):
            ra = fetch(a, 0.02)
            rb = fetch(b, 0.0)
            return ra, rb, var_.get()
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value == ("owls/unset", "cats/owls", "cats")


@pytest.mark.parametrize(
    "sets",
    [
        "var_of().set(t)",  # a function returning the variable
        "v.set(t)",  # the variable given as an argument
        "setter(t)",  # a function of the module doing it
        'getattr(holder.var, "se" + "t")(t)',  # a name it cannot read
    ],
)
def test_a_primitive_that_may_set_a_context_variable_is_called_in_place(tmp_path, sets):
    path = write(
        tmp_path,
        f"""
        import contextvars
        import time
        import types
        var_ = contextvars.ContextVar("var", default="unset")
        holder = types.SimpleNamespace(var=var_)

        def var_of():
            return var_

        def setter(t):
            var_.set(t)

        @af.primitive
        def fetch(t, d, v):
            seen = var_.get()
            time.sleep(d)
            {sets}
            return t + "/" + seen

        def main(a, b):
            ra = fetch(a, 0.02, var_)
            rb = fetch(b, 0.0, var_)
            return ra, rb, var_.get()
        """,
    )
    value, _, _ = both(path, "owls", "cats")
    assert value == ("owls/unset", "cats/owls", "cats")
