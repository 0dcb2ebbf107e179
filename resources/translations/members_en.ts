<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>编辑入会申请</source>
        <translation>Edit application</translation>
    </message>
    <message>
        <source>登记入会申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>分工会 / 小组</source>
        <translation>Branch union / group</translation>
    </message>
    <message>
        <source>实名制信息</source>
        <translation>Real-name details</translation>
    </message>
    <message>
        <source>会籍转入（原是其他单位工会会员时填写）</source>
        <translation>Membership transferred in (for members of another organisation&apos;s union)</translation>
    </message>
    <message>
        <source>原单位工会</source>
        <translation>Previous union</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>该申请{status}（{on}），不能再修改。</source>
        <translation>This application is {status} ({on}) and can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>登记申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>批准入会…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>不予批准…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>导入新入职名单…</source>
        <translation>Import new hires…</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号</source>
        <translation>Search: name, pinyin initials, employee number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>当天提交</source>
        <translation>submitted today</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>待审批 {n} 份，等待最久的已 {waited}（目标：当天审批）。</source>
        <translation>{n} applications pending; the oldest has waited {waited} (goal: approved the same day).</translation>
    </message>
    <message>
        <source>没有待审批的申请。</source>
        <translation>No applications pending.</translation>
    </message>
    <message>
        <source>下一个会员证号：{card}</source>
        <translation>Next card number: {card}</translation>
    </message>
    <message>
        <source>请先在列表中选择要批准的申请（可按住 Ctrl 或 Shift 多选）。</source>
        <translation>First choose the applications to approve in the list (hold Ctrl or Shift to choose several).</translation>
    </message>
    <message>
        <source>已批准 {n} 人入会，会员证号 {first} 至 {last}。</source>
        <translation>{n} people approved; card numbers {first} to {last}.</translation>
    </message>
    <message>
        <source>请选择一份申请。</source>
        <translation>Please choose one application.</translation>
    </message>
    <message>
        <source>已导入 {n} 份入会申请，等待审批。</source>
        <translation>{n} applications imported, waiting for approval.</translation>
    </message>
    <message>
        <source>
有问题的 {n} 行没有导入。</source>
        <translation>
{n} rows with problems were not imported.</translation>
    </message>
    <message>
        <source>选择人力资源部门的新入职人员名单</source>
        <translation>Choose HR&apos;s list of new hires</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>入会申请导入模板.xlsx</source>
        <translation>application import template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>批准入会</source>
        <translation>Approve applications</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>批准所选 {n} 份申请。会员证号按申请先后依次发放，下一个是 {card}。</source>
        <translation>Approve the {n} chosen applications. Card numbers are issued in the order people applied; the next is {card}.</translation>
    </message>
    <message>
        <source>如 2026年第23次委员会</source>
        <translation>e.g. 23rd committee meeting of 2026</translation>
    </message>
</context>
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
    <name>DecisionDialog</name>
    <message>
        <source>会员委员会决定</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <source>记录决定</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>委员会决定</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>选“视为自动退会”将把该会员的状态改为退会（视为自动退会），依据记入变动记录。</source>
        <translation>Choosing &quot;deemed withdrawn&quot; changes the member&apos;s status to withdrawn (deemed); the evidence goes into the history.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>列入会籍审查</source>
        <translation>Put on review list</translation>
    </message>
    <message>
        <source>列入</source>
        <translation>Put on list</translation>
    </message>
    <message>
        <source>{name}（{branch}）列入六个月规则审查名单，由会员委员会决定是否视为自动退会；列入本身不改变会籍。</source>
        <translation>{name} ({branch}) goes on the six-month review list; the committee decides whether the member is deemed to have withdrawn. Being listed changes nothing by itself.</translation>
    </message>
    <message>
        <source>如：2026年5月起未交会费，联系不上本人，未参加小组活动</source>
        <translation>e.g. no dues since May 2026, cannot be reached, no part in group activities</translation>
    </message>
    <message>
        <source>列入原因</source>
        <translation>Why listed</translation>
    </message>
</context>
<context>
    <name>HeadcountDialog</name>
    <message>
        <source>录入职工人数</source>
        <translation>Enter headcount</translation>
    </message>
</context>
<context>
    <name>HeadcountPage</name>
    <message>
        <source>录入人数…</source>
        <translation>Enter headcount…</translation>
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
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>导入完成：新增 {new} 条，更正 {updated} 条。</source>
        <translation>Import finished: {new} added, {updated} corrected.</translation>
    </message>
    <message>
        <source>选择职工人数表</source>
        <translation>Choose the headcount sheet</translation>
    </message>
    <message>
        <source>人数记录</source>
        <translation>headcount records</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>职工人数导入模板.xlsx</source>
        <translation>headcount import template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
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
        <source>实名制信息</source>
        <translation>Real-name details</translation>
    </message>
    <message>
        <source>如 河南新乡</source>
        <translation>e.g. Xinxiang, Henan</translation>
    </message>
    <message>
        <source>如 工程师、技师</source>
        <translation>e.g. engineer, technician</translation>
    </message>
    <message>
        <source>由入会审批发放；此处只录入启用前已发的证号</source>
        <translation>Issued at approval; enter here only cards issued before this system</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
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
        <source>保留会籍</source>
        <translation>Membership retained</translation>
    </message>
    <message>
        <source>除名</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>失业</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>本人申请</source>
        <translation>At own request</translation>
    </message>
    <message>
        <source>视为自动退会（连续六个月未交会费）</source>
        <translation>Deemed withdrawn (no dues for six consecutive months)</translation>
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
        <source>会籍转入</source>
        <translation>Transferred in</translation>
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
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>连续六个月未交会费</source>
        <translation>No dues for six consecutive months</translation>
    </message>
    <message>
        <source>人工标记</source>
        <translation>Flagged by hand</translation>
    </message>
    <message>
        <source>继续在会</source>
        <translation>Keep membership</translation>
    </message>
    <message>
        <source>视为自动退会</source>
        <translation>Deemed withdrawn</translation>
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
        <source>无权向该分工会导入</source>
        <translation>Not allowed to import into this branch union</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>is required</translation>
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
        <source>可不填，默认为入职日期（随入职随申请）</source>
        <translation>Optional; defaults to the hire date (apply on joining the company)</translation>
    </message>
    <message>
        <source>原是其他单位工会会员、凭介绍信转入时填写</source>
        <translation>For members of another organisation&apos;s union coming with a transfer letter</translation>
    </message>
    <message>
        <source>与身份证号不符</source>
        <translation>Does not match the identity number</translation>
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
        <source>有介绍信时须填写原单位工会</source>
        <translation>A transfer letter needs the previous union</translation>
    </message>
    <message>
        <source>正在写入入会申请…</source>
        <translation>Writing applications…</translation>
    </message>
    <message>
        <source>从 {file} 导入入会申请 {n} 份</source>
        <translation>Imported {n} applications from {file}</translation>
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
        <source>只填本系统启用前已发的会员证；新会员的证号由入会审批依次发放</source>
        <translation>Only cards issued before this system; new members&apos; cards are issued in order at approval</translation>
    </message>
    <message>
        <source>按{standard}填写名称或代码，如 {names}……</source>
        <translation>Name or code per {standard}, e.g. {names}…</translation>
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
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political affiliation</translation>
    </message>
    <message>
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <source>用工形式</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <source>原因类别</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>对方单位工会</source>
        <translation>Other organisation&apos;s union</translation>
    </message>
    <message>
        <source>介绍信编号</source>
        <translation>Transfer letter no.</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>委员会会议日期</source>
        <translation>Committee meeting date</translation>
    </message>
    <message>
        <source>会议纪要编号</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>月初人数</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>新入会</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>转入</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>退会（含除名）</source>
        <translation>Withdrawn (incl. expelled)</translation>
    </message>
    <message>
        <source>其中除名</source>
        <translation>of which expelled</translation>
    </message>
    <message>
        <source>月末人数</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>其中保留会籍</source>
        <translation>of which retained</translation>
    </message>
    <message>
        <source>转为保留会籍</source>
        <translation>To retained</translation>
    </message>
    <message>
        <source>恢复在会</source>
        <translation>Back to active</translation>
    </message>
    <message>
        <source>已等待</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>列入原因</source>
        <translation>Why listed</translation>
    </message>
    <message>
        <source>列入日期</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>委员会决定</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
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
        <source>实名制上报导出完整身份证号 {n} 条</source>
        <translation>Real-name upload with {n} full identity numbers exported</translation>
    </message>
    <message>
        <source>工会会员实名制上报_{day}.xlsx</source>
        <translation>real-name upload_{day}.xlsx</translation>
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
        <source>人数所属月份</source>
        <translation>Headcount month</translation>
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
        <source>保留会籍会员</source>
        <translation>Retained members</translation>
    </message>
    <message>
        <source>{on} 入会率</source>
        <translation>Membership rate on {on}</translation>
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
        <source>不能早于入会日期 {joined}</source>
        <translation>cannot be before the join date {joined}</translation>
    </message>
    <message>
        <source>不能早于上一次变动日期 {on}</source>
        <translation>cannot be before the last recorded change on {on}</translation>
    </message>
    <message>
        <source>调动日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>只有在册会员可以调动；{name} 当前状态为{status}。</source>
        <translation>Only members in the register can be transferred; {name} is {status}.</translation>
    </message>
    <message>
        <source>{name} 当前为{current}，不能直接变更为{status}；恢复会籍请用“重新入会”。</source>
        <translation>{name} is {current} and cannot become {status} directly; use Re-join to restore membership.</translation>
    </message>
    <message>
        <source>请选择原因类别</source>
        <translation>choose the cause</translation>
    </message>
    <message>
        <source>会籍转出须填写接收会籍的单位工会</source>
        <translation>a transfer out needs the receiving organisation&apos;s union</translation>
    </message>
    <message>
        <source>视为自动退会须写明依据（未交会费的月份、委员会的决定）</source>
        <translation>a deemed withdrawal needs its evidence (months without dues, the committee&apos;s decision)</translation>
    </message>
    <message>
        <source>{name} 已是会员（{status}）。</source>
        <translation>{name} is already a member ({status}).</translation>
    </message>
    <message>
        <source>依据：{evidence}</source>
        <translation>Evidence: {evidence}</translation>
    </message>
    <message>
        <source>（介绍信 {no}）</source>
        <translation> (letter {no})</translation>
    </message>
    <message>
        <source>：转至 {org}{letter}</source>
        <translation>: to {org}{letter}</translation>
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
        <source>{name} 已登记为去世，不能重新入会。</source>
        <translation>{name} is recorded as deceased and cannot re-join.</translation>
    </message>
    <message>
        <source>重新入会日期</source>
        <translation>Re-join date</translation>
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
        <source>自 {org} 转入{letter}，加入 {place}</source>
        <translation>Transferred in from {org}{letter}, joined {place}</translation>
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
        <source>当天</source>
        <translation>same day</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>找不到该入会申请。</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <source>不能超过 {n} 个字符</source>
        <translation>at most {n} characters</translation>
    </message>
    <message>
        <source>已是会员（{status}）：{name}</source>
        <translation>already a member ({status}): {name}</translation>
    </message>
    <message>
        <source>已有 {on} 提交的待审批申请</source>
        <translation>already has a pending application of {on}</translation>
    </message>
    <message>
        <source>应为 1—32 个字，不含数字</source>
        <translation>should be 1–32 characters without digits</translation>
    </message>
    <message>
        <source>无权在该分工会登记</source>
        <translation>not allowed to register in this branch union</translation>
    </message>
    <message>
        <source>该申请已处理，不能再修改。</source>
        <translation>This application has been decided and can no longer be changed.</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>请先选择要审批的申请。</source>
        <translation>Choose the applications to approve first.</translation>
    </message>
    <message>
        <source>{name} 的申请已处理（{status}），请刷新后重选。</source>
        <translation>{name}&apos;s application has been decided ({status}); refresh and choose again.</translation>
    </message>
    <message>
        <source>早于 {name} 的申请日期 {on}</source>
        <translation>before {name}&apos;s application date {on}</translation>
    </message>
    <message>
        <source>入会申请经委员会批准</source>
        <translation>Application approved by the committee</translation>
    </message>
    <message>
        <source>请写明未批准的原因</source>
        <translation>give the reason for refusing</translation>
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
        <source>查看完整身份证号</source>
        <translation>Viewed the full identity number</translation>
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
        <source>该身份证号已是其他分工会的会员，请联系该分工会办理调动。</source>
        <translation>This identity number is a member of another branch union; ask that branch union for a transfer.</translation>
    </message>
    <message>
        <source>该身份证号已登记为会员（{status}）：{name}。</source>
        <translation>This identity number is already registered as a member ({status}): {name}.</translation>
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
        <source>不能晚于此后的变动日期 {on}</source>
        <translation>cannot be after the next recorded change on {on}</translation>
    </message>
    <message>
        <source>会员信息</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>导出本人全部信息</source>
        <translation>Exported everything held about the member</translation>
    </message>
    <message>
        <source>只能对已退会、除名、转出或去世的会员做匿名化处理；{name} 当前为“{status}”。</source>
        <translation>Only members who withdrew, were expelled, transferred out or died can be anonymised; {name} is &quot;{status}&quot;.</translation>
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
    <message>
        <source>{n} 人已有待审批的申请，不再重复导入。</source>
        <translation>{n} people already have a pending application and are not imported again.</translation>
    </message>
    <message>
        <source>规则中须有且只有一个 {seq}，最多一个 {year}，如 HX{year}{seq:05}</source>
        <translation>The pattern needs exactly one {seq} and at most one {year}, e.g. HX{year}{seq:05}</translation>
    </message>
    <message>
        <source>按此规则生成的会员证号超过 32 个字符</source>
        <translation>Card numbers of this pattern would be longer than 32 characters</translation>
    </message>
    <message>
        <source>会员证号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <source>{on} 没有适用的会员证号规则，请先设定规则。</source>
        <translation>No card-number pattern applies on {on}; set one first.</translation>
    </message>
    <message>
        <source>（尚未发号）</source>
        <translation>(none issued yet)</translation>
    </message>
    <message>
        <source>不连续：该号段已发到 {last}，下一个是 {next}；新会员证号由入会审批依次发放</source>
        <translation>out of sequence: issued up to {last}, the next is {next}; new card numbers are issued in order at approval</translation>
    </message>
    <message>
        <source>不符合会员证号规则（如 {example}）</source>
        <translation>does not fit the card-number pattern (e.g. {example})</translation>
    </message>
    <message>
        <source>已发给 {name}</source>
        <translation>already issued to {name}</translation>
    </message>
    <message>
        <source>自 {on} 起：{pattern}（下一个：{next}）</source>
        <translation>From {on}: {pattern} (next: {next})</translation>
    </message>
    <message>
        <source>会员证号规则</source>
        <translation>Card-number pattern</translation>
    </message>
    <message>
        <source>下一个顺序号应为正整数</source>
        <translation>the next sequence number must be a positive integer</translation>
    </message>
    <message>
        <source>{on} 起已有规则 {pattern}；新规则请用新的生效日期</source>
        <translation>a pattern {pattern} already starts on {on}; give a new pattern a new date</translation>
    </message>
    <message>
        <source>“{value}”不是{title}的标准取值（{standard}）</source>
        <translation>&quot;{value}&quot; is not a standard value of {title} ({standard})</translation>
    </message>
    <message>
        <source>月份格式不正确，应如 2026-10 或 2026年10月</source>
        <translation>Month not readable; write e.g. 2026-10</translation>
    </message>
    <message>
        <source>无权录入该分工会的人数</source>
        <translation>not allowed to enter this branch union&apos;s headcount</translation>
    </message>
    <message>
        <source>不能晚于本月</source>
        <translation>cannot be after this month</translation>
    </message>
    <message>
        <source>应为 1 到 {n} 之间的整数</source>
        <translation>must be a whole number from 1 to {n}</translation>
    </message>
    <message>
        <source>找不到该记录</source>
        <translation>record not found</translation>
    </message>
    <message>
        <source>该分工会这个月已有记录</source>
        <translation>this branch union already has this month</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>与第 {row} 行重复（同一分工会同一月份）</source>
        <translation>repeats row {row} (same branch union and month)</translation>
    </message>
    <message>
        <source>从 {file} 导入职工人数 {n} 条</source>
        <translation>Imported {n} headcount records from {file}</translation>
    </message>
    <message>
        <source>单位合并</source>
        <translation>Units merged</translation>
    </message>
    <message>
        <source>本人所管分工会合计</source>
        <translation>Total of my branch unions</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月会员增减情况表</source>
        <translation>Membership changes, {month}/{year}</translation>
    </message>
    <message>
        <source>月末人数 = 月初人数 + 新入会 + 转入 − 转出 − 退会（含除名）− 去世；月初人数即上月月末人数。</source>
        <translation>Closing = opening + joined + transferred in − transferred out − withdrawn (incl. expelled) − died; the opening is last month&apos;s closing.</translation>
    </message>
    <message>
        <source>在册会员含在会和保留会籍（退休、失业）会员；保留会籍会员免交会费，入会率另计。</source>
        <translation>The register holds active and retained (retired, unemployed) members; retained members pay no dues and are counted apart from the rate.</translation>
    </message>
    <message>
        <source>分工会一行的转入、转出含分工会之间的调动；合计一行只计与外单位工会之间的会籍接转。</source>
        <translation>On a branch union&apos;s line, transfers include moves between branch unions; the total counts only transfers to and from other organisations&apos; unions.</translation>
    </message>
    <message>
        <source>填报单位：{union}；统计期：{first} 至 {last}</source>
        <translation>Reporting union: {union}; period: {first} to {last}</translation>
    </message>
    <message>
        <source>（本会）</source>
        <translation>(this union)</translation>
    </message>
    <message>
        <source>填表人：</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>审核人：</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>填报日期：{today}</source>
        <translation>Date: {today}</translation>
    </message>
    <message>
        <source>请写明列入审查的情况（如未交会费的月份）</source>
        <translation>say what puts the member on the list (e.g. the months without dues)</translation>
    </message>
    <message>
        <source>不能超过 4000 个字符</source>
        <translation>at most 4000 characters</translation>
    </message>
    <message>
        <source>只有在会会员适用六个月规则；{name} 当前为{status}。</source>
        <translation>The six-month rule applies to active members only; {name} is {status}.</translation>
    </message>
    <message>
        <source>{name} 已在审查名单上，等待委员会决定。</source>
        <translation>{name} is already on the review list, waiting for the committee.</translation>
    </message>
    <message>
        <source>找不到该审查记录。</source>
        <translation>Review not found.</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>choose one</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>委员会已对此作出决定。</source>
        <translation>The committee has already decided this.</translation>
    </message>
    <message>
        <source>不能早于列入审查的日期 {on}</source>
        <translation>cannot be before the listing date {on}</translation>
    </message>
    <message>
        <source>会员委员会 {on} 决定视为自动退会</source>
        <translation>the committee decided on {on} that the member is deemed to have withdrawn</translation>
    </message>
    <message>
        <source>连续六个月未交会费，视为自动退会</source>
        <translation>No dues for six consecutive months: deemed withdrawn</translation>
    </message>
    <message>
        <source>{name} 当前为{status}，不能再视为自动退会。</source>
        <translation>{name} is {status} and cannot be deemed withdrawn.</translation>
    </message>
    <message>
        <source>待决定</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>会员名册</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>入会申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>会籍审查</source>
        <translation>Six-month review</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Headcount</translation>
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
    <name>MonthlyReturnDialog</name>
    <message>
        <source>会员增减情况表</source>
        <translation>Monthly membership changes</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>月末 = 月初 + 新入会 + 转入 − 转出 − 退会（含除名）− 去世；分工会一行含分工会之间的调动，合计一行只计与外单位工会之间的会籍接转。</source>
        <translation>Closing = opening + joined + transferred in − transferred out − withdrawn (incl. expelled) − died; a branch union&apos;s line includes moves between branch unions, the total only transfers with other organisations.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>各行收支平衡</source>
        <translation>Every line balances</translation>
    </message>
    <message>
        <source>有行不平衡，请检查变动记录</source>
        <translation>A line does not balance; check the history</translation>
    </message>
    <message>
        <source>{y}年{m}月会员增减情况表</source>
        <translation>membership changes {y}-{m}</translation>
    </message>
    <message>
        <source>保存会员增减情况表</source>
        <translation>Save the monthly return</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>正在生成会员增减情况表…</source>
        <translation>Writing the monthly return…</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>各分工会入会率</source>
        <translation>Membership rate per branch union</translation>
    </message>
    <message>
        <source>统计日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>不填为当前；如 2024-12-31</source>
        <translation>blank for now; e.g. 2024-12-31</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>入会率 = 在会会员 ÷ 当月职工人数；保留会籍会员（退休、失业）在册但不计入入会率。</source>
        <translation>Rate = active members ÷ that month&apos;s headcount; retained members (retired, unemployed) are in the register but not in the rate.</translation>
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
        <source>人数所属月份</source>
        <translation>Headcount month</translation>
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
        <source>保留会籍</source>
        <translation>Membership retained</translation>
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
    <name>RegisterPage</name>
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
        <source>列入会籍审查</source>
        <translation>Put on review list</translation>
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
        <source>导出与报表</source>
        <translation>Export and reports</translation>
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
        <source>会员增减情况表（月报）…</source>
        <translation>Monthly membership changes…</translation>
    </message>
    <message>
        <source>实名制上报文件…</source>
        <translation>Real-name upload file…</translation>
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
        <source>选择要导入的会员表格</source>
        <translation>Choose the member spreadsheet to import</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
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
        <source>导出完整的身份证号吗？
选“否”则只显示身份证号后四位（推荐）。</source>
        <translation>Export the full identity numbers?
Choose “No” to show only their last four characters (recommended).</translation>
    </message>
    <message>
        <source>已导出 {n} 名会员到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <source>正在导出会员名册…</source>
        <translation>Exporting the member register…</translation>
    </message>
    <message>
        <source>保存实名制上报文件</source>
        <translation>Save the real-name upload file</translation>
    </message>
    <message>
        <source>工会会员实名制上报.xlsx</source>
        <translation>real-name upload.xlsx</translation>
    </message>
    <message>
        <source>上报文件写入完整的身份证号吗？
选“否”则身份证号脱敏（不能用于上报）。</source>
        <translation>Write full identity numbers into the upload file?
Choose No to mask them (the file then cannot be uploaded).</translation>
    </message>
    <message>
        <source>已导出 {n} 名在册会员到 {path}</source>
        <translation>Exported {n} members of the register to {path}</translation>
    </message>
    <message>
        <source>正在导出实名制上报文件…</source>
        <translation>Exporting the real-name upload file…</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>不予批准</source>
        <translation>Refuse application</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{name} 的入会申请不予批准，请写明原因（会告知本人）。</source>
        <translation>{name}&apos;s application is refused; give the reason (the applicant is told).</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
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
        <source>凭介绍信从其他单位工会转入时填写</source>
        <translation>When coming from another organisation&apos;s union with a transfer letter</translation>
    </message>
    <message>
        <source>原单位工会</source>
        <translation>Previous union</translation>
    </message>
    <message>
        <source>重新入会日期</source>
        <translation>Re-join date</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>委员会决定…</source>
        <translation>Committee decision…</translation>
    </message>
    <message>
        <source>从会费记录更新</source>
        <translation>Update from dues records</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号</source>
        <translation>Search: name, pinyin initials, employee number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>待决定</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>会员连续六个月不交会费、不参加工会组织生活的，由会员委员会审查决定是否视为自动退会；本名单不会自动除去任何人。</source>
        <translation>A member who pays no dues for six consecutive months and takes no part in union life may be deemed to have withdrawn: the committee decides; this list removes nobody by itself.</translation>
    </message>
    <message>
        <source>尚无会费记录可查：请在“会员名册”中选中会员，用“列入会籍审查”人工列入。</source>
        <translation> No dues records yet: choose a member in the register and use &quot;Put on review list&quot;.</translation>
    </message>
    <message>
        <source>委员会已对此作出决定。</source>
        <translation>The committee has already decided this.</translation>
    </message>
    <message>
        <source>{name}（{branch}），{on} 因“{source}”列入：{evidence}</source>
        <translation>{name} ({branch}), listed on {on} for &quot;{source}&quot;: {evidence}</translation>
    </message>
    <message>
        <source>审查名单新增 {n} 人，等待会员委员会决定。</source>
        <translation>{n} members added to the review list, waiting for the committee.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>入会率</source>
        <translation>Membership rate</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>变更会籍状态</source>
        <translation>Change membership status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>接收会籍的单位工会全称</source>
        <translation>Full name of the receiving union</translation>
    </message>
    <message>
        <source>如：2026年4月起未交会费，连续七个月；会员委员会某日决定</source>
        <translation>e.g. no dues since April 2026, seven months; the committee&apos;s decision of …</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
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
