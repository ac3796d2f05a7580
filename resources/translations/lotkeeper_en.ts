<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="138"/>
        <source>Patient record, or why it is written off</source>
        <translation>Patient record, or why it is written off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="139"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="142"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="143"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="144"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="145"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="146"/>
        <source>Reason / note</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="157"/>
        <source>{lot} (out in departments: {out})</source>
        <translation>{lot} (out in departments: {out})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="173"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
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
    <name>Codes</name>
    <message>
        <location filename="../../ui/code_words.py" line="22"/>
        <source>Class I</source>
        <comment>recall_level:1</comment>
        <translation>Class I</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="23"/>
        <source>Class II</source>
        <comment>recall_level:2</comment>
        <translation>Class II</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="24"/>
        <source>Class III</source>
        <comment>recall_level:3</comment>
        <translation>Class III</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="25"/>
        <source>Manufacturer</source>
        <comment>recall_source:manufacturer</comment>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="28"/>
        <source>Regulator</source>
        <comment>recall_source:regulator</comment>
        <translation>Regulator</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="29"/>
        <source>Internal QA</source>
        <comment>recall_source:internal_qa</comment>
        <translation>Internal QA</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="30"/>
        <source>Open</source>
        <comment>recall_status:open</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="31"/>
        <source>In progress</source>
        <comment>recall_status:in_progress</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="32"/>
        <source>Closed</source>
        <comment>recall_status:closed</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="33"/>
        <source>Not held</source>
        <comment>hold:none</comment>
        <translation>Not held</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="34"/>
        <source>Quarantine</source>
        <comment>hold:quarantine</comment>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="35"/>
        <source>Recalled</source>
        <comment>hold:recall</comment>
        <translation>Recalled</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="36"/>
        <source>Used on a patient</source>
        <comment>account_kind:used_on_patient</comment>
        <translation>Used on a patient</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="39"/>
        <source>Written off</source>
        <comment>account_kind:written_off</comment>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="40"/>
        <source>Receipt</source>
        <comment>movement:receive</comment>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="41"/>
        <source>Move</source>
        <comment>movement:move</comment>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="42"/>
        <source>Issue</source>
        <comment>movement:pick</comment>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="43"/>
        <source>Return from a department</source>
        <comment>movement:return</comment>
        <translation>Return from a department</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="44"/>
        <source>Hold</source>
        <comment>movement:quarantine</comment>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="45"/>
        <source>Hold released</source>
        <comment>movement:release</comment>
        <translation>Hold released</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="46"/>
        <source>QC release</source>
        <comment>movement:qc_release</comment>
        <translation>QC release</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="47"/>
        <source>QC reject</source>
        <comment>movement:qc_reject</comment>
        <translation>QC reject</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="48"/>
        <source>Disposal</source>
        <comment>movement:dispose</comment>
        <translation>Disposal</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="49"/>
        <source>Return to supplier</source>
        <comment>movement:return_to_supplier</comment>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="52"/>
        <source>Count adjustment</source>
        <comment>movement:count_adjust</comment>
        <translation>Count adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="53"/>
        <source>Centre</source>
        <comment>actor:centre</comment>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="54"/>
        <source>Issued</source>
        <comment>recall_step:issued</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="55"/>
        <source>Locked at {place}</source>
        <comment>recall_step:locked</comment>
        <translation>Locked at {place}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="56"/>
        <source>Notified {place}</source>
        <comment>recall_step:notified</comment>
        <translation>Notified {place}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="57"/>
        <source>All accounted for</source>
        <comment>recall_step:recovered</comment>
        <translation>All accounted for</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="58"/>
        <source>Closed</source>
        <comment>recall_step:closed</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="59"/>
        <source>GTIN {di}, lots {lots}</source>
        <comment>recall_scope:lots</comment>
        <translation>GTIN {di}, lots {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="60"/>
        <source>GTIN {di}, all lots</source>
        <comment>recall_scope:all_lots</comment>
        <translation>GTIN {di}, all lots</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="61"/>
        <source>GTIN {di}, produced {start} to {end}</source>
        <comment>recall_scope:produced</comment>
        <translation>GTIN {di}, produced {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="64"/>
        <source>GTIN {di}, {n} serial(s)</source>
        <comment>recall_scope:serials</comment>
        <translation>GTIN {di}, {n} serial(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="67"/>
        <source>opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:create_recall</comment>
        <translation>opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="72"/>
        <source>received a {level} recall from the centre (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:receive_recall</comment>
        <translation>received a {level} recall from the centre (source: {source}): {reason}; {scope}; deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="78"/>
        <source>blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)</source>
        <comment>audit:apply_recall</comment>
        <translation>blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="83"/>
        <source>drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)</source>
        <comment>audit:apply_drill</comment>
        <translation>drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="88"/>
        <source>lot {lot}, received after the recall, joined the case</source>
        <comment>audit:recall_lot</comment>
        <translation>lot {lot}, received after the recall, joined the case</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="91"/>
        <source>status changed from {before} to {after}</source>
        <comment>audit:recall_status</comment>
        <translation>status changed from {before} to {after}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="94"/>
        <source>notified {departments}</source>
        <comment>audit:recall_notified</comment>
        <translation>notified {departments}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="97"/>
        <source>attached evidence {file} for lot {lot}: {note}</source>
        <comment>audit:recall_evidence</comment>
        <translation>attached evidence {file} for lot {lot}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="100"/>
        <source>attached evidence {file} to the case: {note}</source>
        <comment>audit:case_evidence</comment>
        <translation>attached evidence {file} to the case: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="103"/>
        <source>{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}</source>
        <comment>audit:recall_account</comment>
        <translation>{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="108"/>
        <source>signed off and closed the case ({recovered} of {affected} recovered, {documented} documented); status changed from {before} to {after}</source>
        <comment>audit:close_recall</comment>
        <translation>signed off and closed the case ({recovered} of {affected} recovered, {documented} documented); status changed from {before} to {after}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="114"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}</source>
        <comment>audit:movement</comment>
        <translation>{movement}: lot {lot} ×{quantity}, {route}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="117"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}; {reason}</source>
        <comment>audit:movement_reason</comment>
        <translation>{movement}: lot {lot} ×{quantity}, {route}; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="122"/>
        <source>recorded {action}: {changes}</source>
        <comment>audit:other</comment>
        <translation>recorded {action}: {changes}</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../../ui/screens/counting.py" line="48"/>
        <source>Print location label</source>
        <translation>Print location label</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="51"/>
        <source>Scan a lot on this shelf</source>
        <translation>Scan a lot on this shelf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="56"/>
        <source>Record count</source>
        <translation>Record count</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="63"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="63"/>
        <location filename="../../ui/screens/counting.py" line="76"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="63"/>
        <location filename="../../ui/screens/counting.py" line="75"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="63"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="64"/>
        <source>Counted qty</source>
        <translation>Counted qty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="64"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="64"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="67"/>
        <source>Approve variance…</source>
        <translation>Approve variance…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="80"/>
        <source>Counted quantity</source>
        <translation>Counted quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="82"/>
        <source>Variances awaiting a supervisor</source>
        <translation>Variances awaiting a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="91"/>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="141"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="145"/>
        <source>Lot {lot} (GTIN {di})</source>
        <translation>Lot {lot} (GTIN {di})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="164"/>
        <source>Count matches: lot {lot}</source>
        <translation>Count matches: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="169"/>
        <source>Variance {variance:+d} on lot {lot}: awaits a supervisor</source>
        <translation>Variance {variance:+d} on lot {lot}: awaits a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="172"/>
        <source>Stock is unchanged until a supervisor approves the count.</source>
        <translation>Stock is unchanged until a supervisor approves the count.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="175"/>
        <source>Scan the next lot</source>
        <translation>Scan the next lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="192"/>
        <source>Book the variance {variance:+d} of lot {lot} at {location}?</source>
        <translation>Book the variance {variance:+d} of lot {lot} at {location}?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="214"/>
        <source>Variance approved and booked: lot {lot}</source>
        <translation>Variance approved and booked: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="229"/>
        <source>Location label {code}</source>
        <translation>Location label {code}</translation>
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
    <name>DrillReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="34"/>
        <source>Drill report {id}</source>
        <translation>Drill report {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="38"/>
        <location filename="../../ui/dialogs/drill_report.py" line="66"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="41"/>
        <source>{scope} · {level} · deadline {deadline}
Departments notified: {done} of {all}, the last {slowest} after issue.
Recovered {recovered} of {affected}; documented {documented}; unaccounted {unaccounted}.</source>
        <translation>{scope} · {level} · deadline {deadline}
Departments notified: {done} of {all}, the last {slowest} after issue.
Recovered {recovered} of {affected}; documented {documented}; unaccounted {unaccounted}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="59"/>
        <source>This is a real recall, not a drill.</source>
        <translation>This is a real recall, not a drill.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>After issue</source>
        <translation>After issue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="70"/>
        <source>Print the close-out report</source>
        <translation>Print the close-out report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="74"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="71"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="72"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="90"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="73"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="74"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="75"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="92"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="76"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="85"/>
        <source>What it shows, e.g. the supplier&apos;s signed receipt</source>
        <translation>What it shows, e.g. the supplier&apos;s signed receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="86"/>
        <source>Attach a photo or scan…</source>
        <translation>Attach a photo or scan…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="111"/>
        <source>the whole case</source>
        <translation>the whole case</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="124"/>
        <source>Attach evidence to {id}</source>
        <translation>Attach evidence to {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="150"/>
        <source>{file} attached to {id}</source>
        <translation>{file} attached to {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="151"/>
        <source>SHA-256 {sha}</source>
        <translation>SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>ExitsPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="71"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="72"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="73"/>
        <source>Quarantine location</source>
        <translation>Quarantine location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="75"/>
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="84"/>
        <source>all in quarantine</source>
        <translation>all in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="89"/>
        <source>The supplier&apos;s return authorisation (RMA) or shipment number</source>
        <translation>The supplier&apos;s return authorisation (RMA) or shipment number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="93"/>
        <source>Ship to the supplier</source>
        <translation>Ship to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="99"/>
        <source>How it was disposed of, e.g. incinerated by the contractor</source>
        <translation>How it was disposed of, e.g. incinerated by the contractor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="101"/>
        <source>Dispose with evidence…</source>
        <translation>Dispose with evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="116"/>
        <source>Quantity per lot</source>
        <translation>Quantity per lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="117"/>
        <source>Return to supplier</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="118"/>
        <source>Dispose of</source>
        <translation>Dispose of</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="146"/>
        <source>(no return bay)</source>
        <translation>(no return bay)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="182"/>
        <source>Lot {lot} of this recall is not in quarantine</source>
        <translation>Lot {lot} of this recall is not in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="185"/>
        <source>Collect it into quarantine first (Tasks tab).</source>
        <translation>Collect it into quarantine first (Tasks tab).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="193"/>
        <source>Lot {lot} chosen</source>
        <translation>Lot {lot} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="221"/>
        <source>Enter the supplier&apos;s return reference first</source>
        <translation>Enter the supplier&apos;s return reference first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="222"/>
        <source>It is recorded with the shipment in the stock ledger.</source>
        <translation>It is recorded with the shipment in the stock ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="243"/>
        <source>{n} unit(s) shipped back to the supplier</source>
        <translation>{n} unit(s) shipped back to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="246"/>
        <source>Lots {lots}. The return note follows.</source>
        <translation>Lots {lots}. The return note follows.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="261"/>
        <source>Say how the goods were disposed of first</source>
        <translation>Say how the goods were disposed of first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="264"/>
        <source>Evidence of the disposal (photo or scan)</source>
        <translation>Evidence of the disposal (photo or scan)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="269"/>
        <source>A disposal needs a photo or scan as evidence</source>
        <translation>A disposal needs a photo or scan as evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="270"/>
        <source>Nothing was disposed of.</source>
        <translation>Nothing was disposed of.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="286"/>
        <source>{n} unit(s) disposed of, with evidence</source>
        <translation>{n} unit(s) disposed of, with evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="289"/>
        <source>Lots {lots}</source>
        <translation>Lots {lots}</translation>
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
    <name>LotPanel</name>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="56"/>
        <source>Scan a lot or choose one in the table</source>
        <translation>Scan a lot or choose one in the table</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="59"/>
        <source>Print lot label</source>
        <translation>Print lot label</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="70"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="71"/>
        <source>Production date</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="72"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="73"/>
        <source>QC result</source>
        <translation>QC result</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="75"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="76"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="85"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="85"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="85"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="89"/>
        <source>Last issue</source>
        <translation>Last issue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="93"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="93"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="93"/>
        <source>Reason / reference</source>
        <translation>Reason / reference</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="100"/>
        <source>Stock per location</source>
        <translation>Stock per location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="101"/>
        <source>Issued per department</source>
        <translation>Issued per department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="103"/>
        <source>Movement history</source>
        <translation>Movement history</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="119"/>
        <source>No such lot here: {why}</source>
        <translation>No such lot here: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="121"/>
        <source>The lot could not be read: {why}</source>
        <translation>The lot could not be read: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="130"/>
        <source>Lot {lot} · {name}</source>
        <translation>Lot {lot} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="136"/>
        <source>{names} — GTIN {di}, model {model}, registration {reg}</source>
        <translation>{names} — GTIN {di}, model {model}, registration {reg}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="151"/>
        <source>{hold} — reason: {reason}</source>
        <translation>{hold} — reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="180"/>
        <source>{qc} ({when}, {who})</source>
        <translation>{qc} ({when}, {who})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="186"/>
        <source>{when}: {qty} from {supplier} into {into}, by {who} {ref}</source>
        <translation>{when}: {qty} from {supplier} into {into}, by {who} {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="192"/>
        <source>never received</source>
        <translation>never received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="200"/>
        <source>Lot label {lot}</source>
        <translation>Lot label {lot}</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="155"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="156"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="157"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="158"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="159"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="160"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="161"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Lotkeeper — medical device stock</source>
        <translation>Lotkeeper — medical device stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>quality</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>NewRecallDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="27"/>
        <source>Open a recall</source>
        <translation>Open a recall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="32"/>
        <source>Listed lots</source>
        <translation>Listed lots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="33"/>
        <source>All lots of the GTIN</source>
        <translation>All lots of the GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="34"/>
        <source>Lots produced in a date range</source>
        <translation>Lots produced in a date range</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="37"/>
        <source>Lot numbers, separated by commas</source>
        <translation>Lot numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="53"/>
        <source>Drill (same workflow and timings, stock is not blocked)</source>
        <translation>Drill (same workflow and timings, stock is not blocked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="65"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="66"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="67"/>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="68"/>
        <source>Produced from / to</source>
        <translation>Produced from / to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="69"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="70"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="71"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="72"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="74"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="75"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="79"/>
        <source>Open the recall</source>
        <translation>Open the recall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="112"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="115"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="119"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="143"/>
        <source>label printer {host}:{port} (ZPL)</source>
        <translation>label printer {host}:{port} (ZPL)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="145"/>
        <source>system printer {name}</source>
        <translation>system printer {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="146"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="149"/>
        <source>PDF file in {folder}</source>
        <translation>PDF file in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="150"/>
        <source>Prints to: {where}</source>
        <translation>Prints to: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="162"/>
        <source>{pages} page(s). Check the preview, then print.</source>
        <translation>{pages} page(s). Check the preview, then print.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="171"/>
        <source>Cannot print this: {why}</source>
        <translation>Cannot print this: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="184"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="191"/>
        <source>Printing failed: {why}</source>
        <translation>Printing failed: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="195"/>
        <source>Printed: {what}</source>
        <translation>Printed: {what}</translation>
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
    <name>QaSignOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="19"/>
        <source>QA sign-off</source>
        <translation>QA sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="28"/>
        <source>QA user</source>
        <translation>QA user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="29"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="33"/>
        <source>Sign and close</source>
        <translation>Sign and close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../ui/screens/quality.py" line="53"/>
        <source>Scan the lot, or type a lot number / GTIN / name</source>
        <translation>Scan the lot, or type a lot number / GTIN / name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="56"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="56"/>
        <location filename="../../ui/screens/quality.py" line="101"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="56"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="56"/>
        <source>QC</source>
        <translation>QC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="57"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="57"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="63"/>
        <location filename="../../ui/screens/quality.py" line="202"/>
        <source>No lot chosen</source>
        <translation>No lot chosen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="68"/>
        <source>Why (required for hold, release and reject)</source>
        <translation>Why (required for hold, release and reject)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="69"/>
        <source>Also move the stock</source>
        <translation>Also move the stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="80"/>
        <source>QC release</source>
        <translation>QC release</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="81"/>
        <source>QC reject</source>
        <translation>QC reject</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="82"/>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="83"/>
        <source>Take off hold</source>
        <translation>Take off hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="93"/>
        <source>Print quarantine label</source>
        <translation>Print quarantine label</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="102"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="105"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="107"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="120"/>
        <source>QC and quarantine</source>
        <translation>QC and quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="148"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="164"/>
        <source>Lots on hold</source>
        <translation>Lots on hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="180"/>
        <source>Lots matching “{text}”</source>
        <translation>Lots matching “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="205"/>
        <source>{name} · lot {lot} · {expiry} · {qc} · {hold}</source>
        <translation>{name} · lot {lot} · {expiry} · {qc} · {hold}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="260"/>
        <source>Lot {lot} released by QC</source>
        <translation>Lot {lot} released by QC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="261"/>
        <source>Lot {lot} rejected by QC</source>
        <translation>Lot {lot} rejected by QC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="262"/>
        <source>Lot {lot} is on hold</source>
        <translation>Lot {lot} is on hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="263"/>
        <source>Lot {lot} is off hold</source>
        <translation>Lot {lot} is off hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="282"/>
        <source>Quarantine label {lot}</source>
        <translation>Quarantine label {lot}</translation>
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
    <name>Recall</name>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="12"/>
        <source>Level 1 (1 day)</source>
        <translation>Level 1 (1 day)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="13"/>
        <source>Level 2 (3 days)</source>
        <translation>Level 2 (3 days)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="14"/>
        <source>Level 3 (7 days)</source>
        <translation>Level 3 (7 days)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="21"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="22"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="23"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="30"/>
        <source>manufacturer notice</source>
        <translation>manufacturer notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="31"/>
        <source>regulator</source>
        <translation>regulator</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="32"/>
        <source>internal QA</source>
        <translation>internal QA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="39"/>
        <source>collect from shelf</source>
        <translation>collect from shelf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="40"/>
        <source>notify department</source>
        <translation>notify department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="47"/>
        <source>used on a patient</source>
        <translation>used on a patient</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="48"/>
        <source>written off</source>
        <translation>written off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="56"/>
        <source>GTIN {di}, lots {lots}</source>
        <translation>GTIN {di}, lots {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="60"/>
        <source>GTIN {di}, all lots</source>
        <translation>GTIN {di}, all lots</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="62"/>
        <source>GTIN {di}, produced {start} to {end}</source>
        <translation>GTIN {di}, produced {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="65"/>
        <source>GTIN {di}, {n} serial(s)</source>
        <translation>GTIN {di}, {n} serial(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="71"/>
        <source>drill</source>
        <translation>drill</translation>
    </message>
</context>
<context>
    <name>RecallCase</name>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="37"/>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="39"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="40"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="72"/>
        <source>Choose a recall in the list</source>
        <translation>Choose a recall in the list</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="77"/>
        <source>%v of %m recovered</source>
        <translation>%v of %m recovered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="84"/>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <location filename="../../ui/widgets/recall_case.py" line="107"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="85"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="86"/>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="87"/>
        <source>On shelves</source>
        <translation>On shelves</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="88"/>
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="89"/>
        <source>Out in departments</source>
        <translation>Out in departments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="90"/>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="91"/>
        <source>Used on patients</source>
        <translation>Used on patients</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="92"/>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="93"/>
        <source>Unaccounted</source>
        <translation>Unaccounted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <location filename="../../ui/widgets/recall_case.py" line="106"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="105"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="47"/>
        <location filename="../../ui/widgets/recall_case.py" line="108"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="109"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="110"/>
        <source>Still out</source>
        <translation>Still out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="111"/>
        <source>First issued</source>
        <translation>First issued</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>After issue</source>
        <translation>After issue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="125"/>
        <source>In stock, by location</source>
        <translation>In stock, by location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="126"/>
        <source>Issued, by department</source>
        <translation>Issued, by department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="133"/>
        <source>By lot</source>
        <translation>By lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="134"/>
        <source>Where they are</source>
        <translation>Where they are</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="135"/>
        <source>Response times</source>
        <translation>Response times</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="156"/>
        <source>{id} · {flags}
{scope} · {source}
{reason} · deadline {deadline}</source>
        <translation>{id} · {flags}
{scope} · {source}
{reason} · deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="170"/>
        <source>Affected {affected}: on shelves {shelf}, in quarantine {quarantine}, out in departments {out}, documented {documented}. Unaccounted: {unaccounted}</source>
        <translation>Affected {affected}: on shelves {shelf}, in quarantine {quarantine}, out in departments {out}, documented {documented}. Unaccounted: {unaccounted}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="48"/>
        <source>Lots locked here</source>
        <translation>Lots locked here</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="52"/>
        <source>Department {code} notified</source>
        <translation>Department {code} notified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="61"/>
        <source>Every unit accounted for</source>
        <translation>Every unit accounted for</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="64"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="227"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>RecallClosing</name>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="32"/>
        <source>Close recall {id}? Every affected unit must be accounted for.</source>
        <translation>Close recall {id}? Every affected unit must be accounted for.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="54"/>
        <source>Lot {lot}: {n} of {affected} unaccounted ({shelf} still on shelves, {out} out in departments)</source>
        <translation>Lot {lot}: {n} of {affected} unaccounted ({shelf} still on shelves, {out} out in departments)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="68"/>
        <source>Recall {id} closed</source>
        <translation>Recall {id} closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="69"/>
        <source>The case stays open.</source>
        <translation>The case stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="71"/>
        <source>Wrong QA user name or PIN</source>
        <translation>Wrong QA user name or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="73"/>
        <source>Only QA may close a recall</source>
        <translation>Only QA may close a recall</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="76"/>
        <source>Recall {id} is already closed</source>
        <translation>Recall {id} is already closed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="81"/>
        <source>The case cannot close yet</source>
        <translation>The case cannot close yet</translation>
    </message>
</context>
<context>
    <name>RecallCollecting</name>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="25"/>
        <source>{n} department(s) marked notified</source>
        <translation>{n} department(s) marked notified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="50"/>
        <source>Choose a recall (and a quarantine location) before scanning</source>
        <translation>Choose a recall (and a quarantine location) before scanning</translation>
    </message>
</context>
<context>
    <name>RecallDocuments</name>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="47"/>
        <source>Recall notice for {code}</source>
        <translation>Recall notice for {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="55"/>
        <source>Return note {id}</source>
        <translation>Return note {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="67"/>
        <source>Close-out report {id}</source>
        <translation>Close-out report {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="79"/>
        <source>A label printer cannot print notices: choose a file or the system printer in Settings</source>
        <translation>A label printer cannot print notices: choose a file or the system printer in Settings</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="85"/>
        <source>Preparing notices…</source>
        <translation>Preparing notices…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="86"/>
        <source>Printing the notice for {code}…</source>
        <translation>Printing the notice for {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="106"/>
        <source>Printing recall notices…</source>
        <translation>Printing recall notices…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="117"/>
        <source>{n} notice(s) did not print</source>
        <translation>{n} notice(s) did not print</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="126"/>
        <source>No department received these lots: no notice to print</source>
        <translation>No department received these lots: no notice to print</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="146"/>
        <source>Printing failed: {why}</source>
        <translation>Printing failed: {why}</translation>
    </message>
</context>
<context>
    <name>RecallEvidence</name>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="40"/>
        <source>Photos and scans</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="42"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>RecallsScreen</name>
    <message>
        <location filename="../../ui/screens/recalls.py" line="63"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="64"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="66"/>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="67"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="68"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="69"/>
        <source>Recovered / affected</source>
        <translation>Recovered / affected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="87"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="88"/>
        <source>Account for units</source>
        <translation>Account for units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="89"/>
        <source>Return or dispose</source>
        <translation>Return or dispose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="90"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="93"/>
        <source>Open a recall…</source>
        <translation>Open a recall…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="97"/>
        <source>Print all notices</source>
        <translation>Print all notices</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="100"/>
        <source>Return note</source>
        <translation>Return note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="103"/>
        <source>Close-out report</source>
        <translation>Close-out report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="106"/>
        <source>Drill report</source>
        <translation>Drill report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="109"/>
        <source>Close the case…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="136"/>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="264"/>
        <source>Cannot open the recall</source>
        <translation>Cannot open the recall</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="282"/>
        <source>Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)</source>
        <translation>Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)</translation>
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
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="64"/>
        <location filename="../../ui/screens/settings.py" line="70"/>
        <source>Category (empty: all)</source>
        <translation>Category (empty: all)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="64"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="64"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="70"/>
        <source>Do not issue with fewer days left</source>
        <translation>Do not issue with fewer days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="76"/>
        <source>Add tier</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="78"/>
        <source>Add window</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="80"/>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="82"/>
        <source>Save policy</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="85"/>
        <source>Expiry warnings and do-not-issue windows (whole store)</source>
        <translation>Expiry warnings and do-not-issue windows (whole store)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="102"/>
        <source>Only a supervisor may change the policy.</source>
        <translation>Only a supervisor may change the policy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="110"/>
        <source>Enter or Tab</source>
        <translation>Enter or Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="111"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="112"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="131"/>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="132"/>
        <source>Label printer (raw TCP, ZPL)</source>
        <translation>Label printer (raw TCP, ZPL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="133"/>
        <source>System printer</source>
        <translation>System printer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="139"/>
        <source>(default folder)</source>
        <translation>(default folder)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="147"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="155"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} dots/mm ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="164"/>
        <source>Save for this workstation</source>
        <translation>Save for this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="168"/>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="170"/>
        <source>Scanner GS stand-ins (space-separated)</source>
        <translation>Scanner GS stand-ins (space-separated)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="171"/>
        <source>Scanner terminator</source>
        <translation>Scanner terminator</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="175"/>
        <source>Camera and resolution</source>
        <translation>Camera and resolution</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="176"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="177"/>
        <source>Folder for PDF files</source>
        <translation>Folder for PDF files</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="181"/>
        <source>Label printer host and port</source>
        <translation>Label printer host and port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="182"/>
        <source>System printer name</source>
        <translation>System printer name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Label size and ZPL resolution</source>
        <translation>Label size and ZPL resolution</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>Language (from the next start)</source>
        <translation>Language (from the next start)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="288"/>
        <source>Policy saved</source>
        <translation>Policy saved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="292"/>
        <source>Policy not saved: {why}</source>
        <translation>Policy not saved: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="315"/>
        <source>Saved for this workstation</source>
        <translation>Saved for this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="316"/>
        <source>A new language shows from the next start.</source>
        <translation>A new language shows from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="331"/>
        <source>Row {row}: “{text}” is not a number of days</source>
        <translation>Row {row}: “{text}” is not a number of days</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/screens/stock.py" line="37"/>
        <source>GTIN, lot, or item name (中文 / English)</source>
        <translation>GTIN, lot, or item name (中文 / English)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="67"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="85"/>
        <source>Stock and lots</source>
        <translation>Stock and lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="96"/>
        <source>Not a lot barcode: {why}</source>
        <translation>Not a lot barcode: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="100"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="115"/>
        <source>searching…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="119"/>
        <source>{rows} lots</source>
        <translation>{rows} lots</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="30"/>
        <source>No network: work goes on here and is sent later</source>
        <translation>No network: work goes on here and is sent later</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="33"/>
        <source>The centre cannot be reached: will try again</source>
        <translation>The centre cannot be reached: will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="36"/>
        <source>The centre did not answer in time: will try again</source>
        <translation>The centre did not answer in time: will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="39"/>
        <source>The centre&apos;s certificate is not trusted: call IT</source>
        <translation>The centre&apos;s certificate is not trusted: call IT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="42"/>
        <source>The centre had an internal error: will try again</source>
        <translation>The centre had an internal error: will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="45"/>
        <source>The centre no longer accepts this device: register again</source>
        <translation>The centre no longer accepts this device: register again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="48"/>
        <source>This database was copied or restored: register it again</source>
        <translation>This database was copied or restored: register it again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="51"/>
        <source>The centre speaks another version: update Lotkeeper</source>
        <translation>The centre speaks another version: update Lotkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="54"/>
        <source>The centre refused the data: see the log</source>
        <translation>The centre refused the data: see the log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="57"/>
        <source>Not registered with a centre</source>
        <translation>Not registered with a centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="64"/>
        <source>Sync failed: see the log</source>
        <translation>Sync failed: see the log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="69"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="120"/>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="121"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="123"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="135"/>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="140"/>
        <source>Sync: not registered with a centre</source>
        <translation>Sync: not registered with a centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="155"/>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="157"/>
        <source>receiving from the centre</source>
        <translation>receiving from the centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="159"/>
        <source>last sync {when}</source>
        <translation>last sync {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="163"/>
        <source>Sync: {state} · {n} waiting to upload</source>
        <translation>Sync: {state} · {n} waiting to upload</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/workers.py" line="191"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="35"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="36"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="38"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="39"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="40"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="41"/>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="46"/>
        <source>Mark notified</source>
        <translation>Mark notified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="48"/>
        <source>Print this department&apos;s notice</source>
        <translation>Print this department&apos;s notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="55"/>
        <source>from the label</source>
        <translation>from the label</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="58"/>
        <source>Scan returned goods: they are booked from the chosen task&apos;s department (or shelf) into the recall quarantine location.</source>
        <translation>Scan returned goods: they are booked from the chosen task&apos;s department (or shelf) into the recall quarantine location.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="67"/>
        <source>Into</source>
        <translation>Into</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="69"/>
        <source>Quantity per scan</source>
        <translation>Quantity per scan</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="33"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="34"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="35"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="36"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="57"/>
        <source>QC pending</source>
        <translation>QC pending</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="58"/>
        <source>QC released</source>
        <translation>QC released</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="59"/>
        <source>QC rejected</source>
        <translation>QC rejected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="66"/>
        <source>no hold</source>
        <translation>no hold</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="67"/>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="68"/>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="75"/>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="76"/>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="77"/>
        <source>issue</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="78"/>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="79"/>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="80"/>
        <source>hold released</source>
        <translation>hold released</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="81"/>
        <source>QC release</source>
        <translation>QC release</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="82"/>
        <source>QC reject</source>
        <translation>QC reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="83"/>
        <source>disposal</source>
        <translation>disposal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="84"/>
        <source>return to supplier</source>
        <translation>return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="85"/>
        <source>count adjustment</source>
        <translation>count adjustment</translation>
    </message>
</context>
<context>
    <name>WarningsScreen</name>
    <message>
        <location filename="../../ui/screens/warnings.py" line="45"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="55"/>
        <location filename="../../ui/screens/warnings.py" line="75"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="55"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="55"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="55"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="56"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="56"/>
        <location filename="../../ui/screens/warnings.py" line="76"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="56"/>
        <location filename="../../ui/screens/warnings.py" line="77"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="56"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="57"/>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="63"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="66"/>
        <source>Recompute now</source>
        <translation>Recompute now</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="69"/>
        <source>Print expiry list</source>
        <translation>Print expiry list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="92"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="117"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="134"/>
        <source>not raised yet</source>
        <translation>not raised yet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="141"/>
        <source>No lot in stock is inside a warning tier</source>
        <translation>No lot in stock is inside a warning tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="154"/>
        <source>This warning has not been raised yet: recompute first</source>
        <translation>This warning has not been raised yet: recompute first</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="168"/>
        <source>Warning for lot {lot} acknowledged</source>
        <translation>Warning for lot {lot} acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="181"/>
        <source>Raising today&apos;s expiry warnings…</source>
        <translation>Raising today&apos;s expiry warnings…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="187"/>
        <source>Recomputing warnings…</source>
        <translation>Recomputing warnings…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="193"/>
        <source>{n} new warning(s) raised</source>
        <translation>{n} new warning(s) raised</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="200"/>
        <source>Recomputing failed: {why}</source>
        <translation>Recomputing failed: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="213"/>
        <source>Near-expiry list</source>
        <translation>Near-expiry list</translation>
    </message>
</context>
</TS>
