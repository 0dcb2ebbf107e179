"""`keys rotate` on the demo database, against a bare baseline from the same run.

Rotation: one transaction that re-encrypts every encrypted value bound to its row under a new
key, recomputes every keyed hash, re-grants the holders, writes the attachments beside the old
ones, commits and swaps the files. Baseline: plain sqlite3 and AES-GCM, no ORM, no checks: read
every encrypted value, decrypt, encrypt, write it back in one executemany per column, commit.

    python bench/bench_rotation.py [--size 12000] [--attachments 50] [--runs 3]
    python bench/bench_rotation.py --smoke        (what the test suite runs)
"""

from __future__ import annotations

import base64
import os
import sqlite3
import statistics
import time
from pathlib import Path

from common import arguments, out_dir
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def bare_reencrypt(path: Path, columns: list[tuple[str, str]]) -> float:
    """Decrypt-and-encrypt the same number of values with plain sqlite3 (ciphertexts are random
    bytes here: the cost is the same AES-GCM work and the same UPDATEs)."""
    old, new = AESGCM(os.urandom(32)), AESGCM(os.urandom(32))
    conn = sqlite3.connect(path)
    nonce = os.urandom(12)
    started = time.perf_counter()
    for table, column in columns:
        rows = conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} != ''"
        ).fetchall()
        updates = []
        for row_id, stored in rows:
            blob = old.encrypt(nonce, stored.encode(), b"x")  # stands in for the stored ciphertext
            plain = old.decrypt(nonce, blob, b"x")
            fresh = os.urandom(12)
            updates.append(
                ("e2:" + base64.b64encode(fresh + new.encrypt(fresh, plain, b"y")).decode(), row_id)
            )
        conn.executemany(f"UPDATE {table} SET {column}=? WHERE id=?", updates)
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    args = arguments(__doc__ or "", size=12_000, smoke_size=200, attachments=50, runs=3)
    if args.smoke:
        args.attachments, args.runs = 3, 1
    folder = out_dir(args.smoke) / "rotation"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("UNIONOFFICE_DATA_DIR", str(folder / "data"))
    # Imported after the data folder is set: attachments live there.
    from unionoffice.core import attachments
    from unionoffice.core.auth import service as auth
    from unionoffice.core.crypto.fields import encrypted_columns
    from unionoffice.core.database import open_database
    from unionoffice.core.schema import load_all_models
    from unionoffice.demo.build import build_demo_database
    from unionoffice.demo.cache import DEMO_PASSWORD

    template = folder / f"template-{args.size}.sqlite"
    build_demo_database(template, size=args.size).dispose()
    columns = [(t.name, c.name) for t, c, _k in encrypted_columns(load_all_models())]
    timings, bare, values, files = [], [], 0, 0
    for run in range(args.runs):
        path = folder / f"run{run}.sqlite"
        path.write_bytes(template.read_bytes())
        db = open_database(f"sqlite:///{path}")
        admin = auth.login(db, "admin", DEMO_PASSWORD)
        for i in range(args.attachments):
            scan = folder / f"scan{i}.png"
            scan.write_bytes(os.urandom(200_000))
            attachments.store(scan)
        started = time.perf_counter()
        report = auth.rotate_keys(db, admin, DEMO_PASSWORD)
        timings.append(time.perf_counter() - started)
        values, files = report.values, report.files
        db.dispose()
        baseline = folder / f"bare{run}.sqlite"
        baseline.write_bytes(template.read_bytes())
        bare.append(bare_reencrypt(baseline, columns))
    rotation, floor = statistics.median(timings), statistics.median(bare)
    print(f"demo members: {args.size}; encrypted values re-encrypted: {values}; attachments: {files}")
    print(f"keys rotate (median of {args.runs}): {rotation:.2f} s")
    print(
        f"bare sqlite3 + AES-GCM re-encryption of the same columns: {floor:.2f} s ({rotation / floor:.1f}x)"
    )


if __name__ == "__main__":
    main()
