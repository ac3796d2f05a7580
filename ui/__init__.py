"""Lotkeeper's desktop client (PySide6). Thin: widgets turn gestures into service
calls and DTOs into pixels; every rule lives in `app/`.

Layout
------
app.py              run_gui(): store, logging, backup, language, style, log-in, window
session.py          Session: the authenticated Actor, the store, the clock, the DB writer,
                    the task runner and sounds; one per log-in, handed to every screen
operations.py       ActionOp (a command on the writer) and QueryOp (a read off the UI
                    thread); a failure shows in words by default
shell.py            log-in, the idle lock, log-out and switch user: sessions come and go
signatures.py       a second person's name and PIN, checked on the writer
screen.py           Screen: the base class of every main screen (the screen API below)
screens/__init__.py SCREENS: the ordered list of main screens (navigation F1..F9,
                    screenshots)
main_window.py      navigation, stacked screens, status bar (user, open warnings,
                    sync); raises the day's alerts; the idle lock's clock
scanner_input.py    keyboard-wedge scans anywhere on a scan screen, typing still works
workers.py          DbWriter (one serial SQLite writer thread) and TaskRunner (long
                    work with progress and cancel); callbacks return on the UI thread
reasons.py          reason code -> translated sentence and band tone
widgets/            result band, camera preview, status widgets
dialogs/            supervisor override, item name
i18n.py, style.py   translations (.qm in resources/translations), style sheet, fonts
commands/           every `main.py` sub-command, one module per group (its parser and
                    run functions; options.py: --db, credentials, emit, fail); main.py's
                    table names each "module:function". screenshots.py renders every
                    screen offscreen. Nothing in ui/__init__.py or commands/ imports Qt
                    when imported, so headless commands never load it.

The demo the screenshots show (the demo store, made-up scans, the recall case) is
app/demo (its catalogue is data: resources/demo/catalogue.json): no Qt there, so
`main.py demo` and a first start share it.

Adding a screen
---------------
1. Write ``ui/screens/<name>.py`` with a subclass of ``ui.screen.Screen``::

       class StockScreen(Screen):
           key = "stock"                 # stable id (screenshots file name, show_screen)
           permission = Action.RECEIVE   # app.domain.permissions.Action; roles
                                         # not permitted it do not see the screen
           accepts_scans = True          # route scanner bursts to handle_scan()

           def __init__(self, session: Session, parent: QWidget | None = None) -> None:
               super().__init__(session, parent)
               ...build widgets; every string via self.tr("...")

           def title(self) -> str:
               return self.tr("Stock")

           def handle_scan(self, text: str) -> None:   # only if accepts_scans
               ...

           def activated(self) -> None:   # shown again: refresh reads (off the UI thread)
               ...

           def when_settled(self, then) -> None:  # only if the first read is heavy: call
               ...                        # then() once it is on screen (the window's
                                          # day's raise waits for it; see the dashboard)

           def demo(self) -> None:        # screenshots: show a representative state
               ...                        # (made-up scans and cases: app/demo)

2. Add the class to ``SCREENS`` in ``ui/screens/__init__.py`` (one line). The order
   there is the navigation order and the F-key (F1 for the first).
3. Reads: ``QueryOp(self, self.session, lambda uow: some_read(uow, ...)).success(show).run()``
   runs an app.services read off the UI thread on a read-only unit of work. Tables
   too big to load are ``ui.widgets.paged_table.PagedModel`` (a page at a time);
   small ones ``SimpleTable`` (a model over rows already read).
   Actions: ``ActionOp(self, self.session, SomeCommand(...)).success(on_result).run()``
   executes the command on the serial writer as the session's person (`.signed_by` for
   a PIN typed at the station, `.as_device()` for the device's own derived writes);
   ``on_result(ActionResult)`` runs on the UI thread and the status bar's warning count
   refreshes by itself. A failure shows in the screen's band in words unless
   ``.failure(...)`` says otherwise; nothing is ever silent.
4. Feedback: put a ``ui.widgets.result_band.ResultBand`` on the screen and show
   ``ui.reasons.describe(result, action, today)``; ``self.session.sounds.play_for(band.tone)``.
5. Run ``sh ui/update_translations.sh`` to refresh the .ts files, translate the new
   strings in ``resources/translations/lotkeeper_zh_CN.ts`` and commit the .ts and .qm.
   tests/ui/test_translations.py fails while a string lacks its Chinese.
6. Test it offscreen in ``tests/ui/test_<name>_screen.py``:
   ``open_screen(qtbot, operator_session, StockScreen, key_clock)`` (tests/ui/screens_kit.py)
   on a copy of the screens' store (``SCREENS`` in tests/ui/store_builder.py: its items,
   people and lots). Every test store comes from one builder, ``tests/stores.py``.
"""
