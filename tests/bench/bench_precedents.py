"""You have seen this before, at scale: similar closed cases and lessons for a complaint on
10,000 demo cases (8,500 of them closed, each story told hundreds of times: the index's longest
lists). Timed through the service the wizard calls after each pause in typing, and through the
panel (query and widgets); the first query also without the remembered fingerprints of the
candidates (the first pause in typing). Target (issue 14): ≤ 50 ms (median)."""

from __future__ import annotations

import os

from tests.bench.common import demo_folder, ms, table, time_call
from tests.domain import inbound_samples

CASES = 10_000
TARGET = 0.050
QUERIES = [
    ("Chinese, typed", "报表查询特别慢，打开一张月底报表要十几分钟"),
    ("English, typed", "The month end report takes 15 minutes to open, far too slow"),
    ("Chinese mail, pasted", inbound_samples.OUTLOOK_ZH),
    ("5,000 characters", (inbound_samples.OUTLOOK_ZH + inbound_samples.OUTLOOK_EN) * 4),
    ("unrelated", "请帮忙开通一个新的账号，下周培训要用"),
]


def run() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.domain.enums import Language
    from desktop.domain.similarity import fingerprint
    from desktop.paths import DataFolder
    from desktop.services import Services
    from desktop.wizards.complaint.precedents_panel import PrecedentsPanel

    folder = demo_folder(CASES)
    app = QApplication.instance() or QApplication([])
    services = Services.open(DataFolder(folder))
    panel = PrecedentsPanel(services, Language.ZH, lambda: 0)
    page = QWidget()  # as on the wizard's page: the panel is never a window of its own
    panel.setParent(page)
    rows = []
    ok = True
    try:
        for name, text in QUERIES:
            found = services.precedents.similar(text[:5000])
            seconds = time_call(lambda text=text: services.precedents.similar(text[:5000]), runs=21)

            def cold(text: str = text) -> None:
                fingerprint.cache_clear()
                services.precedents.similar(text[:5000])

            first = time_call(cold, runs=21)

            def show(text: str = text) -> None:
                panel.show_for(text[:5000])
                app.processEvents()

            shown = time_call(show, runs=21)
            met = max(shown, first) <= TARGET
            ok = ok and met
            rows.append(
                (
                    name,
                    str(len(found)),
                    ms(first),
                    ms(seconds),
                    ms(shown),
                    "≤ 50 ms",
                    "met" if met else "MISSED",
                )
            )
    finally:
        services.close()
    table(
        f"Similar cases and lessons among {CASES:,} cases",
        rows,
        ("complaint", "shown", "first query", "query", "query + panel", "target", ""),
    )
    return ok


if __name__ == "__main__":
    run()
