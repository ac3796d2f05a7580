"""Notifications: queued with their cause, delivered by real SMTP and HTTP on loopback, retried."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.adapters.notify_channels import ROBOT_TEXT_BYTES, EmailChannel, WebhookChannel
from app.domain.clock import FixedClock
from app.domain.identity import Actor
from app.domain.notifications import Channel, Notice, NoticeCode
from app.domain.recall import NewRecall, RecallScope, ScopeKind
from app.services.commands import CreateRecall, RaiseAlerts, SetSiteSetting
from app.services.notifications import Message, queue
from app.services.notify_send import SendSummary, send_due
from tests.integration.core.store_kit import GAUZE, STENT, TODAY, World, days, scan
from tests.integration.notify.conftest import (
    SMTP_PASSWORD,
    SMTP_USER,
    Robot,
    SmtpServer,
    free_port,
)
from tests.integration.one_path.test_entry_points import main_py

CRITICAL = scan(STENT, "ST-7", days(40))  # an implant: critical from 45 days


def configure(world: World, tmp_path: Path, smtp_port: int, ca: Path | None, hook: str) -> None:
    """The site's notification settings, set as `config` sets them (through the bus)."""
    secret = tmp_path / "smtp-password"
    secret.write_text(SMTP_PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o600)
    values = {
        "notify.smtp_host": "127.0.0.1",
        "notify.smtp_port": str(smtp_port),
        "notify.smtp_user": SMTP_USER,
        "notify.smtp_password_file": str(secret),
        "notify.smtp_from": "store@hospital.example.cn",
        "notify.smtp_ca_file": str(ca or ""),
        "notify.webhook_url": hook,
        "notify.email.sup": "li@hospital.example.cn",
        "notify.email.sup2": "ma@hospital.example.cn",
    }
    for key, value in values.items():
        result = world.run(world.people["admin"], SetSiteSetting(key, value))
        assert result.ok, result


def rows(world: World) -> list[tuple[str, str, str, str]]:
    return sorted(
        world.sql("SELECT code, channel, recipient, status FROM notifications ORDER BY id")
    )


def send(world: World, clock: FixedClock) -> SendSummary:
    with world.store.uow(read_only=True) as uow:
        channels = {
            Channel.EMAIL: EmailChannel.from_settings(uow.settings),
            Channel.WEBHOOK: WebhookChannel.from_settings(uow.settings),
        }
    return send_due(world.store.uow, clock, Actor.system("test-device"), channels)


def test_a_critical_warning_is_queued_once_per_recipient_in_its_own_transaction(
    world: World, tmp_path: Path, robot: Robot
) -> None:
    configure(world, tmp_path, free_port(), None, robot.url)
    refused = world.do("receive", CRITICAL, qty=5, location="NOWHERE")
    assert not refused.ok and rows(world) == []  # refused: nothing raised, nothing queued

    assert world.do("receive", CRITICAL, qty=5, location="RCV").ok

    assert rows(world) == [
        ("CRITICAL_WARNING", "email", "sup", "pending"),
        ("CRITICAL_WARNING", "email", "sup2", "pending"),
        ("CRITICAL_WARNING", "tray", "desk", "pending"),
        ("CRITICAL_WARNING", "webhook", "group", "pending"),
    ]
    assert world.do("move", CRITICAL, qty=2, location="RCV", to="A1").ok
    [(cause,)] = world.sql("SELECT DISTINCT cause FROM notifications")
    again = Notice(NoticeCode.CRITICAL_WARNING, cause, {}, ("sup", "sup2"))
    with world.store.uow() as uow:
        assert queue(uow, world.clock.now(), again) == 0  # one key per cause and recipient
        uow.commit()
    assert len(rows(world)) == 4
    audit = world.sql("SELECT action FROM audit WHERE action = 'queue_notification'")
    assert audit == [("queue_notification",)]


def test_queued_notifications_reach_smtp_with_starttls_and_the_robot_once(
    world: World, tmp_path: Path, smtp_server: SmtpServer, robot: Robot
) -> None:
    configure(world, tmp_path, smtp_server.port, smtp_server.ca_file, robot.url)
    world.clock = FixedClock(datetime.now(UTC))  # `notify send` runs on the real clock
    soon = scan(STENT, "ST-7", world.clock.today() + timedelta(days=40))
    assert world.do("receive", soon, qty=5, location="RCV").ok

    sent = main_py("notify", "send", "--db", world.path, home=tmp_path)
    again = main_py("notify", "send", "--db", world.path, home=tmp_path)

    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout) == {"sent": 3, "failed": 0}
    assert json.loads(again.stdout) == {"sent": 0, "failed": 0}
    assert sorted(smtp_server.box.recipients) == [
        "li@hospital.example.cn",
        "ma@hospital.example.cn",
    ]
    mail = smtp_server.box.messages[0]
    assert "严重预警" in str(mail["Subject"]) and "Critical warning" in str(mail["Subject"])
    text = mail.get_content()
    assert "批号 ST-7" in text and "Lot ST-7" in text
    [body] = robot.bodies
    assert body["msgtype"] == "text" and "ST-7" in body["text"]["content"]
    listed = [
        json.loads(line)
        for line in main_py("notify", "list", "--db", world.path, home=tmp_path).stdout.splitlines()
    ]
    assert sorted((r["channel"], r["status"], r["via"]) for r in listed) == [
        ("email", "sent", "smtp"),
        ("email", "sent", "smtp"),
        ("tray", "pending", ""),  # the desktop app's to show
        ("webhook", "sent", "webhook"),
    ]


def test_a_receiver_that_is_down_or_answers_500_is_retried_never_lost_never_duplicated(
    world: World, tmp_path: Path, robot: Robot
) -> None:
    configure(world, tmp_path, free_port(), None, f"http://127.0.0.1:{free_port()}/hook")
    assert world.do("receive", CRITICAL, qty=5, location="RCV").ok
    clock = FixedClock(world.clock.now())

    down = send(world, clock)
    assert (down.sent, down.failed) == (0, 3)
    failed = world.sql(
        "SELECT status, attempts, last_error FROM notifications WHERE channel != 'tray'"
    )
    assert all(
        status == "pending" and attempts == 1 and error for status, attempts, error in failed
    )
    assert send(world, clock).failed == 0  # not due again before its wait

    world.run(world.people["admin"], SetSiteSetting("notify.webhook_url", robot.url))
    robot.status = 500
    clock.advance(timedelta(minutes=1))
    assert send(world, clock).failed == 3  # the robot answers 500; SMTP is still down
    assert len(robot.bodies) == 1 and robot.accepted == []

    robot.status = 200
    clock.advance(timedelta(minutes=2))
    third = send(world, clock)
    clock.advance(timedelta(hours=2))
    fourth = send(world, clock)

    assert (third.sent, fourth.sent) == (1, 0)
    assert len(robot.accepted) == 1
    [(attempts, status)] = world.sql(
        "SELECT attempts, status FROM notifications WHERE channel = 'webhook'"
    )
    assert (attempts, status) == (3, "sent")
    [(mail_attempts,)] = world.sql(
        "SELECT DISTINCT attempts FROM notifications WHERE channel = 'email'"
    )
    assert mail_attempts == 4  # still trying, still pending
    assert world.sql("SELECT DISTINCT status FROM notifications WHERE channel = 'email'") == [
        ("pending",)
    ]


def test_an_smtp_server_without_starttls_gets_nothing_in_clear(
    world: World, tmp_path: Path, plain_smtp_server: SmtpServer, robot: Robot
) -> None:
    configure(world, tmp_path, plain_smtp_server.port, None, robot.url)
    assert world.do("receive", CRITICAL, qty=5, location="RCV").ok

    summary = send(world, FixedClock(world.clock.now()))

    assert (summary.sent, summary.failed) == (1, 2)
    assert plain_smtp_server.box.messages == []
    errors = world.sql("SELECT last_error FROM notifications WHERE channel = 'email'")
    assert all("STARTTLS" in error for (error,) in errors)


def test_each_recall_task_is_queued_for_its_people(
    world: World, tmp_path: Path, robot: Robot
) -> None:
    configure(world, tmp_path, free_port(), None, robot.url)
    world.stocked(STENT, "ST-1", days(300), 4, location="A1")
    assert world.do("pick", scan(STENT, "ST-1", days(300)), qty=1, location="A1", to="WARD").ok

    new = NewRecall(RecallScope(STENT, ScopeKind.LOTS, lots=("ST-1",)), 1, "seal defect")
    assert world.run(world.people["qa"], CreateRecall(new)).ok

    tasks = world.sql(
        "SELECT cause, channel, recipient FROM notifications WHERE code = 'RECALL_TASK' "
        "ORDER BY cause, channel, recipient"
    )
    causes = sorted({cause.rsplit(":", 1)[1] for cause, _, _ in tasks})
    assert causes == ["A1", "WARD"]  # the bin holding it, the ward that received it
    assert {(c, r) for _, c, r in tasks} == {
        ("email", "sup"),
        ("email", "sup2"),
        ("tray", "desk"),
        ("webhook", "group"),
    }


def test_the_days_overdue_digest_reaches_mail_and_the_robot_chinese_first(
    world: World, tmp_path: Path, smtp_server: SmtpServer, robot: Robot
) -> None:
    configure(world, tmp_path, smtp_server.port, smtp_server.ca_file, robot.url)
    world.on(TODAY - timedelta(days=20))
    world.stocked(GAUZE, "G1", days(20), 10, location="A1")
    world.on(TODAY)
    assert world.run(Actor.system("test-device"), RaiseAlerts()).ok  # a warning, due in 3 days
    [(alert, due)] = world.sql(
        "SELECT id, substr(due_at, 1, 10) FROM alerts WHERE superseded_at IS NULL"
    )
    world.on(TODAY + timedelta(days=4))
    assert world.run(Actor.system("test-device"), RaiseAlerts()).detail["escalated"] == 1

    summary = send(world, FixedClock(world.clock.now()))

    assert (summary.sent, summary.failed) == (3, 0)  # the tray's is the desktop app's to show
    assert sorted(smtp_server.box.recipients) == [
        "li@hospital.example.cn",
        "ma@hospital.example.cn",
    ]
    mail = smtp_server.box.messages[0]
    assert str(mail["Subject"]) == "[Lotkeeper] 处置超期 / Dispositions overdue"
    text = mail.get_content()
    chinese, english = text.index("1 条预警的处置已超期"), text.index("of 1 warning(s) is overdue")
    assert chinese < english
    line = f"{alert} / {GAUZE} / G1 / {due}"
    assert text.count(line) == 2 and f"预警号：{alert}。" in text and f"Warnings: {alert}." in text
    [body] = robot.bodies
    assert line in body["text"]["content"] and "处置超期" in body["text"]["content"]


def test_notification_settings_are_checked_before_they_are_kept(world: World) -> None:
    admin = world.people["admin"]
    for key, value, code in (
        ("notify.webhook_url", "ftp://robot", "BAD_SETTING"),
        ("notify.email.sup", "not an address", "BAD_SETTING"),
        ("notify.smtp_port", "70000", "BAD_SETTING"),
        ("notify.smtp_colour", "blue", "UNKNOWN_SETTING"),
    ):
        assert world.run(admin, SetSiteSetting(key, value)).code.value == code
    assert world.sql("SELECT key FROM settings WHERE key LIKE 'notify.%'") == []


def test_a_message_longer_than_the_robot_takes_reaches_it_cut_to_fit(robot: Robot) -> None:
    """A robot refuses a text over 2,048 bytes; sent whole, the digest would fail forever."""
    lines = "\n".join(f"批次 B{n:07d} 到期 2026-12-31" for n in range(400))
    long = Message("召回任务 / Recall task", lines)
    assert len(long.text.encode()) > 4 * ROBOT_TEXT_BYTES
    assert WebhookChannel(robot.url)({}, long) == "webhook"
    [body] = robot.accepted
    content = body["text"]["content"]
    assert len(content.encode()) <= ROBOT_TEXT_BYTES
    assert content.startswith("召回任务 / Recall task\n批次 B0000000") and content.endswith("…")
    short = Message("库存 / Stock", "一行")
    assert WebhookChannel(robot.url)({}, short) == "webhook"
    assert robot.accepted[-1]["text"]["content"] == "库存 / Stock\n一行"
