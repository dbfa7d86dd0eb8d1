"""A throwaway PostgreSQL cluster for the store tests: initdb in a temporary folder,
pg_ctl start on a free 127.0.0.1 port, stopped and deleted afterwards.

initdb refuses to run as root (CI runs as root), so there the server runs as the
`postgres` user. A URL in WIREWATCH_TEST_POSTGRES is used instead when set.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class Unavailable(RuntimeError):
    """Why no server could be started; the tests skip with this reason."""


@dataclass
class Cluster:
    url: str  # postgresql://user@127.0.0.1:port/postgres
    stop: callable


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("PostgreSQL is not installed (no initdb); `make test` installs it as root")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(folder: Path) -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user for initdb") from None
    os.chown(folder, user.pw_uid, user.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode:
        raise Unavailable(f"{Path(cmd[-1]).name if cmd else cmd}: {done.stderr.strip()[-300:]}")


def start() -> Cluster:
    bin_dir = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="wirewatch-pg-"))
    folder.chmod(0o755)
    prefix = _as_server_user(folder)
    data, port = folder / "data", _free_port()
    _run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "wirewatch",
          "-E", "UTF8", "--no-locale", "--no-sync"])
    options = f"-F -p {port} -c listen_addresses=127.0.0.1 -k {folder}"
    _run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
          "-t", "30", "-o", options, "start"])

    def stop() -> None:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=60, check=False)
        shutil.rmtree(folder, ignore_errors=True)

    return Cluster(f"postgresql://wirewatch@127.0.0.1:{port}/postgres", stop)


def fresh_database(server_url: str, name: str) -> str:
    """An empty database on the server; its URL."""
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"
