"""main(): the command line, or the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes long-lived objects (modules, classes, Qt wrappers) and next to no garbage:
    # the cyclic collector waits until the window is up (desktop.gui), where it is told to
    # leave those objects alone for good. About 25 ms of start-up and of quitting.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    from desktop import cli
    from desktop.logs import start_logging
    from desktop.paths import DataFolderError, data_folder, log_folder, sample_folder

    args = cli.parse(argv)
    try:
        folder = data_folder(getattr(args, "data_dir", None))
        if args.sample and not args.command:
            folder = sample_folder(folder)
        folder = folder.ensure()
    except DataFolderError as error:
        print(f"turnaround: {error}", file=sys.stderr)
        return 1
    start_logging(log_folder(folder))
    if args.command:
        gc.enable()
        return cli.run(args)
    from desktop.gui import run_gui  # Qt is imported only for the window

    return run_gui(args, folder)
