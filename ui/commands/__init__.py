"""The command line's modules for the site store, one per command group.

main.py's command table names each command's module; a module registers its
commands (`register(subparsers)`) and each command runs as `func(args) ->
exit code`. The shared options (`--db`, credentials, JSON output, errors)
live in `app.cli.options`. Commands that need the centre or the desktop live
in their own layer (`sync.cli`, `sync.recall_cli`, `ui.cli`), parse and
decode in `scanning.cli`.
"""
