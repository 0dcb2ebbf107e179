<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchDialog</name>
    <message>
        <source>批量登记送温暖</source>
        <translation>Register Spring Festival help in a batch</translation>
    </message>
    <message>
        <source>为{scope}已审批建档、本年度尚未发放送温暖的每户困难家庭各登记一笔，金额按困难类别。</source>
        <translation>Registers one payment for every approved household of {scope} that has had no Spring Festival help this year, the amount by category.</translation>
    </message>
    <message>
        <source>所选分工会</source>
        <translation>the chosen branch union</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>{category}（元/户）</source>
        <translation>{category} (yuan per household)</translation>
    </message>
    <message>
        <source>春节送温暖慰问金</source>
        <translation>Spring Festival help</translation>
    </message>
    <message>
        <source>已为 {n} 户登记送温暖，合计 {total} 元；{already} 户本年度已经发放过。</source>
        <translation>Spring Festival help registered for {n} households, {total} yuan in total; {already} households already had it this year.</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>名单由系统根据工会已掌握的数据生成（医疗互助大额费用和困难预警、重病或意外、会员去世、在册亲属的变故等），无需本人申请。委员会逐一研究：建立档案，或写明理由后排除（本年内不再列出，出现新线索时重新列出）。</source>
        <translation>The list is built from data the union already holds (large medical mutual-aid costs and the hardship alert, serious illness or accident, a member&apos;s death, events in the family of relatives on the register); nobody has to apply. The committee looks at each: open a file, or set the member aside with a reason (not listed again this year unless a new reason appears).</translation>
    </message>
    <message>
        <source>建立档案</source>
        <translation>Open a file</translation>
    </message>
    <message>
        <source>不予建档…</source>
        <translation>Set aside…</translation>
    </message>
    <message>
        <source>恢复到名单</source>
        <translation>Back on the list</translation>
    </message>
    <message>
        <source>导出名单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号</source>
        <translation>Search: name, pinyin initials, employee no.</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部线索</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>待研究</source>
        <translation>To consider</translation>
    </message>
    <message>
        <source>本年已排除</source>
        <translation>Set aside this year</translation>
    </message>
    <message>
        <source>免申即享名单：{reasons}（{details}）</source>
        <translation>Without application: {reasons} ({details})</translation>
    </message>
    <message>
        <source>把该会员恢复到本年的候选名单吗？</source>
        <translation>Put this member back on this year&apos;s candidate list?</translation>
    </message>
    <message>
        <source>导出免申即享名单</source>
        <translation>Export the candidate list</translation>
    </message>
    <message>
        <source>{year}年免申即享候选名单.xlsx</source>
        <translation>hardship-candidates-{year}.xlsx</translation>
    </message>
    <message>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <source>正在导出名单…</source>
        <translation>Exporting the list…</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>不予建档</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>{name}&#x3000;线索：{reasons}</source>
        <translation>{name}    reasons: {reasons}</translation>
    </message>
    <message>
        <source>委员会研究的意见，如：经了解家庭收入稳定，本人表示不需要帮扶</source>
        <translation>The committee&apos;s view, e.g. the household&apos;s income is steady and the member says no help is needed</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>困难职工档案</source>
        <translation>Hardship file</translation>
    </message>
    <message>
        <source>新建困难职工档案</source>
        <translation>New hardship file</translation>
    </message>
    <message>
        <source>家庭情况</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或工号后按回车查找</source>
        <translation>Type a name, pinyin initials or employee no. and press Enter</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>因突发意外或重大疾病致困（意外致困）</source>
        <translation>Caused by a sudden accident or serious illness (意外致困)</translation>
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
        <source>就业、健康、就学情况</source>
        <translation>Work, health, schooling</translation>
    </message>
    <message>
        <source>在读学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>登记情况</source>
        <translation>Registered as</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>People of the household</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额（元/年）</source>
        <translation>Amount (yuan a year)</translation>
    </message>
    <message>
        <source>凭证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>近 12 个月家庭收入与刚性支出</source>
        <translation>Household income and rigid expenses over the last 12 months</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove chosen</translation>
    </message>
    <message>
        <source>本会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <source>会员家属登记</source>
        <translation>Member&apos;s family record</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>保存后进入“待走访”；走访、公示、审批在档案列表的工具栏办理。</source>
        <translation>After saving the file is at &apos;visit pending&apos;; the visit, notice and approval are done from the register&apos;s toolbar.</translation>
    </message>
    <message>
        <source>当前账号无权查看困难家庭的详细情况。</source>
        <translation>This account may not see the details of households in hardship.</translation>
    </message>
    <message>
        <source>{name}（{no}，{branch}，{base}基地）</source>
        <translation>{name} ({no}, {branch}, base {base})</translation>
    </message>
    <message>
        <source>该会员的家庭已有困难档案 {no}，一户只建一份档案。</source>
        <translation>This member&apos;s household already has hardship file {no}; one file per household.</translation>
    </message>
    <message>
        <source>{no}&#x3000;{name}&#x3000;{category}</source>
        <translation>{no}    {name}    {category}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>受助学生</source>
        <translation>Student helped</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>办理记录（{n}）</source>
        <translation>Steps ({n})</translation>
    </message>
    <message>
        <source>发放记录（{n}）</source>
        <translation>Payouts ({n})</translation>
    </message>
    <message>
        <source>{branch}，{base}基地，{origin}，{opened} 建档</source>
        <translation>{branch}, base {base}, {origin}, opened {opened}</translation>
    </message>
    <message>
        <source>公示至 {until}（节假日不计），之后可审批</source>
        <translation>On notice until {until} (holidays not counted); approval after that</translation>
    </message>
    <message>
        <source>{approved} 审批，{due} 前复核</source>
        <translation>Approved {approved}, review due by {due}</translation>
    </message>
    <message>
        <source>{on} 销档（{reason}）</source>
        <translation>Closed {on} ({reason})</translation>
    </message>
    <message>
        <source>跟踪回访至 {until}</source>
        <translation>Followed up until {until}</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>金额填写有误，暂不能认定困难类别。</source>
        <translation>An amount is wrong; the category cannot be assessed yet.</translation>
    </message>
    <message>
        <source>填写家庭人口和收支后，按家庭人均月收入自动认定困难类别。</source>
        <translation>Enter the household size, income and expenses: the category follows from the income per head and month.</translation>
    </message>
    <message>
        <source>该基地在核定日期没有低保标准，保存时会被拒绝，请先在“低保标准与规则”中录入。</source>
        <translation>This base has no 低保 figure on the assessment date; saving will be refused. Enter one under &apos;低保 figures and rules&apos; first.</translation>
    </message>
    <message>
        <source>家庭年收入 {income} 元，刚性支出 {expense} 元，{size} 口人，人均月收入 {per_head} 元；{base}低保标准 {line} 元/人·月（{since} 起）→ {category}</source>
        <translation>Household income {income} yuan a year, rigid expenses {expense} yuan, {size} people, {per_head} yuan per head and month; 低保 of {base} {line} yuan per person and month (from {since}) → {category}</translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation>Row {n}</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>新建档案</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号、档案号</source>
        <translation>Search: name, pinyin initials, employee no., file no.</translation>
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
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>不限期限</source>
        <translation>Any dates</translation>
    </message>
    <message>
        <source>复核到期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>销档跟踪期内</source>
        <translation>In follow-up after closing</translation>
    </message>
    <message>
        <source>导出困难档案</source>
        <translation>Export hardship files</translation>
    </message>
    <message>
        <source>困难职工档案.xlsx</source>
        <translation>hardship-files.xlsx</translation>
    </message>
    <message>
        <source>已导出 {n} 份档案到 {path}</source>
        <translation>Exported {n} files to {path}</translation>
    </message>
    <message>
        <source>正在导出困难档案…</source>
        <translation>Exporting hardship files…</translation>
    </message>
</context>
<context>
    <name>Hardship</name>
    <message>
        <source>建档会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>致困原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>People of the household</translation>
    </message>
    <message>
        <source>收入与支出</source>
        <translation>Income and expenses</translation>
    </message>
    <message>
        <source>核定日期</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>申请/推荐日期</source>
        <translation>Applied or proposed on</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>销档原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>排除理由</source>
        <translation>Reason for setting aside</translation>
    </message>
    <message>
        <source>困难家庭</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>帮扶项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>受助学生</source>
        <translation>Student helped</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>低保标准（元/人·月）</source>
        <translation>低保 (yuan per person and month)</translation>
    </message>
    <message>
        <source>公示工作日</source>
        <translation>Notice (working days)</translation>
    </message>
    <message>
        <source>复核周期（月）</source>
        <translation>Review period (months)</translation>
    </message>
    <message>
        <source>跟踪期（月）</source>
        <translation>Follow-up (months)</translation>
    </message>
    <message>
        <source>相对困难线（%）</source>
        <translation>相对困难 line (%)</translation>
    </message>
    <message>
        <source>大额医疗费用线</source>
        <translation>Large medical bill</translation>
    </message>
    <message>
        <source>档案号</source>
        <translation>File no.</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>公示截止</source>
        <translation>Notice until</translation>
    </message>
    <message>
        <source>复核到期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>跟踪至</source>
        <translation>Followed up until</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>线索</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>深度困难</source>
        <translation>Deep hardship (深度困难)</translation>
    </message>
    <message>
        <source>相对困难</source>
        <translation>Relative hardship (相对困难)</translation>
    </message>
    <message>
        <source>意外致困</source>
        <translation>Hit by accident or illness (意外致困)</translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>未认定</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>待走访</source>
        <translation>Visit pending</translation>
    </message>
    <message>
        <source>已走访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>On notice</translation>
    </message>
    <message>
        <source>已建档</source>
        <translation>On record</translation>
    </message>
    <message>
        <source>已销档</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>本人申请</source>
        <translation>Own application</translation>
    </message>
    <message>
        <source>组织推荐</source>
        <translation>Proposed by the union</translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation>Without application</translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation>Household income</translation>
    </message>
    <message>
        <source>刚性支出</source>
        <translation>Rigid expenses</translation>
    </message>
    <message>
        <source>送温暖</source>
        <translation>Spring Festival help</translation>
    </message>
    <message>
        <source>金秋助学</source>
        <translation>Autumn school grant</translation>
    </message>
    <message>
        <source>应急救助</source>
        <translation>Emergency help</translation>
    </message>
    <message>
        <source>建立档案</source>
        <translation>Open a file</translation>
    </message>
    <message>
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>张榜公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>审批建档</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>年度复核</source>
        <translation>Yearly review</translation>
    </message>
    <message>
        <source>销档</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>跟踪回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>已脱困</source>
        <translation>Out of hardship</translation>
    </message>
    <message>
        <source>经核实不符合条件</source>
        <translation>Found not eligible</translation>
    </message>
    <message>
        <source>调离或退会</source>
        <translation>Moved away or left the union</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>医疗困难预警</source>
        <translation>Medical hardship alert</translation>
    </message>
    <message>
        <source>大额医疗费用</source>
        <translation>Large medical bill</translation>
    </message>
    <message>
        <source>重病或意外</source>
        <translation>Serious illness or accident</translation>
    </message>
    <message>
        <source>会员去世</source>
        <translation>Member died</translation>
    </message>
    <message>
        <source>家庭成员变故</source>
        <translation>Event in the family</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Self</translation>
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
        <source>其他共同生活成员</source>
        <translation>Other household member</translation>
    </message>
    <message>
        <source>{year} 年医疗互助自付 {paid} 元，超过困难预警线 {line} 元</source>
        <translation>Self-paid medical costs in {year}: {paid} yuan, above the hardship alert line of {line} yuan</translation>
    </message>
    <message>
        <source>{year} 年医疗费用 {total} 元（1 件）</source>
        <translation>Medical costs in {year}: {total} yuan (1 claim)</translation>
    </message>
    <message>
        <source>{year} 年医疗费用 {total} 元（{n} 件，单件最高 {largest} 元）</source>
        <translation>Medical costs in {year}: {total} yuan ({n} claims, the largest {largest} yuan)</translation>
    </message>
    <message>
        <source>{year} 年有 {n} 件重大疾病或意外伤害互助申请</source>
        <translation>{n} serious-illness or accident claims in {year}</translation>
    </message>
    <message>
        <source>会员本人于 {day} 去世，家庭失去一份收入</source>
        <translation>The member died on {day}; the household lost an income</translation>
    </message>
    <message>
        <source>去世</source>
        <translation>died</translation>
    </message>
    <message>
        <source>本年有重大疾病或意外伤害互助申请</source>
        <translation>has a serious-illness or accident claim this year</translation>
    </message>
    <message>
        <source>{relation}{name}（本会会员）{what}</source>
        <translation>{relation} {name} (a union member) {what}</translation>
    </message>
    <message>
        <source>已排除：{reason}。线索：{details}</source>
        <translation>Set aside: {reason}. Reasons: {details}</translation>
    </message>
    <message>
        <source>请写明不予建档的理由（委员会的意见）</source>
        <translation>Please give the reason for not opening a file (the committee&apos;s view)</translation>
    </message>
    <message>
        <source>不能超过 {n} 个字</source>
        <translation>At most {n} characters</translation>
    </message>
    <message>
        <source>该会员不在本年的免申即享名单上（可能已建档或已排除）。</source>
        <translation>This member is not on this year&apos;s candidate list (a file may exist, or the member was set aside).</translation>
    </message>
    <message>
        <source>该会员本年没有被排除。</source>
        <translation>This member was not set aside this year.</translation>
    </message>
    <message>
        <source>免申即享候选名单</source>
        <translation>Candidates (without application)</translation>
    </message>
    <message>
        <source>已排除名单</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>找不到该困难职工档案。</source>
        <translation>Hardship file not found.</translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>金额应大于 0</source>
        <translation>The amount must be above 0</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额超出合理范围（不超过 1000 万元），请核对</source>
        <translation>The amount is implausible (over 10 million yuan); please check</translation>
    </message>
    <message>
        <source>工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>{year} 年度没有{programme}的发放记录，无法生成签字表。</source>
        <translation>No {programme} payouts in {year}: there is no sign-off sheet to make.</translation>
    </message>
    <message>
        <source>{year} 年度{programme}领取签字表</source>
        <translation>{programme} sign-off sheet, {year}</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>户主（会员）</source>
        <translation>Household (member)</translation>
    </message>
    <message>
        <source>领取人签字</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>单位：{company}；范围：{scope}；共 {n} 户，金额合计 {total} 元</source>
        <translation>Union: {company}; scope: {scope}; {n} households, {total} yuan in total</translation>
    </message>
    <message>
        <source>经办人：＿＿＿＿＿＿＿＿</source>
        <translation>Handled by: ________</translation>
    </message>
    <message>
        <source>审核人：＿＿＿＿＿＿＿＿</source>
        <translation>Checked by: ________</translation>
    </message>
    <message>
        <source>工会负责人（盖章）：＿＿＿＿＿＿＿＿</source>
        <translation>Head of the union (seal): ________</translation>
    </message>
    <message>
        <source>制表日期：{day}</source>
        <translation>Made on: {day}</translation>
    </message>
    <message>
        <source>说明：领取人本人签字；代领的，注明代领人姓名及与户主关系。本表随发放凭证归档。</source>
        <translation>The recipient signs in person; someone collecting for them writes their name and relation to the household. File this sheet with the payment vouchers.</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>本报告只含以下分工会：{names}</source>
        <translation>This report covers only these branch unions: {names}</translation>
    </message>
    <message>
        <source>截至 {year} 年末在档困难职工家庭 {on_record} 户，其中深度困难 {deep} 户、相对困难 {relative} 户、意外致困 {accident} 户。本年新建档案 {opened} 份（其中免申即享 {candidate} 份，本人申请 {applied} 份），销档 {closed} 份（已脱困 {recovered} 份）。全年发放帮扶资金 {total} 元：送温暖 {spring_n} 户 {spring} 元，金秋助学 {school_n} 人次 {school} 元，应急救助 {emergency_n} 人次 {emergency} 元。</source>
        <translation>At the end of {year}, {on_record} households in hardship on record: {deep} in deep hardship, {relative} in relative hardship, {accident} hit by accident or illness. Files opened this year: {opened} ({candidate} without application, {applied} on application); closed: {closed} ({recovered} out of hardship). Help paid this year: {total} yuan: Spring Festival help to {spring_n} households, {spring} yuan; autumn school grants {school_n} times, {school} yuan; emergency help {emergency_n} times, {emergency} yuan.</translation>
    </message>
    <message>
        <source>{year} 年度困难职工帮扶工作报告</source>
        <translation>Hardship help report {year}</translation>
    </message>
    <message>
        <source>在档合计</source>
        <translation>On record</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>本年建档</source>
        <translation>Opened this year</translation>
    </message>
    <message>
        <source>本年销档</source>
        <translation>Closed this year</translation>
    </message>
    <message>
        <source>受助户数</source>
        <translation>Households helped</translation>
    </message>
    <message>
        <source>发放笔数</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>一、各分工会困难职工档案</source>
        <translation>1. Hardship files per branch union</translation>
    </message>
    <message>
        <source>二、帮扶资金发放</source>
        <translation>2. Help paid</translation>
    </message>
    <message>
        <source>三、各户全年受助明细</source>
        <translation>3. Help per household in the year</translation>
    </message>
    <message>
        <source>本年没有发放记录。</source>
        <translation>No payouts this year.</translation>
    </message>
    <message>
        <source>各分工会档案</source>
        <translation>Files per branch union</translation>
    </message>
    <message>
        <source>各户受助</source>
        <translation>Help per household</translation>
    </message>
    <message>
        <source>发放明细</source>
        <translation>Payouts in detail</translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation>Member not found.</translation>
    </message>
    <message>
        <source>请选择建档的会员</source>
        <translation>Please choose the member the file is for</translation>
    </message>
    <message>
        <source>填写了家庭收入，必须同时填写家庭人口数：困难类别按家庭人均收入认定</source>
        <translation>With household income given, the household size is required too: the category is assessed per head</translation>
    </message>
    <message>
        <source>应在 1 到 {n} 人之间</source>
        <translation>Must be between 1 and {n}</translation>
    </message>
    <message>
        <source>家庭成员表列了 {n} 人，多于家庭人口数 {size}</source>
        <translation>The household table lists {n} people, more than the household size of {size}</translation>
    </message>
    <message>
        <source>家庭成员第 {n} 行</source>
        <translation>Household, row {n}</translation>
    </message>
    <message>
        <source>关系“{r}”不正确</source>
        <translation>Relation &apos;{r}&apos; is not valid</translation>
    </message>
    <message>
        <source>{kind}第 {n} 行</source>
        <translation>{kind}, row {n}</translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation>Cannot be after today</translation>
    </message>
    <message>
        <source>不能早于申请/推荐日期</source>
        <translation>Cannot be before the application or proposal date</translation>
    </message>
    <message>
        <source>该会员和所在分工会都没有登记基地，无法确定适用的低保标准</source>
        <translation>Neither the member nor their branch union has a base: the 低保 that applies cannot be found</translation>
    </message>
    <message>
        <source>关联的会员不存在</source>
        <translation>The linked member does not exist</translation>
    </message>
    <message>
        <source>{name} 的家庭已有困难档案 {no}（{stage}），一户只建一份档案</source>
        <translation>{name}&apos;s household already has hardship file {no} ({stage}); one file per household</translation>
    </message>
    <message>
        <source>档案 {no} 已销档，不能再修改。</source>
        <translation>File {no} is closed and cannot be changed.</translation>
    </message>
    <message>
        <source>档案 {no} 正在公示（至 {until}），公示的内容不能修改；公示结束后再修改。</source>
        <translation>File {no} is on public notice (until {until}); what was published cannot be changed until the notice ends.</translation>
    </message>
    <message>
        <source>已建档案不能改挂到其他会员</source>
        <translation>A file cannot be moved to another member</translation>
    </message>
    <message>
        <source>{name} 的会籍状态为“{status}”，不能建立困难档案</source>
        <translation>{name}&apos;s membership is &apos;{status}&apos;; no hardship file can be opened</translation>
    </message>
    <message>
        <source>家庭成员已被他人修改，请重新打开档案</source>
        <translation>Someone else changed the household; please open the file again</translation>
    </message>
    <message>
        <source>{names} 已有助学发放记录，不能从家庭成员中删除</source>
        <translation>{names} received school grants and cannot be removed from the household</translation>
    </message>
    <message>
        <source>请选择困难家庭</source>
        <translation>Please choose the household</translation>
    </message>
    <message>
        <source>年度不正确</source>
        <translation>The year is not valid</translation>
    </message>
    <message>
        <source>发放日期 {on} 与年度 {year} 相差太远，请核对</source>
        <translation>Paid on {on} is too far from the year {year}; please check</translation>
    </message>
    <message>
        <source>金秋助学须选择受助学生（家庭成员中标为在读学生的）</source>
        <translation>An autumn school grant needs the student (a household member marked as a student)</translation>
    </message>
    <message>
        <source>档案 {no} 已销档，不能再发放</source>
        <translation>File {no} is closed; nothing more can be paid</translation>
    </message>
    <message>
        <source>{programme}只发给已审批建档的困难家庭；档案 {no} 当前为“{stage}”</source>
        <translation>{programme} goes only to approved households; file {no} is at &apos;{stage}&apos;</translation>
    </message>
    <message>
        <source>受助学生须是该家庭中标为在读学生的成员</source>
        <translation>The student must be a member of this household marked as a student</translation>
    </message>
    <message>
        <source>档案 {no} 已登记 {year} 年送温暖（{on}，{amount} 元），每户每年一次</source>
        <translation>File {no} already has Spring Festival help for {year} ({on}, {amount} yuan); once per household and year</translation>
    </message>
    <message>
        <source>找不到该发放记录。</source>
        <translation>Payout not found.</translation>
    </message>
    <message>
        <source>“{step}”不是可以办理的步骤。</source>
        <translation>&apos;{step}&apos; is not a step that can be taken.</translation>
    </message>
    <message>
        <source>档案 {no} 当前为“{stage}”，不能办理“{step}”（应在{allowed}时办理）。</source>
        <translation>File {no} is at &apos;{stage}&apos;; &apos;{step}&apos; cannot be done now (only at {allowed}).</translation>
    </message>
    <message>
        <source>日期 {on} 早于{what}（{earlier}）</source>
        <translation>The date {on} is before {what} ({earlier})</translation>
    </message>
    <message>
        <source>档案 {no} 还没有填写家庭人口和收支，无法复核。</source>
        <translation>File {no} has no household size, income or expenses yet and cannot be reviewed.</translation>
    </message>
    <message>
        <source>不能登记今天以后的日期</source>
        <translation>Dates after today cannot be recorded</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>公示至 {until}（{n} 个工作日）</source>
        <translation>On notice until {until} ({n} working days)</translation>
    </message>
    <message>
        <source>公示期未满：{from_} 起公示 {n} 个工作日，至 {until} 结束（节假日不计），{until} 之后才能审批，{on} 不能审批。</source>
        <translation>Notice not over: on notice from {from_} for {n} working days until {until} (holidays not counted); approval is possible after {until}, not on {on}.</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>按 {on} 的低保标准（{line} 元/人·月），档案 {no} 的家庭人均月收入 {per_head} 元已不符合困难条件。请办理销档（已脱困），销档后跟踪回访 {months} 个月。</source>
        <translation>With the 低保 in force on {on} ({line} yuan per person and month), the income per head of file {no} ({per_head} yuan a month) no longer qualifies. Please close the file (out of hardship); it is then followed up for {months} months.</translation>
    </message>
    <message>
        <source>请选择销档原因</source>
        <translation>Please choose the reason for closing</translation>
    </message>
    <message>
        <source>档案 {no} 的跟踪期已于 {until} 结束</source>
        <translation>The follow-up of file {no} ended on {until}</translation>
    </message>
    <message>
        <source>档案 {no} 未经审批即销档，没有跟踪期</source>
        <translation>File {no} was closed without approval and has no follow-up</translation>
    </message>
    <message>
        <source>销档日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>请填写回访情况</source>
        <translation>Please describe the follow-up visit</translation>
    </message>
    <message>
        <source>档案 {no} 还没有填写家庭人口和收支，不能公示：公示的是核定的困难类别。</source>
        <translation>File {no} has no household size, income or expenses yet and cannot go on notice: the notice publishes the assessed category.</translation>
    </message>
    <message>
        <source>档案 {no} 的家庭人均月收入 {per_head} 元，不低于相对困难认定线（低保标准 {line} 元的 {pct}%），也未认定意外致困，不符合困难条件，不能公示。经核实不符合的，请销档。</source>
        <translation>The income per head of file {no} ({per_head} yuan a month) is not below the relative hardship line ({pct}% of the 低保 of {line} yuan) and no accident or illness was recorded: not eligible, cannot go on notice. If confirmed, please close the file.</translation>
    </message>
    <message>
        <source>{stage}·跟踪中</source>
        <translation>{stage} · followed up</translation>
    </message>
    <message>
        <source>正在导出困难档案…</source>
        <translation>Exporting hardship files…</translation>
    </message>
    <message>
        <source>人均月收入（元）</source>
        <translation>Income per head and month (yuan)</translation>
    </message>
    <message>
        <source>低保标准（元）</source>
        <translation>低保 (yuan)</translation>
    </message>
    <message>
        <source>困难职工档案</source>
        <translation>Hardship file</translation>
    </message>
    <message>
        <source>{base}基地没有 {on} 适用的低保标准，无法认定困难类别。请先在“低保标准与规则”中录入该基地的标准。</source>
        <translation>Base {base} has no 低保 figure in force on {on}; the category cannot be assessed. Enter the base&apos;s figure under &apos;低保 figures and rules&apos; first.</translation>
    </message>
    <message>
        <source>{on} 没有适用的帮扶规则（公示天数、跟踪期等），请先在“低保标准与规则”中录入。</source>
        <translation>No hardship rules are in force on {on} (notice days, follow-up, …); enter them under &apos;低保 figures and rules&apos; first.</translation>
    </message>
    <message>
        <source>“{base}”不是本会的基地（{bases}）</source>
        <translation>&apos;{base}&apos; is not one of the union&apos;s bases ({bases})</translation>
    </message>
    <message>
        <source>低保标准超出合理范围（每人每月不超过 1 万元），请核对</source>
        <translation>The 低保 figure is implausible (over 10,000 yuan per person and month); please check</translation>
    </message>
    <message>
        <source>{base}基地在 {on} 已有一条低保标准，请修改那一条</source>
        <translation>Base {base} already has a 低保 figure from {on}; please edit that one</translation>
    </message>
    <message>
        <source>找不到该低保标准。</source>
        <translation>低保 figure not found.</translation>
    </message>
    <message>
        <source>应在 {low} 到 {high} 之间</source>
        <translation>Must be between {low} and {high}</translation>
    </message>
    <message>
        <source>{on} 起已有一套规则，请修改那一套</source>
        <translation>A set of rules already starts on {on}; please edit that one</translation>
    </message>
    <message>
        <source>找不到该帮扶规则。</source>
        <translation>Hardship rules not found.</translation>
    </message>
    <message>
        <source>当前账号无权查看困难帮扶统计。</source>
        <translation>This account may not see hardship statistics.</translation>
    </message>
</context>
<context>
    <name>HardshipTab</name>
    <message>
        <source>困难档案</source>
        <translation>Hardship files</translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation>Without application</translation>
    </message>
    <message>
        <source>帮扶发放</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>低保标准与规则</source>
        <translation>低保 figures and rules</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>低保标准</source>
        <translation>低保 figure</translation>
    </message>
    <message>
        <source>如：某市民政局关于调整城乡低保标准的通知</source>
        <translation>E.g. the civil affairs bureau&apos;s notice adjusting the urban and rural 低保</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>困难帮扶</source>
        <translation>Hardship help</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>修改发放记录</source>
        <translation>Edit payout</translation>
    </message>
    <message>
        <source>登记帮扶发放</source>
        <translation>Register a payout</translation>
    </message>
    <message>
        <source>送温暖、金秋助学只发给已审批建档的家庭；应急救助可发给办理中的家庭。</source>
        <translation>Spring Festival help and autumn school grants go only to approved households; emergency help also to households still in progress.</translation>
    </message>
    <message>
        <source>删除此记录</source>
        <translation>Delete this record</translation>
    </message>
    <message>
        <source>{label}（办理中）</source>
        <translation>{label} (in progress)</translation>
    </message>
    <message>
        <source>删除这条发放记录吗？（误录时使用，删除会记入操作日志）</source>
        <translation>Delete this payout? (For entries made by mistake; the deletion is logged.)</translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <source>登记发放</source>
        <translation>Register payout</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>批量送温暖…</source>
        <translation>Spring Festival help in a batch…</translation>
    </message>
    <message>
        <source>领取签字表…</source>
        <translation>Sign-off sheet…</translation>
    </message>
    <message>
        <source>年度汇总</source>
        <translation>Yearly totals</translation>
    </message>
    <message>
        <source>年度报告</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>PDF 报告…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Excel 报告…</source>
        <translation>Excel report…</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、档案号</source>
        <translation>Search: name, pinyin initials, file no.</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>{y} 年度</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>{year}年{programme}领取签字表.pdf</source>
        <translation>{programme}-signoff-{year}.pdf</translation>
    </message>
    <message>
        <source>保存领取签字表</source>
        <translation>Save the sign-off sheet</translation>
    </message>
    <message>
        <source>正在生成签字表…</source>
        <translation>Making the sign-off sheet…</translation>
    </message>
    <message>
        <source>{year}年困难职工帮扶报告</source>
        <translation>hardship-report-{year}</translation>
    </message>
    <message>
        <source>保存年度报告</source>
        <translation>Save the yearly report</translation>
    </message>
    <message>
        <source>正在生成年度报告…</source>
        <translation>Making the yearly report…</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>帮扶规则</source>
        <translation>Hardship rules</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>各基地低保标准（元/人·月）</source>
        <translation>低保 per base (yuan per person and month)</translation>
    </message>
    <message>
        <source>新增标准…</source>
        <translation>New figure…</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Edit chosen…</translation>
    </message>
    <message>
        <source>帮扶规则</source>
        <translation>Hardship rules</translation>
    </message>
    <message>
        <source>新增规则…</source>
        <translation>New rules…</translation>
    </message>
    <message>
        <source>困难类别按家庭人均月收入（扣除刚性支出）与会员所在基地的低保标准比较：低于标准为深度困难，低于相对困难线为相对困难。没有标准的基地不能认定，系统不会套用其他基地或默认值。标准调整时新增一行并填写起始日期；已认定的档案保留当时的标准，复核时按新标准。</source>
        <translation>The category compares the household&apos;s income per head and month (after rigid expenses) with the 低保 of the member&apos;s base: below it is deep hardship, below the relative line relative hardship. A base without a figure cannot be assessed; no other base&apos;s figure or default is used. When the figure changes add a row with its start date; assessed files keep the figure they were assessed with, reviews use the new one.</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>低保标准（元）</source>
        <translation>低保 (yuan)</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>公示（工作日）</source>
        <translation>Notice (working days)</translation>
    </message>
    <message>
        <source>复核周期（月）</source>
        <translation>Review period (months)</translation>
    </message>
    <message>
        <source>跟踪期（月）</source>
        <translation>Follow-up (months)</translation>
    </message>
    <message>
        <source>相对困难线</source>
        <translation>Relative hardship line</translation>
    </message>
    <message>
        <source>大额医疗费用（元）</source>
        <translation>Large medical bill (yuan)</translation>
    </message>
    <message>
        <source>低保的 {pct}%</source>
        <translation>{pct}% of the 低保</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>走访人员、核实的家庭人口、收入和支出情况</source>
        <translation>Who visited; the household size, income and expenses checked</translation>
    </message>
    <message>
        <source>公示地点和方式（不填则记录公示期）</source>
        <translation>Where and how the notice is posted (blank: only the notice period is recorded)</translation>
    </message>
    <message>
        <source>工会委员会的审批意见</source>
        <translation>The union committee&apos;s decision</translation>
    </message>
    <message>
        <source>复核情况：家庭变化、收入变化（先在档案中更新收支再复核）</source>
        <translation>Review: changes in the household and its income (update the figures in the file before the review)</translation>
    </message>
    <message>
        <source>销档的依据</source>
        <translation>Grounds for closing</translation>
    </message>
    <message>
        <source>回访情况</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>档案 {no} 当前为“{stage}”，不能办理“{step}”。</source>
        <translation>File {no} is at &apos;{stage}&apos;; &apos;{step}&apos; cannot be done.</translation>
    </message>
    <message>
        <source>{no}&#x3000;{name}（{branch}）&#x3000;{category}&#x3000;{stage}</source>
        <translation>{no}    {name} ({branch})    {category}    {stage}</translation>
    </message>
    <message>
        <source>公示期至 {until}（按工作日计，节假日不计），最早 {first} 可审批。</source>
        <translation>On notice until {until} (working days; holidays not counted); approval from {first} at the earliest.</translation>
    </message>
    <message>
        <source>公示期从公示日的下一个工作日起算，节假日和周末不计（调休上班日计入）。</source>
        <translation>The notice counts from the working day after posting; holidays and weekends are not counted (weekend days worked instead are).</translation>
    </message>
    <message>
        <source>已建档的家庭销档后还要跟踪回访，跟踪期按现行规则计算。</source>
        <translation>A file closed after approval is followed up; the follow-up period comes from the rules in force.</translation>
    </message>
    <message>
        <source>跟踪期至 {until}。</source>
        <translation>Followed up until {until}.</translation>
    </message>
</context>
<context>
    <name>TotalsDialog</name>
    <message>
        <source>年度帮扶汇总</source>
        <translation>Yearly help totals</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>受助户数</source>
        <translation>Households helped</translation>
    </message>
    <message>
        <source>发放笔数</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>档案号</source>
        <translation>File no.</translation>
    </message>
    <message>
        <source>户主（会员）</source>
        <translation>Household (member)</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation>Total (yuan)</translation>
    </message>
</context>
</TS>
