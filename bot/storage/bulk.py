"""Many rows into one table in one driver `executemany`: the INSERT compiled once per
table, columns and dialect, each value bound by its column's type as SQLAlchemy binds it,
without SQLAlchemy's parameter processing of each row (a poll's band keys and places are
thousands of rows) nor its execution context (`prepared.run_many`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

from bot.storage.prepared import run_many

Binder = Callable[[Any], Any] | None
"""A column type's bind processor (None: the value as it is)."""

Statement = tuple[str, bool, list[tuple[str, Binder]]]
"""An INSERT's SQL, whether its parameters are positional, and each parameter's column
name and bind processor, in the statement's order."""

_STATEMENTS: dict[tuple[Table, tuple[str, ...], str, str], Statement] = {}
"""Statements compiled so far, by table, columns, dialect and driver."""


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` into `table`: each row has the same keys, names of its columns (none
    with a default computed in Python: the statement would expect it)."""
    if not rows:
        return
    sql, positional, binders = _statement(conn.dialect, table, tuple(rows[0]))
    columns = [_bound([row[key] for row in rows], bind) for key, bind in binders]
    if positional:
        params: list[Any] = list(zip(*columns, strict=True))
    else:
        keys = [key for key, _ in binders]
        params = [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]
    run_many(conn, sql, params)


def _bound(values: list[Any], bind: Binder) -> list[Any]:
    """`values` bound by `bind`, each distinct value once: a row's time or article id is
    the same in each of its band keys' or words' rows."""
    if bind is None:
        return values
    bound: dict[Any, Any] = {}
    return [
        bound[value] if value in bound else bound.setdefault(value, bind(value)) for value in values
    ]


def _statement(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> Statement:
    """The INSERT of `columns` into `table` for `dialect`, compiled the first time."""
    key = (table, columns, dialect.name, dialect.driver)
    if key not in _STATEMENTS:
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
        order = compiled.positiontup if compiled.positional else list(columns)
        binders: list[tuple[str, Binder]] = [
            (name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in order or ()
        ]
        _STATEMENTS[key] = (str(compiled), bool(compiled.positional), binders)
    return _STATEMENTS[key]
