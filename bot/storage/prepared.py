"""Statements a poll runs for every article, run by the database driver itself: a Core
statement compiled once per dialect (and, for an INSERT, per set of columns given), its
parameters bound by each one's type as SQLAlchemy binds them and its rows read by each
column's type as SQLAlchemy reads them, without SQLAlchemy's work at each execution (its
cache key, its parameter processing, its result objects: 0.2 ms of the candidates query's
0.55 ms). A driver's error is raised as SQLAlchemy's (`retried` reads its SQLSTATE)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.selectable import TypedReturnsRows

Processor = Callable[[Any], Any] | None
"""A type's bind or result processor (None: the value as it is)."""
_REQUIRED = object()
"""A parameter's value when each execution must give it (the statement holds none)."""


@dataclass
class _Compiled:
    """A statement compiled for one dialect: its SQL, each parameter's name, bind processor
    and value when the statement holds it (a LIMIT), and its columns' result processors,
    made at the first rows (a driver's column type may choose one)."""

    sql: str
    positional: bool
    parameters: tuple[tuple[str, Processor, Any], ...]
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
        given = [
            values[name] if held is _REQUIRED else values.get(name, held)
            for name, _, held in compiled.parameters
        ]
        bound = [
            value if bind is None else bind(value)
            for value, (_, bind, _) in zip(given, compiled.parameters, strict=True)
        ]
        params: Sequence[Any] | dict[str, Any] = (
            bound
            if compiled.positional
            else dict(zip((name for name, *_ in compiled.parameters), bound, strict=True))
        )
        if not conn.in_transaction():
            conn.begin()
        dbapi = conn.dialect.loaded_dbapi
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, params)
            found = cursor.fetchall()
            kinds = tuple(column[1] for column in cursor.description)
        except dbapi.Error as exc:
            raise DBAPIError.instance(compiled.sql, params, exc, dbapi.Error) from exc
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
            names = made.positiontup if made.positional else list(made.binds)
            parameters = tuple(
                (
                    name,
                    made.binds[name].type.dialect_impl(dialect).bind_processor(dialect),
                    _REQUIRED if made.binds[name].required else made.binds[name].value,
                )
                for name in names or ()
            )
            compiled = self._compiled[key] = _Compiled(
                made.string, bool(made.positional), parameters
            )
        return compiled

    def _result_processors(self, dialect: Dialect, kinds: tuple[Any, ...]) -> tuple[Processor, ...]:
        """Each column's result processor, for the driver's column types `kinds`."""
        columns = list(self.statement.exported_columns)
        return tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, kind)
            for column, kind in zip(columns, kinds, strict=True)
        )
