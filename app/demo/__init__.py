"""The demo: a store with months of history, the scans and the recall the screenshots show.

store.py    create_demo(): a realistic store made through the real command path
scans.py    scans made up from a store's own data (receiving, picking, put-away)
recall.py   the recall screen's case: issued, one department notified, a shelf collected

`main.py demo` makes the store, a first start of the desktop app too; the
screenshots (`main.py screenshots`, ui/commands/screenshots.py) are the part
that needs Qt, so they live in the ui layer and use these through `Screen.demo`.
"""
