<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="74"/>
        <source>Camera </source>
        <translation>Camera </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="75"/>
        <location filename="../../ui/widgets/camera_preview.py" line="138"/>
        <source>Start camera</source>
        <translation>Start camera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="78"/>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="113"/>
        <source>No camera could be opened. Use the hand scanner.
({error})</source>
        <translation>No camera could be opened. Use the hand scanner.
({error})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="123"/>
        <source>Stop camera</source>
        <translation>Stop camera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="152"/>
        <source>The camera stopped: {error}</source>
        <translation>The camera stopped: {error}</translation>
    </message>
</context>
<context>
    <name>CriticalWarnings</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="18"/>
        <source>Critical warnings: …</source>
        <translation>Critical warnings: …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="20"/>
        <source>Critical warnings: {count}</source>
        <translation>Critical warnings: {count}</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="19"/>
        <source>Unknown item</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="22"/>
        <source>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</source>
        <translation>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="30"/>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="34"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="35"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <source>Lotkeeper — log in</source>
        <translation>Lotkeeper — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41"/>
        <location filename="../../ui/login.py" line="51"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Or scan your badge.</source>
        <translation>Or scan your badge.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100"/>
        <source>Wrong user name, PIN or badge. Try again.</source>
        <translation>Wrong user name, PIN or badge. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>The store could not be read: {error}</source>
        <translation>The store could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>LotDetails</name>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="17"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="18"/>
        <source>GTIN / UDI-DI</source>
        <translation>GTIN / UDI-DI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="19"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="20"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="21"/>
        <source>Quantity on label</source>
        <translation>Quantity on label</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="39"/>
        <source>{name} (provisional)</source>
        <translation>{name} (provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="41"/>
        <source>Unknown item</source>
        <translation>Unknown item</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Lotkeeper — medical device stock</source>
        <translation>Lotkeeper — medical device stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>quality</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override.py" line="21"/>
        <source>Supervisor decision</source>
        <translation>Supervisor decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="33"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="34"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="35"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="39"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <location filename="../../ui/screens/picking.py" line="56"/>
        <source>department request number</source>
        <translation>department request number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="59"/>
        <source>GTIN of the item</source>
        <translation>GTIN of the item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="63"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="67"/>
        <source>Supervisor override…</source>
        <translation>Supervisor override…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="72"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="73"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="78"/>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="84"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="85"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="86"/>
        <source>Take lot (FEFO)</source>
        <translation>Take lot (FEFO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="87"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="88"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="104"/>
        <source>Picking</source>
        <translation>Picking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="150"/>
        <source>Item {di} is not known here</source>
        <translation>Item {di} is not known here</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="182"/>
        <source>✔ picked lot {lot}</source>
        <translation>✔ picked lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="184"/>
        <source>no usable stock</source>
        <translation>no usable stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="186"/>
        <source>to pick</source>
        <translation>to pick</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="214"/>
        <source>This item is not on the pick list</source>
        <translation>This item is not on the pick list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="215"/>
        <source>Add a line for it first, or scan an item from the list.</source>
        <translation>Add a line for it first, or scan an item from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="221"/>
        <source>No usable stock of this item</source>
        <translation>No usable stock of this item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="254"/>
        <source>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</source>
        <translation>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="258"/>
        <source>Pick lot {lot} inside the do-not-issue window? Give the reason.</source>
        <translation>Pick lot {lot} inside the do-not-issue window? Give the reason.</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../ui/screens/put_away.py" line="31"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>from the label (AI 30/37), else 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="33"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="34"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="35"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="40"/>
        <source>Put-away / move</source>
        <translation>Put-away / move</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="50"/>
        <source>no expiry date</source>
        <translation>no expiry date</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>expired {date} ({days} days ago)</source>
        <translation>expired {date} ({days} days ago)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="56"/>
        <source>expires {date} ({days} days left)</source>
        <translation>expires {date} ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="63"/>
        <source>product code (GTIN)</source>
        <translation>product code (GTIN)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>lot</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="66"/>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="75"/>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>Waiting for the {missing} barcode</source>
        <translation>Waiting for the {missing} barcode</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="78"/>
        <source>Scan the other barcode on the same pack.</source>
        <translation>Scan the other barcode on the same pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>Received {qty} of lot {lot}</source>
        <translation>Received {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>Moved {qty} of lot {lot}</source>
        <translation>Moved {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>Picked {qty} of lot {lot}</source>
        <translation>Picked {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>Done: lot {lot}</source>
        <translation>Done: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Put in quarantine on receipt</source>
        <translation>Put in quarantine on receipt</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98"/>
        <source>Waiting for QC release before use</source>
        <translation>Waiting for QC release before use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="101"/>
        <source>Approved by supervisor {name}</source>
        <translation>Approved by supervisor {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>Lot {lot} expired on {expiry}: do not use</source>
        <translation>Lot {lot} expired on {expiry}: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Lot {lot} is inside the do-not-issue window ({days} days left)</source>
        <translation>Lot {lot} is inside the do-not-issue window ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="126"/>
        <source>Lot {lot} is waiting for QC release</source>
        <translation>Lot {lot} is waiting for QC release</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Lot {lot} was rejected by QC: do not use</source>
        <translation>Lot {lot} was rejected by QC: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="132"/>
        <source>Lot {lot} is in quarantine</source>
        <translation>Lot {lot} is in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133"/>
        <source>Lot {lot} is recalled: do not use</source>
        <translation>Lot {lot} is recalled: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="134"/>
        <source>Wrong lot: take lot {fefo} first</source>
        <translation>Wrong lot: take lot {fefo} first</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="135"/>
        <source>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</source>
        <translation>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="138"/>
        <source>Item {di} is not known here</source>
        <translation>Item {di} is not known here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="139"/>
        <source>Lot {lot} was never received here</source>
        <translation>Lot {lot} was never received here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>There is no location {location}</source>
        <translation>There is no location {location}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Lot {lot} is not at this location</source>
        <translation>Lot {lot} is not at this location</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="148"/>
        <source>The label does not match lot {lot} as recorded</source>
        <translation>The label does not match lot {lot} as recorded</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>Short-dated: lot {lot} has only {days} days left</source>
        <translation>Short-dated: lot {lot} has only {days} days left</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="154"/>
        <source>This serial number was already received</source>
        <translation>This serial number was already received</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="157"/>
        <source>The quantity entered does not match the label</source>
        <translation>The quantity entered does not match the label</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="160"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="166"/>
        <source>This cannot be done as asked</source>
        <translation>This cannot be done as asked</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="167"/>
        <source>Unknown or inactive user</source>
        <translation>Unknown or inactive user</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="168"/>
        <source>Wrong user name or PIN</source>
        <translation>Wrong user name or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="169"/>
        <source>Your role may not do this</source>
        <translation>Your role may not do this</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="170"/>
        <source>This block cannot be overridden</source>
        <translation>This block cannot be overridden</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="173"/>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="174"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>First expiry first out: lot {fefo} at {location}, {expiry}</source>
        <translation>First expiry first out: lot {fefo} at {location}, {expiry}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="198"/>
        <source>At least {limit} days are required: a supervisor must accept it.</source>
        <translation>At least {limit} days are required: a supervisor must accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="202"/>
        <source>Do-not-issue window: {window} days. A supervisor may override.</source>
        <translation>Do-not-issue window: {window} days. A supervisor may override.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="208"/>
        <source>It is at: {places}</source>
        <translation>It is at: {places}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>Do not use it: a supervisor must check the label and the record.</source>
        <translation>Do not use it: a supervisor must check the label and the record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="216"/>
        <source>Label: {scanned}, entered: {entered}</source>
        <translation>Label: {scanned}, entered: {entered}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="220"/>
        <source>Expired, held, recalled or QC-blocked stock goes through quarantine.</source>
        <translation>Expired, held, recalled or QC-blocked stock goes through quarantine.</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../ui/screens/receiving.py" line="36"/>
        <source>supplier code, optional</source>
        <translation>supplier code, optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="39"/>
        <source>delivery note number</source>
        <translation>delivery note number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="43"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>from the label (AI 30/37), else 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="44"/>
        <source>Receive the last scan again</source>
        <translation>Receive the last scan again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="49"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="50"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="51"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="52"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="59"/>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="127"/>
        <source>Unknown item: give it a name</source>
        <translation>Unknown item: give it a name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="128"/>
        <source>The scan is kept; it is received once the item has a name.</source>
        <translation>The scan is kept; it is received once the item has a name.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="160"/>
        <source>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</source>
        <translation>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="57"/>
        <source>Scan anywhere on this screen — no need to click a field.</source>
        <translation>Scan anywhere on this screen — no need to click a field.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPlaceholder</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="32"/>
        <source>Sync: offline / not configured</source>
        <translation>Sync: offline / not configured</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/workers.py" line="185"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
