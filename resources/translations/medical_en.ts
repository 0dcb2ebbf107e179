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
        <source>金额</source>
        <translation>Amount</translation>
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
        <source>互助金申请</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>请先选择会员并填写费用。</source>
        <translation>Choose the member and fill in the amounts first.</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>基本保障</source>
        <translation>Basic cover</translation>
    </message>
    <message>
        <source>可选保障</source>
        <translation>Optional products</translation>
    </message>
    <message>
        <source>保障项目</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>医院/诊断</source>
        <translation>Hospital/diagnosis</translation>
    </message>
    <message>
        <source>入院日期</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>出院日期</source>
        <translation>Discharge date</translation>
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
        <source>正在保存附件…</source>
        <translation>Saving the attachments…</translation>
    </message>
    <message>
        <source>正在读取附件…</source>
        <translation>Reading the attachments…</translation>
    </message>
    <message>
        <source>正在打开附件…</source>
        <translation>Opening the attachment…</translation>
    </message>
    <message>
        <source>正在取回附件…</source>
        <translation>Fetching the attachment…</translation>
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
    <name>ClaimStepDialog</name>
    <message>
        <source>提交申请</source>
        <translation>Submit claim</translation>
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
        <source>{no}&#x3000;{name}（{branch}）&#x3000;{kind}&#x3000;{a} 至 {b}
状态：{status}&#x3000;核算互助金：{amount} 元</source>
        <translation>{no}  {name} ({branch})  {kind}  {a} to {b}
Status: {status}  Computed aid: {amount} yuan</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>财务记账凭证号</source>
        <translation>Accounting voucher number</translation>
    </message>
    <message>
        <source>复核意见</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>复核意见（可不填）</source>
        <translation>Review note (optional)</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>驳回原因（会告知申请人）</source>
        <translation>Reason for rejection (the applicant is told)</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher no.</translation>
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
        <source>审批时按当时的规则和年度封顶重新核算。</source>
        <translation>Approval recomputes the amount with the rule and the annual cap in force at that moment.</translation>
    </message>
    <message>
        <source>确认仍要提交吗？</source>
        <translation>Submit anyway?</translation>
    </message>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
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
        <source>登记报送</source>
        <translation>Record filing</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>登记省总结果</source>
        <translation>Record the province&apos;s outcome</translation>
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
        <source>搜索：姓名、拼音首字母、工号或申请编号</source>
        <translation>Search: name, pinyin initials, employee no. or claim no.</translation>
    </message>
    <message>
        <source>申请截止 {d}</source>
        <translation>Claims due by {d}</translation>
    </message>
    <message>
        <source>申请 {no} 已登记过省总结果。</source>
        <translation>The province&apos;s outcome of claim {no} is already recorded.</translation>
    </message>
    <message>
        <source>审批表.pdf</source>
        <translation>approval-form.pdf</translation>
    </message>
    <message>
        <source>请先由管理员建立方案年度。</source>
        <translation>An administrator must set up a scheme year first.</translation>
    </message>
    <message>
        <source>已提交，申请编号 {no}。</source>
        <translation>Submitted as claim {no}.</translation>
    </message>
    <message>
        <source>按审批时的年度封顶重新核算，核定金额为 {a} 元。</source>
        <translation>Recalculated against the annual cap at approval: the approved amount is {a} yuan.</translation>
    </message>
    <message>
        <source>保存审批表</source>
        <translation>Save approval form</translation>
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
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 {n} 件申请。</source>
        <translation>Exported {n} claims.</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>{fund}参保条件</source>
        <translation>{fund} enrolment rule</translation>
    </message>
    <message>
        <source>不限请留空</source>
        <translation>leave blank for no limit</translation>
    </message>
    <message>
        <source>只接受在职在会的会员（退休保留会籍的不能参保）</source>
        <translation>Members in work only (retired members who keep their membership may not enrol)</translation>
    </message>
    <message>
        <source>须参加职工基本医疗保险</source>
        <translation>Basic employee medical insurance required</translation>
    </message>
    <message>
        <source>如：依据省总工会 2025 年参保办法</source>
        <translation>e.g. per the provincial union&apos;s 2025 enrolment rules</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>最低年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最低年龄（周岁）</source>
        <translation>Minimum age (full years)</translation>
    </message>
    <message>
        <source>最高年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>最高年龄（周岁，含）</source>
        <translation>Maximum age (full years, inclusive)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>“{t}”不是整数</source>
        <translation>&quot;{t}&quot; is not a whole number</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>{low}–{high} 周岁</source>
        <translation>aged {low}–{high}</translation>
    </message>
    <message>
        <source>在职在会</source>
        <translation>in work and in the union</translation>
    </message>
    <message>
        <source>参加职工基本医疗保险</source>
        <translation>with basic employee medical insurance</translation>
    </message>
    <message>
        <source>参保条件（{d} 起施行）：{parts}</source>
        <translation>Enrolment rule (from {d}): {parts}</translation>
    </message>
    <message>
        <source>按分工会批量参保</source>
        <translation>Enrol a branch union</translation>
    </message>
    <message>
        <source>登记参保</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>将{b}全部符合条件的会员登记参加 {y}。</source>
        <translation>Enrol every eligible member of {b} in {y}.</translation>
    </message>
    <message>
        <source>登记参加 {y} 的会员：</source>
        <translation>Members to enrol in {y}:</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或工号查找</source>
        <translation>Type a name, pinyin initials or employee no. to search</translation>
    </message>
    <message>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>查找会员</source>
        <translation>Find member</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>参保会员</source>
        <translation>Members to enrol</translation>
    </message>
    <message>
        <source>参保日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>已核实上述会员参加职工基本医疗保险</source>
        <translation>Checked: these members hold basic employee medical insurance</translation>
    </message>
    <message>
        <source>职工医保</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <source>{name}（另缴 {fee} 元，每年封顶 {cap} 元）</source>
        <translation>{name} (extra {fee} yuan, capped at {cap} yuan a year)</translation>
    </message>
    <message>
        <source>可选保障</source>
        <translation>Optional products</translation>
    </message>
    <message>
        <source>请查找并加入要参保的会员</source>
        <translation>Find and add the members to enrol</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>只看未缴费</source>
        <translation>Unpaid only</translation>
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
        <source>上缴省总…</source>
        <translation>Remit to the province…</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母或工号</source>
        <translation>Search: name, pinyin initials or employee no.</translation>
    </message>
    <message>
        <source>已参保 {e} 人，已缴费 {p} 人，在会未参保 {m} 人</source>
        <translation>{e} enrolled, {p} paid, {m} active members not enrolled</translation>
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
        <source>请先选择已参保的人员。</source>
        <translation>Please select enrolled members first.</translation>
    </message>
    <message>
        <source>正在登记缴费…</source>
        <translation>Recording payments…</translation>
    </message>
    <message>
        <source>按分工会批量参保…</source>
        <translation>Enrol a branch union…</translation>
    </message>
    <message>
        <source>登记参保…</source>
        <translation>Enrol members…</translation>
    </message>
    <message>
        <source>；待上缴 {n} 人 {a} 元</source>
        <translation>; to remit: {n} members, {a} yuan</translation>
    </message>
    <message>
        <source>新参保 {n} 人；已参保跳过 {a} 人。</source>
        <translation>Enrolled {n}; {a} already enrolled were skipped.</translation>
    </message>
    <message>
        <source>{reason} {n} 人未参保，例如 {example}</source>
        <translation>{reason}: {n} not enrolled, e.g. {example}</translation>
    </message>
    <message>
        <source>没有已缴费、尚未上缴的互助金。</source>
        <translation>There are no paid contributions waiting to be remitted.</translation>
    </message>
    <message>
        <source>已登记上缴省总 {n} 人，合计 {a} 元。</source>
        <translation>Recorded the remittance of {n} members, {a} yuan in total.</translation>
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
        <source>正在导出…</source>
        <translation>Exporting…</translation>
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
        <source>台账明细</source>
        <translation>Ledger entries</translation>
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
        <source>互助金收入</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>上缴省总</source>
        <translation>Remitted to province</translation>
    </message>
    <message>
        <source>尚未上缴</source>
        <translation>Not yet remitted</translation>
    </message>
    <message>
        <source>省总赔付</source>
        <translation>Paid by province</translation>
    </message>
    <message>
        <source>受助人数</source>
        <translation>Members helped</translation>
    </message>
    <message>
        <source>{first}–{last} 年省总工会累计赔付 {paid} 元，受助 {m} 人（{n} 人次）。</source>
        <translation>{first}–{last}: the provincial union paid {paid} yuan to {m} members ({n} claims).</translation>
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
        <source>{year}年度医疗互助报告</source>
        <translation>Medical mutual aid report {year}</translation>
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
        <source>已报送省总</source>
        <translation>Filed with province</translation>
    </message>
    <message>
        <source>省总不予赔付</source>
        <translation>Not paid by province</translation>
    </message>
    <message>
        <source>省总已赔付</source>
        <translation>Paid by province</translation>
    </message>
    <message>
        <source>互助金收入</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>连续参保</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>首次参保</source>
        <translation>First enrolment</translation>
    </message>
    <message>
        <source>中断后续保</source>
        <translation>Late renewal</translation>
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
        <source>申请编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>入院日期</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>出院日期</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <source>总费用</source>
        <translation>Total costs</translation>
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
        <source>互助金</source>
        <translation>Mutual aid</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>省总受理号</source>
        <translation>Province reference</translation>
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
        <source>工号</source>
        <translation>Employee no.</translation>
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
        <source>参保类别</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>互助金（元）</source>
        <translation>Contribution (yuan)</translation>
    </message>
    <message>
        <source>可选保障</source>
        <translation>Optional products</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>上缴省总</source>
        <translation>Remitted to province</translation>
    </message>
    <message>
        <source>收入（元）</source>
        <translation>Income (yuan)</translation>
    </message>
    <message>
        <source>支出（元）</source>
        <translation>Expense (yuan)</translation>
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
        <source>会员状态</source>
        <translation>Member status</translation>
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
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>请选择会员</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <source>方案年度</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>请选择方案年度</source>
        <translation>Choose a scheme year</translation>
    </message>
    <message>
        <source>医保统筹支付</source>
        <translation>Paid by basic medical insurance</translation>
    </message>
    <message>
        <source>应等于医保统筹支付 + 政策内自付 + 自费（{parts} 元），现为 {total} 元</source>
        <translation>must equal insurance + covered self-paid + uncovered ({parts} yuan); it is {total} yuan</translation>
    </message>
    <message>
        <source>早于入院日期</source>
        <translation>is before the admission date</translation>
    </message>
    <message>
        <source>至少填写一张发票号</source>
        <translation>enter at least one invoice number</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>“{n}”格式不正确（4–40 位字母、数字或短横线）</source>
        <translation>&quot;{n}&quot; is not valid (4–40 letters, digits or hyphens)</translation>
    </message>
    <message>
        <source>医院/诊断</source>
        <translation>Hospital/diagnosis</translation>
    </message>
    <message>
        <source>内容过长</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>会员已于 {d} 去世，之后的治疗不能申请</source>
        <translation>the member died on {d}; later treatment cannot be claimed</translation>
    </message>
    <message>
        <source>{name} 未参加 {year} 年度{fund}</source>
        <translation>{name} is not enrolled in the {year} {fund}</translation>
    </message>
    <message>
        <source>不在保障期 {start} 至 {end} 内</source>
        <translation>is outside the coverage period {start} to {end}</translation>
    </message>
    <message>
        <source>在等待期内（{start} 起才能申请）</source>
        <translation>is in the waiting period (claims from {start})</translation>
    </message>
    <message>
        <source>{year} 年度方案没有“{type}”的补助规则</source>
        <translation>the {year} scheme has no rule for &quot;{type}&quot;</translation>
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
        <source>请先填写申请，再添加附件。</source>
        <translation>Fill in the claim before adding attachments.</translation>
    </message>
    <message>
        <source>正在保存附件…</source>
        <translation>Saving the attachments…</translation>
    </message>
    <message>
        <source>{year}年度医疗互助报告</source>
        <translation>Medical mutual aid report {year}</translation>
    </message>
    <message>
        <source>困难预警名单</source>
        <translation>Hardship alert list</translation>
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
        <source>{name} 的 {year} 年度互助金尚未缴纳</source>
        <translation>{name} has not paid the {year} contribution</translation>
    </message>
    <message>
        <source>{name} 的 {year} 年度互助金尚未上缴省总工会，省总不受理</source>
        <translation>{name}&apos;s {year} contribution has not been remitted to the provincial union, which will not accept the claim</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>早于出院日期</source>
        <translation>is before the discharge date</translation>
    </message>
    <message>
        <source>申请截止日期</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <source>{year} 年度{fund}的申请须在 {deadline} 前提交（方案的申请截止日期），{on} 已过期</source>
        <translation>Claims under the {year} {fund} must be filed by {deadline} (the scheme&apos;s claim deadline); {on} is too late</translation>
    </message>
    <message>
        <source>不属于本年度方案</source>
        <translation>is not part of this year&apos;s scheme</translation>
    </message>
    <message>
        <source>“{name}”只保障{kind}</source>
        <translation>&quot;{name}&quot; covers {kind} only</translation>
    </message>
    <message>
        <source>{name} 未参加“{product}”</source>
        <translation>{name} did not take &quot;{product}&quot;</translation>
    </message>
    <message>
        <source>省职工医疗互助保障的申请由省总工会审核和赔付，本会不核算、不审批：请用“登记报送”和“登记省总结果”。</source>
        <translation>The provincial scheme&apos;s claims are reviewed and paid by the provincial union; we neither compute nor approve them: use &quot;Record filing&quot; and &quot;Record the province&apos;s outcome&quot;.</translation>
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
        <source>晚于保障期结束日，不能参保</source>
        <translation>is after the end of coverage; no enrolment</translation>
    </message>
    <message>
        <source>职工医保</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <source>{rule}要求参加职工基本医疗保险：请核实后勾选“已参加职工医保”</source>
        <translation>{rule} requires basic employee medical insurance: check it, then tick the box</translation>
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
        <source>不符合会籍或在职条件</source>
        <translation>Membership or work condition not met</translation>
    </message>
    <message>
        <source>超出参保年龄</source>
        <translation>Outside the age range</translation>
    </message>
    <message>
        <source>所选保障不属于 {year} 年度{fund}</source>
        <translation>The chosen product is not part of the {year} {fund}</translation>
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
        <source>{n} 人缴纳 {year} 年度互助金</source>
        <translation>{n} members paid the {year} contribution</translation>
    </message>
    <message>
        <source>登记 {n} 人缴费</source>
        <translation>Payment recorded for {n} members</translation>
    </message>
    <message>
        <source>上缴日期</source>
        <translation>Remittance date</translation>
    </message>
    <message>
        <source>省总回执号</source>
        <translation>Province receipt no.</translation>
    </message>
    <message>
        <source>只有省职工医疗互助保障的互助金需要上缴省总工会。</source>
        <translation>Only the provincial scheme&apos;s contributions are remitted to the provincial union.</translation>
    </message>
    <message>
        <source>没有已缴费、尚未上缴的互助金。</source>
        <translation>There are no paid contributions waiting to be remitted.</translation>
    </message>
    <message>
        <source>上缴省总 {n} 人 {year} 年度互助金</source>
        <translation>Remitted the {year} contributions of {n} members to the province</translation>
    </message>
    <message>
        <source>上缴省总 {n} 人</source>
        <translation>Remitted {n} members to the province</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>困难预警</source>
        <translation>Hardship alert</translation>
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
        <source>全会</source>
        <translation>Whole union</translation>
    </message>
    <message>
        <source>（省总回执 {ref}）</source>
        <translation> (province receipt {ref})</translation>
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
        <source>{fund}参保条件（{start} 起施行）</source>
        <translation>{fund} enrolment rule (from {start})</translation>
    </message>
    <message>
        <source>{name}：会籍状态为“{status}”，{rule}要求在职在会</source>
        <translation>{name}: membership is &quot;{status}&quot;; {rule} requires members in work</translation>
    </message>
    <message>
        <source>参保条件</source>
        <translation>Enrolment rules</translation>
    </message>
    <message>
        <source>{name}：会籍状态为“{status}”，不能参保</source>
        <translation>{name}: membership is &quot;{status}&quot;; cannot enrol</translation>
    </message>
    <message>
        <source>{name}：{on} 时 {age} 周岁，不在 {low}–{high} 周岁的参保年龄内（{rule}）</source>
        <translation>{name}: aged {age} on {on}, outside the age range {low}–{high} ({rule})</translation>
    </message>
    <message>
        <source>{on} 不在 {year} 年度{fund}的参保登记期 {start} 至 {end} 内</source>
        <translation>{on} is outside the {year} {fund} enrolment window {start} to {end}</translation>
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
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>最低年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最高年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>应在 0–120 周岁之间</source>
        <translation>must be between 0 and 120</translation>
    </message>
    <message>
        <source>不能小于最低年龄</source>
        <translation>must not be below the minimum age</translation>
    </message>
    <message>
        <source>{fund}已有 {start} 起施行的参保条件，请修改那一条。</source>
        <translation>{fund} already has a rule in force from {start}; edit that one.</translation>
    </message>
    <message>
        <source>找不到该参保条件。</source>
        <translation>Enrolment rule not found.</translation>
    </message>
    <message>
        <source>同一天起施行的参保条件只能有一条。</source>
        <translation>Only one enrolment rule may start on a given day.</translation>
    </message>
    <message>
        <source>保障名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>保障费</source>
        <translation>Product fee</translation>
    </message>
    <message>
        <source>保障封顶</source>
        <translation>Product cap</translation>
    </message>
    <message>
        <source>本年度已有同名的可选保障</source>
        <translation>this year already has a product of that name</translation>
    </message>
    <message>
        <source>找不到该可选保障。</source>
        <translation>Optional product not found.</translation>
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
        <source>每人互助金</source>
        <translation>Contribution per person</translation>
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
        <source>续保等待期</source>
        <translation>Renewal waiting period</translation>
    </message>
    <message>
        <source>应在 0–365 天之间</source>
        <translation>Must be between 0 and 365 days</translation>
    </message>
    <message>
        <source>不能早于保障期结束日 {end}</source>
        <translation>must not be before the end of coverage {end}</translation>
    </message>
    <message>
        <source>参保登记期</source>
        <translation>Enrolment window</translation>
    </message>
    <message>
        <source>不能晚于保障期结束日 {end}</source>
        <translation>must not be after the end of coverage {end}</translation>
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
    <message>
        <source>本会医疗互助基金的申请请用“新建申请”，由本会核算和审批。</source>
        <translation>Claims under our own fund: use &quot;New claim&quot;; we compute and approve them.</translation>
    </message>
    <message>
        <source>结果日期</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>省总赔付金额</source>
        <translation>Amount paid by province</translation>
    </message>
    <message>
        <source>应大于 0；不予赔付请选“不予赔付”</source>
        <translation>must be above 0; choose &quot;Not paid&quot; if the province refused</translation>
    </message>
    <message>
        <source>不予赔付原因</source>
        <translation>Reason given by the province</translation>
    </message>
    <message>
        <source>本会医疗互助基金的申请由本会审批和支付，不登记省总结果。</source>
        <translation>Claims under our own fund are approved and paid by us; there is no provincial outcome to record.</translation>
    </message>
    <message>
        <source>申请 {no} 已登记过省总结果（{status}）。</source>
        <translation>The province&apos;s outcome of claim {no} is already recorded ({status}).</translation>
    </message>
    <message>
        <source>早于报送日期 {d}</source>
        <translation>is before the filing date {d}</translation>
    </message>
    <message>
        <source>超出“{name}”的年度封顶 {cap} 元（本年度已赔付 {used} 元），请核对省总的结果</source>
        <translation>is above the yearly cap of &quot;{name}&quot;, {cap} yuan ({used} yuan already paid this year); check the province&apos;s outcome</translation>
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
        <source>可选保障“{name}”年度封顶 {cap} 元，本年度已获 {used} 元，剩余 {left} 元，按剩余额计</source>
        <translation>Optional product &quot;{name}&quot; capped at {cap} yuan a year; {used} yuan received this year; {left} yuan left, paid instead</translation>
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
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>参保人数</source>
        <translation>Enrolled</translation>
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
        <source>本年度参保 {enrolled} 人，已缴费 {paid} 人；收取互助金 {fee} 元，上缴省总工会 {remitted} 元，尚未上缴 {left} 元。省总工会审核赔付 {aid} 元，共 {claims} 人次、{helped} 人受助（本会登记结果，不核算、不支付）。{first} 年以来累计赔付 {hist} 元，受助 {hist_members} 人（{hist_claims} 人次）。</source>
        <translation>This year {enrolled} members enrolled and {paid} paid; contributions collected {fee} yuan, remitted to the provincial union {remitted} yuan, not yet remitted {left} yuan. The provincial union reviewed and paid {aid} yuan on {claims} claims for {helped} members (we record the outcomes; we neither compute nor pay). Since {first}: {hist} yuan paid to {hist_members} members ({hist_claims} claims).</translation>
    </message>
    <message>
        <source>本年度参保 {enrolled} 人，已缴费 {paid} 人；互助金收入 {fee} 元，拨款收入 {alloc} 元，支付互助金 {out} 元，共 {claims} 人次、{helped} 人受助，年度结余 {bal} 元。{first} 年以来累计支付 {hist} 元，受助 {hist_members} 人（{hist_claims} 人次）。</source>
        <translation>This year {enrolled} members enrolled and {paid} paid; contributions {fee} yuan, allocations {alloc} yuan, aid paid {out} yuan on {claims} claims to {helped} members; balance {bal} yuan. Since {first}: {hist} yuan paid to {hist_members} members ({hist_claims} claims).</translation>
    </message>
    <message>
        <source>互助金收入</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>上缴省总</source>
        <translation>Remitted to province</translation>
    </message>
    <message>
        <source>尚未上缴</source>
        <translation>Not yet remitted</translation>
    </message>
    <message>
        <source>省总赔付</source>
        <translation>Paid by province</translation>
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
    <message>
        <source>省总受理号</source>
        <translation>Province reference</translation>
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
    <name>Modules</name>
    <message>
        <source>医疗互助</source>
        <translation>Medical aid</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>登记省总结果</source>
        <translation>Record the province&apos;s outcome</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>{no}&#x3000;{name}（{branch}）&#x3000;{kind}&#x3000;报送于 {filed}</source>
        <translation>{no}  {name} ({branch})  {kind}  filed on {filed}</translation>
    </message>
    <message>
        <source>省总赔付</source>
        <translation>Paid by province</translation>
    </message>
    <message>
        <source>不予赔付</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>省总的受理号或赔付通知编号</source>
        <translation>the province&apos;s case or payment notice number</translation>
    </message>
    <message>
        <source>省总赔付金额</source>
        <translation>Amount paid by province</translation>
    </message>
    <message>
        <source>赔付金额（元）</source>
        <translation>Amount paid (yuan)</translation>
    </message>
    <message>
        <source>结果日期</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>省总受理号</source>
        <translation>Province reference</translation>
    </message>
    <message>
        <source>不予赔付原因</source>
        <translation>Reason given by the province</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>{year} 年度可选保障</source>
        <translation>{year} optional product</translation>
    </message>
    <message>
        <source>各类别</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>保障名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>补助类别</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>保障类别</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>保障费</source>
        <translation>Product fee</translation>
    </message>
    <message>
        <source>每人保障费（元）</source>
        <translation>Fee per person (yuan)</translation>
    </message>
    <message>
        <source>保障封顶</source>
        <translation>Product cap</translation>
    </message>
    <message>
        <source>每人每年封顶（元）</source>
        <translation>Cap per person and year (yuan)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProvinceClaimDialog</name>
    <message>
        <source>登记报送省总工会的申请</source>
        <translation>Record a claim filed with the provincial union</translation>
    </message>
    <message>
        <source>登记报送</source>
        <translation>Record filing</translation>
    </message>
    <message>
        <source>{scheme}的申请由省总工会审核、决定并赔付；本会登记报送的材料和日期，结果出来后登记省总的结果。</source>
        <translation>Claims under the {scheme} are reviewed, decided and paid by the provincial union; we record what was filed and when, and the province&apos;s outcome once it comes.</translation>
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
        <source>基本保障</source>
        <translation>Basic cover</translation>
    </message>
    <message>
        <source>可选保障</source>
        <translation>Optional products</translation>
    </message>
    <message>
        <source>保障项目</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>医院/诊断</source>
        <translation>Hospital/diagnosis</translation>
    </message>
    <message>
        <source>诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>入院日期</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>出院日期</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <source>总费用</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>总费用（元）</source>
        <translation>Total cost (yuan)</translation>
    </message>
    <message>
        <source>医保统筹支付</source>
        <translation>Paid by basic medical insurance</translation>
    </message>
    <message>
        <source>医保统筹支付（元）</source>
        <translation>Paid by medical insurance (yuan)</translation>
    </message>
    <message>
        <source>政策内自付</source>
        <translation>Covered self-paid</translation>
    </message>
    <message>
        <source>政策范围内个人自付（元）</source>
        <translation>Covered, self-paid (yuan)</translation>
    </message>
    <message>
        <source>自费</source>
        <translation>Uncovered</translation>
    </message>
    <message>
        <source>自费（政策范围外，元）</source>
        <translation>Not covered (yuan)</translation>
    </message>
    <message>
        <source>可不填；多张用逗号或空格分隔</source>
        <translation>optional; separate several with commas or spaces</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>报送省总日期</source>
        <translation>Filed with the province on</translation>
    </message>
    <message>
        <source>本年度申请截止日期：{d}</source>
        <translation>This year&apos;s claims are due by {d}</translation>
    </message>
    <message>
        <source>申请截止日期</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>省总申请 {no}</source>
        <translation>Provincial claim {no}</translation>
    </message>
    <message>
        <source>状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>&#x3000;省总于 {d} 赔付 {a} 元，受理号 {r}</source>
        <translation>  the province paid {a} yuan on {d}, reference {r}</translation>
    </message>
    <message>
        <source>&#x3000;省总于 {d} 决定不予赔付：{why}</source>
        <translation>  on {d} the province decided not to pay: {why}</translation>
    </message>
</context>
<context>
    <name>RemitDialog</name>
    <message>
        <source>上缴省总工会</source>
        <translation>Remit to the provincial union</translation>
    </message>
    <message>
        <source>登记上缴</source>
        <translation>Record remittance</translation>
    </message>
    <message>
        <source>{scope}：已缴费、尚未上缴的 {n} 人，合计 {a} 元。</source>
        <translation>{scope}: {n} members paid and not yet remitted, {a} yuan in total.</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>省总开具的缴款回执编号</source>
        <translation>the receipt number the provincial union issued</translation>
    </message>
    <message>
        <source>上缴日期</source>
        <translation>Remittance date</translation>
    </message>
    <message>
        <source>省总回执号</source>
        <translation>Province receipt no.</translation>
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
        <translation>Yearly cap (yuan)</translation>
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
        <source>第 {n} 段：{m}</source>
        <translation>Band {n}: {m}</translation>
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
        <source>每人互助金</source>
        <translation>Contribution per person</translation>
    </message>
    <message>
        <source>每人互助金（元）</source>
        <translation>Contribution per person (yuan)</translation>
    </message>
    <message>
        <source>保障期起</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <source>保障期</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <source>保障期止</source>
        <translation>Coverage ends</translation>
    </message>
    <message>
        <source>等待期</source>
        <translation>Waiting period</translation>
    </message>
    <message>
        <source>首次参保等待期</source>
        <translation>First-enrolment waiting period</translation>
    </message>
    <message>
        <source>续保等待期</source>
        <translation>Renewal waiting period</translation>
    </message>
    <message>
        <source>中断后续保等待期</source>
        <translation>Late-renewal waiting period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>参保登记期</source>
        <translation>Enrolment window</translation>
    </message>
    <message>
        <source>参保登记期（可不填）</source>
        <translation>Enrolment window (optional)</translation>
    </message>
    <message>
        <source>申请截止日期</source>
        <translation>Claim deadline</translation>
    </message>
    <message>
        <source>困难预警线（元）</source>
        <translation>Hardship threshold (yuan)</translation>
    </message>
    <message>
        <source>连续参保（上年度已参保缴费、在保障期开始前续保）不设等待期；首次参保从参保日与保障期开始日中较晚的一天起算，中断后续保从参保日起算。</source>
        <translation>No wait for members continuing on time (enrolled and paid last year, renewed before coverage starts); a first enrolment waits from the later of enrolment and the coverage start, a late renewal from the enrolment date.</translation>
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
        <source>补助规则（本会核算）</source>
        <translation>Benefit rules (computed by us)</translation>
    </message>
    <message>
        <source>省职工医疗互助保障的审核和赔付标准由省总工会制定，本会不核算、不审批：只登记参保、上缴和省总的赔付结果。</source>
        <translation>The provincial scheme&apos;s review and payment standards are set by the provincial union; we neither compute nor approve: we record enrolment, remittance and the province&apos;s outcomes.</translation>
    </message>
    <message>
        <source>参保条件</source>
        <translation>Enrolment rules</translation>
    </message>
    <message>
        <source>新增参保条件</source>
        <translation>New enrolment rule</translation>
    </message>
    <message>
        <source>修改所选条件</source>
        <translation>Edit selected rule</translation>
    </message>
    <message>
        <source>可选保障</source>
        <translation>Optional products</translation>
    </message>
    <message>
        <source>新增可选保障</source>
        <translation>New optional product</translation>
    </message>
    <message>
        <source>修改所选保障</source>
        <translation>Edit selected product</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>尚未建立方案年度。</source>
        <translation>No scheme year has been set up yet.</translation>
    </message>
    <message>
        <source>{fund}参保条件（按生效日期，参保当天有效的一条适用）</source>
        <translation>{fund} enrolment rules (by effective date; the one in force on the enrolment day applies)</translation>
    </message>
    <message>
        <source>{fund}参保条件：未设，在职在会的会员均可参保</source>
        <translation>{fund} enrolment rules: none set; members in work and in the union may enrol</translation>
    </message>
    <message>
        <source>可选保障：本年度未设</source>
        <translation>Optional products: none this year</translation>
    </message>
    <message>
        <source>参保登记期 {a} 至 {b}</source>
        <translation>enrolment window {a} to {b}</translation>
    </message>
    <message>
        <source>参保登记不限时间</source>
        <translation>enrolment any time</translation>
    </message>
    <message>
        <source>申请截止 {d}</source>
        <translation>Claims due by {d}</translation>
    </message>
    <message>
        <source>未设申请截止日期</source>
        <translation>no claim deadline</translation>
    </message>
    <message>
        <source>{name}：每人互助金 {fee} 元；保障期 {a} 至 {b}；{window}；{deadline}；等待期：首次参保 {w} 天，中断后续保 {r} 天，连续参保不设；困难预警线 {h} 元。</source>
        <translation>{name}: contribution {fee} yuan per person; coverage {a} to {b}; {window}; {deadline}; waiting periods: first enrolment {w} days, late renewal {r} days, none when continuing; hardship threshold {h} yuan.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>年龄（周岁）</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>须在职</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>须参加职工医保</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保障名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>保障类别</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>保障费（元）</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>年度封顶（元）</source>
        <translation>Yearly cap (yuan)</translation>
    </message>
    <message>
        <source>各类别</source>
        <translation>Any type</translation>
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
