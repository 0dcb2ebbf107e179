<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BirthdayDialog</name>
    <message>
        <source>生日名单</source>
        <translation>Birthday list</translation>
    </message>
    <message>
        <source> 月</source>
        <translation> month</translation>
    </message>
    <message>
        <source>生日月份</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存生日名单</source>
        <translation>Save birthday list</translation>
    </message>
    <message>
        <source>{m}月生日名单.xlsx</source>
        <translation>birthdays-month-{m}.xlsx</translation>
    </message>
    <message>
        <source>正在导出生日名单…</source>
        <translation>Exporting the birthday list…</translation>
    </message>
    <message>
        <source>{m} 月生日的在会会员 {n} 名，已按分工会分表导出。</source>
        <translation>{n} active members born in month {m}, exported with one sheet per branch union.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>变动记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑会员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>按身份证号</source>
        <translation>From ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>分工会 / 小组</source>
        <translation>Branch union / group</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>家庭成员（选填，用于日后福利）</source>
        <translation>Family members (optional, for later benefits)</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>身份证号已脱敏显示，当前账号无权查看或修改。</source>
        <translation>The ID number is masked; this account may not view or change it.</translation>
    </message>
    <message>
        <source>出生日期 {date}，{gender}</source>
        <translation>Born {date}, {gender}</translation>
    </message>
    <message>
        <source>第 {n} 位：出生日期</source>
        <translation>No. {n}: date of birth </translation>
    </message>
    <message>
        <source>现在为其办理重新入会吗？</source>
        <translation>Re-admit this person now?</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>在会</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>退会</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>入会</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>调动</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>状态变更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>重新入会</source>
        <translation>Re-join</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>18 位，末位可为 X；15 位老号码会自动升级</source>
        <translation>18 characters, the last may be X; old 15-digit numbers are upgraded automatically</translation>
    </message>
    <message>
        <source>可不填，按身份证号自动判断；填写时须与身份证号一致</source>
        <translation>Optional, taken from the ID number; if given it must agree with it</translation>
    </message>
    <message>
        <source>如“心兴分工会”；只管理一个分工会的干事可不填</source>
        <translation>e.g. 心兴分工会; clerks of a single branch union may leave it blank</translation>
    </message>
    <message>
        <source>可不填，默认为分工会所在基地</source>
        <translation>Optional; defaults to the branch union&apos;s base</translation>
    </message>
    <message>
        <source>可不填，默认为入职日期</source>
        <translation>Optional; defaults to the hire date</translation>
    </message>
    <message>
        <source>没有名为“{name}”的分工会</source>
        <translation>There is no branch union called &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>无权向该分工会导入会员</source>
        <translation>not allowed to import members into this branch union</translation>
    </message>
    <message>
        <source>“{group}”不是{branch}的工会小组</source>
        <translation>&quot;{group}&quot; is not a union group of {branch}</translation>
    </message>
    <message>
        <source>与身份证号不符（身份证号显示为{gender}）</source>
        <translation>does not match the ID number (which says {gender})</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation>cannot be later than today</translation>
    </message>
    <message>
        <source>早于出生日期</source>
        <translation>is before the date of birth</translation>
    </message>
    <message>
        <source>入会日期和入职日期至少填一项</source>
        <translation>give the join date or the hire date</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>正在检查第 {n} 行…</source>
        <translation>Checking row {n}…</translation>
    </message>
    <message>
        <source>正在与会员名册比对…</source>
        <translation>Comparing with the register…</translation>
    </message>
    <message>
        <source>已在其他分工会登记，请联系该分工会办理调动</source>
        <translation>registered with another branch union; ask that branch union for a transfer</translation>
    </message>
    <message>
        <source>属于已登记去世的会员</source>
        <translation>belongs to a member recorded as deceased</translation>
    </message>
    <message>
        <source>正在写入新会员…</source>
        <translation>Writing new members…</translation>
    </message>
    <message>
        <source>Excel 导入</source>
        <translation>Excel import</translation>
    </message>
    <message>
        <source>从 {file} 导入新会员 {n} 名</source>
        <translation>Imported {n} new members from {file}</translation>
    </message>
    <message>
        <source>预览之后会员名册已有变动（他人修改或新增了其中的会员），请重新预览后再导入。</source>
        <translation>The register changed after the preview (someone edited or added some of these members); preview again before importing.</translation>
    </message>
    <message>
        <source>正在更新已有会员…</source>
        <translation>Updating existing members…</translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation>Member not found.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>工种/岗位</source>
        <translation>Trade / post</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>状态变更日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <source>正在导出第 {n} 行…</source>
        <translation>Exporting row {n}…</translation>
    </message>
    <message>
        <source>会员名册</source>
        <translation>Member register</translation>
    </message>
    <message>
        <source>导出完整身份证号 {n} 条</source>
        <translation>Exported {n} full ID numbers</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>年满</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>领取签字</source>
        <translation>Signature on receipt</translation>
    </message>
    <message>
        <source>{month}月生日</source>
        <translation>Birthdays month {month}</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>入会率</source>
        <translation>Membership rate</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>不能超过 255 个字符</source>
        <translation>at most 255 characters</translation>
    </message>
    <message>
        <source>调动日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>只有在会会员可以调动；{name} 当前状态为{status}。</source>
        <translation>Only active members can be transferred; {name} is {status}.</translation>
    </message>
    <message>
        <source>调入分工会</source>
        <translation>To branch union</translation>
    </message>
    <message>
        <source>请选择分工会</source>
        <translation>choose a branch union</translation>
    </message>
    <message>
        <source>调入小组</source>
        <translation>To group</translation>
    </message>
    <message>
        <source>不属于所选分工会</source>
        <translation>does not belong to the chosen branch union</translation>
    </message>
    <message>
        <source>与当前所在小组相同</source>
        <translation>is the member&apos;s current group</translation>
    </message>
    <message>
        <source>恢复会籍请使用“重新入会”。</source>
        <translation>Use &quot;Re-join&quot; to restore membership.</translation>
    </message>
    <message>
        <source>{name} 已登记为去世，不能再变更状态。</source>
        <translation>{name} is recorded as deceased; the status cannot change any more.</translation>
    </message>
    <message>
        <source>{name} 当前状态已是{status}。</source>
        <translation>{name} is already {status}.</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>不能早于入会日期</source>
        <translation>cannot be before the join date</translation>
    </message>
    <message>
        <source>{name} 已是在会会员。</source>
        <translation>{name} is already an active member.</translation>
    </message>
    <message>
        <source>{name} 已登记为去世，不能重新入会。</source>
        <translation>{name} is recorded as deceased and cannot re-join.</translation>
    </message>
    <message>
        <source>重新入会日期</source>
        <translation>Re-join date</translation>
    </message>
    <message>
        <source>不能早于上次离会日期</source>
        <translation>cannot be before the date the member left</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>工会小组</source>
        <translation>Union group</translation>
    </message>
    <message>
        <source>加入 {place}</source>
        <translation>Joined {place}</translation>
    </message>
    <message>
        <source>由{before}恢复为在会，加入 {place}</source>
        <translation>Back from {before} to active, joined {place}</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>不能超过 {n} 个字符</source>
        <translation>at most {n} characters</translation>
    </message>
    <message>
        <source>应为 1—32 个字，不含数字</source>
        <translation>should be 1–32 characters without digits</translation>
    </message>
    <message>
        <source>与身份证号第 17 位不符（奇数为男，偶数为女）</source>
        <translation>does not match the 17th digit of the ID number (odd: male, even: female)</translation>
    </message>
    <message>
        <source>无权在该分工会登记会员</source>
        <translation>not allowed to register members in this branch union</translation>
    </message>
    <message>
        <source>不能早于出生日期</source>
        <translation>cannot be before the date of birth</translation>
    </message>
    <message>
        <source>第 {n} 位：</source>
        <translation>No. {n}: </translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>name is required</translation>
    </message>
    <message>
        <source>请选择关系</source>
        <translation>choose the relation</translation>
    </message>
    <message>
        <source>该身份证号已是其他分工会的在会会员，请联系该分工会办理调动。</source>
        <translation>This ID number is an active member of another branch union; ask that branch union for a transfer.</translation>
    </message>
    <message>
        <source>该身份证号已登记为在会会员：{name}。</source>
        <translation>This ID number is already registered as an active member: {name}.</translation>
    </message>
    <message>
        <source>该身份证号属于已登记去世的会员，不能再次登记。</source>
        <translation>This ID number belongs to a member recorded as deceased and cannot be registered again.</translation>
    </message>
    <message>
        <source>{name} 曾是会员（{status}），可以恢复其会籍而不必新建记录。</source>
        <translation>{name} was a member ({status}); restore the membership instead of creating a new record.</translation>
    </message>
    <message>
        <source>此人曾在其他分工会登记（{status}），可以恢复其会籍并加入本分工会。</source>
        <translation>This person was registered with another branch union ({status}); the membership can be restored in this branch union.</translation>
    </message>
    <message>
        <source>在会员信息中修改</source>
        <translation>Changed in the member form</translation>
    </message>
    <message>
        <source>会员信息</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>导出本人全部信息：{name}</source>
        <translation>Exported all personal data of {name}</translation>
    </message>
    <message>
        <source>只能对已退会、调出或去世的会员做匿名化处理；{name} 当前为“{status}”。</source>
        <translation>Only members who left, transferred out or died can be anonymised; {name} is &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>已匿名{id}</source>
        <translation>Anonymised {id}</translation>
    </message>
    <message>
        <source>会员信息已匿名化</source>
        <translation>Member data anonymised</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>小组</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>调动</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>重新入会</source>
        <translation>Re-join</translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export current list…</translation>
    </message>
    <message>
        <source>生日名单…</source>
        <translation>Birthday list…</translation>
    </message>
    <message>
        <source>各分工会入会率…</source>
        <translation>Membership rate per branch union…</translation>
    </message>
    <message>
        <source>导出完整的身份证号吗？
选“否”则只显示身份证号后四位（推荐）。</source>
        <translation>Export full identity numbers?
Choose &quot;No&quot; to show only the last four digits (recommended).</translation>
    </message>
    <message>
        <source>导出与报表</source>
        <translation>Export and reports</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音或首字母（如 zk）、工号、手机号、身份证号后四位</source>
        <translation>Search: name, pinyin or initials (e.g. zk), employee no., phone, last four of the ID number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部基地</source>
        <translation>All bases</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部入会年份</source>
        <translation>All join years</translation>
    </message>
    <message>
        <source>{y} 年入会</source>
        <translation>Joined {y}</translation>
    </message>
    <message>
        <source>{name} 已是在会会员。</source>
        <translation>{name} is already an active member.</translation>
    </message>
    <message>
        <source>选择要导入的会员表格</source>
        <translation>Choose the member spreadsheet to import</translation>
    </message>
    <message>
        <source>导入完成：新增 {new} 名，更新 {updated} 名。</source>
        <translation>Import finished: {new} added, {updated} updated.</translation>
    </message>
    <message>
        <source>
有问题的 {n} 行没有导入。</source>
        <translation>
{n} rows with problems were not imported.</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>会员导入模板.xlsx</source>
        <translation>member-import-template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>导出会员名册</source>
        <translation>Export member register</translation>
    </message>
    <message>
        <source>会员名册.xlsx</source>
        <translation>member-register.xlsx</translation>
    </message>
    <message>
        <source>正在导出会员名册…</source>
        <translation>Exporting the member register…</translation>
    </message>
    <message>
        <source>已导出 {n} 名会员到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>会员管理</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>各分工会入会率</source>
        <translation>Membership rate per branch union</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>入会率</source>
        <translation>Membership rate</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存入会率表</source>
        <translation>Save membership rates</translation>
    </message>
    <message>
        <source>入会率.xlsx</source>
        <translation>membership-rates.xlsx</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>RejoinDialog</name>
    <message>
        <source>重新入会</source>
        <translation>Re-join</translation>
    </message>
    <message>
        <source>恢复原有会员记录（同一身份证号只保留一条记录，历史记录保留）。</source>
        <translation>Restores the existing member record (one record per ID number; the history is kept).</translation>
    </message>
    <message>
        <source>加入分工会 / 小组</source>
        <translation>Join branch union / group</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>重新入会日期</source>
        <translation>Re-join date</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>变更会员状态</source>
        <translation>Change member status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Date of change</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>会员调动</source>
        <translation>Transfer member</translation>
    </message>
    <message>
        <source>{name} 现在：{where}</source>
        <translation>{name} is now in: {where}</translation>
    </message>
    <message>
        <source>调入分工会 / 小组</source>
        <translation>To branch union / group</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>调动日期</source>
        <translation>Transfer date</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
</TS>
