"""Edits cases through the services as fast as it can until it is killed.

After each save returns, it appends a line to the journal file (flushed and fsync'd), so the
parent knows exactly which changes the app had confirmed when the kill came.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

from desktop.domain.complaint import Action
from desktop.domain.enums import ActionHorizon
from desktop.paths import DataFolder
from desktop.services import Services


def main() -> None:
    folder, journal_path, run = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    services = Services.open(DataFolder(folder).ensure())
    journal = open(journal_path, "a", encoding="utf-8")  # noqa: SIM115 - open until killed

    def confirm(line: str) -> None:
        journal.write(line + "\n")
        journal.flush()
        os.fsync(journal.fileno())

    print("ready", flush=True)
    step = 0
    while True:
        step += 1
        token = f"{run}-{step}"
        case = services.cases.create()
        confirm(f"case {case.id}")
        services.cases.update_intake(
            case.id,
            customer=f"客户{token}",
            contact_name="王",
            complaint_text=f"投诉内容 {token} 数据丢失",
            received_at=services.clock() - timedelta(hours=1),
        )
        confirm(f"intake {case.id} 投诉内容 {token} 数据丢失")
        action = services.cases.add_part(
            case.id, Action(0, ActionHorizon.SHORT_TERM, f"措施 {token}")
        )
        confirm(f"action {action} 措施 {token}")


if __name__ == "__main__":
    main()
