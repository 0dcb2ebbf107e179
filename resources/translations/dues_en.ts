<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArrearsPage</name>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>连续未交 1 个月以上</source>
        <translation>Unpaid 1 month or more in a row</translation>
    </message>
    <message>
        <source>3 个月以上</source>
        <translation>3 months or more</translation>
    </message>
    <message>
        <source>6 个月以上</source>
        <translation>6 months or more</translation>
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
        <source>截至{month}</source>
        <translation>As of {month}</translation>
    </message>
    <message>
        <source>连续六个月未交会费的 {n} 人可列入会籍审查（会员管理 → 会籍审查 → 从会费记录更新），由会员委员会决定；本名单不改变任何人的会籍。</source>
        <translation>{n} members with six months of unpaid dues in a row may be put up for membership review (Members → Membership review → Update from dues records) for the membership committee to decide; this list changes no one&apos;s membership.</translation>
    </message>
    <message>
        <source>导出欠缴名单</source>
        <translation>Export arrears list</translation>
    </message>
    <message>
        <source>会费欠缴名单.xlsx</source>
        <translation>dues-arrears.xlsx</translation>
    </message>
    <message>
        <source>已导出 {n} 人：{path}</source>
        <translation>Exported {n} members: {path}</translation>
    </message>
    <message>
        <source>正在导出欠缴名单…</source>
        <translation>Exporting the arrears list…</translation>
    </message>
</context>
<context>
    <name>Dues</name>
    <message>
        <source>无记录</source>
        <translation>No record</translation>
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
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>连续未交（月）</source>
        <translation>Unpaid in a row (months)</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>截至月份</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>欠缴金额（已知）</source>
        <translation>Owed (known)</translation>
    </message>
    <message>
        <source>最近一次交纳</source>
        <translation>Last paid</translation>
    </message>
    <message>
        <source>截至{month}会费欠缴名单</source>
        <translation>Dues arrears as of {month}</translation>
    </message>
    <message>
        <source>会费欠缴名单</source>
        <translation>Dues arrears</translation>
    </message>
    <message>
        <source>{since}起未交会费，连续 {n} 个月（截至{until}，据会费记录）</source>
        <translation>Dues unpaid since {since}, {n} months in a row (up to {until}, from the dues records)</translation>
    </message>
    <message>
        <source>福利慰问：本模块的发放记录（待签领和已签领）</source>
        <translation>Welfare: this module&apos;s payments (issued and signed for)</translation>
    </message>
    <message>
        <source>请选择分工会</source>
        <translation>Please choose a branch union</translation>
    </message>
    <message>
        <source>无权设定该分工会的预算</source>
        <translation>You may not set this branch union&apos;s budget</translation>
    </message>
    <message>
        <source>应为 2000 年到明年之间</source>
        <translation>Must be between 2000 and next year</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>应为不小于 0 的金额</source>
        <translation>Must be an amount of 0 or more</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>工资基数</source>
        <translation>Wage base</translation>
    </message>
    <message>
        <source>代扣会费</source>
        <translation>Dues withheld</translation>
    </message>
    <message>
        <source>应缴会费</source>
        <translation>Dues owed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>事由日期</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>签领日期</source>
        <translation>Signed for on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>支出类别</source>
        <translation>Spending category</translation>
    </message>
    <message>
        <source>预算金额</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>费率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>计费单位（元）</source>
        <translation>Counting unit (yuan)</translation>
    </message>
    <message>
        <source>尾数处理</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>标准计算</source>
        <translation>Cap applies</translation>
    </message>
    <message>
        <source>次数限制</source>
        <translation>Count limit</translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Batch title</translation>
    </message>
    <message>
        <source>发放记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>缴纳</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>欠缴金额</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>批次 / 说明</source>
        <translation>Batch / note</translation>
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
        <source>免交</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>工资代扣</source>
        <translation>Withheld from pay</translation>
    </message>
    <message>
        <source>现金补交</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>四舍五入到分</source>
        <translation>rounded half up to the fen</translation>
    </message>
    <message>
        <source>分以下舍去</source>
        <translation>fractions of a fen dropped</translation>
    </message>
    <message>
        <source>生日蛋糕卡</source>
        <translation>Birthday cake card</translation>
    </message>
    <message>
        <source>春节慰问品</source>
        <translation>Spring Festival gift</translation>
    </message>
    <message>
        <source>中秋慰问品</source>
        <translation>Mid-Autumn gift</translation>
    </message>
    <message>
        <source>住院慰问</source>
        <translation>Hospital visit</translation>
    </message>
    <message>
        <source>结婚慰问</source>
        <translation>Wedding</translation>
    </message>
    <message>
        <source>生育慰问</source>
        <translation>Childbirth</translation>
    </message>
    <message>
        <source>会员去世慰问</source>
        <translation>Member&apos;s death</translation>
    </message>
    <message>
        <source>直系亲属去世慰问</source>
        <translation>Death of a close relative</translation>
    </message>
    <message>
        <source>退休纪念品</source>
        <translation>Retirement souvenir</translation>
    </message>
    <message>
        <source>节日慰问品（春节、中秋合计）</source>
        <translation>Festival gifts (Spring Festival and Mid-Autumn together)</translation>
    </message>
    <message>
        <source>每人每次</source>
        <translation>Per person per payment</translation>
    </message>
    <message>
        <source>每人每年合计</source>
        <translation>Per person per year in total</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>每人累计</source>
        <translation>per person in total</translation>
    </message>
    <message>
        <source>待签领</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已签领</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>福利慰问</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>技能竞赛奖励</source>
        <translation>Skills contest prizes</translation>
    </message>
    <message>
        <source>五小创新奖励</source>
        <translation>Innovation rewards</translation>
    </message>
    <message>
        <source>住院</source>
        <translation>Hospital stay</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>去世</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>不在本月工资表中</source>
        <translation>Not on this month&apos;s payroll</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>请先选择要登记的会费记录。</source>
        <translation>Please choose the dues records first.</translation>
    </message>
    <message>
        <source>缴纳日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>不能为空或晚于今天</source>
        <translation>Must be given and not after today</translation>
    </message>
    <message>
        <source>所选记录有的已不存在或不在您的管理范围内，请刷新后重试。</source>
        <translation>Some chosen records no longer exist or are outside your branch unions; please refresh and try again.</translation>
    </message>
    <message>
        <source>只有未交的记录可以登记补交：{names} 已交或免交。</source>
        <translation>Only unpaid records can be marked paid in cash: {names} already paid or exempt.</translation>
    </message>
    <message>
        <source>登记现金补交会费 {n} 条（{on}）</source>
        <translation>Marked {n} dues records paid in cash ({on})</translation>
    </message>
    <message>
        <source>未交（不在工资表中）</source>
        <translation>Unpaid (not on the payroll)</translation>
    </message>
    <message>
        <source>{month}会费标准：{rule}</source>
        <translation>Dues rule for {month}: {rule}</translation>
    </message>
    <message>
        <source>{month}已有会费记录 {n} 条（{last}）。确认导入将按本表替换：有变化的 {changed} 条列在“信息变更”，现金补交的记录保持已交。</source>
        <translation>{month} already has {n} dues records ({last}). Importing replaces them with this sheet: the {changed} that change are listed under &quot;Changes&quot;; records paid in cash stay paid.</translation>
    </message>
    <message>
        <source>来源不详</source>
        <translation>source unknown</translation>
    </message>
    <message>
        <source>名册中另有 {n} 名在会会员不在本表中，将记为本月未交（可在会费页登记现金补交）。</source>
        <translation>{n} more active members in the register are not on this sheet; they will be recorded as unpaid this month (cash payments can be recorded on the dues page).</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>工资表导入模板</source>
        <translation>Payroll import template</translation>
    </message>
    <message>
        <source>{month}领取签字表</source>
        <translation>Sign-off sheet {month}</translation>
    </message>
    <message>
        <source>与会员名册中的工号一致</source>
        <translation>As in the member register</translation>
    </message>
    <message>
        <source>当月基本工资（元），不含奖金、津贴</source>
        <translation>The month&apos;s basic wage (yuan), without bonuses or allowances</translation>
    </message>
    <message>
        <source>选填：工资中实际代扣的会费；0 表示本月未扣。不填此列则视为已按标准代扣</source>
        <translation>Optional: the dues actually withheld from pay; 0 means none this month. Without this column dues count as withheld by the rule</translation>
    </message>
    <message>
        <source>请选择月份</source>
        <translation>Please choose the month</translation>
    </message>
    <message>
        <source>{month}还没有到，不能导入</source>
        <translation>{month} has not come yet and cannot be imported</translation>
    </message>
    <message>
        <source>正在读取工资表…</source>
        <translation>Reading the payroll…</translation>
    </message>
    <message>
        <source>正在核对会员名册…</source>
        <translation>Checking against the member register…</translation>
    </message>
    <message>
        <source>{file}，{when} 导入</source>
        <translation>{file}, imported {when}</translation>
    </message>
    <message>
        <source>工号 {no} 不在会员名册中</source>
        <translation>Employee no. {no} is not in the member register</translation>
    </message>
    <message>
        <source>{name}（{no}）已{status}（{on}），不应再扣缴会费</source>
        <translation>{name} ({no}) is {status} ({on}); no dues should be withheld</translation>
    </message>
    <message>
        <source>名册中有 {n} 名会员使用工号 {no}，请先在会员管理中更正</source>
        <translation>{n} members in the register share employee no. {no}; please correct this in Members first</translation>
    </message>
    <message>
        <source>工号 {no} 不是您所管分工会的会员</source>
        <translation>Employee no. {no} is not a member of your branch unions</translation>
    </message>
    <message>
        <source>与名册不符：工号 {no} 在名册中是 {name}</source>
        <translation>Does not match the register: employee no. {no} is {name} there</translation>
    </message>
    <message>
        <source>{name} 于 {on} 入会，{month}尚不是会员</source>
        <translation>{name} joined on {on} and was not yet a member in {month}</translation>
    </message>
    <message>
        <source>{name} 为保留会籍会员，免交会费，不应代扣 {amount} 元</source>
        <translation>{name} keeps membership (保留会籍) and is exempt from dues; {amount} yuan should not be withheld</translation>
    </message>
    <message>
        <source>代扣 {deducted} 元与按标准计算的 {dues} 元不符（工资基数 {wage} 元，计费基数 {base} 元）</source>
        <translation>Withheld {deducted} yuan differs from the {dues} yuan the rule gives (wage {wage} yuan, counted {base} yuan)</translation>
    </message>
    <message>
        <source>与已导入的记录相比没有变化，无需导入。</source>
        <translation>Nothing differs from the records already imported; nothing to import.</translation>
    </message>
    <message>
        <source>正在写入会费记录…</source>
        <translation>Writing the dues records…</translation>
    </message>
    <message>
        <source>预览之后{month}的会费记录已有变化（可能有人同时导入），请重新导入。</source>
        <translation>The dues records of {month} changed after the preview (someone may have imported at the same time); please import again.</translation>
    </message>
    <message>
        <source>从 {file} 导入{month}会费：新增 {new} 条，替换 {replaced} 条</source>
        <translation>Imported dues of {month} from {file}: {new} new, {replaced} replaced</translation>
    </message>
    <message>
        <source>全会</source>
        <translation>Whole union</translation>
    </message>
    <message>
        <source>{admitted} 入院，{discharged} 出院（互助金申请 {claim}）</source>
        <translation>In hospital {admitted} to {discharged} (mutual-aid claim {claim})</translation>
    </message>
    <message>
        <source>{on} 去世</source>
        <translation>Died {on}</translation>
    </message>
    <message>
        <source>{on} 退休，保留会籍</source>
        <translation>Retired {on}, membership kept</translation>
    </message>
    <message>
        <source>{year}年慰问福利发放情况</source>
        <translation>Welfare payments in {year}</translation>
    </message>
    <message>
        <source>（人次）</source>
        <translation>(payments)</translation>
    </message>
    <message>
        <source>（元）</source>
        <translation>(yuan)</translation>
    </message>
    <message>
        <source>合计（人次）</source>
        <translation>Total (payments)</translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>预算执行</source>
        <translation>Budget use</translation>
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
        <source>结余（元）</source>
        <translation>Left (yuan)</translation>
    </message>
    <message>
        <source>发放标准</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>单位：{company}&#x3000;&#x3000;统计：{year}年全年（不含已撤销的发放）&#x3000;&#x3000;制表日期：{today}</source>
        <translation>Union: {company}    Period: all of {year} (cancelled payments excluded)    Made on: {today}</translation>
    </message>
    <message>
        <source>{day} 没有生效的会费标准，请先在“标准”页录入。</source>
        <translation>No dues rule is in force on {day}; please enter one on the Rules page first.</translation>
    </message>
    <message>
        <source>请写明依据（文件名称、文号）</source>
        <translation>Please give the source (document title and number)</translation>
    </message>
    <message>
        <source>不能超过 255 个字符</source>
        <translation>At most 255 characters</translation>
    </message>
    <message>
        <source>应为百分数，如 0.5</source>
        <translation>Must be a percentage, such as 0.5</translation>
    </message>
    <message>
        <source>应在 0 到 5% 之间</source>
        <translation>Must be between 0 and 5%</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>应为 0.01 到 1000 元</source>
        <translation>Must be 0.01 to 1,000 yuan</translation>
    </message>
    <message>
        <source>这一天已有一条会费标准</source>
        <translation>A dues rule already takes effect on this day</translation>
    </message>
    <message>
        <source>应为大于 0 的金额</source>
        <translation>Must be an amount above 0</translation>
    </message>
    <message>
        <source>应为 1 到 100 次，并选择每年或累计</source>
        <translation>Must be 1 to 100 times, per year or in total</translation>
    </message>
    <message>
        <source>该项目这一天已有一条标准</source>
        <translation>This item already has a cap taking effect on this day</translation>
    </message>
    <message>
        <source>按月基本工资的 {rate}% 交纳，不足 {unit} 元的部分不计，{rounding}</source>
        <translation>{rate}% of the monthly basic wage, the part below {unit} yuan not counted, {rounding}</translation>
    </message>
    <message>
        <source>{per}不超过 {cap} 元</source>
        <translation>{per} at most {cap} yuan</translation>
    </message>
    <message>
        <source>{per}限 {n} 次</source>
        <translation>{n} times {per}</translation>
    </message>
    <message>
        <source>{item}标准：{cap}</source>
        <translation>{item} cap: {cap}</translation>
    </message>
    <message>
        <source>超出{cap}；{name} 已于 {on} 领取。</source>
        <translation>Over the {cap}; {name} already received it on {on}.</translation>
    </message>
    <message>
        <source>超出{cap}；本次 {amount} 元。</source>
        <translation>Over the {cap}; this payment is {amount} yuan.</translation>
    </message>
    <message>
        <source>超出{cap}；{name} 今年已领 {taken} 元，本次最多 {left} 元。</source>
        <translation>Over the {cap}; {name} has received {taken} yuan this year, at most {left} yuan more.</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:0&gt;2}</translation>
    </message>
    <message>
        <source>（未分小组）</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>{month}{item}</source>
        <translation>{item} {month}</translation>
    </message>
    <message>
        <source>所选月份没有该项目的发放记录，没有可打印的签字表。</source>
        <translation>No payments of this item in the chosen month: there is no sign-off sheet to print.</translation>
    </message>
    <message>
        <source>领取签字表</source>
        <translation>Sign-off sheet</translation>
    </message>
    <message>
        <source>分工会：{branch}&#x3000;&#x3000;工会小组：{group}&#x3000;&#x3000;共 {n} 人，合计 {total} 元</source>
        <translation>Branch union: {branch}    Group: {group}    {n} members, {total} yuan in total</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>领取人签字</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>领取日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>（已签领）</source>
        <translation>(signed for)</translation>
    </message>
    <message>
        <source>小组长：</source>
        <translation>Group leader:</translation>
    </message>
    <message>
        <source>经办人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>分工会审核：</source>
        <translation>Checked by the branch union:</translation>
    </message>
    <message>
        <source>会员去世慰问只发给已登记去世的会员；{name} 当前为{status}。</source>
        <translation>The member&apos;s death payment goes only to members recorded as deceased; {name} is {status}.</translation>
    </message>
    <message>
        <source>{name} 已{status}（{on}），不再是会员，不能发放{item}。</source>
        <translation>{name} is {status} ({on}) and no longer a member; no {item} can be paid.</translation>
    </message>
    <message>
        <source>{on} 没有生效的“{item}”标准，请先在“标准”页录入。</source>
        <translation>No cap for &quot;{item}&quot; is in force on {on}; please enter one on the Rules page first.</translation>
    </message>
    <message>
        <source>请选择发放项目</source>
        <translation>Please choose the item</translation>
    </message>
    <message>
        <source>金额过大</source>
        <translation>Amount too large</translation>
    </message>
    <message>
        <source>不能晚于今天两个月以上</source>
        <translation>Cannot be more than two months after today</translation>
    </message>
    <message>
        <source>请选择会员</source>
        <translation>Please choose a member</translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation>Member not found.</translation>
    </message>
    <message>
        <source>{year}年{item}</source>
        <translation>{item} {year}</translation>
    </message>
    <message>
        <source>只有生日蛋糕卡和节日慰问品可以批量发放</source>
        <translation>Only birthday cake cards and festival gifts can be issued in batches</translation>
    </message>
    <message>
        <source>不能超过 100 个字符</source>
        <translation>At most 100 characters</translation>
    </message>
    <message>
        <source>没有可发放的会员：{n} 人已领取或超出标准（{cap}）。</source>
        <translation>No one to pay: {n} members already received it or would exceed the cap ({cap}).</translation>
    </message>
    <message>
        <source>批量发放“{title}”{n} 人，每人 {amount} 元，合计 {total} 元</source>
        <translation>Batch &quot;{title}&quot;: {n} members, {amount} yuan each, {total} yuan in total</translation>
    </message>
    <message>
        <source>请先选择发放记录。</source>
        <translation>Please choose the payments first.</translation>
    </message>
    <message>
        <source>只有待签领的记录可以这样处理：{names}</source>
        <translation>Only issued payments can be handled this way: {names}</translation>
    </message>
    <message>
        <source>登记签领 {n} 条（{on}）</source>
        <translation>Marked {n} payments signed for ({on})</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>请写明撤销原因</source>
        <translation>Please give the reason for cancelling</translation>
    </message>
    <message>
        <source>撤销发放 {n} 条：{reason}</source>
        <translation>Cancelled {n} payments: {reason}</translation>
    </message>
    <message>
        <source>找不到该发放批次。</source>
        <translation>Batch not found.</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>导入工资表…</source>
        <translation>Import payroll…</translation>
    </message>
    <message>
        <source>登记现金补交</source>
        <translation>Record cash payment</translation>
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
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>尚无会费记录：请导入工资表。</source>
        <translation>No dues recorded yet: please import a payroll.</translation>
    </message>
    <message>
        <source>{month}：{members} 人，已交 {paid} 人，未交 {unpaid} 人，保留会籍免交 {exempt} 人；应缴 {due} 元，已收 {collected} 元（会费留在基层工会，不上缴）。
会费标准：{rule}</source>
        <translation>{month}: {members} members, {paid} paid, {unpaid} unpaid, {exempt} exempt (membership kept); {due} yuan due, {collected} yuan collected (dues stay with the base union, none remitted upward).
Dues rule: {rule}</translation>
    </message>
    <message>
        <source>导入工资表</source>
        <translation>Import payroll</translation>
    </message>
    <message>
        <source>工资表所属月份：</source>
        <translation>Month of the payroll:</translation>
    </message>
    <message>
        <source>导入完成：新增 {new} 条，替换 {updated} 条会费记录。</source>
        <translation>Import done: {new} dues records added, {updated} replaced.</translation>
    </message>
    <message>
        <source>选择{month}的工资表</source>
        <translation>Choose the payroll of {month}</translation>
    </message>
    <message>
        <source>会费记录</source>
        <translation>dues records</translation>
    </message>
    <message>
        <source>登记所选 {n} 条会费为现金补交（今天）吗？</source>
        <translation>Record the {n} chosen dues as paid in cash (today)?</translation>
    </message>
    <message>
        <source>已登记 {n} 条。</source>
        <translation>Recorded {n}.</translation>
    </message>
</context>
<context>
    <name>DuesTab</name>
    <message>
        <source>会费收缴</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>欠缴名单</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>福利慰问</source>
        <translation>Welfare</translation>
    </message>
</context>
<context>
    <name>DuesViews</name>
    <message>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:0&gt;2}</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>经费与福利</source>
        <translation>Dues and welfare</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>发放福利慰问</source>
        <translation>Welfare payment</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或工号查找</source>
        <translation>Type a name, pinyin initials or employee no.</translation>
    </message>
    <message>
        <source>该项目尚无标准，不能发放。</source>
        <translation>This item has no cap yet and cannot be paid.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>会费收缴额</source>
        <translation>Dues collected</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>WelfarePage</name>
    <message>
        <source>发放…</source>
        <translation>Pay…</translation>
    </message>
    <message>
        <source>本月生日蛋糕卡</source>
        <translation>This month&apos;s birthday cards</translation>
    </message>
    <message>
        <source>签字表 PDF…</source>
        <translation>Sign-off sheets (PDF)…</translation>
    </message>
    <message>
        <source>已签领</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号</source>
        <translation>Search: name, pinyin initials, employee no.</translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year} 年共发放 {n} 笔，{total} 元（不含已撤销）。</source>
        <translation>{year}: {n} payments, {total} yuan (cancelled ones excluded).</translation>
    </message>
    <message>
        <source>每人金额</source>
        <translation>Amount each</translation>
    </message>
    <message>
        <source>{month}过生日的在会会员每人发放（元）：</source>
        <translation>Amount for each active member with a birthday in {month} (yuan):</translation>
    </message>
    <message>
        <source>将向 {n} 人发放，共 {total} 元；{skipped} 人不符合条件被跳过。确认发放吗？</source>
        <translation>{n} members will be paid, {total} yuan in total; {skipped} are skipped as not eligible. Issue now?</translation>
    </message>
    <message>
        <source>签字表</source>
        <translation>Sign-off sheets</translation>
    </message>
    <message>
        <source>{item}：哪个月的签字表？</source>
        <translation>{item}: sign-off sheets of which month?</translation>
    </message>
    <message>
        <source>保存签字表</source>
        <translation>Save sign-off sheets</translation>
    </message>
    <message>
        <source>{item}签字表-{month}.pdf</source>
        <translation>{item}-signoff-{month}.pdf</translation>
    </message>
    <message>
        <source>签字表已保存（{n} 人）：{path}</source>
        <translation>Sign-off sheets saved ({n} members): {path}</translation>
    </message>
    <message>
        <source>正在生成签字表…</source>
        <translation>Making the sign-off sheets…</translation>
    </message>
    <message>
        <source>已勾记 {n} 笔为已签领。</source>
        <translation>Marked {n} payments signed for.</translation>
    </message>
</context>
</TS>
