"""Run the desk: uvicorn serving `make_app` on one address, until Ctrl+C."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

from ..errors import CheckerError
from ..store.layout import read_pointer

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def check_address(host: str, port: int) -> None:
    """Fail before starting when the address cannot be listened on (in use, not this machine's)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as e:
            cause = "the port is in use" if e.errno == errno.EADDRINUSE else (e.strerror or str(e)).lower()
            raise CheckerError(f"cannot listen on {host}:{port}: {cause}; give another --port") from e
        except (socket.gaierror, UnicodeError) as e:
            raise CheckerError(f"cannot listen on {host}:{port}: not an address of this machine") from e


def serve(
    store_dir: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, reviewer: str = ""
) -> None:
    """Serve the desk over a store at http://host:port/ until interrupted.

    Raises:
        StoreError: the folder is no store.
        CheckerError: Starlette or uvicorn are missing, or the address cannot be listened on.

    Example:
        >>> serve("store/", port=8765)   # then open http://127.0.0.1:8765/
    """
    read_pointer(Path(store_dir))  # no store: say so now, not on the first request
    try:
        import uvicorn

        from .app import make_app
    except ImportError as e:
        raise CheckerError(
            f"checker serve needs Starlette and uvicorn ({e.name} is missing): pip install 'checker[serve]'"
        ) from e
    check_address(host, port)
    app = make_app(store_dir, reviewer=reviewer, host=host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run()
