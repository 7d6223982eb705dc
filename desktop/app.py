"""main(): the command line, or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
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
        return cli.run(args)
    from desktop.gui import run_gui  # Qt is imported only for the window

    return run_gui(args, folder)
