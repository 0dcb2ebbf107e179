<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ComparePage</name>
    <message>
        <source>得分 = 数值 ÷ 最好分工会的数值 × 权重（越低越好的指标：最好的数值 ÷ 数值 × 权重）。</source>
        <translation>Score = value ÷ best branch union&apos;s value × weight (where lower is better: best value ÷ value × weight).</translation>
    </message>
    <message>
        <source>本季亮点</source>
        <translation>Highlights of the quarter</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>编辑权重…</source>
        <translation>Edit weights…</translation>
    </message>
    <message>
        <source>生成工会简报…</source>
        <translation>Union bulletin…</translation>
    </message>
    <message>
        <source>统计失败</source>
        <translation>Counting failed</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>不计分</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>&#x3000;得分</source>
        <translation>  Score</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>本季度没有可比较的数据。</source>
        <translation>Nothing to compare this quarter.</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{quarter}（{start} 至 {end}）· 权重自 {since} 起用</source>
        <translation>{quarter} ({start} to {end}) · weights in force since {since}</translation>
    </message>
    <message>
        <source>{rank}（{arrow}{n}）</source>
        <translation>{rank} ({arrow}{n})</translation>
    </message>
    <message>
        <source>保存工会简报</source>
        <translation>Save the union bulletin</translation>
    </message>
    <message>
        <source>工会简报（分工会比较）{q}.pdf</source>
        <translation>Union bulletin (branch scorecard) {q}.pdf</translation>
    </message>
    <message>
        <source>已生成工会简报：{path}</source>
        <translation>Union bulletin written: {path}</translation>
    </message>
    <message>
        <source>正在生成工会简报…</source>
        <translation>Writing the union bulletin…</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>分工会比较</source>
        <translation>Branch scorecard</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>{quarter}各分工会得分（按指标累计）</source>
        <translation>{quarter}: branch unions&apos; scores (stacked by indicator)</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>工会简报（分工会比较）{span}.pdf</source>
        <translation>Union bulletin (branch scorecard) {span}.pdf</translation>
    </message>
    <message>
        <source>持平</source>
        <translation>same</translation>
    </message>
    <message>
        <source>↑{n}</source>
        <translation>↑{n}</translation>
    </message>
    <message>
        <source>↓{n}</source>
        <translation>↓{n}</translation>
    </message>
    <message>
        <source>尚未设定权重。</source>
        <translation>No weights set yet.</translation>
    </message>
    <message>
        <source>权重（自 {day} 起用，合计 100）：{parts}。</source>
        <translation>Weights (in force since {day}, totalling 100): {parts}.</translation>
    </message>
    <message>
        <source>工会简报</source>
        <translation>Union bulletin</translation>
    </message>
    <message>
        <source>{quarter}&#x3000;分工会比较&#x3000;&#x3000;编制日期：{day}</source>
        <translation>{quarter}  Branch scorecard    Prepared: {day}</translation>
    </message>
    <message>
        <source>一、排名</source>
        <translation>1. Ranking</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>上季度名次</source>
        <translation>Rank last quarter</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>{quarter}各分工会总分</source>
        <translation>{quarter}: branch unions&apos; total scores</translation>
    </message>
    <message>
        <source>二、各项指标</source>
        <translation>2. Indicators</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>{label}（不计分）</source>
        <translation>{label} (not scored)</translation>
    </message>
    <message>
        <source>&#x3000;得分（权重 {w}）</source>
        <translation>  Score (weight {w})</translation>
    </message>
    <message>
        <source>得分 = 数值 ÷ 最好分工会的数值 × 权重（越低越好的指标：最好的数值 ÷ 数值 × 权重）。</source>
        <translation>Score = value ÷ best branch union&apos;s value × weight (where lower is better: best value ÷ value × weight).</translation>
    </message>
    <message>
        <source>三、本季亮点</source>
        <translation>3. Highlights of the quarter</translation>
    </message>
    <message>
        <source>本季度没有可比较的数据。</source>
        <translation>Nothing to compare this quarter.</translation>
    </message>
    <message>
        <source>请至少选择一个季度。</source>
        <translation>Choose at least one quarter.</translation>
    </message>
    <message>
        <source>简报文件名应以 .pdf 结尾。</source>
        <translation>The bulletin&apos;s file name should end in .pdf.</translation>
    </message>
    <message>
        <source>正在统计 {q}…</source>
        <translation>Counting {q}…</translation>
    </message>
    <message>
        <source>正在写入简报…</source>
        <translation>Writing the bulletin…</translation>
    </message>
    <message>
        <source>尚未设定指标权重：各指标只列出数值，不计分。</source>
        <translation>No indicator weights set yet: the indicators are listed with their values, not scored.</translation>
    </message>
    <message>
        <source>以下指标没有权重（权重为 0），只列出、不计分：{names}。</source>
        <translation>These indicators have no weight (weight 0) and are listed but not scored: {names}.</translation>
    </message>
    <message>
        <source>权重表中的指标 {keys} 已无模块提供，其权重未计入。</source>
        <translation>The weight table names indicators {keys} that no module offers any more; their weights are not counted.</translation>
    </message>
    <message>
        <source>{names}以 {total} 分位列第一。</source>
        <translation>{names} ranks first with {total} points.</translation>
    </message>
    <message>
        <source>{label}：{names}最好（{value}）。</source>
        <translation>{label}: {names} is best ({value}).</translation>
    </message>
    <message>
        <source>进步最大：{name}由上季度第 {before} 名升至第 {now} 名。</source>
        <translation>Biggest climb: {name} rose from rank {before} last quarter to rank {now}.</translation>
    </message>
    <message>
        <source>提高</source>
        <translation>rose</translation>
    </message>
    <message>
        <source>下降</source>
        <translation>fell</translation>
    </message>
    <message>
        <source>变化最大的指标：{name}的{label}由 {before} {verb}到 {now}。</source>
        <translation>Biggest change: {name}&apos;s {label} {verb} from {before} to {now}.</translation>
    </message>
    <message>
        <source>季度“{text}”格式不正确，应如 2026Q3。</source>
        <translation>Quarter &quot;{text}&quot; is not written correctly; write it like 2026Q3.</translation>
    </message>
    <message>
        <source>{year} 年第 {n} 季度</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>各项指标权重之和必须等于 {total}</source>
        <translation>the indicator weights must add up to {total}</translation>
    </message>
    <message>
        <source>起用季度</source>
        <translation>From quarter</translation>
    </message>
    <message>
        <source>权重从季度的第一天起用（如 2026-10-01），不能是 {day}</source>
        <translation>Weights start on the first day of a quarter (such as 2026-10-01), not on {day}</translation>
    </message>
    <message>
        <source>没有这个比较指标</source>
        <translation>No such indicator</translation>
    </message>
    <message>
        <source>权重应在 0–{total} 之间</source>
        <translation>A weight must be between 0 and {total}</translation>
    </message>
    <message>
        <source>权重合计</source>
        <translation>Total weight</translation>
    </message>
    <message>
        <source>权重合计为 {total}，不符合规则：{rule}</source>
        <translation>The weights total {total}, which breaks the rule: {rule}</translation>
    </message>
</context>
<context>
    <name>ScorecardTab</name>
    <message>
        <source>季度比较</source>
        <translation>Quarter comparison</translation>
    </message>
    <message>
        <source>权重历史</source>
        <translation>Weight history</translation>
    </message>
</context>
<context>
    <name>WeightHistoryPage</name>
    <message>
        <source>每个季度按其第一天起用的权重计分；较早季度的简报仍按当时的权重重印。</source>
        <translation>Each quarter is scored with the weights in force on its first day; an earlier quarter&apos;s bulletin is reprinted with the weights of its time.</translation>
    </message>
    <message>
        <source>起用日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>编辑指标权重</source>
        <translation>Edit indicator weights</translation>
    </message>
    <message>
        <source>权重从所选季度起用，直到下一次设定；各项合计必须等于 100。权重为 0 的指标只列出，不计分。</source>
        <translation>The weights apply from the chosen quarter until the next set; they must add up to 100. An indicator with weight 0 is listed but not scored.</translation>
    </message>
    <message>
        <source>{label}（{day} 起）</source>
        <translation>{label} (from {day})</translation>
    </message>
    <message>
        <source>起用季度</source>
        <translation>From quarter</translation>
    </message>
    <message>
        <source>权重合计</source>
        <translation>Total weight</translation>
    </message>
    <message>
        <source>{total} / 100</source>
        <translation>{total} / 100</translation>
    </message>
</context>
</TS>
