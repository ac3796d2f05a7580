"""The core's use cases: one command path, and the reads the screens and reports make.

Every change to a site store is a command executed by
`app.services.bus.execute(uow, clock, actor, command)`: the screens (through
ui.operations.ActionOp), `batch`, every CLI command and sync apply call it,
and nothing else writes. The executor checks that the actor is an active
user permitted the command's action, runs the handler in one transaction,
raises the tier alerts the change made due, and writes the audit entry and
outbox event of every change the handler reported (`ctx.change`).

Adding an action
----------------
1. The command: a frozen dataclass in `commands.py`, with `action` naming its
   permission. It says what is asked, never who asks or when.
2. Its permission: a member of `app.domain.permissions.Action` and its roles
   in `PERMISSIONS` (the rule book says who may).
3. Its handler: `def handler(ctx: Context, cmd: TheCommand) -> ActionResult`
   in the module of its subject, listed in that module's `HANDLERS`, which
   `bus.py` gathers. Check with the `Context` helpers (`parsed_scan`,
   `existing_lot`, `stock_location`, `refuse_unless_overridden`,
   `second_person`...), refuse with `Refused(Code.X, "English for the log",
   **data)`, record stock with `ctx.record(...)` and any other change with
   `ctx.change(action, entity, id, before, after, event)`.
4. Its codes: a new refusal code goes in `app.errors.Code`; its words in
   `ui/reasons.py` (then `sh ui/update_translations.sh` and the zh_CN
   translation in resources/translations).
5. Its entry points build the command: a screen through `ActionOp`, a batch
   line in `ui/commands/batch.py`, a CLI command with `ui.commands.options.actor`.
   Test it from each (tests/integration/one_path shows how).
"""
