"""The parts the report and the brief are built of: headings kept with what follows them,
labelled paragraphs ("根本原因：" and the text), tables with a header on every column repeated on
each page, and label–value tables. Every value says which field it is, so that a character no
font has is reported with its field."""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import Enum

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.documents.fonts import LATIN, mixed
from desktop.documents.keep import keep_with_start
from desktop.documents.paragraph import Paragraph
from desktop.documents.styles import TABLE_STYLE, TEXT_WIDTH, Styles, styles_for
from desktop.domain.catalog import label, text
from desktop.domain.dates import local_day, local_moment
from desktop.domain.enums import Language
from desktop.domain.event_text import colon

LABEL_WIDTH = 0.24 * TEXT_WIDTH
TABLE_SPACE = 6  # points below a table, before the next label or table
Column = tuple[str, float]  # the catalog key of the header, the width


class Writer:
    def __init__(self, lang: Language, zone: tzinfo) -> None:
        self.lang = lang
        self.zone = zone
        self.styles: Styles = styles_for(lang)

    # --- words ---------------------------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def label(self, member: Enum | None) -> str:
        return label(member, self.lang) if member is not None else ""

    def moment(self, value: datetime | None) -> str:
        return local_moment(value, self.zone, self.lang)

    def day(self, value: datetime | None) -> str:
        return local_day(value, self.zone, self.lang)

    def colon(self) -> str:
        return colon(self.lang)

    def join(self, *parts: str) -> str:
        return " · ".join(part for part in parts if part)

    # --- flowables -----------------------------------------------------------------------------
    def heading(self, words: str, aside: str = "") -> Paragraph:
        """A section heading; `aside` in smaller grey type beside it (the stages of a D)."""
        markup = mixed(words)
        if aside:
            markup += f'<font name="{LATIN}" size="9" color="#78909c">\u3000{mixed(aside)}</font>'
        return Paragraph(markup, self.styles.heading)

    def para(self, value: str, where: str | None = None) -> Paragraph:
        return Paragraph(mixed(value or self.t("doc.none")), self.styles.body, where=where)

    def label_line(self, key: str) -> Paragraph:
        return Paragraph(mixed(self.t(key) + self.colon().strip()), self.styles.cell_label)

    def labelled(self, key: str, value: str) -> list[Flowable]:
        """根本原因：, then the text, kept together across a page break."""
        if not value.strip():
            return []
        return keep_with_start([self.label_line(key)], [self.para(value, where=key)])

    def section(self, heading: Paragraph, body: list[Flowable]) -> list[Flowable]:
        """A heading and its content, the heading never alone at the foot of a page."""
        return keep_with_start([heading], body or [self.para("")])

    def table(self, columns: list[Column], rows: list[list[str]]) -> Flowable:
        """A table with a header on every column, repeated on each page; it splits between
        rows, never inside a row's text."""
        if not rows:
            return self.para("")
        cell, head = self.styles.cell, self.styles.cell_head
        data: list[list[Flowable]] = [[Paragraph(mixed(self.t(key)), head) for key, _ in columns]]
        data += [
            [
                Paragraph(mixed(value), cell, where=key)
                for value, (key, _) in zip(row, columns, strict=True)
            ]
            for row in rows
        ]
        table = Table(data, colWidths=[width for _, width in columns], repeatRows=1, splitByRow=1)
        table.setStyle(TableStyle(TABLE_STYLE))
        table.spaceAfter = TABLE_SPACE
        return table

    def pairs(self, rows: list[tuple[str, str]]) -> Flowable:
        """A two-column table of label and value, for the rows that have a value."""
        shown = [(key, value) for key, value in rows if value]
        if not shown:  # reportlab refuses a table without rows
            return self.para("")
        cell = self.styles.cell
        data = [
            [
                Paragraph(mixed(self.t(key)), self.styles.cell_key),
                Paragraph(mixed(value), cell, where=key),
            ]
            for key, value in shown
        ]
        table = Table(data, colWidths=[LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], splitByRow=1)
        table.setStyle(
            TableStyle(
                [s for s in TABLE_STYLE if s[0] not in ("BACKGROUND", "ROWBACKGROUNDS")]
                + [("BACKGROUND", (0, 0), (0, -1), "#f3f6f9")]
            )
        )
        table.spaceAfter = TABLE_SPACE
        return table
