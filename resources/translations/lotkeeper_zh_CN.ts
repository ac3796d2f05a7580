<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="74"/>
        <source>Camera </source>
        <translation>摄像头 </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="75"/>
        <location filename="../../ui/widgets/camera_preview.py" line="138"/>
        <source>Start camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="78"/>
        <source>Camera off</source>
        <translation>摄像头未开启</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="113"/>
        <source>No camera could be opened. Use the hand scanner.
({error})</source>
        <translation>无法打开摄像头，请使用手持扫码枪。
（{error}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="123"/>
        <source>Stop camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/camera_preview.py" line="152"/>
        <source>The camera stopped: {error}</source>
        <translation>摄像头已停止：{error}</translation>
    </message>
</context>
<context>
    <name>CriticalWarnings</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="18"/>
        <source>Critical warnings: …</source>
        <translation>严重预警：…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="20"/>
        <source>Critical warnings: {count}</source>
        <translation>严重预警：{count}</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="19"/>
        <source>Unknown item</source>
        <translation>未知物品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="22"/>
        <source>Item {di} is not in the store&apos;s master data. Give it a name to receive it; it stays provisional until the master data is updated.</source>
        <translation>物品 {di} 不在本库主数据中。请输入名称后收货；主数据更新前，该物品为临时物品。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="30"/>
        <source>Item name</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="34"/>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_name.py" line="35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <source>Lotkeeper — log in</source>
        <translation>Lotkeeper — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41"/>
        <location filename="../../ui/login.py" line="51"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Or scan your badge.</source>
        <translation>或扫描工牌登录。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100"/>
        <source>Wrong user name, PIN or badge. Try again.</source>
        <translation>用户名、密码或工牌错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>The store could not be read: {error}</source>
        <translation>无法读取库存数据库：{error}</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Lotkeeper — medical device stock</source>
        <translation>Lotkeeper — 医疗器械库存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>quality</source>
        <translation>质管</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override.py" line="21"/>
        <source>Supervisor decision</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="33"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="34"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="35"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="39"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PickingScreen</name>
    <message>
        <location filename="../../ui/screens/picking.py" line="56"/>
        <source>department request number</source>
        <translation>科室申领单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="59"/>
        <source>GTIN of the item</source>
        <translation>物品 GTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="63"/>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="67"/>
        <source>Supervisor override…</source>
        <translation>主管授权…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="72"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="73"/>
        <source>Request</source>
        <translation>申领单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="78"/>
        <source>New line</source>
        <translation>新明细</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="84"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="85"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="86"/>
        <source>Take lot (FEFO)</source>
        <translation>应取批号（先到期先出）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="87"/>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="88"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="104"/>
        <source>Picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="150"/>
        <source>Item {di} is not known here</source>
        <translation>本库没有物品 {di}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="182"/>
        <source>✔ picked lot {lot}</source>
        <translation>✔ 已拣批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="184"/>
        <source>no usable stock</source>
        <translation>无可用库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="186"/>
        <source>to pick</source>
        <translation>待拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="214"/>
        <source>This item is not on the pick list</source>
        <translation>该物品不在拣货单上</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="215"/>
        <source>Add a line for it first, or scan an item from the list.</source>
        <translation>请先添加该物品的明细，或扫描拣货单上的物品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="221"/>
        <source>No usable stock of this item</source>
        <translation>该物品无可用库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="254"/>
        <source>Pick lot {lot} although FEFO says lot {fefo}? Give the reason.</source>
        <translation>按先到期先出应取批号 {fefo}，确定改拣批号 {lot}？请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/picking.py" line="258"/>
        <source>Pick lot {lot} inside the do-not-issue window? Give the reason.</source>
        <translation>批号 {lot} 已在禁发期内，确定拣货？请填写原因。</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../ui/screens/put_away.py" line="31"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>按标签（AI 30/37），否则为 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="33"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="34"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="35"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/put_away.py" line="40"/>
        <source>Put-away / move</source>
        <translation>上架 / 移库</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="50"/>
        <source>no expiry date</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>expired {date} ({days} days ago)</source>
        <translation>已于 {date} 过期（{days} 天前）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="56"/>
        <source>expires {date} ({days} days left)</source>
        <translation>有效期至 {date}（剩余 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="63"/>
        <source>product code (GTIN)</source>
        <translation>产品码（GTIN）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="66"/>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="75"/>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>Waiting for the {missing} barcode</source>
        <translation>等待扫描{missing}条码</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="78"/>
        <source>Scan the other barcode on the same pack.</source>
        <translation>请扫描同一包装上的另一个条码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>Received {qty} of lot {lot}</source>
        <translation>已收货：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>Moved {qty} of lot {lot}</source>
        <translation>已移库：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>Picked {qty} of lot {lot}</source>
        <translation>已拣货：批号 {lot}，数量 {qty}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>Done: lot {lot}</source>
        <translation>完成：批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Put in quarantine on receipt</source>
        <translation>收货即隔离</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98"/>
        <source>Waiting for QC release before use</source>
        <translation>待质检放行后方可使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="101"/>
        <source>Approved by supervisor {name}</source>
        <translation>主管 {name} 已授权</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>Lot {lot} expired on {expiry}: do not use</source>
        <translation>批号 {lot} 已于 {expiry} 过期：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Lot {lot} is inside the do-not-issue window ({days} days left)</source>
        <translation>批号 {lot} 在禁发期内（剩余 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="126"/>
        <source>Lot {lot} is waiting for QC release</source>
        <translation>批号 {lot} 待质检放行</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Lot {lot} was rejected by QC: do not use</source>
        <translation>批号 {lot} 质检不合格：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="132"/>
        <source>Lot {lot} is in quarantine</source>
        <translation>批号 {lot} 已隔离</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133"/>
        <source>Lot {lot} is recalled: do not use</source>
        <translation>批号 {lot} 已召回：禁止使用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="134"/>
        <source>Wrong lot: take lot {fefo} first</source>
        <translation>批号错误：请先取批号 {fefo}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="135"/>
        <source>Not enough of lot {lot} here: {on_hand} on hand, {asked} asked</source>
        <translation>批号 {lot} 库存不足：现有 {on_hand}，需要 {asked}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="138"/>
        <source>Item {di} is not known here</source>
        <translation>本库没有物品 {di}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="139"/>
        <source>Lot {lot} was never received here</source>
        <translation>批号 {lot} 未在本库收货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>There is no location {location}</source>
        <translation>没有货位 {location}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Lot {lot} is not at this location</source>
        <translation>批号 {lot} 不在此货位</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="148"/>
        <source>The label does not match lot {lot} as recorded</source>
        <translation>标签与批号 {lot} 的记录不符</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>Short-dated: lot {lot} has only {days} days left</source>
        <translation>近效期：批号 {lot} 仅剩 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="154"/>
        <source>This serial number was already received</source>
        <translation>该序列号已收过货</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="157"/>
        <source>The quantity entered does not match the label</source>
        <translation>输入数量与标签不符</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="160"/>
        <source>This barcode cannot be read as a UDI</source>
        <translation>该条码无法识别为 UDI</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="166"/>
        <source>This cannot be done as asked</source>
        <translation>无法按此请求操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="167"/>
        <source>Unknown or inactive user</source>
        <translation>用户不存在或已停用</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="168"/>
        <source>Wrong user name or PIN</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="169"/>
        <source>Your role may not do this</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="170"/>
        <source>This block cannot be overridden</source>
        <translation>此禁止项不可授权放行</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="173"/>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="174"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>First expiry first out: lot {fefo} at {location}, {expiry}</source>
        <translation>先到期先出：批号 {fefo}，货位 {location}，{expiry}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="198"/>
        <source>At least {limit} days are required: a supervisor must accept it.</source>
        <translation>要求剩余效期至少 {limit} 天：需主管批准接收。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="202"/>
        <source>Do-not-issue window: {window} days. A supervisor may override.</source>
        <translation>禁发期：{window} 天。主管可授权放行。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="208"/>
        <source>It is at: {places}</source>
        <translation>所在货位：{places}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>Do not use it: a supervisor must check the label and the record.</source>
        <translation>请勿使用：需主管核对标签与记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="216"/>
        <source>Label: {scanned}, entered: {entered}</source>
        <translation>标签：{scanned}，输入：{entered}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="220"/>
        <source>Expired, held, recalled or QC-blocked stock goes through quarantine.</source>
        <translation>过期、冻结、召回或质检未放行的库存须走隔离流程。</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../ui/screens/receiving.py" line="36"/>
        <source>supplier code, optional</source>
        <translation>供应商代码（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="39"/>
        <source>delivery note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="43"/>
        <source>from the label (AI 30/37), else 1</source>
        <translation>按标签（AI 30/37），否则为 1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="44"/>
        <source>Receive the last scan again</source>
        <translation>重新收货（上一次扫描）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="49"/>
        <source>Destination</source>
        <translation>收货货位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="50"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="51"/>
        <source>Delivery note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="52"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="59"/>
        <source>Receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="127"/>
        <source>Unknown item: give it a name</source>
        <translation>未知物品：请输入名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="128"/>
        <source>The scan is kept; it is received once the item has a name.</source>
        <translation>扫描已保留；输入名称后即收货。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receiving.py" line="160"/>
        <source>Lot {lot} has {days} days left, less than the {limit} days required. A supervisor may accept it.</source>
        <translation>批号 {lot} 剩余 {days} 天，少于要求的 {limit} 天。主管可批准接收。</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/screens/scan_screen.py" line="57"/>
        <source>Scan anywhere on this screen — no need to click a field.</source>
        <translation>在本界面任意位置扫码即可，无需点击输入框。</translation>
    </message>
</context>
<context>
    <name>SyncStatusPlaceholder</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="32"/>
        <source>Sync: offline / not configured</source>
        <translation>同步：离线 / 未配置</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/workers.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
