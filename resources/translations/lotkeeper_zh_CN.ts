<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="138"/>
        <source>Patient record, or why it is written off</source>
        <translation>患者记录，或报废原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="139"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="142"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="143"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="144"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="145"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="146"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="157"/>
        <source>{lot} (out in departments: {out})</source>
        <translation>{lot}（在科室：{out}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="173"/>
        <source>(not known)</source>
        <translation>（不明）</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="78"/>
        <source>Camera </source>
        <translation>摄像头 </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="79"/>
        <location filename="../../ui/widgets/camera_preview.py" line="142"/>
        <source>Start camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="82"/>
        <source>Camera off</source>
        <translation>摄像头未开启</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="117"/>
        <source>No camera could be opened. Use the hand scanner.
({error})</source>
        <translation>无法打开摄像头，请使用手持扫码枪。
（{error}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="127"/>
        <source>Stop camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="156"/>
        <source>The camera stopped: {error}</source>
        <translation>摄像头已停止：{error}</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="14"/>
        <source>Change your PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="17"/>
        <source>Your PIN is shorter than your role needs (six characters for supervisors, QA and administrators). Choose a new one to go on.</source>
        <translation>您的 PIN 码短于您的角色要求（主管、质量和管理员至少 6 位）。请先设置新的 PIN 码再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="31"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="32"/>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="37"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_pin.py" line="44"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>ClimateScreen</name>
    <message>
        <location filename="../../ui/screens/climate.py" line="67"/>
        <source>Import logger file…</source>
        <translation>导入温度记录仪文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="72"/>
        <source>column mapping, for a CSV/.xlsx</source>
        <translation>列映射（表格文件用）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="82"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="83"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="84"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="85"/>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="86"/>
        <source>Min °C</source>
        <translation>最低 °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="87"/>
        <source>Max °C</source>
        <translation>最高 °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="88"/>
        <source>MKT °C</source>
        <translation>平均动力学温度 °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="89"/>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>No data from</source>
        <translation>无数据起</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="94"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="98"/>
        <source>QA&apos;s justification</source>
        <translation>质量部门评估理由</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="99"/>
        <source>Release the lots</source>
        <translation>放行批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="102"/>
        <source>Reject the lots</source>
        <translation>拒收批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="114"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="121"/>
        <source>Excursions and the lots they touched</source>
        <translation>温湿度超标及受影响批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="123"/>
        <source>No-data periods (the logger recorded nothing)</source>
        <translation>无数据时段（记录仪未记录）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="133"/>
        <source>Climate</source>
        <translation>温湿度</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="173"/>
        <source>{location}: {storage}</source>
        <translation>{location}：{storage}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="174"/>
        <source>no class</source>
        <translation>无储存类别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="179"/>
        <source>Temperature °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="198"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="204"/>
        <source>Excursion</source>
        <translation>超标</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="218"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="245"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="254"/>
        <source>%RH</source>
        <translation>%RH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="258"/>
        <source>Humidity %RH</source>
        <translation>湿度 %RH</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="269"/>
        <source>Humidity range</source>
        <translation>湿度范围</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="284"/>
        <source>awaiting QA</source>
        <translation>待质量评估</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="285"/>
        <source>released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="286"/>
        <source>rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="319"/>
        <source>Logger file</source>
        <translation>温度记录仪文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="319"/>
        <source>Logger files (*.txt *.csv *.xlsx)</source>
        <translation>温度记录仪文件 (*.txt *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="348"/>
        <source>This file was imported before: nothing changed</source>
        <translation>该文件已导入过：未作任何更改</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="352"/>
        <source>{readings} new readings, {excursions} new excursions</source>
        <translation>新增 {readings} 条读数，{excursions} 次新超标</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="358"/>
        <source>Lots held for QA: {lots}</source>
        <translation>已冻结待质量评估的批次：{lots}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="361"/>
        <source>{gaps} no-data periods: a warning was raised</source>
        <translation>{gaps} 个无数据时段：已发出预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="373"/>
        <source>Excursion {id}: lots released</source>
        <translation>超标 {id}：批次已放行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/climate.py" line="375"/>
        <source>Excursion {id}: lots rejected</source>
        <translation>超标 {id}：批次已拒收</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../ui/code_words.py" line="22"/>
        <source>Class I</source>
        <comment>recall_level:1</comment>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="23"/>
        <source>Class II</source>
        <comment>recall_level:2</comment>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="24"/>
        <source>Class III</source>
        <comment>recall_level:3</comment>
        <translation>三级</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="25"/>
        <source>Manufacturer</source>
        <comment>recall_source:manufacturer</comment>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="28"/>
        <source>Regulator</source>
        <comment>recall_source:regulator</comment>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="29"/>
        <source>Internal QA</source>
        <comment>recall_source:internal_qa</comment>
        <translation>内部质控</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="30"/>
        <source>Open</source>
        <comment>recall_status:open</comment>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="31"/>
        <source>In progress</source>
        <comment>recall_status:in_progress</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="32"/>
        <source>Closed</source>
        <comment>recall_status:closed</comment>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="33"/>
        <source>Not held</source>
        <comment>hold:none</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="34"/>
        <source>Quarantine</source>
        <comment>hold:quarantine</comment>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="35"/>
        <source>Recalled</source>
        <comment>hold:recall</comment>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="36"/>
        <source>Used on a patient</source>
        <comment>account_kind:used_on_patient</comment>
        <translation>已用于患者</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="39"/>
        <source>Written off</source>
        <comment>account_kind:written_off</comment>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="40"/>
        <source>Receipt</source>
        <comment>movement:receive</comment>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="41"/>
        <source>Move</source>
        <comment>movement:move</comment>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="42"/>
        <source>Issue</source>
        <comment>movement:pick</comment>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="43"/>
        <source>Return from a department</source>
        <comment>movement:return</comment>
        <translation>退库</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="44"/>
        <source>Hold</source>
        <comment>movement:quarantine</comment>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="45"/>
        <source>Hold released</source>
        <comment>movement:release</comment>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="46"/>
        <source>QC release</source>
        <comment>movement:qc_release</comment>
        <translation>质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="47"/>
        <source>QC reject</source>
        <comment>movement:qc_reject</comment>
        <translation>质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="48"/>
        <source>Disposal</source>
        <comment>movement:dispose</comment>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="49"/>
        <source>Return to supplier</source>
        <comment>movement:return_to_supplier</comment>
        <translation>返厂</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="52"/>
        <source>Count adjustment</source>
        <comment>movement:count_adjust</comment>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="53"/>
        <source>Transfer to another site</source>
        <comment>movement:transfer_out</comment>
        <translation>调出到其他站点</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="56"/>
        <source>Transfer from another site</source>
        <comment>movement:transfer_in</comment>
        <translation>从其他站点调入</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="59"/>
        <source>Centre</source>
        <comment>actor:centre</comment>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="60"/>
        <source>Issued</source>
        <comment>recall_step:issued</comment>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="61"/>
        <source>Locked at {place}</source>
        <comment>recall_step:locked</comment>
        <translation>{place} 锁定</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="62"/>
        <source>Notified {place}</source>
        <comment>recall_step:notified</comment>
        <translation>已通知 {place}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="63"/>
        <source>All accounted for</source>
        <comment>recall_step:recovered</comment>
        <translation>全部追回/说明</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="64"/>
        <source>Closed</source>
        <comment>recall_step:closed</comment>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="65"/>
        <source>GTIN {di}, lots {lots}</source>
        <comment>recall_scope:lots</comment>
        <translation>GTIN {di}，批号 {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="66"/>
        <source>GTIN {di}, all lots</source>
        <comment>recall_scope:all_lots</comment>
        <translation>GTIN {di}，全部批号</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="67"/>
        <source>GTIN {di}, produced {start} to {end}</source>
        <comment>recall_scope:produced</comment>
        <translation>GTIN {di}，生产日期 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="70"/>
        <source>GTIN {di}, {n} serial(s)</source>
        <comment>recall_scope:serials</comment>
        <translation>GTIN {di}，{n} 个序列号</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="73"/>
        <source>opened a {level} recall (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:create_recall</comment>
        <translation>发起{level}召回（来源：{source}）：{reason}；{scope}；截止 {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="78"/>
        <source>received a {level} recall from the centre (source: {source}): {reason}; {scope}; deadline {deadline}</source>
        <comment>audit:receive_recall</comment>
        <translation>收到中心发布的{level}召回（来源：{source}）：{reason}；{scope}；截止 {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="84"/>
        <source>blocked {n} lot(s) at this site ({lots}) and made {tasks} task(s)</source>
        <comment>audit:apply_recall</comment>
        <translation>在本库冻结 {n} 个批次（{lots}），生成 {tasks} 项任务</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="89"/>
        <source>drill: recorded {n} lot(s) ({lots}) without blocking them and made {tasks} task(s)</source>
        <comment>audit:apply_drill</comment>
        <translation>演练：记录 {n} 个批次（{lots}），未冻结库存，生成 {tasks} 项任务</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="94"/>
        <source>lot {lot}, received after the recall, joined the case</source>
        <comment>audit:recall_lot</comment>
        <translation>召回发出后收货的批次 {lot} 纳入本案</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="97"/>
        <source>status changed from {before} to {after}</source>
        <comment>audit:recall_status</comment>
        <translation>状态由“{before}”改为“{after}”</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="100"/>
        <source>progress: {recovered} of {affected} units recovered, {unaccounted} unaccounted</source>
        <comment>audit:recall_progress</comment>
        <translation>进度：{affected} 件中已回收 {recovered} 件，{unaccounted} 件未落实</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="105"/>
        <source>notified {departments}</source>
        <comment>audit:recall_notified</comment>
        <translation>已通知 {departments}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="108"/>
        <source>attached evidence {file} for lot {lot}: {note}</source>
        <comment>audit:recall_evidence</comment>
        <translation>附上批号 {lot} 的证据 {file}：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="111"/>
        <source>attached evidence {file} to the case: {note}</source>
        <comment>audit:case_evidence</comment>
        <translation>为本案附上证据 {file}：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="114"/>
        <source>{kind}: lot {lot} ×{quantity}, department {department}; record or reason: {reason}</source>
        <comment>audit:recall_account</comment>
        <translation>{kind}：批号 {lot} ×{quantity}，科室 {department}；记录或原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="119"/>
        <source>signed off and closed the case ({recovered} of {affected} recovered, {documented} documented); status changed from {before} to {after}</source>
        <comment>audit:close_recall</comment>
        <translation>质量签字结案（已追回 {recovered}/{affected}，已说明 {documented}）；状态由“{before}”改为“{after}”</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="125"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}</source>
        <comment>audit:movement</comment>
        <translation>{movement}：批号 {lot} ×{quantity}，{route}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="128"/>
        <source>{movement}: lot {lot} ×{quantity}, {route}; {reason}</source>
        <comment>audit:movement_reason</comment>
        <translation>{movement}：批号 {lot} ×{quantity}，{route}；{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="133"/>
        <source>recorded {action}: {changes}</source>
        <comment>audit:other</comment>
        <translation>记录 {action}：{changes}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="135"/>
        <source>Critical warning</source>
        <comment>notify_title:CRITICAL_WARNING</comment>
        <translation>严重预警</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="140"/>
        <source>Critical warnings today</source>
        <comment>notify_title:CRITICAL_WARNINGS</comment>
        <translation>今日严重预警</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="145"/>
        <source>Recall task</source>
        <comment>notify_title:RECALL_TASK</comment>
        <translation>召回任务</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="150"/>
        <source>Refused by the centre</source>
        <comment>notify_title:SYNC_REFUSED</comment>
        <translation>中心拒收</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="155"/>
        <source>Dispositions overdue</source>
        <comment>notify_title:DISPOSITIONS_OVERDUE</comment>
        <translation>处置超期</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="160"/>
        <source>Lot {lot} of {di} (expiry {expiry}) is at level {level} ({kind}); stock at {where}. Choose its disposition now.</source>
        <comment>notify:CRITICAL_WARNING</comment>
        <translation>产品 {di} 批号 {lot}（有效期 {expiry}）已到 {level} 级预警（{kind}）；库存位于 {where}。请立即选择处置方式。</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="166"/>
        <source>{count} lots reached a critical or expired warning on {day}: see the warnings screen.</source>
        <comment>notify:CRITICAL_WARNINGS</comment>
        <translation>{day} 有 {count} 个批号进入严重或过期预警：请查看预警界面。</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="171"/>
        <source>Recall {recall}: {quantity} units at {location} ({name}) must be collected into quarantine or accounted for. Reason: {reason}</source>
        <comment>notify:RECALL_TASK</comment>
        <translation>召回 {recall}：{location}（{name}）的 {quantity} 件须收回隔离或说明去向。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="177"/>
        <source>The centre refused event {seq} ({type}): {code} {message}. A supervisor must correct or discard it.</source>
        <comment>notify:SYNC_REFUSED</comment>
        <translation>中心拒收了事件 {seq}（{type}）：{code} {message}。须由主管更正或放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="183"/>
        <source>The disposition of {count} warning(s) is overdue; they are escalated. Warnings: {alerts}.
Warning / GTIN / lot / due:
{lots}
The warnings screen lists them as overdue.</source>
        <comment>notify:DISPOSITIONS_OVERDUE</comment>
        <translation>{count} 条预警的处置已超期，已升级处理。预警号：{alerts}。
预警号 / 产品标识 / 批号 / 处置期限：
{lots}
预警界面将其列为超期。</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="191"/>
        <source>Use first</source>
        <comment>disposition:use_first</comment>
        <translation>优先使用</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="192"/>
        <source>Transfer</source>
        <comment>disposition:transfer</comment>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="193"/>
        <source>Return to supplier</source>
        <comment>disposition:return_to_supplier</comment>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="196"/>
        <source>Second inspection</source>
        <comment>disposition:second_inspection</comment>
        <translation>二次检验</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="199"/>
        <source>Dispose</source>
        <comment>disposition:dispose</comment>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="200"/>
        <source>Write off</source>
        <comment>disposition:write_off</comment>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="201"/>
        <source>No action</source>
        <comment>disposition:no_action</comment>
        <translation>不处置</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="202"/>
        <source>Notice</source>
        <comment>warning_level:notice</comment>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="203"/>
        <source>Warning</source>
        <comment>warning_level:warning</comment>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="204"/>
        <source>Critical</source>
        <comment>warning_level:critical</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="205"/>
        <source>Expired</source>
        <comment>warning_level:expired</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="206"/>
        <source>Expiry</source>
        <comment>warning_kind:expiry</comment>
        <translation>效期</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="207"/>
        <source>Label mismatch</source>
        <comment>warning_kind:data_mismatch</comment>
        <translation>标签不符</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="210"/>
        <source>Count difference</source>
        <comment>warning_kind:count_discrepancy</comment>
        <translation>盘点差异</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="213"/>
        <source>Recall</source>
        <comment>warning_kind:recall</comment>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="214"/>
        <source>Withdrawn</source>
        <comment>warning_kind:withdrawn</comment>
        <translation>已退市</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="215"/>
        <source>Low stock</source>
        <comment>warning_kind:low_stock</comment>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../ui/code_words.py" line="216"/>
        <source>Logger: no data</source>
        <comment>warning_kind:logger_gap</comment>
        <translation>记录仪无数据</translation>
    </message>
</context>
<context>
    <name>ConfirmItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="13"/>
        <source>Registration number</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="16"/>
        <source>{name} ({di}) has no registration or filing number: its lots stay blocked. Enter the number from the certificate.</source>
        <translation>{name}（{di}）没有注册证号或备案凭证号：其批次将保持冻结。请按证书录入编号。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="25"/>
        <source>Registration or filing number</source>
        <translation>注册证号或备案凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="26"/>
        <source>Chinese name (optional)</source>
        <translation>中文名称（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="30"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_item.py" line="31"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <location filename="../../ui/screens/counting.py" line="50"/>
        <source>Print location label</source>
        <translation>打印货位标签</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="53"/>
        <source>Scan a lot on this shelf</source>
        <translation>请扫描本货位上的批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="58"/>
        <source>Record count</source>
        <translation>记录盘点</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="66"/>
        <source>Counted</source>
        <translation>盘点时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="67"/>
        <location filename="../../ui/screens/counting.py" line="85"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="68"/>
        <location filename="../../ui/screens/counting.py" line="84"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="69"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="70"/>
        <source>Counted qty</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="71"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="72"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="76"/>
        <source>Approve variance…</source>
        <translation>审批差异…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="89"/>
        <source>Counted quantity</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="91"/>
        <source>Variances awaiting a supervisor</source>
        <translation>待主管审批的盘点差异</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="103"/>
        <source>Stock count</source>
        <translation>库存盘点</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="152"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>此条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="157"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>此条码不含批号：请扫描带批号的条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="161"/>
        <source>Lot {lot} (GTIN {di})</source>
        <translation>批号 {lot}（GTIN {di}）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="184"/>
        <source>Count matches: lot {lot}</source>
        <translation>盘点相符：批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="189"/>
        <source>Variance {variance:+d} on lot {lot}: awaits a supervisor</source>
        <translation>批号 {lot} 差异 {variance:+d}：待主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="192"/>
        <source>Stock is unchanged until a supervisor approves the count.</source>
        <translation>主管审批前库存不变。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="195"/>
        <source>Scan the next lot</source>
        <translation>请扫描下一个批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="212"/>
        <source>Book the variance {variance:+d} of lot {lot} at {location}?</source>
        <translation>确认将货位 {location} 批号 {lot} 的差异 {variance:+d} 入账？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="230"/>
        <source>Variance approved and booked: lot {lot}</source>
        <translation>差异已审批入账：批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/counting.py" line="244"/>
        <source>Location label {code}</source>
        <translation>货位标签 {code}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="115"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="119"/>
        <source>Export to Excel…</source>
        <translation>导出电子表格…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="122"/>
        <source>Management report (PDF)…</source>
        <translation>管理月报（文档）…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="126"/>
        <location filename="../../ui/screens/dashboard.py" line="625"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="128"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="137"/>
        <location filename="../../ui/screens/dashboard.py" line="245"/>
        <source>Reading the KPIs…</source>
        <translation>正在读取指标…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="160"/>
        <location filename="../../ui/screens/dashboard.py" line="579"/>
        <source>Expired before use, per item</source>
        <translation>使用前过期（按品目）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="181"/>
        <source>Risk lots: units per location and tier</source>
        <translation>高风险批次：各库位各级别数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="191"/>
        <source>Click a chart to see the rows behind it.</source>
        <translation>点击图表查看其明细。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="216"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="264"/>
        <source>{start} to {end}; risk lots as of {on}</source>
        <translation>{start} 至 {end}；高风险批次按 {on} 计</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="279"/>
        <source>Stock turnover {value}
{issued} issued, {average} on hand on average</source>
        <translation>库存周转率 {value}
出库 {issued}，平均库存 {average}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="285"/>
        <source>Warnings: disposition chosen in {chosen} h, closed in {closed} h (medians)
{share} closed by their due time</source>
        <translation>预警选定处置 {chosen} 小时，关闭 {closed} 小时（中位数）
按期关闭 {share}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="295"/>
        <source>Warnings closed by a disposal in {days} days (median)
{share} by their due time</source>
        <translation>预警至处置完成 {days} 天（中位数）
按期处置 {share}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="300"/>
        <source>Recalls: locked in {lock} h, departments told in {notify} h, all accounted for in {account} h (medians)</source>
        <translation>召回：锁定 {lock} 小时，通知科室 {notify} 小时，全部清点 {account} 小时（中位数）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="309"/>
        <source>Potential recall cost {cost}
risk lots&apos; value {value}</source>
        <translation>潜在召回成本 {cost}
高风险批次价值 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="315"/>
        <source>Unplanned picks {unplanned} per 1,000
overrides {overrides} per 1,000</source>
        <translation>非计划出库 每千次 {unplanned}
超控出库 每千次 {overrides}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="320"/>
        <source>Mismatched scans {rate} per 1,000
(label {data}, not FEFO {fefo}, wrong item {wrong})</source>
        <translation>错配扫描 每千次 {rate}
（标签不符 {data}，未按近效期先出 {fefo}，错品 {wrong}）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="332"/>
        <source>Expired before use: {units} units, value {value}
{items} items, {suppliers} suppliers</source>
        <translation>使用前过期：{units} 件，金额 {value}
涉及 {items} 个品目、{suppliers} 个供应商</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="342"/>
        <source>chain never verified</source>
        <translation>审计链从未核验</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="344"/>
        <source>chain intact at the last check</source>
        <translation>上次核验审计链完整</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="346"/>
        <source>chain BROKEN at the last check</source>
        <translation>上次核验审计链断裂</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="349"/>
        <source>Audit: {moves} of movements audited, {recalls} of closed recalls with evidence; {chain}</source>
        <translation>审计：{moves} 的库存移动有审计记录，{recalls} 的已关闭召回有处置证据；{chain}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="429"/>
        <source>Expiry rate %</source>
        <translation>过期率 %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="429"/>
        <source>Short-dated deliveries %</source>
        <translation>近效期到货 %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="437"/>
        <source>Supplier expiry rate</source>
        <translation>供应商过期率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="451"/>
        <source>Other items</source>
        <translation>其他品种</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="463"/>
        <source>Department usage (units)</source>
        <translation>科室使用量（数量）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="471"/>
        <location filename="../../ui/screens/dashboard.py" line="626"/>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="472"/>
        <location filename="../../ui/screens/dashboard.py" line="627"/>
        <location filename="../../ui/screens/dashboard.py" line="641"/>
        <source>Issued</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="473"/>
        <location filename="../../ui/screens/dashboard.py" line="628"/>
        <source>Written off expired</source>
        <translation>过期报损</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="482"/>
        <source>Monthly trend (units)</source>
        <translation>月度趋势（数量）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to lock (h)</source>
        <translation>锁定（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to notify (h)</source>
        <translation>通知（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="487"/>
        <source>to account (h)</source>
        <translation>清点（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="496"/>
        <source>Recall response time</source>
        <translation>召回响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="525"/>
        <source>Risk lots at {location}, {tier}</source>
        <translation>{location} 的高风险批次：{tier}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="534"/>
        <source>Lot</source>
        <translation>批号</translation>
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
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="537"/>
        <source>Expiry</source>
        <translation>效期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="538"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="552"/>
        <source>Supplier {code}</source>
        <translation>供应商 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="554"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="555"/>
        <source>Units received</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="556"/>
        <location filename="../../ui/screens/dashboard.py" line="583"/>
        <source>Units expired</source>
        <translation>过期数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="557"/>
        <location filename="../../ui/screens/dashboard.py" line="584"/>
        <source>Value expired</source>
        <translation>过期金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="558"/>
        <source>Expiry rate</source>
        <translation>过期率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="559"/>
        <source>Deliveries</source>
        <translation>到货次数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="560"/>
        <source>Short-dated</source>
        <translation>近效期到货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="598"/>
        <source>Department {code}: units used per item</source>
        <translation>科室 {code}：各品种使用量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="602"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="603"/>
        <source>Days of cover</source>
        <translation>可用天数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="604"/>
        <source>Off target by</source>
        <translation>偏离目标</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="623"/>
        <source>Month {month}</source>
        <translation>{month} 月</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="638"/>
        <source>Recall {id}</source>
        <translation>召回 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="640"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="642"/>
        <source>Hours to lock</source>
        <translation>锁定用时（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="643"/>
        <source>Hours to notify</source>
        <translation>通知用时（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="644"/>
        <source>Hours to account</source>
        <translation>清点用时（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="645"/>
        <source>Affected units</source>
        <translation>涉及数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="646"/>
        <source>Potential cost</source>
        <translation>潜在成本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="665"/>
        <source>Export to Excel</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="681"/>
        <source>Management report</source>
        <translation>管理月报</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="699"/>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="16"/>
        <source>Choose a disposition</source>
        <translation>选择处置方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="24"/>
        <source>transfer: the site it goes to; use first: a department (optional)</source>
        <translation>调拨：目标库房；优先使用：科室（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="28"/>
        <source>required for no action</source>
        <translation>选择不处置时必填</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="30"/>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="31"/>
        <source>Site or department</source>
        <translation>库房或科室</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="32"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="34"/>
        <source>What will be done about lot {lot}?</source>
        <translation>批次 {lot} 如何处置？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="39"/>
        <source>Choose</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/disposition.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DrillReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="34"/>
        <source>Drill report {id}</source>
        <translation>演练报告 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="38"/>
        <location filename="../../ui/dialogs/drill_report.py" line="66"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="41"/>
        <source>{scope} · {level} · deadline {deadline}
Departments notified: {done} of {all}, the last {slowest} after issue.
Recovered {recovered} of {affected}; documented {documented}; unaccounted {unaccounted}.</source>
        <translation>{scope} · {level} · 期限 {deadline}
已通知科室：{done} / {all}，最后一个在发出后 {slowest}。
已追回 {recovered} / {affected}；已说明 {documented}；未说明 {unaccounted}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="59"/>
        <source>This is a real recall, not a drill.</source>
        <translation>这是真实召回，不是演练。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="61"/>
        <source>After issue</source>
        <translation>距发出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="70"/>
        <source>Print the close-out report</source>
        <translation>打印结案报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drill_report.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="70"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="71"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="89"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="72"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="73"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="74"/>
        <location filename="../../ui/widgets/recall_evidence.py" line="91"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="75"/>
        <source>SHA-256</source>
        <translation>文件校验值</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="84"/>
        <source>What it shows, e.g. the supplier&apos;s signed receipt</source>
        <translation>内容说明，例如供应商签收单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="85"/>
        <source>Attach a photo or scan…</source>
        <translation>附加照片或扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="110"/>
        <source>the whole case</source>
        <translation>整个召回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="123"/>
        <source>Attach evidence to {id}</source>
        <translation>为 {id} 附加证据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="144"/>
        <source>{file} attached to {id}</source>
        <translation>{file} 已附加到 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="145"/>
        <source>SHA-256 {sha}</source>
        <translation>文件校验值（SHA-256）{sha}</translation>
    </message>
</context>
<context>
    <name>ExitsPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="75"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="76"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="77"/>
        <source>Quarantine location</source>
        <translation>隔离库位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="79"/>
        <source>In quarantine</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="88"/>
        <source>all in quarantine</source>
        <translation>隔离区全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="93"/>
        <source>The supplier&apos;s return authorisation (RMA) or shipment number</source>
        <translation>供应商退货授权号或发货单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="97"/>
        <source>Ship to the supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="103"/>
        <source>How it was disposed of, e.g. incinerated by the contractor</source>
        <translation>销毁方式，例如由处置单位焚烧</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="107"/>
        <source>second supervisor (expired stock)</source>
        <translation>第二位主管（过期库存）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="111"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="112"/>
        <source>Dispose with evidence…</source>
        <translation>销毁（附证据）…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="129"/>
        <source>Quantity per lot</source>
        <translation>每批数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="130"/>
        <source>Return to supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="131"/>
        <source>Dispose of</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="159"/>
        <source>(no return bay)</source>
        <translation>（无退货区）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="183"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>此条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="194"/>
        <source>Lot {lot} of this recall is not in quarantine</source>
        <translation>本召回的批号 {lot} 不在隔离区</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="197"/>
        <source>Collect it into quarantine first (Tasks tab).</source>
        <translation>请先将其收回隔离区（任务页）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="205"/>
        <source>Lot {lot} chosen</source>
        <translation>已选批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="226"/>
        <source>Enter the supplier&apos;s return reference first</source>
        <translation>请先填写供应商退货单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="227"/>
        <source>It is recorded with the shipment in the stock ledger.</source>
        <translation>该单号随本次发货记入库存台账。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="260"/>
        <source>{n} unit(s) shipped back to the supplier</source>
        <translation>已退回供应商 {n} 件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="263"/>
        <source>Lots {lots}. The return note follows.</source>
        <translation>批号 {lots}。接下来打印退货单。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="278"/>
        <source>Say how the goods were disposed of first</source>
        <translation>请先填写销毁方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="281"/>
        <source>Evidence of the disposal (photo or scan)</source>
        <translation>销毁证据（照片或扫描件）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="286"/>
        <source>A disposal needs a photo or scan as evidence</source>
        <translation>销毁必须附照片或扫描件作为证据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="287"/>
        <source>Nothing was disposed of.</source>
        <translation>未销毁任何物品。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="320"/>
        <source>{n} unit(s) disposed of, with evidence</source>
        <translation>已销毁 {n} 件，证据已存档</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_exits.py" line="323"/>
        <source>Lots {lots}</source>
        <translation>批号 {lots}</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="13"/>
        <source>Unknown item</source>
        <translation>未知物品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="16"/>
        <source>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</source>
        <translation>物品 {di} 不在本库主数据中。请输入名称后收货；主数据更新前，该物品为临时物品。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="23"/>
        <source>Item name</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="27"/>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Lotkeeper — log in</source>
        <translation>Lotkeeper — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Locked: {name}</source>
        <translation>已锁定：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <location filename="../../ui/login.py" line="75"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="68"/>
        <source>Log in again, or as someone else. Or scan your badge.</source>
        <translation>请重新登录，或换人登录，也可刷工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>Or scan your badge.</source>
        <translation>或扫描工牌登录。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="132"/>
        <source>Wrong user name, PIN or badge. Try again.</source>
        <translation>用户名、密码或工牌错误，请重试。</translation>
    </message>
</context>
<context>
    <name>LotDetails</name>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="17"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="18"/>
        <source>GTIN / UDI-DI</source>
        <translation>GTIN / UDI-DI</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="19"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="20"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="21"/>
        <source>Quantity on label</source>
        <translation>标签数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="39"/>
        <source>{name} (provisional)</source>
        <translation>{name}（临时）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="41"/>
        <source>Unknown item</source>
        <translation>未知物品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_details.py" line="48"/>
        <source>label {label} ≠ record {record}</source>
        <translation>标签 {label} ≠ 记录 {record}</translation>
    </message>
</context>
<context>
    <name>LotPanel</name>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="55"/>
        <source>Scan a lot or choose one in the table</source>
        <translation>请扫描批号或在表中选择</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="58"/>
        <source>Print lot label</source>
        <translation>打印批号标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="69"/>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="70"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="71"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="72"/>
        <source>QC result</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="74"/>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="75"/>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="84"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="88"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="89"/>
        <source>Issued</source>
        <translation>领用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="90"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="91"/>
        <source>Net</source>
        <translation>净领用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="92"/>
        <source>Last issue</source>
        <translation>最近领用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="97"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="98"/>
        <source>Movement</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="99"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="100"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="101"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="102"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="103"/>
        <source>Reason / reference</source>
        <translation>原因 / 单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="111"/>
        <source>Stock per location</source>
        <translation>各货位库存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="112"/>
        <source>Issued per department</source>
        <translation>各科室领用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="114"/>
        <source>Movement history</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="138"/>
        <source>Lot {lot} · {name}</source>
        <translation>批号 {lot} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="144"/>
        <source>{names} — GTIN {di}, model {model}, registration {reg}</source>
        <translation>{names} — GTIN {di}，型号 {model}，注册证号 {reg}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="159"/>
        <source>{hold} — reason: {reason}</source>
        <translation>{hold} — 原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="200"/>
        <source>{qc} ({when}, {who})</source>
        <translation>{qc}（{when}，{who}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="206"/>
        <source>{when}: {qty} from {supplier} into {into}, by {who} {ref}</source>
        <translation>{when}：{qty} 件，供应商 {supplier}，入 {into}，经办人 {who} {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="218"/>
        <source>never received</source>
        <translation>从未入库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_panel.py" line="226"/>
        <source>Lot label {lot}</source>
        <translation>批号标签 {lot}</translation>
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
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="158"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="159"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="160"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="161"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/lot_table.py" line="162"/>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Lotkeeper — medical device stock</source>
        <translation>Lotkeeper — 医疗器械库存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>quality</source>
        <translation>质管</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>NewRecallDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="25"/>
        <source>Open a recall</source>
        <translation>发起召回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="30"/>
        <source>Listed lots</source>
        <translation>指定批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="31"/>
        <source>All lots of the GTIN</source>
        <translation>该 GTIN 的全部批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="32"/>
        <source>Lots produced in a date range</source>
        <translation>生产日期范围内的批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="35"/>
        <source>Lot numbers, separated by commas</source>
        <translation>批号，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="51"/>
        <source>Drill (same workflow and timings, stock is not blocked)</source>
        <translation>召回演练（流程与计时相同，不锁定库存）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="63"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="64"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="65"/>
        <source>Lots</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="66"/>
        <source>Produced from / to</source>
        <translation>生产日期 从 / 至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="67"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="68"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="70"/>
        <source>Instructions</source>
        <translation>处理要求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="72"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="73"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="74"/>
        <source>Open the recall</source>
        <translation>发起召回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_recall.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OpenWarnings</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="23"/>
        <source>Warnings: …</source>
        <translation>预警：…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="25"/>
        <source>Warnings: {total} · critical {critical}</source>
        <translation>预警：{total} · 严重 {critical}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="29"/>
        <source> · overdue {overdue}</source>
        <translation> · 逾期 {overdue}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override.py" line="14"/>
        <source>Supervisor decision</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="25"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="26"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="27"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="31"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <location filename="../../ui/screens/picking.py" line="65"/>
        <source>department request number</source>
        <translation>科室申领单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="68"/>
        <source>GTIN of the item</source>
        <translation>物品 GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="72"/>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="76"/>
        <source>Confirm mixed lots</source>
        <translation>确认混批出库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="80"/>
        <source>Supervisor override…</source>
        <translation>主管授权…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="85"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="86"/>
        <source>Request</source>
        <translation>申领单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="91"/>
        <source>New line</source>
        <translation>新明细</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="97"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="98"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="99"/>
        <source>Take lot (FEFO)</source>
        <translation>应取批号（先到期先出）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="100"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="101"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="102"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="118"/>
        <source>Picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="169"/>
        <source>Item {di} is not known here</source>
        <translation>本库没有物品 {di}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="205"/>
        <source>✔ picked lot {lot}</source>
        <translation>✔ 已拣批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="207"/>
        <source>no usable stock</source>
        <translation>无可用库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="209"/>
        <source>to pick — use first</source>
        <translation>待拣 — 优先使用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="211"/>
        <source>to pick</source>
        <translation>待拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="275"/>
        <source>No usable stock of this item</source>
        <translation>该物品无可用库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="315"/>
        <source>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</source>
        <translation>按先到期先出应取批号 {fefo}，确定改拣批号 {lot}？请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="319"/>
        <source>Pick lot {lot} inside the do-not-issue window? Give the reason.</source>
        <translation>批号 {lot} 已在禁发期内，确定拣货？请填写原因。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="113"/>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="116"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="120"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="144"/>
        <source>label printer {host}:{port} (ZPL)</source>
        <translation>标签打印机 {host}:{port}（ZPL）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="146"/>
        <source>system printer {name}</source>
        <translation>系统打印机 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="147"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="150"/>
        <source>PDF file in {folder}</source>
        <translation>PDF 文件，保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="151"/>
        <source>Prints to: {where}</source>
        <translation>打印到：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="163"/>
        <source>{pages} page(s). Check the preview, then print.</source>
        <translation>共 {pages} 页。请核对预览后打印。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="184"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="196"/>
        <source>Printed: {what}</source>
        <translation>已打印：{what}</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../ui/screens/put_away.py" line="37"/>
        <source>Move within this site</source>
        <translation>本站内移库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="38"/>
        <source>Send to another site</source>
        <translation>调拨到其他站点</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="39"/>
        <source>Arrival from another site</source>
        <translation>其他站点调入到货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="46"/>
        <source>the receiving site&apos;s code</source>
        <translation>调入站点代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="50"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>按标签（AI 30/37），否则为 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="52"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="53"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="54"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="55"/>
        <source>To site</source>
        <translation>调入站点</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="56"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="65"/>
        <source>Put-away / move</source>
        <translation>上架 / 移库</translation>
    </message>
</context>
<context>
    <name>QaSignOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="14"/>
        <source>QA sign-off</source>
        <translation>质量签字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="28"/>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="31"/>
        <source>QA user</source>
        <translation>质量人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="29"/>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="32"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="30"/>
        <source>Second QA (if you opened this recall):</source>
        <translation>第二位质量人员（如召回由您发起）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="36"/>
        <source>Sign and close</source>
        <translation>签字并结案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/qa_sign_off.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../ui/screens/quality.py" line="77"/>
        <source>Scan the lot, or type a lot number / GTIN / name</source>
        <translation>扫描批号，或输入批号 / GTIN / 品名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="87"/>
        <source>not registered</source>
        <translation>无注册证</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="91"/>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="92"/>
        <location filename="../../ui/screens/quality.py" line="154"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="93"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="95"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="96"/>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="109"/>
        <location filename="../../ui/screens/quality.py" line="252"/>
        <source>No lot chosen</source>
        <translation>未选择批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="114"/>
        <source>Why (required for hold, release and reject)</source>
        <translation>原因（冻结、解冻和质检不合格时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="115"/>
        <source>Also move the stock</source>
        <translation>同时移库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="126"/>
        <source>QC release</source>
        <translation>质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="127"/>
        <source>QC reject</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="128"/>
        <source>Put on hold</source>
        <translation>冻结（隔离）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="129"/>
        <source>Take off hold</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="130"/>
        <source>Registration number…</source>
        <translation>注册证号…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="131"/>
        <source>Dispose…</source>
        <translation>销毁…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="132"/>
        <source>Return to supplier…</source>
        <translation>退回供应商…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="145"/>
        <source>Print quarantine label</source>
        <translation>打印隔离标签</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="155"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="158"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="160"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="175"/>
        <source>QC and quarantine</source>
        <translation>质检与隔离</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="195"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>此条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="200"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>此条码不含批号：请扫描带批号的条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="209"/>
        <source>Stock waiting for a decision</source>
        <translation>待处理的库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="224"/>
        <source>Lots matching “{text}”</source>
        <translation>匹配“{text}”的批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="255"/>
        <source>{name} · lot {lot} · {expiry} · {qc} · {hold}</source>
        <translation>{name} · 批号 {lot} · {expiry} · {qc} · {hold}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="395"/>
        <source>Lot {lot} released by QC</source>
        <translation>批号 {lot} 已质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="396"/>
        <source>Lot {lot} rejected by QC</source>
        <translation>批号 {lot} 质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="397"/>
        <source>Lot {lot} is on hold</source>
        <translation>批号 {lot} 已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="398"/>
        <source>Lot {lot} is off hold</source>
        <translation>批号 {lot} 已解除冻结</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="399"/>
        <source>Registration number recorded: its lots may be used</source>
        <translation>已登记注册证号：其批次可以使用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="400"/>
        <source>Lot {lot} disposed of</source>
        <translation>批号 {lot} 已销毁</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="401"/>
        <source>Lot {lot} returned to the supplier</source>
        <translation>批号 {lot} 已退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/screens/quality.py" line="419"/>
        <source>Quarantine label {lot}</source>
        <translation>隔离标签 {lot}</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="51"/>
        <source>no expiry date</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="54"/>
        <source>expired {date} ({days} days ago)</source>
        <translation>已于 {date} 过期（{days} 天前）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57"/>
        <source>expires {date} ({days} days left)</source>
        <translation>有效期至 {date}（剩余 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>product code (GTIN)</source>
        <translation>产品码（GTIN）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="66"/>
        <location filename="../../ui/reasons.py" line="542"/>
        <source>expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="67"/>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="69"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76"/>
        <location filename="../../ui/reasons.py" line="213"/>
        <source>Waiting for the {missing} barcode</source>
        <translation>等待扫描{missing}条码</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79"/>
        <source>Scan the other barcode on the same pack.</source>
        <translation>请扫描同一包装上的另一个条码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>Received {qty} of lot {lot}</source>
        <translation>已收货：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>Moved {qty} of lot {lot}</source>
        <translation>已移库：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>Picked {qty} of lot {lot}</source>
        <translation>已拣货：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>Sent {qty} of lot {lot}: in transit</source>
        <translation>已调出批号 {lot} 共 {qty}：在途</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="91"/>
        <source>{qty} of lot {lot} arrived</source>
        <translation>批号 {lot} 到货 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="92"/>
        <source>Transfer suggestion for lot {lot} answered</source>
        <translation>批号 {lot} 的调拨建议已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Done: lot {lot}</source>
        <translation>完成：批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="102"/>
        <source>1 {level} = {units} {unit}</source>
        <translation>1 {level} = {units} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="105"/>
        <source>units</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>Put in quarantine on receipt</source>
        <translation>收货即隔离</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Mixed lots in this delivery: {lots}</source>
        <translation>本次配送混批：{lots}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Carrier {carrier} is not on the supplier&apos;s approved list: warning raised</source>
        <translation>承运方 {carrier} 不在该供应商的认可名单中：已发出运输途径预警</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="137"/>
        <source>The transport logger shows an excursion: QA must assess it</source>
        <translation>运输温度记录显示超标：须质量部门评估</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>Waiting for QC release before use</source>
        <translation>待质检放行后方可使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Approved by supervisor {name}</source>
        <translation>主管 {name} 已授权</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>{sent} were sent: the difference of {difference} is recorded</source>
        <translation>调出数量为 {sent}：差异 {difference} 已记录</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="170"/>
        <source>Lot {lot} expired on {expiry}: do not use</source>
        <translation>批号 {lot} 已于 {expiry} 过期：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="173"/>
        <source>Lot {lot} is inside the do-not-issue window ({days} days left)</source>
        <translation>批号 {lot} 在禁发期内（剩余 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="176"/>
        <source>Lot {lot} is waiting for QC release</source>
        <translation>批号 {lot} 待质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="179"/>
        <source>Lot {lot} was rejected by QC: do not use</source>
        <translation>批号 {lot} 质检不合格：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="182"/>
        <source>Lot {lot} is in quarantine</source>
        <translation>批号 {lot} 已隔离</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="183"/>
        <source>Lot {lot} is recalled: do not use</source>
        <translation>批号 {lot} 已召回：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="184"/>
        <source>Wrong lot: take lot {fefo} first</source>
        <translation>批号错误：请先取批号 {fefo}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="185"/>
        <source>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</source>
        <translation>批号 {lot} 库存不足：现有 {on_hand}，需要 {asked}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="188"/>
        <source>Item {di} is not known here</source>
        <translation>本库没有物品 {di}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="189"/>
        <source>Lot {lot} was never received here</source>
        <translation>批号 {lot} 未在本库收货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="192"/>
        <source>There is no location {location}</source>
        <translation>没有货位 {location}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="195"/>
        <source>Lot {lot} is not at this location</source>
        <translation>批号 {lot} 不在此货位</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="198"/>
        <source>The label does not match lot {lot} as recorded</source>
        <translation>标签与批号 {lot} 的记录不符</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="201"/>
        <source>Short-dated: lot {lot} has only {days} days left</source>
        <translation>近效期：批号 {lot} 仅剩 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="204"/>
        <source>This serial number was already received</source>
        <translation>该序列号已收过货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="207"/>
        <source>The quantity entered does not match the label</source>
        <translation>输入数量与标签不符</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="210"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>此条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="216"/>
        <source>Unknown or inactive user</source>
        <translation>用户不存在或已停用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="217"/>
        <source>Wrong user name or PIN</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="218"/>
        <source>Your role may not do this</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="219"/>
        <source>This block cannot be overridden</source>
        <translation>此禁止项不可授权放行</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="222"/>
        <source>Lot {lot}: this device has no registration number yet: do not issue</source>
        <translation>批号 {lot}：该器械尚无注册证号，不得发放</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>There is no supplier {supplier}</source>
        <translation>没有供应商 {supplier}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>{location} is the wrong kind of location for this</source>
        <translation>{location} 的货位类型不适用于此操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>From and to are the same location</source>
        <translation>来源与目的货位相同</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="234"/>
        <source>No receiving location: choose where the goods go</source>
        <translation>没有收货区：请选择货物去向</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="237"/>
        <source>{di} is a package whose contents are not known here: not received</source>
        <translation>{di} 是包装，本地不知其内含数量：未收货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="240"/>
        <source>This is a package of a serialised item: scan each unit&apos;s serial</source>
        <translation>这是序列号管理产品的包装：请逐个扫描每件的序列号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="243"/>
        <source>The UDI database file cannot be read: nothing imported</source>
        <translation>UDI 数据库文件无法读取：未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="246"/>
        <source>This item is in the master data: change it there</source>
        <translation>该品项已在主数据中：请在主数据中修改</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="249"/>
        <source>Lot {lot} is not on that hold</source>
        <translation>批号 {lot} 不在该冻结状态</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="250"/>
        <source>The label&apos;s production date is after its expiry date</source>
        <translation>标签上的生产日期晚于有效期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="253"/>
        <source>The label&apos;s production date is in the future</source>
        <translation>标签上的生产日期在未来</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="256"/>
        <source>Something required is missing: {field}</source>
        <translation>缺少必填项：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="259"/>
        <source>A value is not valid: {field}</source>
        <translation>数值无效：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="260"/>
        <source>The quantity is not valid</source>
        <translation>数量无效</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="261"/>
        <source>Give a reason for this</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="262"/>
        <source>This line is not readable</source>
        <translation>此行无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="263"/>
        <source>This line is not readable text</source>
        <translation>此行不是可读的文本</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="264"/>
        <source>Unknown action</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="265"/>
        <source>Unknown setting</source>
        <translation>未知设置项</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="266"/>
        <source>This value is not valid for the setting</source>
        <translation>该数值不适用于此设置</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="269"/>
        <source>These warning tiers or windows are not valid</source>
        <translation>这些预警级别或禁发期设置无效</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="272"/>
        <source>This warning no longer exists</source>
        <translation>该预警已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="273"/>
        <source>This count no longer exists</source>
        <translation>该盘点记录已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="274"/>
        <source>Nothing imported: the file has problems</source>
        <translation>未导入任何数据：文件有问题</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="277"/>
        <source>There is no such recall</source>
        <translation>没有该召回</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="278"/>
        <source>This recall is closed</source>
        <translation>该召回已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="279"/>
        <source>Lot {lot} is not part of this recall</source>
        <translation>批号 {lot} 不属于该召回</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="282"/>
        <source>This recall cannot be opened as filled in</source>
        <translation>按所填内容无法发起该召回</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="285"/>
        <source>Attach a photo or scan as evidence first</source>
        <translation>请先附上照片或扫描件作为证据</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="288"/>
        <source>The evidence file cannot be read</source>
        <translation>证据文件无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="291"/>
        <source>Units are still unaccounted for</source>
        <translation>仍有数量未落实</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="294"/>
        <source>Too many wrong PINs: locked until {until}</source>
        <translation>PIN 码错误次数过多：锁定至 {until}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="297"/>
        <source>This PIN is too short: at least {need} characters</source>
        <translation>PIN 码太短：至少 {need} 位</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="300"/>
        <source>A second person must sign this</source>
        <translation>需要第二人签字</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="303"/>
        <source>The store is damaged: writing is blocked until an administrator restores it</source>
        <translation>数据库已损坏：在管理员恢复之前禁止写入</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="306"/>
        <source>The store cannot be written (read-only)</source>
        <translation>数据库无法写入（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="309"/>
        <source>The disk is full: nothing was written</source>
        <translation>磁盘已满：未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="312"/>
        <source>The store is busy: try again</source>
        <translation>数据库正忙：请重试</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="313"/>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="314"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="316"/>
        <source>{location} ({location_class}) is outside what this item needs ({item_class})</source>
        <translation>{location}（{location_class}）不符合本品储存条件（{item_class}）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="320"/>
        <source>Lot {lot} is held after a temperature excursion: QA must assess it</source>
        <translation>批号 {lot} 因温度超标已冻结：须质量部门评估</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="323"/>
        <source>There is no storage class {name}</source>
        <translation>没有储存类别 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="326"/>
        <source>This storage class is not valid</source>
        <translation>该储存类别无效</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="329"/>
        <source>The logger file cannot be read: nothing imported</source>
        <translation>温度记录仪文件无法读取：未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="332"/>
        <source>There is no such excursion</source>
        <translation>没有该超标记录</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="333"/>
        <source>Lot {lot} is held by a temperature excursion: QA decides the excursion</source>
        <translation>批号 {lot} 因温度超标被冻结：须由质量部门评估该超标后放行</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="336"/>
        <source>This excursion was already decided</source>
        <translation>该超标已评估</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="340"/>
        <source>{location} holds stock in transit to another site: it cannot be used here</source>
        <translation>{location} 存放的是调往其他站点的在途库存：本站不能使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="343"/>
        <source>This store is not registered with a centre: no transfers yet</source>
        <translation>本库尚未在中心注册：暂不能调拨</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="346"/>
        <source>That is this site: choose another site</source>
        <translation>这是本站：请选择其他站点</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="349"/>
        <source>No transfer of lot {lot} is on its way here</source>
        <translation>没有批号 {lot} 调往本站</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="352"/>
        <source>This transfer of lot {lot} has already arrived</source>
        <translation>批号 {lot} 的这次调拨已经到货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="355"/>
        <source>This transfer suggestion no longer exists</source>
        <translation>该调拨建议已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="358"/>
        <source>This transfer suggestion was already decided</source>
        <translation>该调拨建议已处理过</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="361"/>
        <source>Mixed lots: this delivery would hold lots {lots}: confirm to go on</source>
        <translation>混批：本次配送将包含批号 {lots}，确认后继续</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="364"/>
        <source>Mixed lots are not allowed for {category}: one lot per delivery ({lots})</source>
        <translation>{category} 不允许混批：每次配送只能一个批号（{lots}）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="368"/>
        <source>Only the warning&apos;s owner ({owner}) or a supervisor chooses what to do</source>
        <translation>只有该预警的责任人（{owner}）或主管可以选择处置方式</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="371"/>
        <source>Not first in FEFO order: lot {fefo} goes first</source>
        <translation>不是先到期先出的第一批：应先用批次 {fefo}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="374"/>
        <source>This lot has no supplier on record to return it to</source>
        <translation>该批次没有登记供应商，无法退货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="377"/>
        <source>Outside {supplier}&apos;s return window ({window} days from receipt)</source>
        <translation>已超出 {supplier} 的退货期限（收货后 {window} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="380"/>
        <source>This warning is closed</source>
        <translation>该预警已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="381"/>
        <source>No &apos;no action&apos; reason waits for acceptance on this warning</source>
        <translation>该预警没有待认可的“不处置”理由</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="384"/>
        <source>This warning has no lot: only &apos;no action, with reason&apos; applies</source>
        <translation>该预警不针对批次：只能选择“不处置（附理由）”</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="423"/>
        <source>location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="424"/>
        <source>destination</source>
        <translation>目的货位</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="425"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="426"/>
        <source>barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="427"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="428"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="429"/>
        <source>registration number</source>
        <translation>注册证号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="430"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="431"/>
        <source>department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="432"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="452"/>
        <source>First expiry first out: lot {fefo} at {location}, {expiry}</source>
        <translation>先到期先出：批号 {fefo}，货位 {location}，{expiry}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="460"/>
        <source>At least {limit} days are required: a supervisor must accept it.</source>
        <translation>要求剩余效期至少 {limit} 天：需主管批准接收。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="464"/>
        <source>Do-not-issue window: {window} days. A supervisor may override.</source>
        <translation>禁发期：{window} 天。主管可授权放行。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="468"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="470"/>
        <source>It is at: {places}</source>
        <translation>所在货位：{places}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="483"/>
        <source>Expired or rejected stock is written off only with a second supervisor&apos;s signature.</source>
        <translation>过期或质检不合格的库存须经第二位主管签字才能报废。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="488"/>
        <source>Whoever opened the recall closes it only with a second QA&apos;s signature.</source>
        <translation>召回发起人须经第二位质量人员签字才能关闭召回。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="491"/>
        <source>A count&apos;s variance is approved by someone other than the counter.</source>
        <translation>盘点差异须由盘点人以外的人批准。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="494"/>
        <source>QC release is by someone other than the person who received the lot.</source>
        <translation>质检放行须由收货人以外的人执行。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="497"/>
        <source>A &apos;no action&apos; reason is accepted by a supervisor other than who gave it.</source>
        <translation>“不处置”的理由须由提出者以外的另一位主管认可。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="504"/>
        <source>Import the national UDI database or the item&apos;s package levels; a package is never counted as one unit.</source>
        <translation>请导入国家医疗器械唯一标识数据库或该产品的包装层级；包装不会按 1 个计数。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="510"/>
        <source>QA confirms its registration or filing number, or master data brings it.</source>
        <translation>由质量人员确认其注册证号或备案凭证号，或由主数据提供。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="517"/>
        <source>Lot {lot}: {open} of {affected} unaccounted ({shelf} on shelves, {out} out in departments)</source>
        <translation>批号 {lot}：{affected} 件中 {open} 件未落实（货架上 {shelf} 件，科室中 {out} 件）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="531"/>
        <source>{n} problem(s) found</source>
        <translation>发现 {n} 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="543"/>
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="547"/>
        <source>{field}: label {scanned}, record {stored}</source>
        <translation>{field}：标签 {scanned}，记录 {stored}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="553"/>
        <source>Do not use it: a supervisor must check the label and the record.</source>
        <translation>请勿使用：需主管核对标签与记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="574"/>
        <source>The printer did not take the job</source>
        <translation>打印机未接收该任务</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="575"/>
        <source>Is it switched on, with paper, at the address in Settings?</source>
        <translation>请检查打印机是否开机、有纸，以及地址是否与设置一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="582"/>
        <source>The symbol does not fit this label size</source>
        <translation>条码放不进该标签尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="583"/>
        <source>Choose the larger label in Settings.</source>
        <translation>请在设置中选择更大的标签。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="587"/>
        <source>This label cannot be printed</source>
        <translation>该标签无法打印</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="591"/>
        <source>Something went wrong: nothing was changed</source>
        <translation>出错了：未做任何更改</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="592"/>
        <source>The details are in the log file.</source>
        <translation>详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="474"/>
        <source>Label: {scanned}, entered: {entered}</source>
        <translation>标签：{scanned}，输入：{entered}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="478"/>
        <source>Expired, held, recalled or QC-blocked stock goes through quarantine.</source>
        <translation>过期、冻结、召回或质检未放行的库存须走隔离流程。</translation>
    </message>
</context>
<context>
    <name>Recall</name>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="12"/>
        <source>Level 1 (1 day)</source>
        <translation>一级（1 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="13"/>
        <source>Level 2 (3 days)</source>
        <translation>二级（3 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="14"/>
        <source>Level 3 (7 days)</source>
        <translation>三级（7 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="21"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="22"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="23"/>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="30"/>
        <source>manufacturer notice</source>
        <translation>厂家通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="31"/>
        <source>regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="32"/>
        <source>internal QA</source>
        <translation>内部质量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="39"/>
        <source>collect from shelf</source>
        <translation>货架收回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="40"/>
        <source>notify department</source>
        <translation>通知科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="47"/>
        <source>used on a patient</source>
        <translation>已用于患者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="48"/>
        <source>written off</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="56"/>
        <source>GTIN {di}, lots {lots}</source>
        <translation>GTIN {di}，批号 {lots}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="60"/>
        <source>GTIN {di}, all lots</source>
        <translation>GTIN {di}，全部批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="62"/>
        <source>GTIN {di}, produced {start} to {end}</source>
        <translation>GTIN {di}，生产日期 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="65"/>
        <source>GTIN {di}, {n} serial(s)</source>
        <translation>GTIN {di}，{n} 个序列号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_words.py" line="71"/>
        <source>drill</source>
        <translation>召回演练</translation>
    </message>
</context>
<context>
    <name>RecallCase</name>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="37"/>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="39"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="40"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="72"/>
        <source>Choose a recall in the list</source>
        <translation>请在列表中选择召回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="77"/>
        <source>%v of %m recovered</source>
        <translation>已追回 %v / %m</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="84"/>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <location filename="../../ui/widgets/recall_case.py" line="107"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="85"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="86"/>
        <source>Affected</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="87"/>
        <source>On shelves</source>
        <translation>在货架</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="88"/>
        <source>In quarantine</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="89"/>
        <source>Out in departments</source>
        <translation>在科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="90"/>
        <source>Recovered</source>
        <translation>已追回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="91"/>
        <source>Used on patients</source>
        <translation>已用于患者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="92"/>
        <source>Written off</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="93"/>
        <source>Unaccounted</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <location filename="../../ui/widgets/recall_case.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="99"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="105"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="47"/>
        <location filename="../../ui/widgets/recall_case.py" line="108"/>
        <source>Issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="109"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="110"/>
        <source>Still out</source>
        <translation>仍在外</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="111"/>
        <source>First issued</source>
        <translation>首次发放</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="116"/>
        <source>After issue</source>
        <translation>距发出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="125"/>
        <source>In stock, by location</source>
        <translation>库存（按库位）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="126"/>
        <source>Issued, by department</source>
        <translation>已发放（按科室）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="133"/>
        <source>By lot</source>
        <translation>按批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="134"/>
        <source>Where they are</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="135"/>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="156"/>
        <source>{id} · {flags}
{scope} · {source}
{reason} · deadline {deadline}</source>
        <translation>{id} · {flags}
{scope} · {source}
{reason} · 期限 {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="170"/>
        <source>Affected {affected}: on shelves {shelf}, in quarantine {quarantine}, out in departments {out}, documented {documented}. Unaccounted: {unaccounted}</source>
        <translation>涉及 {affected}：在货架 {shelf}，已隔离 {quarantine}，在科室 {out}，已说明 {documented}。未说明：{unaccounted}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="48"/>
        <source>Lots locked here</source>
        <translation>本库锁定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="52"/>
        <source>Department {code} notified</source>
        <translation>已通知科室 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="61"/>
        <source>Every unit accounted for</source>
        <translation>全部追回/说明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="64"/>
        <source>Case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_case.py" line="227"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
</context>
<context>
    <name>RecallClosing</name>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="33"/>
        <source>Close recall {id}? Every affected unit must be accounted for.</source>
        <translation>结案召回 {id}？所有涉及数量必须已追回或说明。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_closing.py" line="56"/>
        <source>Recall {id} closed</source>
        <translation>召回 {id} 已结案</translation>
    </message>
</context>
<context>
    <name>RecallCollecting</name>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="32"/>
        <source>{n} department(s) marked notified</source>
        <translation>已标记通知 {n} 个科室</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_collecting.py" line="57"/>
        <source>Choose a recall (and a quarantine location) before scanning</source>
        <translation>扫码前请先选择召回（和隔离库位）</translation>
    </message>
</context>
<context>
    <name>RecallDocuments</name>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="47"/>
        <source>Recall notice for {code}</source>
        <translation>致 {code} 的召回通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="55"/>
        <source>Return note {id}</source>
        <translation>退货单 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="67"/>
        <source>Close-out report {id}</source>
        <translation>结案报告 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="79"/>
        <source>A label printer cannot print notices: choose a file or the system printer in Settings</source>
        <translation>标签打印机不能打印通知：请在设置中选择文件或系统打印机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="85"/>
        <source>Preparing notices…</source>
        <translation>正在生成通知…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="86"/>
        <source>Printing the notice for {code}…</source>
        <translation>正在打印致 {code} 的通知…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="106"/>
        <source>Printing recall notices…</source>
        <translation>正在打印召回通知…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="117"/>
        <source>{n} notice(s) did not print</source>
        <translation>{n} 份通知未打印</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_documents.py" line="126"/>
        <source>No department received these lots: no notice to print</source>
        <translation>没有科室领用过这些批号：无需打印通知</translation>
    </message>
</context>
<context>
    <name>RecallEvidence</name>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="42"/>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_evidence.py" line="44"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>RecallsScreen</name>
    <message>
        <location filename="../../ui/screens/recalls.py" line="67"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="68"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="70"/>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="71"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="72"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="73"/>
        <source>Recovered / affected</source>
        <translation>已追回 / 涉及</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="91"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="92"/>
        <source>Account for units</source>
        <translation>说明去向</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="93"/>
        <source>Return or dispose</source>
        <translation>退货或销毁</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="94"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="97"/>
        <source>Open a recall…</source>
        <translation>发起召回…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="101"/>
        <source>Print all notices</source>
        <translation>打印全部通知</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="104"/>
        <source>Return note</source>
        <translation>退货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="107"/>
        <source>Close-out report</source>
        <translation>结案报告</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="110"/>
        <source>Drill report</source>
        <translation>演练报告</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="113"/>
        <source>Close the case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="143"/>
        <source>Recalls</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="274"/>
        <source>Cannot open the recall</source>
        <translation>无法发起召回</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="275"/>
        <source>Check the scope (lots, dates or serials) and the reason.</source>
        <translation>请检查范围（批号、日期或序列号）和原因。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recalls.py" line="293"/>
        <source>Recall {id} opened: {lots} lot(s) blocked, {tasks} task(s)</source>
        <translation>召回 {id} 已发起：锁定 {lots} 个批号，{tasks} 项任务</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../ui/screens/receiving.py" line="52"/>
        <source>supplier code, optional</source>
        <translation>供应商代码（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="55"/>
        <source>delivery note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="58"/>
        <source>carrier or route, optional</source>
        <translation>承运方或运输路线，选填</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="62"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>按标签（AI 30/37），否则为 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="64"/>
        <source>Attach transport logger file…</source>
        <translation>附加运输温度记录文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="67"/>
        <location filename="../../ui/screens/receiving.py" line="182"/>
        <source>no transport log</source>
        <translation>无运输温度记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="73"/>
        <source>Berlinger export (no mapping)</source>
        <translation>Berlinger 导出文件（无需映射）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="77"/>
        <source>Receive the last scan again</source>
        <translation>重新收货（上一次扫描）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="82"/>
        <source>Destination</source>
        <translation>收货货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="83"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="84"/>
        <source>Delivery note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="85"/>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="86"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="91"/>
        <source>Transport log</source>
        <translation>运输温度记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="98"/>
        <source>Receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="172"/>
        <source>Transport logger file</source>
        <translation>运输温度记录仪文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="174"/>
        <source>Logger files (*.txt *.csv *.xlsx)</source>
        <translation>温度记录仪文件 (*.txt *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="201"/>
        <source>Unknown item: give it a name</source>
        <translation>未知物品：请输入名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="202"/>
        <source>The scan is kept; it is received once the item has a name.</source>
        <translation>扫描已保留；输入名称后即收货。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="230"/>
        <source>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</source>
        <translation>批号 {lot} 剩余 {days} 天，少于要求的 {limit} 天。主管可批准接收。</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="65"/>
        <source>Scan anywhere on this screen — no need to click a field.</source>
        <translation>在本界面任意位置扫码即可，无需点击输入框。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="169"/>
        <source>{place} is kept outside the range this item needs. A supervisor may accept it, with a reason.</source>
        <translation>{place} 的储存条件超出本品要求的范围。主管可填写理由后批准。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <location filename="../../ui/screens/settings.py" line="73"/>
        <source>Category (empty: all)</source>
        <translation>品类（空＝全部）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="67"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="73"/>
        <source>Do not issue with fewer days left</source>
        <translation>剩余天数少于此值禁止出库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="79"/>
        <source>Add tier</source>
        <translation>添加预警级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="81"/>
        <source>Add window</source>
        <translation>添加禁发期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="83"/>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="85"/>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="88"/>
        <source>Expiry warnings and do-not-issue windows (whole store)</source>
        <translation>效期预警与禁发期（全库）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="105"/>
        <source>Only a supervisor may change the policy.</source>
        <translation>只有主管可以修改策略。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="113"/>
        <source>Enter or Tab</source>
        <translation>回车或 Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="114"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="115"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="134"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="135"/>
        <source>Label printer (raw TCP, ZPL)</source>
        <translation>标签打印机（网络 TCP，ZPL）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="136"/>
        <source>System printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="142"/>
        <source>(default folder)</source>
        <translation>（默认目录）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="150"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="159"/>
        <source>{dpmm} dots/mm ({dpi} dpi)</source>
        <translation>{dpmm} 点/毫米（{dpi} dpi）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="169"/>
        <source>Save for this workstation</source>
        <translation>保存到本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="173"/>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="175"/>
        <source>Scanner GS stand-ins (space-separated)</source>
        <translation>扫码枪 GS 替代字符（空格分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="176"/>
        <source>Scanner terminator</source>
        <translation>扫码枪结束符</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="180"/>
        <source>Camera and resolution</source>
        <translation>摄像头与分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="181"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="182"/>
        <source>Folder for PDF files</source>
        <translation>打印文件保存目录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>Label printer host and port</source>
        <translation>标签打印机地址与端口</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="187"/>
        <source>System printer name</source>
        <translation>系统打印机名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>Label size and ZPL resolution</source>
        <translation>标签尺寸与热敏打印分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>Language (from the next start)</source>
        <translation>语言（下次启动生效）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="204"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="282"/>
        <source>Policy saved</source>
        <translation>策略已保存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="310"/>
        <source>Saved for this workstation</source>
        <translation>已保存到本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="311"/>
        <source>A new language shows from the next start.</source>
        <translation>新语言在下次启动后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="327"/>
        <source>Row {row}: “{text}” is not a number of days</source>
        <translation>第 {row} 行：“{text}”不是天数</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/screens/stock.py" line="38"/>
        <source>GTIN, lot, or item name (中文 / English)</source>
        <translation>GTIN、批号或品名（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="68"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="90"/>
        <source>Stock and lots</source>
        <translation>库存与批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="101"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>此条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="105"/>
        <source>This barcode carries no lot: scan the one that does</source>
        <translation>此条码不含批号：请扫描带批号的条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="120"/>
        <source>searching…</source>
        <translation>搜索中…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="124"/>
        <source>{rows} lots</source>
        <translation>共 {rows} 个批号</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="30"/>
        <source>No network: work goes on here and is sent later</source>
        <translation>无网络：可继续工作，稍后上传</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="33"/>
        <source>The centre cannot be reached: will try again</source>
        <translation>无法连接中心：将自动重试</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="36"/>
        <source>The centre did not answer in time: will try again</source>
        <translation>中心响应超时：将自动重试</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="39"/>
        <source>The centre&apos;s certificate is not trusted: call IT</source>
        <translation>中心证书不受信任：请联系信息科</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="42"/>
        <source>The centre had an internal error: will try again</source>
        <translation>中心内部错误：将自动重试</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="45"/>
        <source>The centre no longer accepts this device: register again</source>
        <translation>中心不再接受本设备：请重新注册</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="48"/>
        <source>This database was copied or restored: register it again</source>
        <translation>数据库已被复制或恢复：请重新注册</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="51"/>
        <source>The centre speaks another version: update Lotkeeper</source>
        <translation>中心版本不同：请更新 Lotkeeper</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="54"/>
        <source>The centre refused the data: see the log</source>
        <translation>中心拒收数据：请查看日志</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="57"/>
        <source>Not registered with a centre</source>
        <translation>未在中心注册</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="60"/>
        <source>This store belongs to another site: an administrator must check</source>
        <translation>此数据库属于另一站点：请管理员核查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="63"/>
        <source>A change from the centre could not be applied here: see the log</source>
        <translation>中心下发的一项变更无法在此应用：请查看日志</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="66"/>
        <source>The centre refused some events: a supervisor must correct them</source>
        <translation>中心拒收了部分事件：需由主管更正</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="73"/>
        <source>Sync failed: see the log</source>
        <translation>同步失败：请查看日志</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="78"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="129"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="130"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="132"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="144"/>
        <source>Sync: starting…</source>
        <translation>同步：正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="149"/>
        <source>Sync: not registered with a centre</source>
        <translation>同步：未在中心注册</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="164"/>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="166"/>
        <source>receiving from the centre</source>
        <translation>正在从中心接收</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="168"/>
        <source>last sync {when}</source>
        <translation>上次同步 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="171"/>
        <source>Sync: {state} · {n} waiting to upload</source>
        <translation>同步：{state} · 待上传 {n} 条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="175"/>
        <source> · {n} refused by the centre</source>
        <translation> · {n} 条被中心拒收</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="68"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="69"/>
        <source>The workbook could not be written: {path}</source>
        <translation>无法写入工作簿：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="107"/>
        <source>Export to Excel (.xlsx)…</source>
        <translation>导出电子表格 (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_export.py" line="115"/>
        <source>Export to Excel</source>
        <translation>导出电子表格</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/workers.py" line="191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="35"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="36"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="38"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="39"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="40"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="41"/>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="46"/>
        <source>Mark notified</source>
        <translation>标记已通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="48"/>
        <source>Print this department&apos;s notice</source>
        <translation>打印该科室通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="55"/>
        <source>from the label</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="58"/>
        <source>Scan returned goods: they are booked from the chosen task&apos;s department (or shelf) into the recall quarantine location.</source>
        <translation>扫描退回的货品：从所选任务的科室（或货架）登记入召回隔离库位。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="67"/>
        <source>Into</source>
        <translation>入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recall_work.py" line="69"/>
        <source>Quantity per scan</source>
        <translation>每次扫码数量</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="29"/>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="30"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="31"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="32"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="47"/>
        <source>QC pending</source>
        <translation>待质检</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="48"/>
        <source>QC released</source>
        <translation>质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="49"/>
        <source>QC rejected</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="56"/>
        <source>no hold</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="57"/>
        <source>quarantine</source>
        <translation>隔离冻结</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="58"/>
        <source>recalled</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="65"/>
        <source>receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="66"/>
        <source>move</source>
        <translation>移库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="67"/>
        <source>issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="68"/>
        <source>return</source>
        <translation>退库</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="69"/>
        <source>hold</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="70"/>
        <source>hold released</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="71"/>
        <source>QC release</source>
        <translation>质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="72"/>
        <source>QC reject</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="73"/>
        <source>disposal</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="74"/>
        <location filename="../../ui/widgets/tiers.py" line="101"/>
        <source>return to supplier</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="75"/>
        <source>count adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="76"/>
        <source>transfer out</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="77"/>
        <source>transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="84"/>
        <source>expiry</source>
        <translation>效期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="85"/>
        <source>label mismatch</source>
        <translation>标签不符</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="86"/>
        <source>count difference</source>
        <translation>盘点差异</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="87"/>
        <source>withdrawn from the market</source>
        <translation>已退市</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="88"/>
        <source>recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="89"/>
        <source>low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="90"/>
        <source>transport route</source>
        <translation>运输途径异常</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="91"/>
        <source>logger: no data</source>
        <translation>记录仪无数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="99"/>
        <source>use first</source>
        <translation>优先使用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="100"/>
        <source>transfer to another site</source>
        <translation>调拨至其他库房</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="102"/>
        <source>second inspection</source>
        <translation>二次检验</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="103"/>
        <source>dispose</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="104"/>
        <source>write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="105"/>
        <source>no action, with reason</source>
        <translation>不处置（附理由）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tiers.py" line="108"/>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="51"/>
        <source>Transfers between sites</source>
        <translation>站点间调拨</translation>
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
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="59"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="60"/>
        <location filename="../../ui/widgets/transfer_panel.py" line="83"/>
        <source>To site</source>
        <translation>调入站点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="61"/>
        <source>Suggested</source>
        <translation>建议数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="62"/>
        <source>Unused here</source>
        <translation>本站用不完</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="68"/>
        <source>Reason for declining</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="69"/>
        <source>Accept: send it</source>
        <translation>接受：调出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="71"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="81"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="82"/>
        <source>From site</source>
        <translation>调出站点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="84"/>
        <source>Sent</source>
        <translation>调出时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="89"/>
        <source>Suggested by the centre</source>
        <translation>中心建议</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/transfer_panel.py" line="96"/>
        <source>On the way</source>
        <translation>在途</translation>
    </message>
</context>
<context>
    <name>WarningsScreen</name>
    <message>
        <location filename="../../ui/screens/warnings.py" line="66"/>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="71"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="92"/>
        <location filename="../../ui/screens/warnings.py" line="135"/>
        <location filename="../../ui/screens/warnings.py" line="174"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="93"/>
        <location filename="../../ui/screens/warnings.py" line="136"/>
        <location filename="../../ui/screens/warnings.py" line="175"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="96"/>
        <location filename="../../ui/screens/warnings.py" line="179"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="97"/>
        <location filename="../../ui/screens/warnings.py" line="222"/>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="98"/>
        <location filename="../../ui/screens/warnings.py" line="176"/>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="99"/>
        <location filename="../../ui/screens/warnings.py" line="177"/>
        <location filename="../../ui/screens/warnings.py" line="221"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="100"/>
        <location filename="../../ui/screens/warnings.py" line="137"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="101"/>
        <location filename="../../ui/screens/warnings.py" line="138"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="102"/>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="95"/>
        <source>Due</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="94"/>
        <location filename="../../ui/screens/warnings.py" line="183"/>
        <location filename="../../ui/screens/warnings.py" line="226"/>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="116"/>
        <source>Raise today&apos;s warnings</source>
        <translation>生成今日预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="122"/>
        <source>Choose disposition…</source>
        <translation>选择处置方式…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="125"/>
        <source>Accept reason</source>
        <translation>认可理由</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="159"/>
        <source>Open warnings</source>
        <translation>未关闭预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="160"/>
        <location filename="../../ui/screens/warnings.py" line="448"/>
        <source>Priority disposal list</source>
        <translation>优先处置清单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="161"/>
        <source>Forecast: expiring unused</source>
        <translation>预测：到期未用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="170"/>
        <source>{action} (suggested)</source>
        <translation>{action}（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="173"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="181"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="182"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="185"/>
        <source>Fallback</source>
        <translation>备用方案</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="188"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="200"/>
        <source>Print priority list</source>
        <translation>打印优先处置清单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="203"/>
        <location filename="../../ui/screens/warnings.py" line="251"/>
        <source>Export .xlsx…</source>
        <translation>导出电子表格…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="206"/>
        <source>Risk = quantity × unit value ÷ days left</source>
        <translation>风险 = 数量 × 单价 ÷ 剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="220"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="223"/>
        <source>Units unused</source>
        <translation>预计未用数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="224"/>
        <source>Value unused</source>
        <translation>预计未用金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="225"/>
        <source>Usage per day</source>
        <translation>日均用量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="275"/>
        <source>{due} (overdue)</source>
        <translation>{due}（已逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="316"/>
        <source>{n} lot(s) predicted to expire unused</source>
        <translation>预计 {n} 个批次到期未用完</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="318"/>
        <source>No lot is predicted to expire unused</source>
        <translation>没有批次预计到期未用完</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="323"/>
        <source>{n} open warning(s)</source>
        <translation>{n} 条未处理预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="323"/>
        <source>No open warning</source>
        <translation>没有未处理的预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="346"/>
        <location filename="../../ui/screens/warnings.py" line="362"/>
        <location filename="../../ui/screens/warnings.py" line="390"/>
        <source>Choose a warning first</source>
        <translation>请先选择一条预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="458"/>
        <source>Export .xlsx</source>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="478"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="113"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="119"/>
        <source>Print expiry list</source>
        <translation>打印近效期清单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="264"/>
        <source>Warnings</source>
        <translation>效期预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="79"/>
        <location filename="../../ui/screens/warnings.py" line="331"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="372"/>
        <source>Disposition for warning {id}: {what}</source>
        <translation>预警 {id} 的处置方式：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="376"/>
        <source>Warning {id} closed: the reason is accepted</source>
        <translation>预警 {id} 已关闭：理由已认可</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="399"/>
        <source>Warning for lot {lot} acknowledged</source>
        <translation>批号 {lot} 的预警已确认</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="415"/>
        <source>{n} new warning(s) raised</source>
        <translation>新生成 {n} 条预警</translation>
    </message>
    <message>
        <location filename="../../ui/screens/warnings.py" line="425"/>
        <source>Near-expiry list</source>
        <translation>近效期清单</translation>
    </message>
</context>
<context>
    <name>WriteOff</name>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="34"/>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="35"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="36"/>
        <source>rejected by QC</source>
        <translation>质检不合格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="37"/>
        <source>recalled</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="38"/>
        <source>other (say why)</source>
        <translation>其他（请说明）</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="53"/>
        <source>Dispose</source>
        <translation>销毁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="53"/>
        <source>Return to supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="55"/>
        <source>Lot {lot} at {location}: {quantity} on hand.</source>
        <translation>批号 {lot} 在 {location}：现存 {quantity}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="75"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="77"/>
        <source>Photo or scan…</source>
        <translation>照片或扫描件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="89"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="90"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="91"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="93"/>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="94"/>
        <location filename="../../ui/dialogs/write_off.py" line="110"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="96"/>
        <source>Second person (expired or rejected stock):</source>
        <translation>第二人签字（过期或质检不合格库存）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="97"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="98"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="102"/>
        <source>Write off</source>
        <translation>报损出库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/write_off.py" line="110"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
</TS>
