"""Every `main.py` sub-command: one module per command group, its parser and its run functions.

main.py's command table names each command's "module:function" here (the
function is the module's `register(subparsers)`), imported only when that
command runs; each command runs as `func(args) -> exit code`. The shared
options (`--db`, credentials, JSON output, errors) live in `options.py`.
This package sits in the top layer because it is the one place that may
import app, sync, printing and scanning alike; nothing here (nor
ui/__init__.py) imports Qt at import time, so a headless command never
loads it, and `parse` loads only the scanning layer.

Adding a command: a module here with `register(sub)` adding its parser(s)
and `set_defaults(func=cmd_x)`; each `cmd_x(args) -> int` builds a command
and hands it to `app.services.bus.execute` (writes) or calls a read
service, and answers with `options.emit`/`options.fail`; then one line per
command in main.py's `COMMANDS` with its one-line help.
"""
