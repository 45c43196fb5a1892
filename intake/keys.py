"""Key rotation: re-encrypt every encrypted column under the newest key.

Procedure (README, "Key rotation"): put a new key first in TSUNAGU_ENCRYPTION_KEYS, keep
the old one after it, run ``tsunagu keys rotate``, then remove the old key.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.sql import column as raw_column
from sqlalchemy.sql import table as raw_table
from sqlalchemy.sql.expression import ColumnClause

from intake import crypto
from intake.db import Base
from intake.models import EncryptedJSON, EncryptedText


def encrypted_columns() -> Iterator[tuple[str, str, str]]:
    """(table, primary key, column) for every encrypted column."""
    for table in Base.metadata.sorted_tables:
        key = next(iter(table.primary_key.columns)).name
        for col in table.columns:
            if isinstance(col.type, EncryptedText | EncryptedJSON):
                yield table.name, key, col.name


def rotate_all(engine: Engine, batch: int = 500) -> dict[str, int]:
    """Re-encrypt every stored value in batches; return counts per ``table.column``.

    Lightweight ``table()``/``column()`` constructs read the ciphertext as stored (no
    decrypting column type), so values are rotated without ever being decrypted to disk.
    """
    cipher = crypto.current()
    counts: dict[str, int] = {}
    for table_name, key_name, col_name in encrypted_columns():
        key: ColumnClause[Any] = raw_column(key_name)
        value: ColumnClause[Any] = raw_column(col_name)
        tbl = raw_table(table_name, key, value)
        done, last = 0, None
        while True:
            query = select(key, value).select_from(tbl).where(value.is_not(None))
            if last is not None:
                query = query.where(key > last)
            with engine.begin() as conn:
                rows = conn.execute(query.order_by(key).limit(batch)).all()
                for row_key, token in rows:
                    conn.execute(
                        update(tbl).where(key == row_key).values({col_name: cipher.rotate(token)})
                    )
            if not rows:
                break
            done += len(rows)
            last = rows[-1][0]
        counts[f"{table_name}.{col_name}"] = done
    return counts
