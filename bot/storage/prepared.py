"""Statements a poll runs for every article, run by the database driver itself: a Core
statement compiled once per dialect (and, for an INSERT, per set of columns given), its
parameters bound by each one's type as SQLAlchemy binds them and its rows read by each
column's type as SQLAlchemy reads them, without SQLAlchemy's work at each execution (its
cache key, its parameter processing, its result objects: 0.2 ms of the candidates query's
0.55 ms). A driver's error is raised as SQLAlchemy's (`retried` reads its SQLSTATE)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.selectable import TypedReturnsRows

Processor = Callable[[Any], Any] | None
"""A type's bind or result processor (None: the value as it is)."""


@dataclass
class _Compiled:
    """A statement compiled for one dialect: its SQL, each distinct parameter's name, the
    values the statement holds (a LIMIT) by name, the bind processor of each parameter
    that has one (by its place among the names), where each goes among a positional
    statement's parameters when one goes to several (a window written in each of 64 range
    scans is bound once, not 64 times), and its columns' result processors, made at the
    first rows (a driver's column type may choose one)."""

    sql: str
    positional: bool
    names: tuple[str, ...]
    held: dict[str, Any]
    binds: tuple[tuple[int, Callable[[Any], Any]], ...]
    positions: Callable[[list[Any]], tuple[Any, ...]] | None
    results: dict[tuple[Any, ...], tuple[Processor, ...]] = field(default_factory=dict)


class Prepared:
    """A Core SELECT, or INSERT ... RETURNING, run through the driver (`rows`, `scalar`).
    It may hold no expanding parameter: its SQL is the same at every execution."""

    def __init__(self, statement: TypedReturnsRows[Any]) -> None:
        self.statement = statement
        self._compiled: dict[tuple[str, str, tuple[str, ...]], _Compiled] = {}

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The statement's rows for the bound `values`, in `conn`'s transaction (begun
        here when none is, as `Connection.execute` begins one)."""
        compiled = self._compile(conn.dialect, values)
        given = {**compiled.held, **values} if compiled.held else values
        bound = [given[name] for name in compiled.names]
        for index, bind in compiled.binds:
            bound[index] = bind(bound[index])
        params: Sequence[Any] | dict[str, Any]
        if not compiled.positional:
            params = dict(zip(compiled.names, bound, strict=True))
        else:
            params = bound if compiled.positions is None else compiled.positions(bound)
        cursor, error = _cursor(conn)
        try:
            cursor.execute(compiled.sql, params)
            found = cursor.fetchall()
            kinds = tuple(column[1] for column in cursor.description)
        except error as exc:
            raise DBAPIError.instance(compiled.sql, params, exc, error) from exc
        finally:
            cursor.close()
        processors = compiled.results.get(kinds)
        if processors is None:
            processors = compiled.results[kinds] = self._result_processors(conn.dialect, kinds)
        if not found or not any(processors):
            return list(found)
        columns: list[Iterable[Any]] = list(zip(*found, strict=True))
        for index, process in enumerate(processors):
            if process is not None:
                columns[index] = map(process, columns[index])
        return list(zip(*columns, strict=True))

    def scalar(self, conn: Connection, values: Mapping[str, Any]) -> Any:
        """The first column of the statement's first row, None when it has none."""
        found = self.rows(conn, values)
        return found[0][0] if found else None

    def _compile(self, dialect: Dialect, values: Mapping[str, Any]) -> _Compiled:
        """The statement compiled for `dialect` (an INSERT: for the columns `values` gives),
        the first time."""
        columns = tuple(values) if isinstance(self.statement, Insert) else ()
        key = (dialect.name, dialect.driver, columns)
        compiled = self._compiled.get(key)
        if compiled is None:
            made = self.statement.compile(dialect=dialect, column_keys=list(columns) or None)
            if made.literal_execute_params or made.post_compile_params:
                raise ValueError("a prepared statement renders the same SQL every time")
            order = made.positiontup if made.positional else None
            names = tuple(dict.fromkeys(made.binds if order is None else order))
            parameters = [made.binds[name] for name in names]
            processors = [p.type.dialect_impl(dialect).bind_processor(dialect) for p in parameters]
            repeated = order is not None and len(order) > len(names)
            compiled = self._compiled[key] = _Compiled(
                made.string,
                bool(made.positional),
                names,
                {
                    name: p.value
                    for name, p in zip(names, parameters, strict=True)
                    if not p.required
                },
                tuple((index, bind) for index, bind in enumerate(processors) if bind is not None),
                itemgetter(*(names.index(name) for name in order or ())) if repeated else None,
            )
        return compiled

    def _result_processors(self, dialect: Dialect, kinds: tuple[Any, ...]) -> tuple[Processor, ...]:
        """Each column's result processor, for the driver's column types `kinds`."""
        columns = list(self.statement.exported_columns)
        return tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, kind)
            for column, kind in zip(columns, kinds, strict=True)
        )


def run_many(conn: Connection, sql: str, params: Sequence[Any]) -> None:
    """`sql` run for each of `params` in one driver `executemany`, in `conn`'s transaction
    (begun here when none is), without SQLAlchemy's execution context."""
    cursor, error = _cursor(conn)
    try:
        cursor.executemany(sql, params)
    except error as exc:
        raise DBAPIError.instance(sql, params, exc, error) from exc
    finally:
        cursor.close()


def _cursor(conn: Connection) -> tuple[Any, type[Exception]]:
    """A driver cursor in `conn`'s transaction (begun here when none is, as
    `Connection.execute` begins one), and the driver's error class."""
    if not conn.in_transaction():
        conn.begin()
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    return cursor, conn.dialect.loaded_dbapi.Error
