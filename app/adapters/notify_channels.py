"""The network channels of notifications: e-mail over SMTP with STARTTLS, a group robot's webhook.

Both take their settings from the site's settings table (`config`): SMTP
host, port, user, the file holding the password (owner-only, as a PIN file),
the sender address and an optional CA file to trust; the webhook URL. Each
raises NotSent with the reason when the receiver is down, refuses or answers
an error, so the sender records it and tries again later.

The webhook body is the JSON both WeCom (企业微信) and DingTalk (钉钉) group
robots accept: {"msgtype": "text", "text": {"content": ...}}; they answer
HTTP 200 with {"errcode": 0} when they took it.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import stat
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from app.domain.notifications import NotSent
from app.services.notifications import WEBHOOK_SETTING, Message
from app.services.ports import Settings

TIMEOUT_SECONDS = 15.0
ROBOT_TEXT_BYTES = 2048
"""The most UTF-8 bytes a group robot (WeCom) takes in a text message; it answers errcode
40058 to a longer one, which retried as it was would never be sent."""


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    user: str
    password_file: str
    sender: str
    ca_file: str

    @classmethod
    def read(cls, settings: Settings) -> SmtpSettings:
        def get(key: str, default: str = "") -> str:
            return (settings.get(f"notify.smtp_{key}") or default).strip()

        port = get("port", "587")
        return cls(
            get("host"),
            int(port) if port.isdigit() else 587,
            get("user"),
            get("password_file"),
            get("from"),
            get("ca_file"),
        )


def _password(path: str) -> str:
    file = Path(path)
    try:
        if file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NotSent(f"{path} may be read by others: chmod 600 it first")
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise NotSent(f"cannot read the SMTP password file {path}: {exc.strerror or exc}") from exc
    return lines[0].strip() if lines else ""


class EmailChannel:
    """One SMTP conversation per message: STARTTLS always, then AUTH when a user is set."""

    def __init__(self, smtp: SmtpSettings) -> None:
        self.smtp = smtp

    @classmethod
    def from_settings(cls, settings: Settings) -> EmailChannel:
        return cls(SmtpSettings.read(settings))

    def __call__(self, row: Mapping[str, Any], message: Message) -> str:
        smtp = self.smtp
        to = str(row["data"].get("to") or "")  # the address when it was queued
        if not to:
            raise NotSent(f"no e-mail address for {row['recipient']}")
        if not smtp.host or not smtp.sender:
            raise NotSent("no SMTP host or sender address is set (notify.smtp_host, _from)")
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = smtp.sender, to, message.subject
        mail.set_content(message.text)
        context = ssl.create_default_context(cafile=smtp.ca_file or None)
        try:
            with smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT_SECONDS) as conn:
                conn.ehlo()
                if not conn.has_extn("starttls"):
                    raise NotSent(f"{smtp.host} offers no STARTTLS: nothing is sent in clear")
                conn.starttls(context=context)
                conn.ehlo()
                if smtp.user:
                    conn.login(smtp.user, _password(smtp.password_file))
                conn.send_message(mail)
        except (OSError, smtplib.SMTPException) as exc:
            raise NotSent(f"SMTP {smtp.host}:{smtp.port}: {exc}") from exc
        return "smtp"


class WebhookChannel:
    def __init__(self, url: str) -> None:
        self.url = url

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookChannel:
        return cls((settings.get(WEBHOOK_SETTING) or "").strip())

    def __call__(self, row: Mapping[str, Any], message: Message) -> str:
        if not self.url.startswith(("https://", "http://")):
            raise NotSent("no webhook URL is set (notify.webhook_url)")
        content = _fit(f"{message.subject}\n{message.text}", ROBOT_TEXT_BYTES)
        body = {"msgtype": "text", "text": {"content": content}}
        request = urllib.request.Request(
            self.url,
            data=json.dumps(body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json; charset=utf-8"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
                raw = answer.read(65536)
        except urllib.error.HTTPError as exc:
            raise NotSent(f"the webhook answered HTTP {exc.code}") from exc
        except (OSError, ValueError) as exc:
            raise NotSent(f"the webhook cannot be reached: {exc}") from exc
        try:
            reply = json.loads(raw or b"{}")
        except ValueError:
            reply = {}
        if isinstance(reply, dict) and reply.get("errcode", 0) != 0:
            raise NotSent(f"the robot refused it: {reply.get('errcode')} {reply.get('errmsg', '')}")
        return "webhook"


def _fit(text: str, limit: int) -> str:
    """`text` cut, at a character, to at most `limit` bytes of UTF-8, ending in "…" if cut
    (the whole message still goes by e-mail and to the tray)."""
    raw = text.encode()
    if len(raw) <= limit:
        return text
    return raw[: limit - len("…".encode())].decode(errors="ignore") + "…"
