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
        <location filename="../../ui/widgets/camera_preview.py" line="78"/>
        <source>Camera </source>
        <translation>Camera </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="79"/>
        <location filename="../../ui/widgets/camera_preview.py" line="142"/>
        <source>Start camera</source>
        <translation>Start camera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="82"/>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="117"/>
        <source>No camera could be opened. Use the hand scanner.
({error})</source>
        <translation>No camera could be opened. Use the hand scanner.
({error})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="127"/>
        <source>Stop camera</source>
        <translation>Stop camera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="156"/>
        <source>The camera stopped: {error}</source>
        <translation>The camera stopped: {error}</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="14"/>
        <source>Change your PIN</source>
        <translation>Change your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="17"/>
        <source>Your PIN is shorter than your role needs (six characters for supervisors, QA and administrators). Choose a new one to go on.</source>
        <translation>Your PIN is shorter than your role needs (six characters for supervisors, QA and administrators). Choose a new one to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="31"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="32"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="37"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="44"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>ClimateScreen</name>
    <message>
        <location filename="../../ui/screens/climate.py" line="67"/>
        <source>Import logger file…</source>
        <translation>Import logger file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="72"/>
        <source>column mapping, for a CSV/.xlsx</source>
        <translation>column mapping, for a CSV/.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="82"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="83"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="84"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="85"/>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="86"/>
        <source>Min °C</source>
        <translation>Min °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="87"/>
        <source>Max °C</source>
        <translation>Max °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="88"/>
        <source>MKT °C</source>
        <translation>MKT °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="89"/>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>No data from</source>
        <translation>No data from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="98"/>
        <source>QA&apos;s justification</source>
        <translation>QA&apos;s justification</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="99"/>
        <source>Release the lots</source>
        <translation>Release the lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="102"/>
        <source>Reject the lots</source>
        <translation>Reject the lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="114"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="121"/>
        <source>Excursions and the lots they touched</source>
        <translation>Excursions and the lots they touched</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="123"/>
        <source>No-data periods (the logger recorded nothing)</source>
        <translation>No-data periods (the logger recorded nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="133"/>
        <source>Climate</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="173"/>
        <source>{location}: {storage}</source>
        <translation>{location}: {storage}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="174"/>
        <source>no class</source>
        <translation>no class</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="179"/>
        <source>Temperature °C</source>
        <translation>Temperature °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="198"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="204"/>
        <source>Excursion</source>
        <translation>Excursion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="218"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="245"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="254"/>
        <source>%RH</source>
        <translation>%RH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="258"/>
        <source>Humidity %RH</source>
        <translation>Humidity %RH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="269"/>
        <source>Humidity range</source>
        <translation>Humidity range</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="284"/>
        <source>awaiting QA</source>
        <translation>awaiting QA</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="285"/>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="286"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="319"/>
        <source>Logger file</source>
        <translation>Logger file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="319"/>
        <source>Logger files (*.txt *.csv *.xlsx)</source>
        <translation>Logger files (*.txt *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="348"/>
        <source>This file was imported before: nothing changed</source>
        <translation>This file was imported before: nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="352"/>
        <source>{readings} new readings, {excursions} new excursions</source>
        <translation>{readings} new readings, {excursions} new excursions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="358"/>
        <source>Lots held for QA: {lots}</source>
        <translation>Lots held for QA: {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="361"/>
        <source>{gaps} no-data periods: a warning was raised</source>
        <translation>{gaps} no-data periods: a warning was raised</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="373"/>
        <source>Excursion {id}: lots released</source>
        <translation>Excursion {id}: lots released</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="375"/>
        <source>Excursion {id}: lots rejected</source>
        <translation>Excursion {id}: lots rejected</translation>
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
        <source>Transfer to another site</source>
        <comment>movement:transfer_out</comment>
        <translation>Transfer to another site</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="56"/>
        <source>Transfer from another site</source>
        <comment>movement:transfer_in</comment>
        <translation>Transfer from another site</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="59"/>
        <source>Centre</source>
        <comment>actor:centre</comment>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="60"/>
        <source>Issued</source>
        <comment>recall_step:issued</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="61"/>
        <source>Locked at {place}</source>
        <comment>recall_step:locked</comment>
        <translation>Locked at {place}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="62"/>
        <source>Notified {place}</source>
        <comment>recall_step:notified</comment>
        <translation>Notified {place}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="63"/>
        <source>All accounted for</source>
        <comment>recall_step:recovered</comment>
        <translation>All accounted for</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="64"/>
        <source>Closed</source>
        <comment>recall_step:closed</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="65"/>
        <source>GTIN {di}, lots {lots}</source>
        <comment>recall_scope:lots</comment>
        <translation>GTIN {di}, lots {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="66"/>
        <source>GTIN {di}, all lots</source>
        <comment>recall_scope:all_lots</comment>
        <translation>GTIN {di}, all lots</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="67"/>
        <source>GTIN {di}, produced {start} to {end}</source>
        <comment>recall_scope:produced</comment>
        <translation>GTIN {di}, produced {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="70"/>
        <source>GTIN {di}, {n} serial(s)</source>
        <comment>recall_scope:serials</comment>
        <translation>GTIN {di}, {n} serial(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="73"/>
        <source>opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:create_recall</comment>
        <translation>opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="78"/>
        <source>received a {level} recall from the centre (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:receive_recall</comment>
        <translation>received a {level} recall from the centre (source: {source}): {reason}; {scope}; deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="84"/>
        <source>blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)</source>
        <comment>audit:apply_recall</comment>
        <translation>blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="89"/>
        <source>drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)</source>
        <comment>audit:apply_drill</comment>
        <translation>drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="94"/>
        <source>lot {lot}, received after the recall, joined the case</source>
        <comment>audit:recall_lot</comment>
        <translation>lot {lot}, received after the recall, joined the case</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="97"/>
        <source>status changed from {before} to {after}</source>
        <comment>audit:recall_status</comment>
        <translation>status changed from {before} to {after}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="100"/>
        <source>progress: {recovered} of {affected} units recovered, {unaccounted} unaccounted</source>
        <comment>audit:recall_progress</comment>
        <translation>progress: {recovered} of {affected} units recovered, {unaccounted} unaccounted</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="105"/>
        <source>notified {departments}</source>
        <comment>audit:recall_notified</comment>
        <translation>notified {departments}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="108"/>
        <source>attached evidence {file} for lot {lot}: {note}</source>
        <comment>audit:recall_evidence</comment>
        <translation>attached evidence {file} for lot {lot}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="111"/>
        <source>attached evidence {file} to the case: {note}</source>
        <comment>audit:case_evidence</comment>
        <translation>attached evidence {file} to the case: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="114"/>
        <source>{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}</source>
        <comment>audit:recall_account</comment>
        <translation>{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="119"/>
        <source>signed off and closed the case ({recovered} of {affected} recovered, {documented} documented); status changed from {before} to {after}</source>
        <comment>audit:close_recall</comment>
        <translation>signed off and closed the case ({recovered} of {affected} recovered, {documented} documented); status changed from {before} to {after}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="125"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}</source>
        <comment>audit:movement</comment>
        <translation>{movement}: lot {lot} ×{quantity}, {route}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="128"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}; {reason}</source>
        <comment>audit:movement_reason</comment>
        <translation>{movement}: lot {lot} ×{quantity}, {route}; {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="133"/>
        <source>recorded {action}: {changes}</source>
        <comment>audit:other</comment>
        <translation>recorded {action}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="135"/>
        <source>Critical warning</source>
        <comment>notify_title:CRITICAL_WARNING</comment>
        <translation>Critical warning</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="140"/>
        <source>Critical warnings today</source>
        <comment>notify_title:CRITICAL_WARNINGS</comment>
        <translation>Critical warnings today</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="145"/>
        <source>Recall task</source>
        <comment>notify_title:RECALL_TASK</comment>
        <translation>Recall task</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="150"/>
        <source>Refused by the centre</source>
        <comment>notify_title:SYNC_REFUSED</comment>
        <translation>Refused by the centre</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="155"/>
        <source>Dispositions overdue</source>
        <comment>notify_title:DISPOSITIONS_OVERDUE</comment>
        <translation>Dispositions overdue</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="160"/>
        <source>Lot {lot} of {di} (expiry {expiry}) is at level {level} ({kind}); stock at {where}. Choose its disposition now.</source>
        <comment>notify:CRITICAL_WARNING</comment>
        <translation>Lot {lot} of {di} (expiry {expiry}) is at level {level} ({kind}); stock at {where}. Choose its disposition now.</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="166"/>
        <source>{count} lots reached a critical or expired warning on {day}: see the warnings screen.</source>
        <comment>notify:CRITICAL_WARNINGS</comment>
        <translation>{count} lots reached a critical or expired warning on {day}: see the warnings screen.</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="171"/>
        <source>Recall {recall}: {quantity} units at {location} ({name}) must be collected into quarantine or accounted for. Reason: {reason}</source>
        <comment>notify:RECALL_TASK</comment>
        <translation>Recall {recall}: {quantity} units at {location} ({name}) must be collected into quarantine or accounted for. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="177"/>
        <source>The centre refused event {seq} ({type}): {code} {message}. A supervisor must correct or discard it.</source>
        <comment>notify:SYNC_REFUSED</comment>
        <translation>The centre refused event {seq} ({type}): {code} {message}. A supervisor must correct or discard it.</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="183"/>
        <source>The disposition of {count} warning(s) is overdue; they are escalated. Warnings: {alerts}.
Warning / GTIN / lot / due:
{lots}
The warnings screen lists them as overdue.</source>
        <comment>notify:DISPOSITIONS_OVERDUE</comment>
        <translation>The disposition of {count} warning(s) is overdue; they are escalated. Warnings: {alerts}.
Warning / GTIN / lot / due:
{lots}
The warnings screen lists them as overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="191"/>
        <source>Use first</source>
        <comment>disposition:use_first</comment>
        <translation>Use first</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="192"/>
        <source>Transfer</source>
        <comment>disposition:transfer</comment>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="193"/>
        <source>Return to supplier</source>
        <comment>disposition:return_to_supplier</comment>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="196"/>
        <source>Second inspection</source>
        <comment>disposition:second_inspection</comment>
        <translation>Second inspection</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="199"/>
        <source>Dispose</source>
        <comment>disposition:dispose</comment>
        <translation>Dispose</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="200"/>
        <source>Write off</source>
        <comment>disposition:write_off</comment>
        <translation>Write off</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="201"/>
        <source>No action</source>
        <comment>disposition:no_action</comment>
        <translation>No action</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="202"/>
        <source>Notice</source>
        <comment>warning_level:notice</comment>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="203"/>
        <source>Warning</source>
        <comment>warning_level:warning</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="204"/>
        <source>Critical</source>
        <comment>warning_level:critical</comment>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="205"/>
        <source>Expired</source>
        <comment>warning_level:expired</comment>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="206"/>
        <source>Expiry</source>
        <comment>warning_kind:expiry</comment>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="207"/>
        <source>Label mismatch</source>
        <comment>warning_kind:data_mismatch</comment>
        <translation>Label mismatch</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="210"/>
        <source>Count difference</source>
        <comment>warning_kind:count_discrepancy</comment>
        <translation>Count difference</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="213"/>
        <source>Recall</source>
        <comment>warning_kind:recall</comment>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="214"/>
        <source>Withdrawn</source>
        <comment>warning_kind:withdrawn</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="215"/>
        <source>Low stock</source>
        <comment>warning_kind:low_stock</comment>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="216"/>
        <source>Logger: no data</source>
        <comment>warning_kind:logger_gap</comment>
        <translation>Logger: no data</translation>
    </message>
</context>
<context>
    <name>ConfirmItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="13"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="16"/>
        <source>{name} ({di}) has no registration or filing number: its lots stay blocked. Enter the number from the certificate.</source>
        <translation>{name} ({di}) has no registration or filing number: its lots stay blocked. Enter the number from the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="25"/>
        <source>Registration or filing number</source>
        <translation>Registration or filing number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="26"/>
        <source>Chinese name (optional)</source>
        <translation>Chinese name (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="30"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="31"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../../ui/screens/counting.py" line="50"/>
        <source>Print location label</source>
        <translation>Print location label</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="53"/>
        <source>Scan a lot on this shelf</source>
        <translation>Scan a lot on this shelf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="58"/>
        <source>Record count</source>
        <translation>Record count</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="66"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="67"/>
        <location filename="../../ui/screens/counting.py" line="85"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="68"/>
        <location filename="../../ui/screens/counting.py" line="84"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="69"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="70"/>
        <source>Counted qty</source>
        <translation>Counted qty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="71"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="72"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="76"/>
        <source>Approve variance…</source>
        <translation>Approve variance…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="89"/>
        <source>Counted quantity</source>
        <translation>Counted quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="91"/>
        <source>Variances awaiting a supervisor</source>
        <translation>Variances awaiting a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="103"/>
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="152"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="157"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="161"/>
        <source>Lot {lot} (GTIN {di})</source>
        <translation>Lot {lot} (GTIN {di})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="184"/>
        <source>Count matches: lot {lot}</source>
        <translation>Count matches: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="189"/>
        <source>Variance {variance:+d} on lot {lot}: awaits a supervisor</source>
        <translation>Variance {variance:+d} on lot {lot}: awaits a supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="192"/>
        <source>Stock is unchanged until a supervisor approves the count.</source>
        <translation>Stock is unchanged until a supervisor approves the count.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="195"/>
        <source>Scan the next lot</source>
        <translation>Scan the next lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="212"/>
        <source>Book the variance {variance:+d} of lot {lot} at {location}?</source>
        <translation>Book the variance {variance:+d} of lot {lot} at {location}?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="230"/>
        <source>Variance approved and booked: lot {lot}</source>
        <translation>Variance approved and booked: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="244"/>
        <source>Location label {code}</source>
        <translation>Location label {code}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="115"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="119"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="122"/>
        <source>Management report (PDF)…</source>
        <translation>Management report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="126"/>
        <location filename="../../ui/screens/dashboard.py" line="625"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="128"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="137"/>
        <location filename="../../ui/screens/dashboard.py" line="245"/>
        <source>Reading the KPIs…</source>
        <translation>Reading the KPIs…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="160"/>
        <location filename="../../ui/screens/dashboard.py" line="579"/>
        <source>Expired before use, per item</source>
        <translation>Expired before use, per item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="181"/>
        <source>Risk lots: units per location and tier</source>
        <translation>Risk lots: units per location and tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="191"/>
        <source>Click a chart to see the rows behind it.</source>
        <translation>Click a chart to see the rows behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="216"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="264"/>
        <source>{start} to {end}; risk lots as of {on}</source>
        <translation>{start} to {end}; risk lots as of {on}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="279"/>
        <source>Stock turnover {value}
{issued} issued, {average} on hand on average</source>
        <translation>Stock turnover {value}
{issued} issued, {average} on hand on average</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="285"/>
        <source>Warnings: disposition chosen in {chosen} h, closed in {closed} h (medians)
{share} closed by their due time</source>
        <translation>Warnings: disposition chosen in {chosen} h, closed in {closed} h (medians)
{share} closed by their due time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="295"/>
        <source>Warnings closed by a disposal in {days} days (median)
{share} by their due time</source>
        <translation>Warnings closed by a disposal in {days} days (median)
{share} by their due time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="300"/>
        <source>Recalls: locked in {lock} h, departments told in {notify} h, all accounted for in {account} h (medians)</source>
        <translation>Recalls: locked in {lock} h, departments told in {notify} h, all accounted for in {account} h (medians)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="309"/>
        <source>Potential recall cost {cost}
risk lots&apos; value {value}</source>
        <translation>Potential recall cost {cost}
risk lots&apos; value {value}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="315"/>
        <source>Unplanned picks {unplanned} per 1,000
overrides {overrides} per 1,000</source>
        <translation>Unplanned picks {unplanned} per 1,000
overrides {overrides} per 1,000</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="320"/>
        <source>Mismatched scans {rate} per 1,000
(label {data}, not FEFO {fefo}, wrong item {wrong})</source>
        <translation>Mismatched scans {rate} per 1,000
(label {data}, not FEFO {fefo}, wrong item {wrong})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="332"/>
        <source>Expired before use: {units} units, value {value}
{items} items, {suppliers} suppliers</source>
        <translation>Expired before use: {units} units, value {value}
{items} items, {suppliers} suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="342"/>
        <source>chain never verified</source>
        <translation>chain never verified</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="344"/>
        <source>chain intact at the last check</source>
        <translation>chain intact at the last check</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="346"/>
        <source>chain BROKEN at the last check</source>
        <translation>chain BROKEN at the last check</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="349"/>
        <source>Audit: {moves} of movements audited, {recalls} of closed recalls with evidence; {chain}</source>
        <translation>Audit: {moves} of movements audited, {recalls} of closed recalls with evidence; {chain}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="429"/>
        <source>Expiry rate %</source>
        <translation>Expiry rate %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="429"/>
        <source>Short-dated deliveries %</source>
        <translation>Short-dated deliveries %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="437"/>
        <source>Supplier expiry rate</source>
        <translation>Supplier expiry rate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="451"/>
        <source>Other items</source>
        <translation>Other items</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="463"/>
        <source>Department usage (units)</source>
        <translation>Department usage (units)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="471"/>
        <location filename="../../ui/screens/dashboard.py" line="626"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="472"/>
        <location filename="../../ui/screens/dashboard.py" line="627"/>
        <location filename="../../ui/screens/dashboard.py" line="641"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="473"/>
        <location filename="../../ui/screens/dashboard.py" line="628"/>
        <source>Written off expired</source>
        <translation>Written off expired</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="482"/>
        <source>Monthly trend (units)</source>
        <translation>Monthly trend (units)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to lock (h)</source>
        <translation>to lock (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to notify (h)</source>
        <translation>to notify (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to account (h)</source>
        <translation>to account (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="496"/>
        <source>Recall response time</source>
        <translation>Recall response time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="525"/>
        <source>Risk lots at {location}, {tier}</source>
        <translation>Risk lots at {location}, {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="534"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="535"/>
        <location filename="../../ui/screens/dashboard.py" line="581"/>
        <location filename="../../ui/screens/dashboard.py" line="600"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="536"/>
        <location filename="../../ui/screens/dashboard.py" line="582"/>
        <location filename="../../ui/screens/dashboard.py" line="601"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="537"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="538"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="552"/>
        <source>Supplier {code}</source>
        <translation>Supplier {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="554"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="555"/>
        <source>Units received</source>
        <translation>Units received</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="556"/>
        <location filename="../../ui/screens/dashboard.py" line="583"/>
        <source>Units expired</source>
        <translation>Units expired</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="557"/>
        <location filename="../../ui/screens/dashboard.py" line="584"/>
        <source>Value expired</source>
        <translation>Value expired</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="558"/>
        <source>Expiry rate</source>
        <translation>Expiry rate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="559"/>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="560"/>
        <source>Short-dated</source>
        <translation>Short-dated</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="598"/>
        <source>Department {code}: units used per item</source>
        <translation>Department {code}: units used per item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="602"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="603"/>
        <source>Days of cover</source>
        <translation>Days of cover</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="604"/>
        <source>Off target by</source>
        <translation>Off target by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="623"/>
        <source>Month {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="638"/>
        <source>Recall {id}</source>
        <translation>Recall {id}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="640"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="642"/>
        <source>Hours to lock</source>
        <translation>Hours to lock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="643"/>
        <source>Hours to notify</source>
        <translation>Hours to notify</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="644"/>
        <source>Hours to account</source>
        <translation>Hours to account</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="645"/>
        <source>Affected units</source>
        <translation>Affected units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="646"/>
        <source>Potential cost</source>
        <translation>Potential cost</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="665"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="681"/>
        <source>Management report</source>
        <translation>Management report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="699"/>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="16"/>
        <source>Choose a disposition</source>
        <translation>Choose a disposition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="24"/>
        <source>transfer: the site it goes to; use first: a department (optional)</source>
        <translation>transfer: the site it goes to; use first: a department (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="28"/>
        <source>required for no action</source>
        <translation>required for no action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="30"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="31"/>
        <source>Site or department</source>
        <translation>Site or department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="32"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="34"/>
        <source>What will be done about lot {lot}?</source>
        <translation>What will be done about lot {lot}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="39"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../../ui/widgets/recall_evidence.py" line="70"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="71"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="89"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="72"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="73"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="74"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="91"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="75"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="84"/>
        <source>What it shows, e.g. the supplier&apos;s signed receipt</source>
        <translation>What it shows, e.g. the supplier&apos;s signed receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="85"/>
        <source>Attach a photo or scan…</source>
        <translation>Attach a photo or scan…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="110"/>
        <source>the whole case</source>
        <translation>the whole case</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="123"/>
        <source>Attach evidence to {id}</source>
        <translation>Attach evidence to {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="144"/>
        <source>{file} attached to {id}</source>
        <translation>{file} attached to {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="145"/>
        <source>SHA-256 {sha}</source>
        <translation>SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>ExitsPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="75"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="76"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="77"/>
        <source>Quarantine location</source>
        <translation>Quarantine location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="79"/>
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="88"/>
        <source>all in quarantine</source>
        <translation>all in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="93"/>
        <source>The supplier&apos;s return authorisation (RMA) or shipment number</source>
        <translation>The supplier&apos;s return authorisation (RMA) or shipment number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="97"/>
        <source>Ship to the supplier</source>
        <translation>Ship to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="103"/>
        <source>How it was disposed of, e.g. incinerated by the contractor</source>
        <translation>How it was disposed of, e.g. incinerated by the contractor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="107"/>
        <source>second supervisor (expired stock)</source>
        <translation>second supervisor (expired stock)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="111"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="112"/>
        <source>Dispose with evidence…</source>
        <translation>Dispose with evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="129"/>
        <source>Quantity per lot</source>
        <translation>Quantity per lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="130"/>
        <source>Return to supplier</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="131"/>
        <source>Dispose of</source>
        <translation>Dispose of</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="159"/>
        <source>(no return bay)</source>
        <translation>(no return bay)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="183"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="194"/>
        <source>Lot {lot} of this recall is not in quarantine</source>
        <translation>Lot {lot} of this recall is not in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="197"/>
        <source>Collect it into quarantine first (Tasks tab).</source>
        <translation>Collect it into quarantine first (Tasks tab).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="205"/>
        <source>Lot {lot} chosen</source>
        <translation>Lot {lot} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="226"/>
        <source>Enter the supplier&apos;s return reference first</source>
        <translation>Enter the supplier&apos;s return reference first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="227"/>
        <source>It is recorded with the shipment in the stock ledger.</source>
        <translation>It is recorded with the shipment in the stock ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="260"/>
        <source>{n} unit(s) shipped back to the supplier</source>
        <translation>{n} unit(s) shipped back to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="263"/>
        <source>Lots {lots}. The return note follows.</source>
        <translation>Lots {lots}. The return note follows.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="278"/>
        <source>Say how the goods were disposed of first</source>
        <translation>Say how the goods were disposed of first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="281"/>
        <source>Evidence of the disposal (photo or scan)</source>
        <translation>Evidence of the disposal (photo or scan)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="286"/>
        <source>A disposal needs a photo or scan as evidence</source>
        <translation>A disposal needs a photo or scan as evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="287"/>
        <source>Nothing was disposed of.</source>
        <translation>Nothing was disposed of.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="320"/>
        <source>{n} unit(s) disposed of, with evidence</source>
        <translation>{n} unit(s) disposed of, with evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="323"/>
        <source>Lots {lots}</source>
        <translation>Lots {lots}</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="13"/>
        <source>Unknown item</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="16"/>
        <source>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</source>
        <translation>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="23"/>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="27"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Lotkeeper — log in</source>
        <translation>Lotkeeper — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Locked: {name}</source>
        <translation>Locked: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <location filename="../../ui/login.py" line="75"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="68"/>
        <source>Log in again, or as someone else. Or scan your badge.</source>
        <translation>Log in again, or as someone else. Or scan your badge.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>Or scan your badge.</source>
        <translation>Or scan your badge.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="132"/>
        <source>Wrong user name, PIN or badge. Try again.</source>
        <translation>Wrong user name, PIN or badge. Try again.</translation>
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
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="48"/>
        <source>label {label} ≠ record {record}</source>
        <translation>label {label} ≠ record {record}</translation>
    </message>
</context>
<context>
    <name>LotPanel</name>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="55"/>
        <source>Scan a lot or choose one in the table</source>
        <translation>Scan a lot or choose one in the table</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="58"/>
        <source>Print lot label</source>
        <translation>Print lot label</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="69"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="70"/>
        <source>Production date</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="71"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="72"/>
        <source>QC result</source>
        <translation>QC result</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="74"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="75"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="89"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="90"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="91"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>Last issue</source>
        <translation>Last issue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="97"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="98"/>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="99"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="100"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="101"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="102"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="103"/>
        <source>Reason / reference</source>
        <translation>Reason / reference</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="111"/>
        <source>Stock per location</source>
        <translation>Stock per location</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="112"/>
        <source>Issued per department</source>
        <translation>Issued per department</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="114"/>
        <source>Movement history</source>
        <translation>Movement history</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="138"/>
        <source>Lot {lot} · {name}</source>
        <translation>Lot {lot} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="144"/>
        <source>{names} — GTIN {di}, model {model}, registration {reg}</source>
        <translation>{names} — GTIN {di}, model {model}, registration {reg}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="159"/>
        <source>{hold} — reason: {reason}</source>
        <translation>{hold} — reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="200"/>
        <source>{qc} ({when}, {who})</source>
        <translation>{qc} ({when}, {who})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="206"/>
        <source>{when}: {qty} from {supplier} into {into}, by {who} {ref}</source>
        <translation>{when}: {qty} from {supplier} into {into}, by {who} {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="218"/>
        <source>never received</source>
        <translation>never received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="226"/>
        <source>Lot label {lot}</source>
        <translation>Lot label {lot}</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="156"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="157"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="158"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="159"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="160"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="162"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Lotkeeper — medical device stock</source>
        <translation>Lotkeeper — medical device stock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>quality</source>
        <translation>quality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>NewRecallDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="25"/>
        <source>Open a recall</source>
        <translation>Open a recall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="30"/>
        <source>Listed lots</source>
        <translation>Listed lots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="31"/>
        <source>All lots of the GTIN</source>
        <translation>All lots of the GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="32"/>
        <source>Lots produced in a date range</source>
        <translation>Lots produced in a date range</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="35"/>
        <source>Lot numbers, separated by commas</source>
        <translation>Lot numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="51"/>
        <source>Drill (same workflow and timings, stock is not blocked)</source>
        <translation>Drill (same workflow and timings, stock is not blocked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="63"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="64"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="65"/>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="66"/>
        <source>Produced from / to</source>
        <translation>Produced from / to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="67"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="68"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="69"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="70"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="72"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="73"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="74"/>
        <source>Open the recall</source>
        <translation>Open the recall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenWarnings</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="23"/>
        <source>Warnings: …</source>
        <translation>Warnings: …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="25"/>
        <source>Warnings: {total} · critical {critical}</source>
        <translation>Warnings: {total} · critical {critical}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="29"/>
        <source> · overdue {overdue}</source>
        <translation> · overdue {overdue}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override.py" line="14"/>
        <source>Supervisor decision</source>
        <translation>Supervisor decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="25"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="26"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="27"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="31"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <location filename="../../ui/screens/picking.py" line="65"/>
        <source>department request number</source>
        <translation>department request number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="68"/>
        <source>GTIN of the item</source>
        <translation>GTIN of the item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="72"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="76"/>
        <source>Confirm mixed lots</source>
        <translation>Confirm mixed lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="80"/>
        <source>Supervisor override…</source>
        <translation>Supervisor override…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="85"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="86"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="91"/>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="97"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="98"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="99"/>
        <source>Take lot (FEFO)</source>
        <translation>Take lot (FEFO)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="100"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="101"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="118"/>
        <source>Picking</source>
        <translation>Picking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="169"/>
        <source>Item {di} is not known here</source>
        <translation>Item {di} is not known here</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="205"/>
        <source>✔ picked lot {lot}</source>
        <translation>✔ picked lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="207"/>
        <source>no usable stock</source>
        <translation>no usable stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="209"/>
        <source>to pick — use first</source>
        <translation>to pick — use first</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="211"/>
        <source>to pick</source>
        <translation>to pick</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="275"/>
        <source>No usable stock of this item</source>
        <translation>No usable stock of this item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="315"/>
        <source>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</source>
        <translation>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="319"/>
        <source>Pick lot {lot} inside the do-not-issue window? Give the reason.</source>
        <translation>Pick lot {lot} inside the do-not-issue window? Give the reason.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="113"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="116"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="120"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="144"/>
        <source>label printer {host}:{port} (ZPL)</source>
        <translation>label printer {host}:{port} (ZPL)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="146"/>
        <source>system printer {name}</source>
        <translation>system printer {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="147"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="150"/>
        <source>PDF file in {folder}</source>
        <translation>PDF file in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="151"/>
        <source>Prints to: {where}</source>
        <translation>Prints to: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="163"/>
        <source>{pages} page(s). Check the preview, then print.</source>
        <translation>{pages} page(s). Check the preview, then print.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="184"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="196"/>
        <source>Printed: {what}</source>
        <translation>Printed: {what}</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../ui/screens/put_away.py" line="37"/>
        <source>Move within this site</source>
        <translation>Move within this site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="38"/>
        <source>Send to another site</source>
        <translation>Send to another site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="39"/>
        <source>Arrival from another site</source>
        <translation>Arrival from another site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="46"/>
        <source>the receiving site&apos;s code</source>
        <translation>the receiving site&apos;s code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="50"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>from the label (AI 30/37), else 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="52"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="53"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="54"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="55"/>
        <source>To site</source>
        <translation>To site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="56"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="65"/>
        <source>Put-away / move</source>
        <translation>Put-away / move</translation>
    </message>
</context>
<context>
    <name>QaSignOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="14"/>
        <source>QA sign-off</source>
        <translation>QA sign-off</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="28"/>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="31"/>
        <source>QA user</source>
        <translation>QA user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="29"/>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="32"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="30"/>
        <source>Second QA (if you opened this recall):</source>
        <translation>Second QA (if you opened this recall):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="36"/>
        <source>Sign and close</source>
        <translation>Sign and close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../ui/screens/quality.py" line="77"/>
        <source>Scan the lot, or type a lot number / GTIN / name</source>
        <translation>Scan the lot, or type a lot number / GTIN / name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="87"/>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="91"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="92"/>
        <location filename="../../ui/screens/quality.py" line="154"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="93"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="95"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="96"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="109"/>
        <location filename="../../ui/screens/quality.py" line="252"/>
        <source>No lot chosen</source>
        <translation>No lot chosen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="114"/>
        <source>Why (required for hold, release and reject)</source>
        <translation>Why (required for hold, release and reject)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="115"/>
        <source>Also move the stock</source>
        <translation>Also move the stock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="126"/>
        <source>QC release</source>
        <translation>QC release</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="127"/>
        <source>QC reject</source>
        <translation>QC reject</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="128"/>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="129"/>
        <source>Take off hold</source>
        <translation>Take off hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="130"/>
        <source>Registration number…</source>
        <translation>Registration number…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="131"/>
        <source>Dispose…</source>
        <translation>Dispose…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="132"/>
        <source>Return to supplier…</source>
        <translation>Return to supplier…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="145"/>
        <source>Print quarantine label</source>
        <translation>Print quarantine label</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="155"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="158"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="160"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="175"/>
        <source>QC and quarantine</source>
        <translation>QC and quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="195"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="200"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="209"/>
        <source>Stock waiting for a decision</source>
        <translation>Stock waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="224"/>
        <source>Lots matching “{text}”</source>
        <translation>Lots matching “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="255"/>
        <source>{name} · lot {lot} · {expiry} · {qc} · {hold}</source>
        <translation>{name} · lot {lot} · {expiry} · {qc} · {hold}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="395"/>
        <source>Lot {lot} released by QC</source>
        <translation>Lot {lot} released by QC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="396"/>
        <source>Lot {lot} rejected by QC</source>
        <translation>Lot {lot} rejected by QC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="397"/>
        <source>Lot {lot} is on hold</source>
        <translation>Lot {lot} is on hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="398"/>
        <source>Lot {lot} is off hold</source>
        <translation>Lot {lot} is off hold</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="399"/>
        <source>Registration number recorded: its lots may be used</source>
        <translation>Registration number recorded: its lots may be used</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="400"/>
        <source>Lot {lot} disposed of</source>
        <translation>Lot {lot} disposed of</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="401"/>
        <source>Lot {lot} returned to the supplier</source>
        <translation>Lot {lot} returned to the supplier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="419"/>
        <source>Quarantine label {lot}</source>
        <translation>Quarantine label {lot}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="51"/>
        <source>no expiry date</source>
        <translation>no expiry date</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="54"/>
        <source>expired {date} ({days} days ago)</source>
        <translation>expired {date} ({days} days ago)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57"/>
        <source>expires {date} ({days} days left)</source>
        <translation>expires {date} ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>product code (GTIN)</source>
        <translation>product code (GTIN)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>lot</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="66"/>
        <location filename="../../ui/reasons.py" line="542"/>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="67"/>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="69"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76"/>
        <location filename="../../ui/reasons.py" line="213"/>
        <source>Waiting for the {missing} barcode</source>
        <translation>Waiting for the {missing} barcode</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79"/>
        <source>Scan the other barcode on the same pack.</source>
        <translation>Scan the other barcode on the same pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>Received {qty} of lot {lot}</source>
        <translation>Received {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>Moved {qty} of lot {lot}</source>
        <translation>Moved {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>Picked {qty} of lot {lot}</source>
        <translation>Picked {qty} of lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>Sent {qty} of lot {lot}: in transit</source>
        <translation>Sent {qty} of lot {lot}: in transit</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="91"/>
        <source>{qty} of lot {lot} arrived</source>
        <translation>{qty} of lot {lot} arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="92"/>
        <source>Transfer suggestion for lot {lot} answered</source>
        <translation>Transfer suggestion for lot {lot} answered</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Done: lot {lot}</source>
        <translation>Done: lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="102"/>
        <source>1 {level} = {units} {unit}</source>
        <translation>1 {level} = {units} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="105"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>Put in quarantine on receipt</source>
        <translation>Put in quarantine on receipt</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Mixed lots in this delivery: {lots}</source>
        <translation>Mixed lots in this delivery: {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Carrier {carrier} is not on the supplier&apos;s approved list: warning raised</source>
        <translation>Carrier {carrier} is not on the supplier&apos;s approved list: warning raised</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="137"/>
        <source>The transport logger shows an excursion: QA must assess it</source>
        <translation>The transport logger shows an excursion: QA must assess it</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>Waiting for QC release before use</source>
        <translation>Waiting for QC release before use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Approved by supervisor {name}</source>
        <translation>Approved by supervisor {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>{sent} were sent: the difference of {difference} is recorded</source>
        <translation>{sent} were sent: the difference of {difference} is recorded</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="170"/>
        <source>Lot {lot} expired on {expiry}: do not use</source>
        <translation>Lot {lot} expired on {expiry}: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="173"/>
        <source>Lot {lot} is inside the do-not-issue window ({days} days left)</source>
        <translation>Lot {lot} is inside the do-not-issue window ({days} days left)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="176"/>
        <source>Lot {lot} is waiting for QC release</source>
        <translation>Lot {lot} is waiting for QC release</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="179"/>
        <source>Lot {lot} was rejected by QC: do not use</source>
        <translation>Lot {lot} was rejected by QC: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="182"/>
        <source>Lot {lot} is in quarantine</source>
        <translation>Lot {lot} is in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="183"/>
        <source>Lot {lot} is recalled: do not use</source>
        <translation>Lot {lot} is recalled: do not use</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="184"/>
        <source>Wrong lot: take lot {fefo} first</source>
        <translation>Wrong lot: take lot {fefo} first</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="185"/>
        <source>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</source>
        <translation>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="188"/>
        <source>Item {di} is not known here</source>
        <translation>Item {di} is not known here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="189"/>
        <source>Lot {lot} was never received here</source>
        <translation>Lot {lot} was never received here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="192"/>
        <source>There is no location {location}</source>
        <translation>There is no location {location}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="195"/>
        <source>Lot {lot} is not at this location</source>
        <translation>Lot {lot} is not at this location</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="198"/>
        <source>The label does not match lot {lot} as recorded</source>
        <translation>The label does not match lot {lot} as recorded</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="201"/>
        <source>Short-dated: lot {lot} has only {days} days left</source>
        <translation>Short-dated: lot {lot} has only {days} days left</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="204"/>
        <source>This serial number was already received</source>
        <translation>This serial number was already received</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="207"/>
        <source>The quantity entered does not match the label</source>
        <translation>The quantity entered does not match the label</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="210"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="216"/>
        <source>Unknown or inactive user</source>
        <translation>Unknown or inactive user</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="217"/>
        <source>Wrong user name or PIN</source>
        <translation>Wrong user name or PIN</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="218"/>
        <source>Your role may not do this</source>
        <translation>Your role may not do this</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="219"/>
        <source>This block cannot be overridden</source>
        <translation>This block cannot be overridden</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="222"/>
        <source>Lot {lot}: this device has no registration number yet: do not issue</source>
        <translation>Lot {lot}: this device has no registration number yet: do not issue</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>There is no supplier {supplier}</source>
        <translation>There is no supplier {supplier}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>{location} is the wrong kind of location for this</source>
        <translation>{location} is the wrong kind of location for this</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>From and to are the same location</source>
        <translation>From and to are the same location</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="234"/>
        <source>No receiving location: choose where the goods go</source>
        <translation>No receiving location: choose where the goods go</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="237"/>
        <source>{di} is a package whose contents are not known here: not received</source>
        <translation>{di} is a package whose contents are not known here: not received</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="240"/>
        <source>This is a package of a serialised item: scan each unit&apos;s serial</source>
        <translation>This is a package of a serialised item: scan each unit&apos;s serial</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="243"/>
        <source>The UDI database file cannot be read: nothing imported</source>
        <translation>The UDI database file cannot be read: nothing imported</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="246"/>
        <source>This item is in the master data: change it there</source>
        <translation>This item is in the master data: change it there</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="249"/>
        <source>Lot {lot} is not on that hold</source>
        <translation>Lot {lot} is not on that hold</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="250"/>
        <source>The label&apos;s production date is after its expiry date</source>
        <translation>The label&apos;s production date is after its expiry date</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="253"/>
        <source>The label&apos;s production date is in the future</source>
        <translation>The label&apos;s production date is in the future</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="256"/>
        <source>Something required is missing: {field}</source>
        <translation>Something required is missing: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="259"/>
        <source>A value is not valid: {field}</source>
        <translation>A value is not valid: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="260"/>
        <source>The quantity is not valid</source>
        <translation>The quantity is not valid</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="261"/>
        <source>Give a reason for this</source>
        <translation>Give a reason for this</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="262"/>
        <source>This line is not readable</source>
        <translation>This line is not readable</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="263"/>
        <source>This line is not readable text</source>
        <translation>This line is not readable text</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="264"/>
        <source>Unknown action</source>
        <translation>Unknown action</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="265"/>
        <source>Unknown setting</source>
        <translation>Unknown setting</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="266"/>
        <source>This value is not valid for the setting</source>
        <translation>This value is not valid for the setting</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="269"/>
        <source>These warning tiers or windows are not valid</source>
        <translation>These warning tiers or windows are not valid</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="272"/>
        <source>This warning no longer exists</source>
        <translation>This warning no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="273"/>
        <source>This count no longer exists</source>
        <translation>This count no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="274"/>
        <source>Nothing imported: the file has problems</source>
        <translation>Nothing imported: the file has problems</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="277"/>
        <source>There is no such recall</source>
        <translation>There is no such recall</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="278"/>
        <source>This recall is closed</source>
        <translation>This recall is closed</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="279"/>
        <source>Lot {lot} is not part of this recall</source>
        <translation>Lot {lot} is not part of this recall</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="282"/>
        <source>This recall cannot be opened as filled in</source>
        <translation>This recall cannot be opened as filled in</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="285"/>
        <source>Attach a photo or scan as evidence first</source>
        <translation>Attach a photo or scan as evidence first</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="288"/>
        <source>The evidence file cannot be read</source>
        <translation>The evidence file cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="291"/>
        <source>Units are still unaccounted for</source>
        <translation>Units are still unaccounted for</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="294"/>
        <source>Too many wrong PINs: locked until {until}</source>
        <translation>Too many wrong PINs: locked until {until}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="297"/>
        <source>This PIN is too short: at least {need} characters</source>
        <translation>This PIN is too short: at least {need} characters</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="300"/>
        <source>A second person must sign this</source>
        <translation>A second person must sign this</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="303"/>
        <source>The store is damaged: writing is blocked until an administrator restores it</source>
        <translation>The store is damaged: writing is blocked until an administrator restores it</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="306"/>
        <source>The store cannot be written (read-only)</source>
        <translation>The store cannot be written (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="309"/>
        <source>The disk is full: nothing was written</source>
        <translation>The disk is full: nothing was written</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="312"/>
        <source>The store is busy: try again</source>
        <translation>The store is busy: try again</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="313"/>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="314"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="316"/>
        <source>{location} ({location_class}) is outside what this item needs ({item_class})</source>
        <translation>{location} ({location_class}) is outside what this item needs ({item_class})</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="320"/>
        <source>Lot {lot} is held after a temperature excursion: QA must assess it</source>
        <translation>Lot {lot} is held after a temperature excursion: QA must assess it</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="323"/>
        <source>There is no storage class {name}</source>
        <translation>There is no storage class {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="326"/>
        <source>This storage class is not valid</source>
        <translation>This storage class is not valid</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="329"/>
        <source>The logger file cannot be read: nothing imported</source>
        <translation>The logger file cannot be read: nothing imported</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="332"/>
        <source>There is no such excursion</source>
        <translation>There is no such excursion</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="333"/>
        <source>Lot {lot} is held by a temperature excursion: QA decides the excursion</source>
        <translation>Lot {lot} is held by a temperature excursion: QA decides the excursion</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="336"/>
        <source>This excursion was already decided</source>
        <translation>This excursion was already decided</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="340"/>
        <source>{location} holds stock in transit to another site: it cannot be used here</source>
        <translation>{location} holds stock in transit to another site: it cannot be used here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="343"/>
        <source>This store is not registered with a centre: no transfers yet</source>
        <translation>This store is not registered with a centre: no transfers yet</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="346"/>
        <source>That is this site: choose another site</source>
        <translation>That is this site: choose another site</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="349"/>
        <source>No transfer of lot {lot} is on its way here</source>
        <translation>No transfer of lot {lot} is on its way here</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="352"/>
        <source>This transfer of lot {lot} has already arrived</source>
        <translation>This transfer of lot {lot} has already arrived</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="355"/>
        <source>This transfer suggestion no longer exists</source>
        <translation>This transfer suggestion no longer exists</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="358"/>
        <source>This transfer suggestion was already decided</source>
        <translation>This transfer suggestion was already decided</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="361"/>
        <source>Mixed lots: this delivery would hold lots {lots}: confirm to go on</source>
        <translation>Mixed lots: this delivery would hold lots {lots}: confirm to go on</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="364"/>
        <source>Mixed lots are not allowed for {category}: one lot per delivery ({lots})</source>
        <translation>Mixed lots are not allowed for {category}: one lot per delivery ({lots})</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="368"/>
        <source>Only the warning&apos;s owner ({owner}) or a supervisor chooses what to do</source>
        <translation>Only the warning&apos;s owner ({owner}) or a supervisor chooses what to do</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="371"/>
        <source>Not first in FEFO order: lot {fefo} goes first</source>
        <translation>Not first in FEFO order: lot {fefo} goes first</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="374"/>
        <source>This lot has no supplier on record to return it to</source>
        <translation>This lot has no supplier on record to return it to</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="377"/>
        <source>Outside {supplier}&apos;s return window ({window} days from receipt)</source>
        <translation>Outside {supplier}&apos;s return window ({window} days from receipt)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="380"/>
        <source>This warning is closed</source>
        <translation>This warning is closed</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="381"/>
        <source>No &apos;no action&apos; reason waits for acceptance on this warning</source>
        <translation>No &apos;no action&apos; reason waits for acceptance on this warning</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="384"/>
        <source>This warning has no lot: only &apos;no action, with reason&apos; applies</source>
        <translation>This warning has no lot: only &apos;no action, with reason&apos; applies</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="423"/>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="424"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="425"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="426"/>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="427"/>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="428"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="429"/>
        <source>registration number</source>
        <translation>registration number</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="430"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="431"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="432"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="452"/>
        <source>First expiry first out: lot {fefo} at {location}, {expiry}</source>
        <translation>First expiry first out: lot {fefo} at {location}, {expiry}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="460"/>
        <source>At least {limit} days are required: a supervisor must accept it.</source>
        <translation>At least {limit} days are required: a supervisor must accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="464"/>
        <source>Do-not-issue window: {window} days. A supervisor may override.</source>
        <translation>Do-not-issue window: {window} days. A supervisor may override.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="468"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="470"/>
        <source>It is at: {places}</source>
        <translation>It is at: {places}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="483"/>
        <source>Expired or rejected stock is written off only with a second supervisor&apos;s signature.</source>
        <translation>Expired or rejected stock is written off only with a second supervisor&apos;s signature.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="488"/>
        <source>Whoever opened the recall closes it only with a second QA&apos;s signature.</source>
        <translation>Whoever opened the recall closes it only with a second QA&apos;s signature.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="491"/>
        <source>A count&apos;s variance is approved by someone other than the counter.</source>
        <translation>A count&apos;s variance is approved by someone other than the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="494"/>
        <source>QC release is by someone other than the person who received the lot.</source>
        <translation>QC release is by someone other than the person who received the lot.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="497"/>
        <source>A &apos;no action&apos; reason is accepted by a supervisor other than who gave it.</source>
        <translation>A &apos;no action&apos; reason is accepted by a supervisor other than who gave it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="504"/>
        <source>Import the national UDI database or the item&apos;s package levels; a package is never counted as one unit.</source>
        <translation>Import the national UDI database or the item&apos;s package levels; a package is never counted as one unit.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="510"/>
        <source>QA confirms its registration or filing number, or master data brings it.</source>
        <translation>QA confirms its registration or filing number, or master data brings it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="517"/>
        <source>Lot {lot}: {open} of {affected} unaccounted ({shelf} on shelves, {out} out in departments)</source>
        <translation>Lot {lot}: {open} of {affected} unaccounted ({shelf} on shelves, {out} out in departments)</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="531"/>
        <source>{n} problem(s) found</source>
        <translation>{n} problem(s) found</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="543"/>
        <source>production date</source>
        <translation>production date</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="547"/>
        <source>{field}: label {scanned}, record {stored}</source>
        <translation>{field}: label {scanned}, record {stored}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="553"/>
        <source>Do not use it: a supervisor must check the label and the record.</source>
        <translation>Do not use it: a supervisor must check the label and the record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="574"/>
        <source>The printer did not take the job</source>
        <translation>The printer did not take the job</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="575"/>
        <source>Is it switched on, with paper, at the address in Settings?</source>
        <translation>Is it switched on, with paper, at the address in Settings?</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="582"/>
        <source>The symbol does not fit this label size</source>
        <translation>The symbol does not fit this label size</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="583"/>
        <source>Choose the larger label in Settings.</source>
        <translation>Choose the larger label in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="587"/>
        <source>This label cannot be printed</source>
        <translation>This label cannot be printed</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="591"/>
        <source>Something went wrong: nothing was changed</source>
        <translation>Something went wrong: nothing was changed</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="592"/>
        <source>The details are in the log file.</source>
        <translation>The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="474"/>
        <source>Label: {scanned}, entered: {entered}</source>
        <translation>Label: {scanned}, entered: {entered}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="478"/>
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
        <location filename="../../ui/widgets/recall_closing.py" line="33"/>
        <source>Close recall {id}? Every affected unit must be accounted for.</source>
        <translation>Close recall {id}? Every affected unit must be accounted for.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="56"/>
        <source>Recall {id} closed</source>
        <translation>Recall {id} closed</translation>
    </message>
</context>
<context>
    <name>RecallCollecting</name>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="32"/>
        <source>{n} department(s) marked notified</source>
        <translation>{n} department(s) marked notified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="57"/>
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
</context>
<context>
    <name>RecallEvidence</name>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="42"/>
        <source>Photos and scans</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="44"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>RecallsScreen</name>
    <message>
        <location filename="../../ui/screens/recalls.py" line="67"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="68"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="70"/>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="71"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="72"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="73"/>
        <source>Recovered / affected</source>
        <translation>Recovered / affected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="91"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="92"/>
        <source>Account for units</source>
        <translation>Account for units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="93"/>
        <source>Return or dispose</source>
        <translation>Return or dispose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="94"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="97"/>
        <source>Open a recall…</source>
        <translation>Open a recall…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="101"/>
        <source>Print all notices</source>
        <translation>Print all notices</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="104"/>
        <source>Return note</source>
        <translation>Return note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="107"/>
        <source>Close-out report</source>
        <translation>Close-out report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="110"/>
        <source>Drill report</source>
        <translation>Drill report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="113"/>
        <source>Close the case…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="143"/>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="274"/>
        <source>Cannot open the recall</source>
        <translation>Cannot open the recall</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="275"/>
        <source>Check the scope (lots, dates or serials) and the reason.</source>
        <translation>Check the scope (lots, dates or serials) and the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="293"/>
        <source>Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)</source>
        <translation>Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../ui/screens/receiving.py" line="52"/>
        <source>supplier code, optional</source>
        <translation>supplier code, optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="55"/>
        <source>delivery note number</source>
        <translation>delivery note number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="58"/>
        <source>carrier or route, optional</source>
        <translation>carrier or route, optional</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="62"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>from the label (AI 30/37), else 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="64"/>
        <source>Attach transport logger file…</source>
        <translation>Attach transport logger file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="67"/>
        <location filename="../../ui/screens/receiving.py" line="182"/>
        <source>no transport log</source>
        <translation>no transport log</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="73"/>
        <source>Berlinger export (no mapping)</source>
        <translation>Berlinger export (no mapping)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="77"/>
        <source>Receive the last scan again</source>
        <translation>Receive the last scan again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="82"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="83"/>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="84"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="85"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="86"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="91"/>
        <source>Transport log</source>
        <translation>Transport log</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="98"/>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="172"/>
        <source>Transport logger file</source>
        <translation>Transport logger file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="174"/>
        <source>Logger files (*.txt *.csv *.xlsx)</source>
        <translation>Logger files (*.txt *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="201"/>
        <source>Unknown item: give it a name</source>
        <translation>Unknown item: give it a name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="202"/>
        <source>The scan is kept; it is received once the item has a name.</source>
        <translation>The scan is kept; it is received once the item has a name.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="230"/>
        <source>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</source>
        <translation>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="65"/>
        <source>Scan anywhere on this screen — no need to click a field.</source>
        <translation>Scan anywhere on this screen — no need to click a field.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="169"/>
        <source>{place} is kept outside the range this item needs. A supervisor may accept it, with a reason.</source>
        <translation>{place} is kept outside the range this item needs. A supervisor may accept it, with a reason.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <location filename="../../ui/screens/settings.py" line="73"/>
        <source>Category (empty: all)</source>
        <translation>Category (empty: all)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="73"/>
        <source>Do not issue with fewer days left</source>
        <translation>Do not issue with fewer days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="79"/>
        <source>Add tier</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="81"/>
        <source>Add window</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="83"/>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="85"/>
        <source>Save policy</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="88"/>
        <source>Expiry warnings and do-not-issue windows (whole store)</source>
        <translation>Expiry warnings and do-not-issue windows (whole store)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="105"/>
        <source>Only a supervisor may change the policy.</source>
        <translation>Only a supervisor may change the policy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113"/>
        <source>Enter or Tab</source>
        <translation>Enter or Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="114"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="115"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="134"/>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="135"/>
        <source>Label printer (raw TCP, ZPL)</source>
        <translation>Label printer (raw TCP, ZPL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="136"/>
        <source>System printer</source>
        <translation>System printer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="142"/>
        <source>(default folder)</source>
        <translation>(default folder)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="150"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="159"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} dots/mm ({dpi} dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="169"/>
        <source>Save for this workstation</source>
        <translation>Save for this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="173"/>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="175"/>
        <source>Scanner GS stand-ins (space-separated)</source>
        <translation>Scanner GS stand-ins (space-separated)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="176"/>
        <source>Scanner terminator</source>
        <translation>Scanner terminator</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="180"/>
        <source>Camera and resolution</source>
        <translation>Camera and resolution</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="181"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="182"/>
        <source>Folder for PDF files</source>
        <translation>Folder for PDF files</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Label printer host and port</source>
        <translation>Label printer host and port</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>System printer name</source>
        <translation>System printer name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>Label size and ZPL resolution</source>
        <translation>Label size and ZPL resolution</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Language (from the next start)</source>
        <translation>Language (from the next start)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Policy saved</source>
        <translation>Policy saved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="310"/>
        <source>Saved for this workstation</source>
        <translation>Saved for this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="311"/>
        <source>A new language shows from the next start.</source>
        <translation>A new language shows from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="327"/>
        <source>Row {row}: “{text}” is not a number of days</source>
        <translation>Row {row}: “{text}” is not a number of days</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/screens/stock.py" line="38"/>
        <source>GTIN, lot, or item name (中文 / English)</source>
        <translation>GTIN, lot, or item name (中文 / English)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="68"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="90"/>
        <source>Stock and lots</source>
        <translation>Stock and lots</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="101"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>This barcode cannot be read as a UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="105"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>This barcode carries no lot: scan the one that does</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="120"/>
        <source>searching…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="124"/>
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
        <location filename="../../ui/widgets/sync_status.py" line="60"/>
        <source>This store belongs to another site: an administrator must check</source>
        <translation>This store belongs to another site: an administrator must check</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="63"/>
        <source>A change from the centre could not be applied here: see the log</source>
        <translation>A change from the centre could not be applied here: see the log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="66"/>
        <source>The centre refused some events: a supervisor must correct them</source>
        <translation>The centre refused some events: a supervisor must correct them</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="73"/>
        <source>Sync failed: see the log</source>
        <translation>Sync failed: see the log</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="78"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="129"/>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="130"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="132"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="144"/>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="149"/>
        <source>Sync: not registered with a centre</source>
        <translation>Sync: not registered with a centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="164"/>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="166"/>
        <source>receiving from the centre</source>
        <translation>receiving from the centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="168"/>
        <source>last sync {when}</source>
        <translation>last sync {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="171"/>
        <source>Sync: {state} · {n} waiting to upload</source>
        <translation>Sync: {state} · {n} waiting to upload</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="175"/>
        <source> · {n} refused by the centre</source>
        <translation> · {n} refused by the centre</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="68"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="69"/>
        <source>The workbook could not be written: {path}</source>
        <translation>The workbook could not be written: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="107"/>
        <source>Export to Excel (.xlsx)…</source>
        <translation>Export to Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="115"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
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
        <location filename="../../ui/widgets/tiers.py" line="29"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="30"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="31"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="32"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="47"/>
        <source>QC pending</source>
        <translation>QC pending</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="48"/>
        <source>QC released</source>
        <translation>QC released</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="49"/>
        <source>QC rejected</source>
        <translation>QC rejected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="56"/>
        <source>no hold</source>
        <translation>no hold</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="57"/>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="58"/>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="65"/>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="66"/>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="67"/>
        <source>issue</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="68"/>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="69"/>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="70"/>
        <source>hold released</source>
        <translation>hold released</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="71"/>
        <source>QC release</source>
        <translation>QC release</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="72"/>
        <source>QC reject</source>
        <translation>QC reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="73"/>
        <source>disposal</source>
        <translation>disposal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="74"/>
        <location filename="../../ui/widgets/tiers.py" line="101"/>
        <source>return to supplier</source>
        <translation>return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="75"/>
        <source>count adjustment</source>
        <translation>count adjustment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="76"/>
        <source>transfer out</source>
        <translation>transfer out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="77"/>
        <source>transfer in</source>
        <translation>transfer in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="84"/>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="85"/>
        <source>label mismatch</source>
        <translation>label mismatch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="86"/>
        <source>count difference</source>
        <translation>count difference</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="87"/>
        <source>withdrawn from the market</source>
        <translation>withdrawn from the market</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="88"/>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="89"/>
        <source>low stock</source>
        <translation>low stock</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="90"/>
        <source>transport route</source>
        <translation>transport route</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="91"/>
        <source>logger: no data</source>
        <translation>logger: no data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="99"/>
        <source>use first</source>
        <translation>use first</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="100"/>
        <source>transfer to another site</source>
        <translation>transfer to another site</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="102"/>
        <source>second inspection</source>
        <translation>second inspection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="103"/>
        <source>dispose</source>
        <translation>dispose</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="104"/>
        <source>write off</source>
        <translation>write off</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="105"/>
        <source>no action, with reason</source>
        <translation>no action, with reason</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="108"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="51"/>
        <source>Transfers between sites</source>
        <translation>Transfers between sites</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="57"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="58"/>
        <location filename="../../ui/widgets/transfer_panel.py" line="80"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="59"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="60"/>
        <location filename="../../ui/widgets/transfer_panel.py" line="83"/>
        <source>To site</source>
        <translation>To site</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="61"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="62"/>
        <source>Unused here</source>
        <translation>Unused here</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="68"/>
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="69"/>
        <source>Accept: send it</source>
        <translation>Accept: send it</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="71"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="81"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="82"/>
        <source>From site</source>
        <translation>From site</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="84"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="89"/>
        <source>Suggested by the centre</source>
        <translation>Suggested by the centre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="96"/>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
</context>
<context>
    <name>WarningsScreen</name>
    <message>
        <location filename="../../ui/screens/warnings.py" line="66"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="71"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="92"/>
        <location filename="../../ui/screens/warnings.py" line="135"/>
        <location filename="../../ui/screens/warnings.py" line="174"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="93"/>
        <location filename="../../ui/screens/warnings.py" line="136"/>
        <location filename="../../ui/screens/warnings.py" line="175"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="96"/>
        <location filename="../../ui/screens/warnings.py" line="179"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="97"/>
        <location filename="../../ui/screens/warnings.py" line="222"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="98"/>
        <location filename="../../ui/screens/warnings.py" line="176"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="99"/>
        <location filename="../../ui/screens/warnings.py" line="177"/>
        <location filename="../../ui/screens/warnings.py" line="221"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="100"/>
        <location filename="../../ui/screens/warnings.py" line="137"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="101"/>
        <location filename="../../ui/screens/warnings.py" line="138"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="102"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="95"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="94"/>
        <location filename="../../ui/screens/warnings.py" line="183"/>
        <location filename="../../ui/screens/warnings.py" line="226"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="116"/>
        <source>Raise today&apos;s warnings</source>
        <translation>Raise today&apos;s warnings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="122"/>
        <source>Choose disposition…</source>
        <translation>Choose disposition…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="125"/>
        <source>Accept reason</source>
        <translation>Accept reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="159"/>
        <source>Open warnings</source>
        <translation>Open warnings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="160"/>
        <location filename="../../ui/screens/warnings.py" line="448"/>
        <source>Priority disposal list</source>
        <translation>Priority disposal list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="161"/>
        <source>Forecast: expiring unused</source>
        <translation>Forecast: expiring unused</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="170"/>
        <source>{action} (suggested)</source>
        <translation>{action} (suggested)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="173"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="181"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="182"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="185"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="188"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="200"/>
        <source>Print priority list</source>
        <translation>Print priority list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="203"/>
        <location filename="../../ui/screens/warnings.py" line="251"/>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="206"/>
        <source>Risk = quantity × unit value ÷ days left</source>
        <translation>Risk = quantity × unit value ÷ days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="220"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="223"/>
        <source>Units unused</source>
        <translation>Units unused</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="224"/>
        <source>Value unused</source>
        <translation>Value unused</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="225"/>
        <source>Usage per day</source>
        <translation>Usage per day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="275"/>
        <source>{due} (overdue)</source>
        <translation>{due} (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="316"/>
        <source>{n} lot(s) predicted to expire unused</source>
        <translation>{n} lot(s) predicted to expire unused</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="318"/>
        <source>No lot is predicted to expire unused</source>
        <translation>No lot is predicted to expire unused</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="323"/>
        <source>{n} open warning(s)</source>
        <translation>{n} open warning(s)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="323"/>
        <source>No open warning</source>
        <translation>No open warning</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="346"/>
        <location filename="../../ui/screens/warnings.py" line="362"/>
        <location filename="../../ui/screens/warnings.py" line="390"/>
        <source>Choose a warning first</source>
        <translation>Choose a warning first</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="458"/>
        <source>Export .xlsx</source>
        <translation>Export .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="478"/>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="113"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="119"/>
        <source>Print expiry list</source>
        <translation>Print expiry list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="264"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="79"/>
        <location filename="../../ui/screens/warnings.py" line="331"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="372"/>
        <source>Disposition for warning {id}: {what}</source>
        <translation>Disposition for warning {id}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="376"/>
        <source>Warning {id} closed: the reason is accepted</source>
        <translation>Warning {id} closed: the reason is accepted</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="399"/>
        <source>Warning for lot {lot} acknowledged</source>
        <translation>Warning for lot {lot} acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="415"/>
        <source>{n} new warning(s) raised</source>
        <translation>{n} new warning(s) raised</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="425"/>
        <source>Near-expiry list</source>
        <translation>Near-expiry list</translation>
    </message>
</context>
<context>
    <name>WriteOff</name>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="34"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="35"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="36"/>
        <source>rejected by QC</source>
        <translation>rejected by QC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="37"/>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="38"/>
        <source>other (say why)</source>
        <translation>other (say why)</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="53"/>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="53"/>
        <source>Return to supplier</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="55"/>
        <source>Lot {lot} at {location}: {quantity} on hand.</source>
        <translation>Lot {lot} at {location}: {quantity} on hand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="75"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="77"/>
        <source>Photo or scan…</source>
        <translation>Photo or scan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="89"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="90"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="91"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="93"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="94"/>
        <location filename="../../ui/dialogs/write_off.py" line="110"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="96"/>
        <source>Second person (expired or rejected stock):</source>
        <translation>Second person (expired or rejected stock):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="97"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="98"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="102"/>
        <source>Write off</source>
        <translation>Write off</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="110"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
</TS>
