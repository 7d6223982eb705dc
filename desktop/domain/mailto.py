"""An e-mail draft as a mailto: link (RFC 6068): UTF-8, percent-encoded, CRLF line breaks."""

from __future__ import annotations

from urllib.parse import quote


def mailto_url(address: str, subject: str, body: str) -> str:
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(address, safe='@')}?{query}"
