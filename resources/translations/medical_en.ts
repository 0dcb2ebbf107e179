<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AllocationDialog</name>
    <message>
        <source>登记拨款收入</source>
        <translation>Record allocation</translation>
    </message>
    <message>
        <source>全会（不分分工会）</source>
        <translation>All (no branch union)</translation>
    </message>
    <message>
        <source>如：公司行政拨款、上级工会补助</source>
        <translation>e.g. company allocation, grant from the higher union</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>新建互助金申请</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>互助金申请 {no}</source>
        <translation>Claim {no}</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>会员与治疗</source>
        <translation>Member and treatment</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或工号查找</source>
        <translation>Type a name, pinyin initials or employee no. to search</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>入院</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>出院</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <source>治疗时间</source>
        <translation>Treatment period</translation>
    </message>
    <message>
        <source>多张发票用逗号或空格分隔</source>
        <translation>Separate several invoices with commas or spaces</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Costs (yuan)</translation>
    </message>
    <message>
        <source>总费用</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>医保统筹支付</source>
        <translation>Paid by basic medical insurance</translation>
    </message>
    <message>
        <source>政策范围内个人自付</source>
        <translation>Policy-covered self-paid</translation>
    </message>
    <message>
        <source>自费（政策范围外）</source>
        <translation>Uncovered (outside the policy list)</translation>
    </message>
    <message>
        <source>附件（发票、出院小结等扫描件）</source>
        <translation>Attachments (scans of invoices, discharge summaries…)</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>互助金核算</source>
        <translation>Mutual aid calculation</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>复核意见：{n}</source>
        <translation>Review note: {n}</translation>
    </message>
    <message>
        <source>驳回原因：{r}</source>
        <translation>Reason for rejection: {r}</translation>
    </message>
    <message>
        <source>已于 {d} 支付，凭证号 {v}</source>
        <translation>Paid on {d}, voucher {v}</translation>
    </message>
    <message>
        <source>政策内自付</source>
        <translation>Covered self-paid</translation>
    </message>
    <message>
        <source>自费</source>
        <translation>Uncovered</translation>
    </message>
    <message>
        <source>尚不能核算</source>
        <translation>Cannot calculate yet</translation>
    </message>
    <message>
        <source>核算步骤</source>
        <translation>Calculation step</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>应付互助金：¥{amount}</source>
        <translation>Mutual aid payable: ¥{amount}</translation>
    </message>
    <message>
        <source>选择扫描件</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <source>PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>PDF or images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>搜索姓名、拼音首字母、工号或申请编号</source>
        <translation>Search name, pinyin initials, employee no. or claim no.</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>新建申请</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>复核通过</source>
        <translation>Review passed</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>审批通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>登记支付</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>打印审批表</source>
        <translation>Print approval form</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <source>请先在列表中选择一件申请。</source>
        <translation>Please select a claim in the list first.</translation>
    </message>
    <message>
        <source>请先由管理员建立方案年度。</source>
        <translation>An administrator must set up a scheme year first.</translation>
    </message>
    <message>
        <source>确认仍要提交吗？</source>
        <translation>Submit anyway?</translation>
    </message>
    <message>
        <source>已提交，申请编号 {no}。</source>
        <translation>Submitted as claim {no}.</translation>
    </message>
    <message>
        <source>复核意见（可不填）：</source>
        <translation>Review note (optional):</translation>
    </message>
    <message>
        <source>退回原因：</source>
        <translation>Reason for return:</translation>
    </message>
    <message>
        <source>审批通过申请 {no}？

{lines}</source>
        <translation>Approve claim {no}?

{lines}</translation>
    </message>
    <message>
        <source>按审批时的年度封顶重新核算，核定金额为 {a} 元。</source>
        <translation>Recalculated against the annual cap at approval: the approved amount is {a} yuan.</translation>
    </message>
    <message>
        <source>驳回原因（会告知申请人）：</source>
        <translation>Reason for rejection (the claimant will be told):</translation>
    </message>
    <message>
        <source>保存审批表</source>
        <translation>Save approval form</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成审批表…</source>
        <translation>Creating approval form…</translation>
    </message>
    <message>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <source>导出申请清单</source>
        <translation>Export claims list</translation>
    </message>
    <message>
        <source>互助金申请.xlsx</source>
        <translation>claims.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 {n} 件申请。</source>
        <translation>Exported {n} claims.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>搜索姓名、拼音首字母或工号</source>
        <translation>Search name, pinyin initials or employee no.</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>只看未缴费</source>
        <translation>Unpaid only</translation>
    </message>
    <message>
        <source>按分工会批量参保</source>
        <translation>Enrol a branch union</translation>
    </message>
    <message>
        <source>所选人员登记缴费</source>
        <translation>Record payment for selected</translation>
    </message>
    <message>
        <source>筛选结果全部登记缴费</source>
        <translation>Record payment for all filtered</translation>
    </message>
    <message>
        <source>已参保 {e} 人，已缴费 {p} 人，在会未参保 {m} 人</source>
        <translation>{e} enrolled, {p} paid, {m} active members not enrolled</translation>
    </message>
    <message>
        <source>新参保 {n} 人；已参保跳过 {a} 人；非在会会员 {r} 人未参保。</source>
        <translation>{n} newly enrolled; {a} already enrolled skipped; {r} not active and not enrolled.</translation>
    </message>
    <message>
        <source>登记缴费 {n} 人，合计 {amount} 元；此前已缴 {a} 人。</source>
        <translation>Recorded payment for {n} members, {amount} yuan in all; {a} had already paid.</translation>
    </message>
    <message>
        <source>请先在上方选择一个分工会。</source>
        <translation>Please choose a branch union above first.</translation>
    </message>
    <message>
        <source>将{b}全部在会会员登记参加 {y}？</source>
        <translation>Enrol all active members of {b} in {y}?</translation>
    </message>
    <message>
        <source>正在登记参保…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>请先选择已参保的人员。</source>
        <translation>Please select enrolled members first.</translation>
    </message>
    <message>
        <source>正在登记缴费…</source>
        <translation>Recording payments…</translation>
    </message>
    <message>
        <source>为筛选出的 {n} 人登记今天缴费？</source>
        <translation>Record today&apos;s payment for the {n} filtered members?</translation>
    </message>
</context>
<context>
    <name>HardshipPage</name>
    <message>
        <source>个人自付超过（元）</source>
        <translation>Self-paid above (yuan)</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>设为本年度预警线</source>
        <translation>Set as this year&apos;s threshold</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>申请件数</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>医疗总费用</source>
        <translation>Total medical costs</translation>
    </message>
    <message>
        <source>个人自付合计</source>
        <translation>Total self-paid</translation>
    </message>
    <message>
        <source>已获互助金</source>
        <translation>Mutual aid received</translation>
    </message>
    <message>
        <source>仍需负担</source>
        <translation>Still to bear</translation>
    </message>
    <message>
        <source>预警线</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>{year} 年度个人自付医疗费用（政策内自付 + 自费）超过 {x} 元的会员共 {n} 人，按自付金额从高到低排列，供工会委员会研究主动帮扶。</source>
        <translation>{n} members&apos; self-paid medical costs in {year} (covered self-paid + uncovered) exceed {x} yuan; listed from the highest, for the union committee to offer help.</translation>
    </message>
    <message>
        <source>导出困难预警名单</source>
        <translation>Export hardship list</translation>
    </message>
    <message>
        <source>困难预警名单.xlsx</source>
        <translation>hardship list.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>困难预警</source>
        <translation>Hardship alert</translation>
    </message>
    <message>
        <source>已导出 {n} 人。</source>
        <translation>Exported {n} members.</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>登记拨款</source>
        <translation>Record allocation</translation>
    </message>
    <message>
        <source>年度报告 PDF</source>
        <translation>Annual report (PDF)</translation>
    </message>
    <message>
        <source>年度报告 Excel</source>
        <translation>Annual report (Excel)</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>参保人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>会费收入</source>
        <translation>Fee income</translation>
    </message>
    <message>
        <source>拨款收入</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>互助金支出</source>
        <translation>Mutual aid paid</translation>
    </message>
    <message>
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>受助人次</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <source>受助人数</source>
        <translation>Members helped</translation>
    </message>
    <message>
        <source>{first}–{last} 年累计支付互助金 {paid} 元，受助 {m} 人（{n} 人次）。</source>
        <translation>{first}–{last}: {paid} yuan of mutual aid paid to {m} members ({n} claims).</translation>
    </message>
    <message>
        <source>其中 {first}–{last} 年：{paid} 元，{m} 人。</source>
        <translation>Of which {first}–{last}: {paid} yuan, {m} members.</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>{year}年度医疗互助报告</source>
        <translation>Medical mutual aid report {year}</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>保存年度报告</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <source>正在生成年度报告…</source>
        <translation>Creating annual report…</translation>
    </message>
    <message>
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
</context>
<context>
    <name>Medical</name>
    <message>
        <source>医疗互助基金</source>
        <translation>Medical mutual-aid fund</translation>
    </message>
    <message>
        <source>省职工医疗互助保障</source>
        <translation>Provincial workers&apos; medical mutual aid</translation>
    </message>
    <message>
        <source>住院</source>
        <translation>In-patient</translation>
    </message>
    <message>
        <source>门诊特殊病</source>
        <translation>Special out-patient</translation>
    </message>
    <message>
        <source>重大疾病</source>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>意外伤害</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已复核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>已审批</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>会费收入</source>
        <translation>Fee income</translation>
    </message>
    <message>
        <source>拨款收入</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>互助金支出</source>
        <translation>Mutual aid paid</translation>
    </message>
    <message>
        <source>申请已复核或已办结，不能再添加附件。</source>
        <translation>The claim has been reviewed or closed; attachments cannot be added.</translation>
    </message>
    <message>
        <source>找不到该附件。</source>
        <translation>Attachment not found.</translation>
    </message>
    <message>
        <source>只有草稿可以删除附件。</source>
        <translation>Only drafts can have attachments removed.</translation>
    </message>
    <message>
        <source>该会员已有住院/治疗时间重叠的申请：
{list}
确认不是重复申请后才能提交。</source>
        <translation>The member already has a claim with an overlapping stay:
{list}
Submit only after confirming it is not a duplicate.</translation>
    </message>
    <message>
        <source>申请 {no} {status}，不能再修改。</source>
        <translation>Claim {no} is {status} and can no longer be changed.</translation>
    </message>
    <message>
        <source>申请{status}，只有草稿可以修改。</source>
        <translation>The claim is {status}; only drafts can be changed.</translation>
    </message>
    <message>
        <source>只有从未提交过的草稿可以删除。</source>
        <translation>Only drafts that were never submitted can be deleted.</translation>
    </message>
    <message>
        <source>发票号 {inv} 已用于申请 {no}</source>
        <translation>Invoice {inv} is already used by claim {no}</translation>
    </message>
    <message>
        <source>申请 {no}（{a} 至 {b}）</source>
        <translation>Claim {no} ({a} to {b})</translation>
    </message>
    <message>
        <source>申请当前状态为“{status}”，不能执行此操作。请刷新后再试。</source>
        <translation>The claim is now &quot;{status}&quot;; this action is not possible. Please refresh and try again.</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>复核须由另一人完成：您不能复核自己录入或提交的申请。</source>
        <translation>A second person must review: you cannot review a claim you entered or submitted.</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>您不能退回自己提交的申请，请在复核人退回后修改。</source>
        <translation>You cannot return a claim you submitted; edit it after the reviewer returns it.</translation>
    </message>
    <message>
        <source>审批须由另一人完成：您不能审批自己录入或提交的申请。</source>
        <translation>A second person must approve: you cannot approve a claim you entered or submitted.</translation>
    </message>
    <message>
        <source>按规则核算的互助金为 0 元，不能审批通过，请驳回并写明原因。</source>
        <translation>The rule gives 0 yuan for this claim; it cannot be approved. Reject it and give the reason.</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>您不能驳回自己提交的申请。</source>
        <translation>You cannot reject a claim you submitted.</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation>Must not be later than today</translation>
    </message>
    <message>
        <source>早于审批日期 {d}</source>
        <translation>Before the approval date {d}</translation>
    </message>
    <message>
        <source>支付互助金 {no}，凭证 {v}</source>
        <translation>Mutual aid paid for {no}, voucher {v}</translation>
    </message>
    <message>
        <source>找不到该互助金申请的会员。</source>
        <translation>The claim&apos;s member was not found.</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>Amount must not be negative</translation>
    </message>
    <message>
        <source>金额超出合理范围（单笔不超过 500 万元），请核对</source>
        <translation>Amount out of range (at most 5 million yuan per entry); please check</translation>
    </message>
    <message>
        <source>找不到该互助方案年度。</source>
        <translation>Scheme year not found.</translation>
    </message>
    <message>
        <source>找不到该互助金申请。</source>
        <translation>Claim not found.</translation>
    </message>
    <message>
        <source>请选择一个分工会，或选择要参保的会员。</source>
        <translation>Choose a branch union, or the members to enrol.</translation>
    </message>
    <message>
        <source>参保日期晚于保障期结束日，不能参保。</source>
        <translation>The enrolment date is after the coverage period ends; cannot enrol.</translation>
    </message>
    <message>
        <source>所选会员中有 {n} 人不存在或不在您的管辖范围内。</source>
        <translation>{n} of the selected members do not exist or are outside your branch unions.</translation>
    </message>
    <message>
        <source>正在登记参保…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>{year} 年度批量参保 {n} 人</source>
        <translation>{year}: {n} members enrolled in bulk</translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天。</source>
        <translation>The payment date cannot be later than today.</translation>
    </message>
    <message>
        <source>所选会员中有 {n} 人尚未参保 {year} 年度，请先登记参保。</source>
        <translation>{n} of the selected members are not enrolled for {year}; enrol them first.</translation>
    </message>
    <message>
        <source>正在登记缴费…</source>
        <translation>Recording payments…</translation>
    </message>
    <message>
        <source>{n} 人缴纳 {year} 年度会费</source>
        <translation>{n} members paid the {year} fee</translation>
    </message>
    <message>
        <source>登记 {n} 人缴费</source>
        <translation>Payment recorded for {n} members</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>参保日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>保障起始</source>
        <translation>Covered from</translation>
    </message>
    <message>
        <source>会费（元）</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>困难预警线</source>
        <translation>Hardship threshold</translation>
    </message>
    <message>
        <source>应大于 0</source>
        <translation>Must be above 0</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>必须填写（如：公司拨款）</source>
        <translation>Required (e.g. company allocation)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>全会（不分分工会）</source>
        <translation>All (no branch union)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>互助金申请</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>没有 {year} 年度的{fund}方案。</source>
        <translation>There is no {fund} scheme for {year}.</translation>
    </message>
    <message>
        <source>本报告仅含：{names}</source>
        <translation>This report covers only: {names}</translation>
    </message>
    <message>
        <source>基金</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>请选择基金</source>
        <translation>Please choose a fund</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>年度应在 2000–2100 之间</source>
        <translation>Year must be between 2000 and 2100</translation>
    </message>
    <message>
        <source>方案名称</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>每人会费</source>
        <translation>Fee per member</translation>
    </message>
    <message>
        <source>保障期</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>必须填写起止日期</source>
        <translation>Start and end dates are required</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>等待期</source>
        <translation>Waiting period</translation>
    </message>
    <message>
        <source>应在 0–365 天之间</source>
        <translation>Must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>{year} 年度的{fund}方案已存在。</source>
        <translation>The {fund} scheme for {year} already exists.</translation>
    </message>
    <message>
        <source>方案的基金和年度不能修改，请新建方案。</source>
        <translation>A scheme&apos;s fund and year cannot be changed; create a new scheme.</translation>
    </message>
    <message>
        <source>该年度已有提交的申请，保障期和等待期不能再修改。</source>
        <translation>Claims have been submitted for this year; the coverage and waiting periods can no longer change.</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>请选择补助类别</source>
        <translation>Please choose a benefit type</translation>
    </message>
    <message>
        <source>重大疾病按一次性补助发放，必须填写金额</source>
        <translation>Critical illness is paid as a lump sum; the amount is required</translation>
    </message>
    <message>
        <source>只有重大疾病按一次性补助发放，请留空</source>
        <translation>Only critical illness is paid as a lump sum; leave empty</translation>
    </message>
</context>
<context>
    <name>MedicalCalc</name>
    <message>
        <source>重大疾病一次性补助：{sum} 元</source>
        <translation>Critical illness lump sum: {sum} yuan</translation>
    </message>
    <message>
        <source>政策范围内个人自付：{x} 元</source>
        <translation>Policy-covered self-paid: {x} yuan</translation>
    </message>
    <message>
        <source>起付线：{d} 元（以下部分不予补助）</source>
        <translation>Deductible: {d} yuan (nothing is paid below it)</translation>
    </message>
    <message>
        <source>{lo}–{hi} 元段</source>
        <translation>{lo}–{hi} yuan</translation>
    </message>
    <message>
        <source>{lo} 元以上段</source>
        <translation>Above {lo} yuan</translation>
    </message>
    <message>
        <source>{span}：{part} × {ratio} = {share} 元</source>
        <translation>{span}: {part} × {ratio} = {share} yuan</translation>
    </message>
    <message>
        <source>自付金额未超过起付线，不予补助</source>
        <translation>Self-paid amount does not exceed the deductible: no aid</translation>
    </message>
    <message>
        <source>分段合计：{sum} 元</source>
        <translation>Band total: {sum} yuan</translation>
    </message>
    <message>
        <source>超过单次封顶 {cap} 元，按封顶额计</source>
        <translation>Above the per-claim cap of {cap} yuan: the cap is paid</translation>
    </message>
    <message>
        <source>年度封顶 {cap} 元，本年度已获补助 {used} 元，剩余 {left} 元，按剩余额计</source>
        <translation>Annual cap {cap} yuan; already received this year {used} yuan; {left} yuan left, paid up to that</translation>
    </message>
    <message>
        <source>本次应付互助金：{sum} 元</source>
        <translation>Mutual aid payable for this claim: {sum} yuan</translation>
    </message>
    <message>
        <source>比例“{t}”不是数字</source>
        <translation>Ratio &quot;{t}&quot; is not a number</translation>
    </message>
    <message>
        <source>比例应大于 0 且不超过 100%，最多两位小数的百分数</source>
        <translation>Ratio must be above 0 and at most 100%, a percentage with at most two decimals</translation>
    </message>
    <message>
        <source>起付线</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>Must not be negative</translation>
    </message>
    <message>
        <source>单次封顶</source>
        <translation>Per-claim cap</translation>
    </message>
    <message>
        <source>年度封顶</source>
        <translation>Annual cap</translation>
    </message>
    <message>
        <source>一次性补助</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <source>应大于 0，不设请留空</source>
        <translation>Must be above 0; leave empty for none</translation>
    </message>
    <message>
        <source>补助分段</source>
        <translation>Payment bands</translation>
    </message>
    <message>
        <source>至少需要一个分段（或设置一次性补助）</source>
        <translation>At least one band is needed (or set a lump sum)</translation>
    </message>
    <message>
        <source>只有最后一段可以不设上限</source>
        <translation>Only the last band may have no upper bound</translation>
    </message>
    <message>
        <source>上限应大于上一段的上限</source>
        <translation>Must be above the previous band&apos;s upper bound</translation>
    </message>
    <message>
        <source>比例应大于 0 且不超过 100%</source>
        <translation>Ratio must be above 0 and at most 100%</translation>
    </message>
</context>
<context>
    <name>MedicalForm</name>
    <message>
        <source>{scheme}申请审批表</source>
        <translation>{scheme} claim approval form</translation>
    </message>
    <message>
        <source>编号：{no}&#x3000;&#x3000;年度：{year}&#x3000;&#x3000;状态：{status}&#x3000;&#x3000;打印日期：{today}</source>
        <translation>No.: {no}&#x3000;&#x3000;Year: {year}&#x3000;&#x3000;Status: {status}&#x3000;&#x3000;Printed: {today}</translation>
    </message>
    <message>
        <source>（草稿，未编号）</source>
        <translation>(draft, not numbered)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>{a} 至 {b}（{n} 天）</source>
        <translation>{a} to {b} ({n} days)</translation>
    </message>
    <message>
        <source>治疗时间</source>
        <translation>Treatment period</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>{n} 份</source>
        <translation>{n} file(s)</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>总费用</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>医保统筹支付</source>
        <translation>Paid by basic medical insurance</translation>
    </message>
    <message>
        <source>政策内自付</source>
        <translation>Covered self-paid</translation>
    </message>
    <message>
        <source>自费</source>
        <translation>Uncovered</translation>
    </message>
    <message>
        <source>互助金核算（规则第 {rev} 版）</source>
        <translation>Mutual aid calculation (rule revision {rev})</translation>
    </message>
    <message>
        <source>核算步骤</source>
        <translation>Calculation step</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>核定互助金：人民币 {upper}（¥{amount}）</source>
        <translation>Approved mutual aid: RMB {upper} (¥{amount})</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>经办提交</source>
        <translation>Submitted by clerk</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>驳回：{r}</source>
        <translation>Rejected: {r}</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>支付</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>凭证号 {v}</source>
        <translation>Voucher {v}</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>Handling record</translation>
    </message>
    <message>
        <source>签字：＿＿＿＿＿＿&#x3000;&#x3000;＿＿年＿＿月＿＿日</source>
        <translation>Signature: ______&#x3000;&#x3000;____ (Y) ____ (M) ____ (D)</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>复核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>工会主席</source>
        <translation>Union chair</translation>
    </message>
</context>
<context>
    <name>MedicalReport</name>
    <message>
        <source>{year} 年度{fund}运行报告</source>
        <translation>{fund} {year}: annual report</translation>
    </message>
    <message>
        <source>本年度参保 {enrolled} 人，已缴费 {paid} 人；会费收入 {fee} 元，拨款收入 {alloc} 元，支付互助金 {out} 元，共 {claims} 人次、{helped} 人受助，年度结余 {bal} 元。{first} 年以来累计支付 {hist} 元，受助 {hist_members} 人（{hist_claims} 人次）。</source>
        <translation>This year {enrolled} members enrolled, {paid} paid; fee income {fee} yuan, allocations {alloc} yuan, mutual aid paid {out} yuan for {claims} claims, {helped} members helped; balance {bal} yuan. Since {first}: {hist} yuan paid to {hist_members} members ({hist_claims} claims).</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>参保人数</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>会费收入</source>
        <translation>Fee income</translation>
    </message>
    <message>
        <source>拨款收入</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>互助金支出</source>
        <translation>Mutual aid paid</translation>
    </message>
    <message>
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>受助人次</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <source>受助人数</source>
        <translation>Members helped</translation>
    </message>
    <message>
        <source>正在生成报告…</source>
        <translation>Creating report…</translation>
    </message>
    <message>
        <source>一、分工会收支</source>
        <translation>1. Income and payouts by branch union</translation>
    </message>
    <message>
        <source>二、按补助类别</source>
        <translation>2. By benefit type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>支付人次</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>三、申请办理情况</source>
        <translation>3. Claims by state</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>核定金额（元）</source>
        <translation>Approved amount (yuan)</translation>
    </message>
    <message>
        <source>四、历年支付</source>
        <translation>4. Payouts by year</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>支付金额（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>历年支付互助金（元）</source>
        <translation>Mutual aid paid by year (yuan)</translation>
    </message>
    <message>
        <source>五、困难帮扶预警</source>
        <translation>5. Hardship alert</translation>
    </message>
    <message>
        <source>本年度个人自付医疗费用超过 {x} 元的会员共 {n} 人，名单见“困难预警”，请工会委员会研究帮扶。</source>
        <translation>{n} members&apos; self-paid medical costs this year exceed {x} yuan (see &quot;Hardship alert&quot;); the union committee is asked to consider help.</translation>
    </message>
    <message>
        <source>分工会收支</source>
        <translation>By branch union</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation>Claims handled</translation>
    </message>
    <message>
        <source>历年支付</source>
        <translation>Payouts by year</translation>
    </message>
    <message>
        <source>支付明细</source>
        <translation>Paid claims</translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>出院日期</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <source>政策内自付</source>
        <translation>Covered self-paid</translation>
    </message>
    <message>
        <source>互助金</source>
        <translation>Mutual aid</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
</context>
<context>
    <name>MedicalTab</name>
    <message>
        <source>方案年度</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>互助金申请</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>参保缴费</source>
        <translation>Enrolment and fees</translation>
    </message>
    <message>
        <source>基金台账</source>
        <translation>Fund ledger</translation>
    </message>
    <message>
        <source>困难预警</source>
        <translation>Hardship alert</translation>
    </message>
    <message>
        <source>方案与规则</source>
        <translation>Schemes and rules</translation>
    </message>
</context>
<context>
    <name>MedicalViews</name>
    <message>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>“{t}”不是金额，请填写元，最多两位小数</source>
        <translation>&quot;{t}&quot; is not an amount; enter yuan with at most two decimals</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>医疗互助</source>
        <translation>Medical aid</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>登记支付</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>财务记账凭证号</source>
        <translation>Accounting voucher number</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>{year} 年度“{type}”补助规则</source>
        <translation>{year} rule for &quot;{type}&quot;</translation>
    </message>
    <message>
        <source>第 {rev} 版规则已有支付的申请，已冻结。保存后将生成第 {next} 版，只用于此后核算的申请。</source>
        <translation>Rule revision {rev} has paid claims and is frozen. Saving creates revision {next}, used only for claims calculated from now on.</translation>
    </message>
    <message>
        <source>不设请留空</source>
        <translation>Leave empty for none</translation>
    </message>
    <message>
        <source>仅重大疾病</source>
        <translation>Critical illness only</translation>
    </message>
    <message>
        <source>起付线（元）</source>
        <translation>Deductible (yuan)</translation>
    </message>
    <message>
        <source>单次封顶（元）</source>
        <translation>Per-claim cap (yuan)</translation>
    </message>
    <message>
        <source>年度封顶（元）</source>
        <translation>Annual cap (yuan)</translation>
    </message>
    <message>
        <source>一次性补助（元）</source>
        <translation>Lump sum (yuan)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>补助分段（按政策范围内个人自付金额，最后一段上限可留空）</source>
        <translation>Payment bands (on the policy-covered self-paid amount; the last band&apos;s upper bound may be empty)</translation>
    </message>
    <message>
        <source>本段上限（元）</source>
        <translation>Band upper bound (yuan)</translation>
    </message>
    <message>
        <source>补助比例（%）</source>
        <translation>Ratio (%)</translation>
    </message>
    <message>
        <source>增加一段</source>
        <translation>Add band</translation>
    </message>
    <message>
        <source>删除所选段</source>
        <translation>Remove selected band</translation>
    </message>
    <message>
        <source>补助分段</source>
        <translation>Payment bands</translation>
    </message>
    <message>
        <source>起付线</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>单次封顶</source>
        <translation>Per-claim cap</translation>
    </message>
    <message>
        <source>年度封顶</source>
        <translation>Annual cap</translation>
    </message>
    <message>
        <source>一次性补助</source>
        <translation>Lump sum</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>新建方案年度</source>
        <translation>New scheme year</translation>
    </message>
    <message>
        <source>修改方案</source>
        <translation>Edit scheme</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>基金</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>方案名称</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>每人会费（元）</source>
        <translation>Fee per member (yuan)</translation>
    </message>
    <message>
        <source>保障期起</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <source>保障期止</source>
        <translation>Coverage ends</translation>
    </message>
    <message>
        <source>新参保等待期</source>
        <translation>Waiting period for new members</translation>
    </message>
    <message>
        <source>困难预警线（元）</source>
        <translation>Hardship threshold (yuan)</translation>
    </message>
    <message>
        <source>每人会费</source>
        <translation>Fee per member</translation>
    </message>
    <message>
        <source>困难预警线</source>
        <translation>Hardship threshold</translation>
    </message>
</context>
<context>
    <name>SchemesPage</name>
    <message>
        <source>编辑所选规则</source>
        <translation>Edit selected rule</translation>
    </message>
    <message>
        <source>修改方案</source>
        <translation>Edit scheme</translation>
    </message>
    <message>
        <source>新建方案年度</source>
        <translation>New scheme year</translation>
    </message>
    <message>
        <source>尚未建立方案年度。</source>
        <translation>No scheme year has been set up yet.</translation>
    </message>
    <message>
        <source>{name}：每人会费 {fee} 元；保障期 {a} 至 {b}；新参保等待期 {w} 天；困难预警线 {h} 元。</source>
        <translation>{name}: fee {fee} yuan per member; coverage {a} to {b}; waiting period for new members {w} days; hardship threshold {h} yuan.</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Revision {n}</translation>
    </message>
    <message>
        <source>已冻结（有已支付申请）</source>
        <translation>Frozen (has paid claims)</translation>
    </message>
    <message>
        <source>可修改</source>
        <translation>Editable</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>起付线</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>补助分段</source>
        <translation>Payment bands</translation>
    </message>
    <message>
        <source>单次封顶</source>
        <translation>Per-claim cap</translation>
    </message>
    <message>
        <source>年度封顶</source>
        <translation>Annual cap</translation>
    </message>
    <message>
        <source>一次性补助</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>互助参保率</source>
        <translation>Mutual-aid enrolment</translation>
    </message>
</context>
</TS>
