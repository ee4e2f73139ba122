"""A plain primitive runs on a worker thread of its own, unless it meets what belongs to its
caller's thread (`hiding.thread_bound`): then it runs where it stands, on the compiled
function's thread, as the sequential call runs on the function's. And a primitive whose
code sets a context variable held in a container is called in place (`resolvers`)."""

from __future__ import annotations

import sqlite3
import threading
import types

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
