"""Outgoing e-mail. Development mode (or no SMTP host) writes each mail to the data folder."""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
import uuid
from collections.abc import Mapping
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from server.config import Settings

log = logging.getLogger(__name__)
# Long header values unfolded up to the RFC 5322 line limit: a folded or encoded
# `List-Unsubscribe` address is one that mail programs cannot use.
_POLICY = policy.default.clone(max_line_length=998)


def _message(
    settings: Settings,
    to: str,
    subject: str,
    body: str,
    html: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=settings.domain.split(":")[0])
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


async def send_mail(
    settings: Settings,
    to: str,
    subject: str,
    body: str,
    *,
    html: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> bool:
    """True when the mail went out. A mail server that is down or refuses must not break the
    page that sends: the failure is logged, and the caller tells the person or offers a retry."""
    msg = _message(settings, to, subject, body, html, headers)
    try:
        if not settings.sends_mail:
            settings.mail_dir.mkdir(parents=True, exist_ok=True)
            path = settings.mail_dir / f"{uuid.uuid4().hex}.eml"
            path.write_bytes(bytes(msg))
        else:
            await asyncio.to_thread(_send_smtp, settings, msg)
    except (smtplib.SMTPException, OSError) as exc:
        # The subject says which kind of mail; the address stays out of the log.
        log.error("could not send mail %r: %s", subject, exc)
        return False
    return True


def _send_smtp(settings: Settings, msg: EmailMessage) -> None:
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.smtp_tls == "ssl":
        smtp = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=30, context=context)
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30)
    with smtp:
        if settings.smtp_tls == "starttls":
            smtp.starttls(context=context)
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(msg)
