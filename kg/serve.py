"""The SPARQL endpoint: Oxigraph's own read-only server over a snapshot of the store.

The `oxigraph` package ships Oxigraph's HTTP server, which implements the SPARQL 1.1
Protocol (GET and POST at /query and /sparql; results as JSON, XML, CSV or TSV and graphs
as Turtle, N-Triples, RDF/XML or JSON-LD by the Accept header), refuses updates when
read-only, answers a malformed query with 400 and the parser's message, sends CORS
headers with --cors, cancels queries after --timeout-s, and serves a YASGUI query page
at / (bundled with the binary, so it works offline).

Why a snapshot: Oxigraph documents that opening a store read-only while another process
writes it is undefined behaviour, and its read-only server would not see new documents
anyway. So `kg serve` takes a RocksDB checkpoint of the store (hard links: instant, no
extra space until the store changes) and serves that. `kg build` can then run while the
server is up; restart `kg serve` to publish what it added. A store built with --memory
(one TriG file) is loaded into a fresh Oxigraph database instead.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30
SNAPSHOT_PREFIX = "-serve-"  # the snapshot lives next to the store: .kg → .kg-serve-<pid>/
START_TIMEOUT_S = 30


def oxigraph_binary() -> str:
    """The `oxigraph` command installed with this Python's packages, else the one on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside_python = Path(sysconfig.get_path("scripts")) / name
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise KgError("the Oxigraph server is not installed; run `pip install oxigraph` (it ships the `oxigraph` command)")


@dataclass
class Server:
    """A running endpoint; stop() ends it and deletes its snapshot."""

    url: str  # the server's root: the query page
    process: subprocess.Popen
    snapshot: Path
    log: Path

    @property
    def endpoint(self) -> str:
        return f"{self.url}query"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.snapshot, ignore_errors=True)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start(store: str | Path | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout_s: int = DEFAULT_TIMEOUT_S) -> Server:
    """Snapshot the store and start Oxigraph's read-only server on it; returns once it listens."""
    from kg.store import default_store_path

    store = Path(store) if store is not None else default_store_path()
    if timeout_s < 1:
        raise KgError("--timeout must be at least 1 second")
    binary = oxigraph_binary()
    _check_port_free(host, port)
    _remove_stale_snapshots(store)
    folder = store.parent / f"{store.name}{SNAPSHOT_PREFIX}{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        database = folder / "db"
        snapshot(store, database)
        log = folder / "server.log"
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(database), "--bind", bind, "--cors", "--timeout-s", str(timeout_s)],
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file,
                start_new_session=True,  # Ctrl-C reaches `kg serve` only, which stops the server itself
                preexec_fn=_die_with_parent)
        server = Server(f"http://{bind}/", process, folder, log)
        _wait_until_listening(server, host, port)
        return server
    except BaseException:
        if "server" in locals():
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise


def snapshot(store: Path, target: Path) -> None:
    """A consistent, private copy of the store as an Oxigraph database at `target`."""
    import pyoxigraph as ox

    from kg.store import MEMORY_FILE, keep_union, open_store

    if (store / MEMORY_FILE).is_file():
        database = ox.Store(str(target))
        database.bulk_load(path=str(store / MEMORY_FILE), format=ox.RdfFormat.TRIG)
        keep_union(database)
        return
    # Opening for writing checks the store and waits for no one: if a build holds it, the
    # user hears that it is busy; otherwise nobody writes during the checkpoint.
    with open_store(store, create=False) as st:
        if st.backend != "oxigraph":
            raise KgError(f"{store}: cannot serve this store")
        st._ox.backup(str(target))


def serve(store: str | Path | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout_s: int = DEFAULT_TIMEOUT_S, announce=print) -> int:
    """Run the endpoint in the foreground until Ctrl-C (or SIGTERM); returns the exit code."""
    # SIGINT too: a shell starting a program in the background makes it ignore SIGINT, and
    # Python then never raises KeyboardInterrupt; a server must still stop when asked.
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with start(store, host=host, port=port, timeout_s=timeout_s) as server:
            announce(f"SPARQL endpoint: {server.endpoint}  (also {server.url}sparql)")
            announce(f"query page:      {server.url}")
            announce(f"  with the prefixes `kg query` predeclares and an example: {page_url(server.url)}")
            announce("serving a read-only snapshot of the store; restart after `kg build` to publish new "
                     "documents. Ctrl-C stops.")
            code = server.process.wait()
            raise KgError(f"the Oxigraph server stopped unexpectedly (exit {code}): {_last_error(server.log)}")
    except KeyboardInterrupt:  # at any moment, even while starting: start() and Server clean up
        announce("stopped")
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


EXAMPLE_QUERY = """SELECT ?county ?name ?adcode WHERE {
  ?county a lgp:County ; skos:prefLabel ?name ; lgp:adcode ?adcode .
}
ORDER BY ?adcode"""


def page_url(root: str, query: str = EXAMPLE_QUERY) -> str:
    """The query page opened with a query in its editor: the project's PREFIX lines (the ones
    `kg query` predeclares, which the server, a plain SPARQL endpoint, does not) and `query`.
    The page (YASGUI) reads a `query` parameter from the address's fragment."""
    import urllib.parse

    from kg.vocab import SPARQL_PREFIXES

    return f"{root}#" + urllib.parse.urlencode({"query": SPARQL_PREFIXES + "\n" + query}, quote_via=urllib.parse.quote)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _die_with_parent() -> None:
    """Linux: the server ends when `kg serve` dies, even by SIGKILL, so no orphan keeps the port."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise KgError(f"cannot listen on {host}:{port} ({exc.strerror}); "
                          "choose another with --port or --host") from None


def _wait_until_listening(server: Server, host: str, port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise KgError(f"the Oxigraph server did not start: {_last_error(server.log)}")
        try:
            with socket.create_connection((host if host not in ("0.0.0.0", "::") else "localhost", port), 0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise KgError(f"the Oxigraph server did not answer on {host}:{port} within {START_TIMEOUT_S} s")


def _last_error(log: Path) -> str:
    lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
    errors = [line for line in lines if line.lower().startswith("error")]
    return (errors or lines or ["no message"])[0]


def _remove_stale_snapshots(store: Path) -> None:
    """Snapshots left by a `kg serve` that was killed before it could clean up."""
    for folder in store.parent.glob(f"{store.name}{SNAPSHOT_PREFIX}*"):
        pid = folder.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT_S", "EXAMPLE_QUERY", "Server", "oxigraph_binary",
           "page_url", "serve", "snapshot", "start"]
