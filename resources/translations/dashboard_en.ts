<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChartPanel</name>
    <message>
        <source>点击柱子查看对应的明细列表</source>
        <translation>Click a bar to open the matching list</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>比上年 {sign}{d} 个百分点</source>
        <translation>{sign}{d} percentage points on last year</translation>
    </message>
    <message>
        <source>与上年持平</source>
        <translation>Same as last year</translation>
    </message>
    <message>
        <source>上年为 0</source>
        <translation>Zero last year</translation>
    </message>
    <message>
        <source>比上年 {sign}{pct}%</source>
        <translation>{sign}{pct}% on last year</translation>
    </message>
    <message>
        <source>{n} 万元</source>
        <translation>{n} × 10k yuan</translation>
    </message>
    <message>
        <source>全会</source>
        <translation>Whole union</translation>
    </message>
    <message>
        <source>正在统计会员…</source>
        <translation>Counting members…</translation>
    </message>
    <message>
        <source>正在统计医疗互助…</source>
        <translation>Counting medical mutual aid…</translation>
    </message>
    <message>
        <source>正在统计劳动竞赛…</source>
        <translation>Counting skills contests…</translation>
    </message>
    <message>
        <source>正在统计创新成果…</source>
        <translation>Counting innovation achievements…</translation>
    </message>
    <message>
        <source>正在统计经费与福利…</source>
        <translation>Counting dues and welfare…</translation>
    </message>
    <message>
        <source>正在统计职代会提案…</source>
        <translation>Counting congress proposals…</translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation>Members in the union</translation>
    </message>
    <message>
        <source>入会率</source>
        <translation>Membership rate</translation>
    </message>
    <message>
        <source>互助金支付</source>
        <translation>Mutual aid paid</translation>
    </message>
    <message>
        <source>受助会员</source>
        <translation>Members helped</translation>
    </message>
    <message>
        <source>竞赛参赛人次</source>
        <translation>Contest entries</translation>
    </message>
    <message>
        <source>五小成果</source>
        <translation>Five-small achievements</translation>
    </message>
    <message>
        <source>授权专利</source>
        <translation>Patents granted</translation>
    </message>
    <message>
        <source>创新经济效益</source>
        <translation>Innovation benefit</translation>
    </message>
    <message>
        <source>各分工会会员人数与入会率</source>
        <translation>Members and membership rate per branch union</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>互助金支付（按年度）</source>
        <translation>Mutual aid paid (by year)</translation>
    </message>
    <message>
        <source>会费收缴</source>
        <translation>Dues collected</translation>
    </message>
    <message>
        <source>上年同期无完整记录</source>
        <translation>No full record for the same months last year</translation>
    </message>
    <message>
        <source>福利慰问支出</source>
        <translation>Welfare paid</translation>
    </message>
    <message>
        <source>预算执行率</source>
        <translation>Budget used</translation>
    </message>
    <message>
        <source>未设定预算</source>
        <translation>No budget set</translation>
    </message>
    <message>
        <source>全会 · {session}</source>
        <translation>Whole union · {session}</translation>
    </message>
    <message>
        <source>提案办结率</source>
        <translation>Proposals resolved</translation>
    </message>
    <message>
        <source>{year} 年会费收缴（按月）</source>
        <translation>Dues {year} (by month)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>M{m}</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实缴</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>{year} 年福利慰问支出（按项目和分工会）</source>
        <translation>Welfare paid {year} (by item and branch union)</translation>
    </message>
    <message>
        <source>{year} 年预算执行（按分工会）</source>
        <translation>Budget use {year} (by branch union)</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>已支出</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>互助金</source>
        <translation>Mutual aid</translation>
    </message>
    <message>
        <source>{year} 年互助金（按类别）</source>
        <translation>Mutual aid {year} (by benefit type)</translation>
    </message>
    <message>
        <source>{year} 年五小成果（按季度和等级）</source>
        <translation>Five-small achievements {year} (by quarter and grade)</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>第{q}季度</source>
        <translation>Q{q}</translation>
    </message>
    <message>
        <source>授权专利（按年度）</source>
        <translation>Patents granted (by year)</translation>
    </message>
    <message>
        <source>件</source>
        <translation>patents</translation>
    </message>
    <message>
        <source>未分基地</source>
        <translation>No base</translation>
    </message>
    <message>
        <source>{year} 年竞赛参赛人次（按工种和基地）</source>
        <translation>Contest entries {year} (by trade and base)</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>entries</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>工会工作数据概览</source>
        <translation>Union work at a glance</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>全会</source>
        <translation>Whole union</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>年度工作报告…</source>
        <translation>Yearly work report…</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计失败</source>
        <translation>Counting failed</translation>
    </message>
    <message>
        <source>{scope} · {year} 年 · 点击数字或柱子查看明细</source>
        <translation>{scope} · {year} · click a figure or bar for details</translation>
    </message>
    <message>
        <source>当前账号看不到该模块的明细。</source>
        <translation>This account cannot see that module&apos;s details.</translation>
    </message>
    <message>
        <source>保存年度工作报告</source>
        <translation>Save the yearly work report</translation>
    </message>
    <message>
        <source>{scope}{year}年度工会工作报告.pdf</source>
        <translation>{scope}Union work report {year}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</source>
        <translation>PDF file (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在生成年度工作报告…</source>
        <translation>Writing the yearly work report…</translation>
    </message>
    <message>
        <source>已生成年度工作报告：{path}</source>
        <translation>Yearly work report written: {path}</translation>
    </message>
</context>
<context>
    <name>HeadlineCard</name>
    <message>
        <source>点击查看明细</source>
        <translation>Click for details</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>数据概览</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{scope}{year} 年度工会工作报告</source>
        <translation>{scope}Union work report {year}</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>主要数据</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>未分基地</source>
        <translation>No base</translation>
    </message>
    <message>
        <source>第{q}季度</source>
        <translation>Q{q}</translation>
    </message>
    <message>
        <source>一、主要数据</source>
        <translation>1. Key figures</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>二、会员与入会率</source>
        <translation>2. Members and membership rate</translation>
    </message>
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
        <translation>Employees</translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation>Members in the union</translation>
    </message>
    <message>
        <source>入会率</source>
        <translation>Membership rate</translation>
    </message>
    <message>
        <source>医疗互助</source>
        <translation>Medical aid</translation>
    </message>
    <message>
        <source>三、医疗互助</source>
        <translation>3. Medical mutual aid</translation>
    </message>
    <message>
        <source>历年互助金支付</source>
        <translation>Mutual aid paid by year</translation>
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
        <source>受助人数</source>
        <translation>Members helped</translation>
    </message>
    <message>
        <source>支付人次</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <source>{y} 年按补助类别</source>
        <translation>{y} by benefit type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>劳动竞赛</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>四、劳动竞赛</source>
        <translation>4. Skills contests</translation>
    </message>
    <message>
        <source>{y} 年参赛人次（按工种和基地）</source>
        <translation>Entries {y} (by trade and base)</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>竞赛数</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>参赛人次</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>创新成果</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>五、创新工作室与五小成果</source>
        <translation>5. Innovation studios and five-small achievements</translation>
    </message>
    <message>
        <source>{y} 年五小成果（按季度和等级）</source>
        <translation>Five-small achievements {y} (by quarter and grade)</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>授权专利与经济效益（按年度）</source>
        <translation>Patents and benefit (by year)</translation>
    </message>
    <message>
        <source>专利合计</source>
        <translation>Patents in all</translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
    <message>
        <source>{year} 年，{scope}有在会会员 {members} 人，入会率 {rate}；支付医疗互助金 {aid}，{helped} 名会员受助；组织劳动竞赛参赛 {entries} 人次；评审五小成果 {five} 项，授权专利 {patents} 件，创新成果创效 {benefit}；现有创新工作室 {studios} 个。</source>
        <translation>In {year}, {scope} had {members} members in the union (membership rate {rate}); paid {aid} of medical mutual aid to {helped} members; held skills contests with {entries} entries; graded {five} five-small achievements, was granted {patents} patents, and innovations brought {benefit} of benefit; there are {studios} innovation studios.</translation>
    </message>
    <message>
        <source>各分工会在会会员（人）</source>
        <translation>Members per branch union</translation>
    </message>
    <message>
        <source>历年互助金支付（万元）</source>
        <translation>Mutual aid paid by year (10k yuan)</translation>
    </message>
    <message>
        <source>{y} 年参赛人次（按工种）</source>
        <translation>Entries {y} (by trade)</translation>
    </message>
    <message>
        <source>{y} 年五小成果（按季度）</source>
        <translation>Five-small achievements {y} (by quarter)</translation>
    </message>
    <message>
        <source>授权专利（按年度，件）</source>
        <translation>Patents granted (by year)</translation>
    </message>
    <message>
        <source>范围：{scope}&#x3000;&#x3000;编制日期：{day}</source>
        <translation>Scope: {scope}    Compiled: {day}</translation>
    </message>
    <message>
        <source>报告文件名应以 .pdf 或 .xlsx 结尾。</source>
        <translation>The report file name must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>正在写入报告文件…</source>
        <translation>Writing the report file…</translation>
    </message>
    <message>
        <source>六</source>
        <translation>6</translation>
    </message>
    <message>
        <source>七</source>
        <translation>7</translation>
    </message>
    <message>
        <source>{n}、经费与福利</source>
        <translation>{n}. Dues and welfare</translation>
    </message>
    <message>
        <source>经费与福利</source>
        <translation>Dues and welfare</translation>
    </message>
    <message>
        <source>{n}、职代会提案</source>
        <translation>{n}. Congress proposals</translation>
    </message>
    <message>
        <source>职代会提案</source>
        <translation>Congress proposals</translation>
    </message>
    <message>
        <source>收缴会费 {dues}，支出福利慰问 {welfare}，预算执行率 {budget}。</source>
        <translation> Dues collected: {dues}; welfare paid: {welfare}; budget used: {budget}.</translation>
    </message>
    <message>
        <source>{session}提案办结率 {rate}。</source>
        <translation> Proposals resolved at the {session}: {rate}.</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>{what}（元）</source>
        <translation>{what} (yuan)</translation>
    </message>
    <message>
        <source>{y} 年会费收缴（按月）</source>
        <translation>Dues {y} (by month)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>应缴人数</source>
        <translation>Members owing</translation>
    </message>
    <message>
        <source>已交</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>未交</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实缴</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>{y} 年会费收缴（按分工会）</source>
        <translation>Dues {y} (by branch union)</translation>
    </message>
    <message>
        <source>已交人次</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>未交人次</source>
        <translation>Months unpaid</translation>
    </message>
    <message>
        <source>{y} 年福利慰问支出（按项目）</source>
        <translation>Welfare paid {y} (by item)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>{y} 年福利慰问支出（按分工会）</source>
        <translation>Welfare paid {y} (by branch union)</translation>
    </message>
    <message>
        <source>{y} 年预算执行</source>
        <translation>Budget use {y}</translation>
    </message>
    <message>
        <source>支出类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>已用（元）</source>
        <translation>Spent (yuan)</translation>
    </message>
    <message>
        <source>执行率</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>最近一次职代会提案办理情况</source>
        <translation>Proposals of the latest workers&apos; congress</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>逾期未答复</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{y} 年会费实缴（按月，万元）</source>
        <translation>Dues collected {y} (by month, 10k yuan)</translation>
    </message>
    <message>
        <source>{y} 年福利慰问支出（按分工会，万元）</source>
        <translation>Welfare paid {y} (by branch union, 10k yuan)</translation>
    </message>
</context>
</TS>
