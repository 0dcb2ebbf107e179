<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>从会员名册选择参赛选手</source>
        <translation>Choose contestants from the member register</translation>
    </message>
    <message>
        <source>姓名、拼音首字母或工号</source>
        <translation>Name, pinyin initials or employee number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>按住 Ctrl 或 Shift 可多选；已报名的会员会自动跳过。</source>
        <translation>Hold Ctrl or Shift to select several; members already entered are skipped.</translation>
    </message>
    <message>
        <source>添加所选会员</source>
        <translation>Add selected members</translation>
    </message>
</context>
<context>
    <name>ContestDefinition</name>
    <message>
        <source>竞赛名称</source>
        <translation>Contest name</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>应在 2000～2100 之间</source>
        <translation>must be between 2000 and 2100</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>保留小数位数</source>
        <translation>Decimal places</translation>
    </message>
    <message>
        <source>应在 0～4 之间</source>
        <translation>must be between 0 and 4</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>至少需要一个科目</source>
        <translation>at least one event is needed</translation>
    </message>
    <message>
        <source>科目编号不能重复</source>
        <translation>event codes must be unique</translation>
    </message>
    <message>
        <source>科目权重</source>
        <translation>Event weights</translation>
    </message>
    <message>
        <source>各科目权重之和应为 100%，现为 {total}%</source>
        <translation>event weights must add up to 100%, now {total}%</translation>
    </message>
    <message>
        <source>科目“{name}”</source>
        <translation>Event &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>编号和名称不能为空</source>
        <translation>code and name must not be empty</translation>
    </message>
    <message>
        <source>类型应为 theory（理论）或 practical（实操）</source>
        <translation>type must be theory or practical</translation>
    </message>
    <message>
        <source>权重应在 0～100% 之间，最多两位小数</source>
        <translation>weight must be between 0 and 100%, at most two decimals</translation>
    </message>
    <message>
        <source>汇总规则应为 mean（平均）或 trimmed（去掉最高最低后平均）</source>
        <translation>aggregation must be mean or trimmed (drop highest and lowest, then mean)</translation>
    </message>
    <message>
        <source>去掉最高最低分时，评委人数下限至少应为去掉人数的两倍加一</source>
        <translation>when dropping marks, the minimum number of judges must be at least twice the number dropped plus one</translation>
    </message>
    <message>
        <source>至少需要一个评分细则</source>
        <translation>at least one scoring item is needed</translation>
    </message>
    <message>
        <source>细则编号不能重复</source>
        <translation>item codes must be unique</translation>
    </message>
    <message>
        <source>细则“{name}”</source>
        <translation>Item &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>类型应为 measured（客观测量）或 judged（评委评分）</source>
        <translation>type must be measured or judged</translation>
    </message>
    <message>
        <source>满分应在 0～1000 之间，最多两位小数</source>
        <translation>maximum must be between 0 and 1000, at most two decimals</translation>
    </message>
    <message>
        <source>权重应大于 0，最多两位小数</source>
        <translation>weight must be above 0, at most two decimals</translation>
    </message>
    <message>
        <source>并列名次规则</source>
        <translation>Tie-break rules</translation>
    </message>
    <message>
        <source>“{rule}”指向不存在的科目或细则</source>
        <translation>&quot;{rule}&quot; refers to an event or item that does not exist</translation>
    </message>
    <message>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>名额方式应为 count（人数）或 percent（比例）</source>
        <translation>mode must be count or percent</translation>
    </message>
    <message>
        <source>奖项名称不能为空，名额不能为负数</source>
        <translation>award names must not be empty and amounts not negative</translation>
    </message>
    <message>
        <source>奖项“{label}”</source>
        <translation>Award “{label}”</translation>
    </message>
    <message>
        <source>按人数设奖时名额应为整数</source>
        <translation>must be a whole number of people when awards go by count</translation>
    </message>
    <message>
        <source>名额最多两位小数</source>
        <translation>at most two decimal places</translation>
    </message>
    <message>
        <source>各奖项比例之和不能超过 100%</source>
        <translation>award percentages must not add up to more than 100%</translation>
    </message>
    <message>
        <source>科目“{names}”已指派评委，不能删除或更改编号；请先在“评委”页取消指派。</source>
        <translation>Event “{names}” has judges assigned, so it cannot be removed or have its code changed; first remove the assignments on the Judges page.</translation>
    </message>
    <message>
        <source>已有评分，不能再修改科目和评分细则；只能修改名称、日期、场地等信息。</source>
        <translation>Marks exist already: events and items can no longer change; only the name, dates, venue and similar details can.</translation>
    </message>
    <message>
        <source>缺少此项</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>应为数字</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>日期应写成 2026-05-01</source>
        <translation>dates are written like 2026-05-01</translation>
    </message>
    <message>
        <source>类型不正确</source>
        <translation>wrong type</translation>
    </message>
    <message>
        <source>这不是竞赛方案文件。</source>
        <translation>This is not a contest definition file.</translation>
    </message>
    <message>
        <source>竞赛方案文件的版本不受支持，请升级程序。</source>
        <translation>This contest definition file&apos;s version is not supported; please upgrade the program.</translation>
    </message>
    <message>
        <source>第 {n} 个科目的 </source>
        <translation>event {n}: </translation>
    </message>
    <message>
        <source>第 {n} 个科目第 {m} 个细则的 </source>
        <translation>event {n}, item {m}: </translation>
    </message>
    <message>
        <source>奖项 </source>
        <translation>Award </translation>
    </message>
    <message>
        <source>文件过大，不是竞赛方案文件。</source>
        <translation>The file is too large to be a contest definition file.</translation>
    </message>
    <message>
        <source>无法读取竞赛方案文件“{name}”：文件损坏或格式不正确。</source>
        <translation>Cannot read the contest definition file &quot;{name}&quot;: it is damaged or not in the right format.</translation>
    </message>
</context>
<context>
    <name>ContestEditing</name>
    <message>
        <source>成绩已锁定，竞赛方案不能再修改。如需沿用此方案，请“复制为新竞赛”。</source>
        <translation>The results are locked, so the scheme can no longer be changed. To reuse this scheme, use “Copy as new contest”.</translation>
    </message>
    <message>
        <source>已录入 {n} 条评分，科目和评分细则不能再修改（评分依附于细则）；名称、日期、场地、名次与奖项仍可修改。如需调整科目或细则，请“复制为新竞赛”。</source>
        <translation>{n} marks have been entered, so events and scoring items can no longer change (marks belong to the items); name, dates, venue, ranking and awards can still be edited. To change events or items, use “Copy as new contest”.</translation>
    </message>
    <message>
        <source>{name}（副本）</source>
        <translation>{name} (copy)</translation>
    </message>
</context>
<context>
    <name>ContestJudgeCheck</name>
    <message>
        <source>科目“{event}”还没有指派评委。</source>
        <translation>Event “{event}” has no judges yet.</translation>
    </message>
    <message>
        <source>科目“{event}”：评委{judge}与 {n} 名选手同属{branch}（未启用回避规则）。</source>
        <translation>Event “{event}”: judge {judge} belongs to {branch} like {n} contestants (conflict-of-interest rule is off).</translation>
    </message>
    <message>
        <source>科目“{event}”：{branch}的 {n} 名选手与全部评委同属一个分工会，回避后无人评分。</source>
        <translation>Event “{event}”: the {n} contestants of {branch} share a branch with every judge; nobody may mark them.</translation>
    </message>
    <message>
        <source>科目“{event}”：{branch}的 {n} 名选手回避后只有 {k} 名评委，按平均分计算，不像其他选手那样去掉最高最低分。</source>
        <translation>Event “{event}”: the {n} contestants of {branch} keep only {k} judges after the conflict rule, so they get a plain mean instead of dropping the highest and lowest marks like the others.</translation>
    </message>
    <message>
        <source>科目“{event}”：负责录入客观测量项的评委{judge}须回避{branch}，该分工会 {n} 名选手的客观测量项将无人录入。</source>
        <translation>Event “{event}”: judge {judge}, who enters the measured items, must stand aside for {branch}; nobody will enter the measured items of its {n} contestants.</translation>
    </message>
</context>
<context>
    <name>ContestMarks</name>
    <message>
        <source>分数必须是数字</source>
        <translation>The mark must be a number</translation>
    </message>
    <message>
        <source>分数不能为负数</source>
        <translation>The mark cannot be negative</translation>
    </message>
    <message>
        <source>分数最多保留两位小数</source>
        <translation>The mark may have at most two decimals</translation>
    </message>
    <message>
        <source>“{text}”不是有效的分数</source>
        <translation>&quot;{text}&quot; is not a valid mark</translation>
    </message>
    <message>
        <source>分数 {value} 超出范围（0～{max}）</source>
        <translation>Mark {value} is out of range (0–{max})</translation>
    </message>
    <message>
        <source>{judge}（{event}）的评分与已导入的完全相同，未作任何更改。</source>
        <translation>The marks of {judge} ({event}) are exactly the same as those already imported; nothing was changed.</translation>
    </message>
    <message>
        <source>{judge}（{event}）：新增 {added} 个评分，修改 {changed} 个，删除 {removed} 个，未变 {same} 个。</source>
        <translation>{judge} ({event}): {added} marks added, {changed} changed, {removed} removed, {same} unchanged.</translation>
    </message>
    <message>
        <source>第 {row} 行：</source>
        <translation>Row {row}: </translation>
    </message>
    <message>
        <source>参赛号 {bib} 不是本竞赛的选手</source>
        <translation>bib {bib} is not a contestant of this contest</translation>
    </message>
    <message>
        <source>参赛号 {bib}：评分细则不属于科目“{event}”</source>
        <translation>bib {bib}: the item does not belong to event &quot;{event}&quot;</translation>
    </message>
    <message>
        <source>参赛号 {bib}：“{item}”是客观测量项，该评委不负责录入</source>
        <translation>bib {bib}: &quot;{item}&quot; is a measured item this judge does not record</translation>
    </message>
    <message>
        <source>参赛号 {bib}“{item}”的分数 {value} 超出范围（0～{max}）</source>
        <translation>bib {bib} &quot;{item}&quot;: mark {value} is out of range (0–{max})</translation>
    </message>
    <message>
        <source>参赛号 {bib} 与评委 {judge} 同属一个分工会，按回避规则不能由其评分</source>
        <translation>bib {bib} is in the same branch union as judge {judge} and may not be marked by them (conflict of interest)</translation>
    </message>
    <message>
        <source>参赛号 {bib}“{item}”出现了两次</source>
        <translation>bib {bib} &quot;{item}&quot; appears twice</translation>
    </message>
    <message>
        <source>{judge}（{event}）的评分未导入，没有写入任何数据：</source>
        <translation>The marks of {judge} ({event}) were not imported; nothing was written:</translation>
    </message>
    <message>
        <source>……另有 {n} 个问题</source>
        <translation>…and {n} more problems</translation>
    </message>
</context>
<context>
    <name>ContestPackage</name>
    <message>
        <source>评分密钥格式不正确，请对照密钥单重新输入。</source>
        <translation>The marking key is not in the right format; please type it again from the key slip.</translation>
    </message>
    <message>
        <source>评分包文件已损坏、被截断或不是本系统生成的评分包。</source>
        <translation>The judge package is damaged, truncated or not made by this program.</translation>
    </message>
    <message>
        <source>文件过大</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>评分包版本不受支持，请使用相同版本的程序。</source>
        <translation>This judge package version is not supported; please use the same version of the program.</translation>
    </message>
    <message>
        <source>内容过多</source>
        <translation>too much content</translation>
    </message>
    <message>
        <source>该竞赛还没有指派评委，无法导出评分包。</source>
        <translation>No judges are assigned to this contest yet, so no packages can be exported.</translation>
    </message>
    <message>
        <source>评委评分密钥单（请分别交给各位评委本人，与评分包分开传递）</source>
        <translation>Judges&apos; marking keys (hand each judge their own key, separately from the package)</translation>
    </message>
    <message>
        <source>评分包属于另一个竞赛（“{name}”），本数据库中没有该竞赛。</source>
        <translation>The package belongs to another contest (&quot;{name}&quot;), which is not in this database.</translation>
    </message>
    <message>
        <source>评分包中的科目不属于竞赛“{name}”。</source>
        <translation>The event in the package does not belong to contest &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{judge} 未被指派为“{event}”的评委，评分包不能导入。</source>
        <translation>{judge} is not assigned as a judge of &quot;{event}&quot;; the package cannot be imported.</translation>
    </message>
    <message>
        <source>评分包签名不符：文件在评分程序之外被修改过，或不是该评委的评分包。未导入任何评分。</source>
        <translation>The package signature does not match: the file was changed outside the marking program, or it is not this judge&apos;s package. No marks were imported.</translation>
    </message>
    <message>
        <source>这是尚未评分的空白评分包，请导入评委“完成并签名”后生成的文件。</source>
        <translation>This is a blank package that has not been marked; import the file written by the judge&apos;s &quot;Finish and sign&quot;.</translation>
    </message>
    <message>
        <source>这是 {judge} 较早的评分包（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。</source>
        <translation>This is an older package of {judge} (version {seq}); version {last} has already been imported and cannot be overwritten by an older one.</translation>
    </message>
    <message>
        <source>无法读取文件“{name}”。</source>
        <translation>Cannot read the file &quot;{name}&quot;.</translation>
    </message>
</context>
<context>
    <name>ContestResults</name>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>参赛号</source>
        <translation>Bib</translation>
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
        <source>总成绩</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>成绩不完整，未排名</source>
        <translation>Incomplete marks, not ranked</translation>
    </message>
    <message>
        <source>偏离较大</source>
        <translation>Large deviation</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>评委统计</source>
        <translation>Judge statistics</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>比较的评分数</source>
        <translation>Marks compared</translation>
    </message>
    <message>
        <source>平均偏离（%）</source>
        <translation>Mean deviation (%)</translation>
    </message>
    <message>
        <source>平均绝对偏离（%）</source>
        <translation>Mean absolute deviation (%)</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>计分规则</source>
        <translation>Scoring rules</translation>
    </message>
    <message>
        <source>{name}成绩表</source>
        <translation>{name} result sheet</translation>
    </message>
    <message>
        <source>年度：{year}</source>
        <translation>Year: {year}</translation>
    </message>
    <message>
        <source>工种：{trade}</source>
        <translation>Trade: {trade}</translation>
    </message>
    <message>
        <source>基地：{base}</source>
        <translation>Base: {base}</translation>
    </message>
    <message>
        <source>地点：{venue}</source>
        <translation>Venue: {venue}</translation>
    </message>
    <message>
        <source>成绩已于 {at} 由 {who} 锁定。</source>
        <translation>Results locked on {at} by {who}.</translation>
    </message>
    <message>
        <source>注意：锁定后评分数据发生过变化！</source>
        <translation>Warning: the marks have changed since locking!</translation>
    </message>
    <message>
        <source>成绩尚未锁定，仅供核对。</source>
        <translation>Results are not locked yet; for checking only.</translation>
    </message>
    <message>
        <source>评委评分偏离统计（与同组其他评委平均分之差，占满分的百分比）</source>
        <translation>Judge deviation (difference from the mean of the other judges on the panel, as a percentage of the maximum)</translation>
    </message>
    <message>
        <source>平均偏离</source>
        <translation>Mean deviation</translation>
    </message>
    <message>
        <source>平均绝对偏离</source>
        <translation>Mean absolute deviation</translation>
    </message>
    <message>
        <source>
评委签字：＿＿＿＿＿＿＿＿&#x3000;&#x3000;&#x3000;监审签字：＿＿＿＿＿＿＿＿&#x3000;&#x3000;&#x3000;日期：＿＿＿＿＿＿</source>
        <translation>
Judges&apos; signature: ________   Supervisor&apos;s signature: ________   Date: ______</translation>
    </message>
    <message>
        <source>{name} · 成绩表</source>
        <translation>{name} · result sheet</translation>
    </message>
    <message>
        <source>{n} 名及以上评委评分时去掉 {d} 个最高分和 {d} 个最低分后取平均，否则取平均</source>
        <translation>with {n} or more judges the {d} highest and {d} lowest marks are dropped before the mean, otherwise the plain mean</translation>
    </message>
    <message>
        <source>各评委评分取平均</source>
        <translation>mean of all judges&apos; marks</translation>
    </message>
    <message>
        <source>{name}（权重 {w}%）：{agg}；科目成绩 = Σ 细则得分 × 细则权重</source>
        <translation>{name} (weight {w}%): {agg}; event score = Σ item mark × item weight</translation>
    </message>
    <message>
        <source>总成绩 = Σ 科目成绩 × 科目权重；科目成绩和总成绩均四舍五入保留 {p} 位小数</source>
        <translation>Final score = Σ event score × event weight; event and final scores are rounded half up to {p} decimals</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>总成绩相同时依次比较：{order}；仍相同则名次并列</source>
        <translation>Equal final scores are compared by: {order}; if still equal, the rank is shared</translation>
    </message>
    <message>
        <source>名</source>
        <translation> places</translation>
    </message>
    <message>
        <source>奖项名额：{text}；名次并列者获同一奖项</source>
        <translation>Award places: {text}; contestants sharing a rank receive the same award</translation>
    </message>
    <message>
        <source>{name}成绩高者在前</source>
        <translation>higher {name} score first</translation>
    </message>
    <message>
        <source>“{name}”得分高者在前</source>
        <translation>higher &quot;{name}&quot; mark first</translation>
    </message>
    <message>
        <source>成绩已经锁定。</source>
        <translation>The results are already locked.</translation>
    </message>
    <message>
        <source>还没有任何评分，不能锁定成绩。</source>
        <translation>There are no marks yet; the results cannot be locked.</translation>
    </message>
    <message>
        <source>锁定成绩：{name}</source>
        <translation>Results locked: {name}</translation>
    </message>
    <message>
        <source>解锁必须写明理由（至少 4 个字），理由将记入审计日志。</source>
        <translation>Unlocking needs a written reason (at least 4 characters); it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>成绩没有锁定。</source>
        <translation>The results are not locked.</translation>
    </message>
    <message>
        <source>解锁成绩：{name}；理由：{reason}</source>
        <translation>Results unlocked: {name}; reason: {reason}</translation>
    </message>
    <message>
        <source>竞赛“{name}”的成绩尚未锁定，锁定后才能制作证书。</source>
        <translation>The results of contest &quot;{name}&quot; are not locked yet; certificates can be made only after locking.</translation>
    </message>
</context>
<context>
    <name>ContestSheets</name>
    <message>
        <source>找不到该评委分配。</source>
        <translation>Judge assignment not found.</translation>
    </message>
    <message>
        <source>{contest} 评分表</source>
        <translation>{contest} marking sheet</translation>
    </message>
    <message>
        <source>参赛号</source>
        <translation>Bib</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name}（满分 {max}）</source>
        <translation>{name} (max {max})</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>请在分数列填写该评委在纸质评分表上的分数，最多两位小数；不要修改参赛号和表头。</source>
        <translation>Fill in the marks from this judge&apos;s paper marking sheet, at most two decimals; do not change the bibs or the header.</translation>
    </message>
    <message>
        <source>文件中没有“{label}”，这不是本系统导出的评分表。</source>
        <translation>The file has no &quot;{label}&quot;; it is not a marking sheet exported by this program.</translation>
    </message>
    <message>
        <source>评分表属于另一个竞赛，本数据库中没有该竞赛或科目。</source>
        <translation>The marking sheet belongs to another contest; that contest or event is not in this database.</translation>
    </message>
    <message>
        <source>评分表上的评委未被指派到科目“{event}”，不能导入。</source>
        <translation>The judge on the marking sheet is not assigned to event &quot;{event}&quot;; it cannot be imported.</translation>
    </message>
</context>
<context>
    <name>Contests</name>
    <message>
        <source>找不到该竞赛。</source>
        <translation>Contest not found.</translation>
    </message>
    <message>
        <source>竞赛“{name}”的成绩已锁定，不能再修改评分。如需更正，请由管理员填写理由后解锁。</source>
        <translation>The results of contest &quot;{name}&quot; are locked; marks can no longer change. To correct them, an administrator must unlock with a written reason.</translation>
    </message>
    <message>
        <source>只有竞赛管理员可以执行此操作。</source>
        <translation>Only a contest administrator can do this.</translation>
    </message>
    <message>
        <source>找不到所选会员。</source>
        <translation>The selected member was not found.</translation>
    </message>
    <message>
        <source>{name} 不是在会会员，不能报名。</source>
        <translation>{name} is not an active member and cannot be entered.</translation>
    </message>
    <message>
        <source>找不到该选手。</source>
        <translation>Contestant not found.</translation>
    </message>
    <message>
        <source>选手 {bib} 号已有评分，不能删除。</source>
        <translation>Contestant {bib} already has marks and cannot be removed.</translation>
    </message>
    <message>
        <source>参赛号</source>
        <translation>Bib</translation>
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
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>找不到该科目。</source>
        <translation>Event not found.</translation>
    </message>
    <message>
        <source>只能指派角色为“评委”的有效账号。</source>
        <translation>Only active accounts with the judge role can be assigned.</translation>
    </message>
    <message>
        <source>{name} 已是该科目的评委。</source>
        <translation>{name} is already a judge of this event.</translation>
    </message>
    <message>
        <source>找不到该评委分配。</source>
        <translation>Judge assignment not found.</translation>
    </message>
    <message>
        <source>该评委已提交评分，不能取消分配。</source>
        <translation>This judge has already returned marks and cannot be unassigned.</translation>
    </message>
    <message>
        <source>技能竞赛获奖名单</source>
        <translation>Skill-contest prize winners</translation>
    </message>
</context>
<context>
    <name>ContestsTab</name>
    <message>
        <source>竞赛</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>显示全部</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>新建竞赛…</source>
        <translation>New contest…</translation>
    </message>
    <message>
        <source>编辑方案…</source>
        <translation>Edit scheme…</translation>
    </message>
    <message>
        <source>复制为新竞赛…</source>
        <translation>Copy as new contest…</translation>
    </message>
    <message>
        <source>导入方案…</source>
        <translation>Import scheme…</translation>
    </message>
    <message>
        <source>导出方案…</source>
        <translation>Export definition…</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>参赛选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>竞赛方案</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>从会员名册添加…</source>
        <translation>Add from member register…</translation>
    </message>
    <message>
        <source>删除所选选手</source>
        <translation>Remove selected contestants</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>取消指派</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>导出评分包…</source>
        <translation>Export judge packages…</translation>
    </message>
    <message>
        <source>导出纸质评分表…</source>
        <translation>Export paper marking sheets…</translation>
    </message>
    <message>
        <source>评分包只含参赛号和姓名；与评委同一分工会的选手按回避规则不出现在其评分包中。密钥单与评分包请分开交给评委。</source>
        <translation>Packages hold only bib numbers and names; contestants from a judge&apos;s own branch union are left out of that judge&apos;s package. Hand out key slips separately from the packages.</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>还没有竞赛</source>
        <translation>No contests yet</translation>
    </message>
    <message>
        <source>部署</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>题库下发</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>练兵</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>比武</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>共 {n} 名选手</source>
        <translation>{n} contestants</translation>
    </message>
    <message>
        <source>去掉 {n} 个最高分和最低分（{m} 人及以上评委时）</source>
        <translation>drop the {n} highest and lowest marks (with {m} or more judges)</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>客观测量</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>评委评分</source>
        <translation>Judged</translation>
    </message>
    <message>
        <source>成绩保留 {n} 位小数，四舍五入</source>
        <translation>Scores kept to {n} decimal places, rounded half up</translation>
    </message>
    <message>
        <source>评委回避本分工会的选手</source>
        <translation>Judges stand aside for contestants of their own branch</translation>
    </message>
    <message>
        <source>不启用回避规则</source>
        <translation>No conflict-of-interest rule</translation>
    </message>
    <message>
        <source>“{name}”高者在前</source>
        <translation>higher “{name}” first</translation>
    </message>
    <message>
        <source>总分相同时：{order}</source>
        <translation>On equal totals: {order}</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>奖项：</source>
        <translation>Awards: </translation>
    </message>
    <message>
        <source>所属：{b}（回避）</source>
        <translation>Member of: {b} (conflict of interest)</translation>
    </message>
    <message>
        <source>负责录入客观测量项</source>
        <translation>records the measured items</translation>
    </message>
    <message>
        <source>已导入第 {n} 版评分包</source>
        <translation>package version {n} imported</translation>
    </message>
    <message>
        <source>尚未交回</source>
        <translation>not returned yet</translation>
    </message>
    <message>
        <source>评委安排提示：</source>
        <translation>Judge line-up notes:</translation>
    </message>
    <message>
        <source>已添加 {n} 名选手。</source>
        <translation>{n} contestants added.</translation>
    </message>
    <message>
        <source>请先在列表中选中要取消的评委分配。</source>
        <translation>First select the judge assignment to remove in the list.</translation>
    </message>
    <message>
        <source>取消“{text}”的评委分配？</source>
        <translation>Remove the judge assignment “{text}”?</translation>
    </message>
    <message>
        <source>选择保存评分包的文件夹</source>
        <translation>Choose the folder for the judge packages</translation>
    </message>
    <message>
        <source>正在导出评分包…</source>
        <translation>Exporting judge packages…</translation>
    </message>
    <message>
        <source>已导出 {n} 个评分包和评委密钥单到：
{folder}</source>
        <translation>Exported {n} packages and the key slip to:
{folder}</translation>
    </message>
    <message>
        <source>选择保存评分表的文件夹</source>
        <translation>Choose the folder for the marking sheets</translation>
    </message>
    <message>
        <source>正在导出评分表…</source>
        <translation>Exporting marking sheets…</translation>
    </message>
    <message>
        <source>已导出 {n} 张评分表。</source>
        <translation>Exported {n} marking sheets.</translation>
    </message>
    <message>
        <source>复制为新竞赛</source>
        <translation>Copy as new contest</translation>
    </message>
    <message>
        <source>新竞赛的年度（方案沿用，日期清空）：</source>
        <translation>Year of the new contest (scheme kept, dates cleared):</translation>
    </message>
    <message>
        <source>选择竞赛方案文件</source>
        <translation>Choose a contest definition file</translation>
    </message>
    <message>
        <source>竞赛方案 (*.json)</source>
        <translation>Contest definition (*.json)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>新竞赛的年度：</source>
        <translation>Year of the new contest:</translation>
    </message>
    <message>
        <source>保存竞赛方案</source>
        <translation>Save contest definition</translation>
    </message>
    <message>
        <source>已导出竞赛方案，明年可按此方案新建竞赛。</source>
        <translation>Definition exported; next year&apos;s contest can start from it.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>科目（各科目权重之和应为 100%）</source>
        <translation>Events (weights must add up to 100%)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>科目编号，用于方案文件和并列名次规则</source>
        <translation>Event code, used in the scheme file and tie-break rules</translation>
    </message>
    <message>
        <source>科目名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>理论</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>实操</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>权重 %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>汇总规则</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>去掉最高最低分</source>
        <translation>Drop highest and lowest</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Plain mean</translation>
    </message>
    <message>
        <source>各评委给分如何合成一个细则得分</source>
        <translation>How the judges&apos; marks combine into one item mark</translation>
    </message>
    <message>
        <source>去掉个数</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>去掉几个最高分和几个最低分</source>
        <translation>How many highest and lowest marks to drop</translation>
    </message>
    <message>
        <source>评委≥</source>
        <translation>Judges ≥</translation>
    </message>
    <message>
        <source>评委人数达到此数时才去掉最高最低分，否则按平均分</source>
        <translation>Drop highest and lowest only with at least this many judges; otherwise a plain mean</translation>
    </message>
    <message>
        <source>添加科目</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>删除科目</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>评分细则</source>
        <translation>Scoring item</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Max marks</translation>
    </message>
    <message>
        <source>权重 ×</source>
        <translation>Weight ×</translation>
    </message>
    <message>
        <source>细则得分乘以此数后计入科目得分，通常为 1</source>
        <translation>The item mark is multiplied by this before it counts towards the event score; usually 1</translation>
    </message>
    <message>
        <source>评分方式</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>评委评分</source>
        <translation>Judged</translation>
    </message>
    <message>
        <source>客观测量</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>客观测量项（如用时、试卷分）由一名评委录入</source>
        <translation>Measured items (time taken, paper score) are entered by one judge</translation>
    </message>
    <message>
        <source>添加细则</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除细则</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>“{name}”的评分细则</source>
        <translation>Scoring items of “{name}”</translation>
    </message>
    <message>
        <source>未命名科目</source>
        <translation>unnamed event</translation>
    </message>
    <message>
        <source>评分细则（请先选择一个科目）</source>
        <translation>Scoring items (select an event first)</translation>
    </message>
    <message>
        <source>权重合计：{total}%</source>
        <translation>Weights total: {total}%</translation>
    </message>
    <message>
        <source>（应为 100%）</source>
        <translation> (must be 100%)</translation>
    </message>
    <message>
        <source>本科目满分：{total}</source>
        <translation>Event maximum: {total}</translation>
    </message>
    <message>
        <source>第 {n} 个科目“{name}”</source>
        <translation>Event {n} “{name}”</translation>
    </message>
    <message>
        <source>权重“{text}”不是数字</source>
        <translation>weight “{text}” is not a number</translation>
    </message>
    <message>
        <source>{where}第 {m} 个细则“{name}”</source>
        <translation>{where}, item {m} “{name}”</translation>
    </message>
    <message>
        <source>满分“{text}”不是数字</source>
        <translation>max marks “{text}” is not a number</translation>
    </message>
    <message>
        <source>科目“{name}”得分高者在前</source>
        <translation>Higher score in event “{name}” first</translation>
    </message>
    <message>
        <source>细则“{event}／{item}”得分高者在前</source>
        <translation>Higher mark in item “{event} / {item}” first</translation>
    </message>
</context>
<context>
    <name>JudgeMode</name>
    <message>
        <source>无法打开评分包“{name}”。</source>
        <translation>Cannot open the judge package &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>密钥与评分包不符：请核对密钥单上的密钥，或确认评分包没有被修改。</source>
        <translation>The key does not match the package: check the key on the key slip, or whether the package was changed.</translation>
    </message>
    <message>
        <source>参赛号 {bib}“{item}”未评分</source>
        <translation>bib {bib} &quot;{item}&quot; is not marked</translation>
    </message>
    <message>
        <source>参赛号 {bib}“{item}”：{reason}</source>
        <translation>bib {bib} &quot;{item}&quot;: {reason}</translation>
    </message>
    <message>
        <source>请先输入评分密钥。</source>
        <translation>Please enter the marking key first.</translation>
    </message>
    <message>
        <source>
……共 {n} 处</source>
        <translation>
… {n} in all</translation>
    </message>
    <message>
        <source>还有未完成的评分，不能签名：
</source>
        <translation>Some marks are missing or wrong; cannot sign:
</translation>
    </message>
</context>
<context>
    <name>JudgeWindow</name>
    <message>
        <source>评委评分 — {judge} · {event}</source>
        <translation>Judge marking — {judge} · {event}</translation>
    </message>
    <message>
        <source>{contest}&#x3000;|&#x3000;{event}&#x3000;|&#x3000;评委：{judge}</source>
        <translation>{contest}  |  {event}  |  Judge: {judge}</translation>
    </message>
    <message>
        <source>直接输入分数后按回车，自动跳到下一格；每次按键都会立即保存，断电不丢失。全部评完后点“完成并签名”。</source>
        <translation>Type a mark and press Enter to move to the next cell; every keystroke is saved at once, so a power cut loses nothing. When all are marked, click &quot;Finish and sign&quot;.</translation>
    </message>
    <message>
        <source>参赛号</source>
        <translation>Bib</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name}
（满分 {max}）</source>
        <translation>{name}
(max {max})</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>完成并签名</source>
        <translation>Finish and sign</translation>
    </message>
    <message>
        <source>输入评分密钥</source>
        <translation>Enter marking key</translation>
    </message>
    <message>
        <source>请输入密钥单上的评分密钥（32 位字母数字，可带短横线）：</source>
        <translation>Enter the marking key from your key slip (32 letters and digits, dashes allowed):</translation>
    </message>
    <message>
        <source>密钥不正确</source>
        <translation>Wrong key</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已评 {done} / {total} 格</source>
        <translation>{done} / {total} cells marked</translation>
    </message>
    <message>
        <source>&#x3000;|&#x3000;{n} 格分数有误（红色）</source>
        <translation>  |  {n} cells with invalid marks (red)</translation>
    </message>
    <message>
        <source>签名后生成的评分包将交回竞赛办公室导入。确认完成评分并签名吗？</source>
        <translation>The signed package goes back to the contest office for import. Finish marking and sign now?</translation>
    </message>
    <message>
        <source>已签名并保存为：
{path}
请将此文件交给竞赛办公室。</source>
        <translation>Signed and saved as:
{path}
Please hand this file to the contest office.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>技能竞赛</source>
        <translation>Skill contests</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>导入评分包…</source>
        <translation>Import judge packages…</translation>
    </message>
    <message>
        <source>导入纸质评分表…</source>
        <translation>Import paper marking sheet…</translation>
    </message>
    <message>
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>评委评分偏离（与同组其他评委平均分之差，占该细则满分的百分比）</source>
        <translation>Judge deviation (difference from the mean of the other judges on the panel, as a percentage of the item maximum)</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>比较的评分数</source>
        <translation>Marks compared</translation>
    </message>
    <message>
        <source>平均偏离</source>
        <translation>Mean deviation</translation>
    </message>
    <message>
        <source>平均绝对偏离</source>
        <translation>Mean absolute deviation</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>偏离较大，请复核</source>
        <translation>Large deviation, please review</translation>
    </message>
    <message>
        <source>计分规则：</source>
        <translation>Scoring rules: </translation>
    </message>
    <message>
        <source>成绩已于 {at} 由 {who} 锁定</source>
        <translation>Results locked on {at} by {who}</translation>
    </message>
    <message>
        <source>&#x3000;注意：锁定后评分数据有变化！</source>
        <translation>  Warning: the marks have changed since locking!</translation>
    </message>
    <message>
        <source>成绩未锁定（评分 {marks} 个，已排名 {ranked} / {total} 人）</source>
        <translation>Results not locked ({marks} marks, {ranked} / {total} ranked)</translation>
    </message>
    <message>
        <source>选择评委交回的评分包</source>
        <translation>Choose the packages returned by the judges</translation>
    </message>
    <message>
        <source>评分包 (*.uojudge)</source>
        <translation>Judge packages (*.uojudge)</translation>
    </message>
    <message>
        <source>{name}：未导入。{reason}</source>
        <translation>{name}: not imported. {reason}</translation>
    </message>
    <message>
        <source>正在导入评分包…</source>
        <translation>Importing judge packages…</translation>
    </message>
    <message>
        <source>选择已填写的纸质评分表</source>
        <translation>Choose the filled paper marking sheet</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx *.xls)</source>
        <translation>Excel files (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>正在导入评分表…</source>
        <translation>Importing marking sheet…</translation>
    </message>
    <message>
        <source>锁定后评分不能再修改，如需更正须填写理由解锁。确认锁定成绩吗？</source>
        <translation>After locking, marks cannot change unless unlocked with a written reason. Lock the results now?</translation>
    </message>
    <message>
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <source>请写明解锁理由（将记入审计日志）：</source>
        <translation>Write the reason for unlocking (recorded in the audit log):</translation>
    </message>
    <message>
        <source>导出成绩</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx);;PDF 成绩表 (*.pdf);;CSV 文件 (*.csv)</source>
        <translation>Excel file (*.xlsx);;PDF result sheet (*.pdf);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>正在导出成绩…</source>
        <translation>Exporting results…</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>总分相同时的名次（按顺序比较，仍相同则并列）</source>
        <translation>Ranking on equal totals (compared in order; still equal means a shared rank)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>奖项名额</source>
        <translation>Award places</translation>
    </message>
    <message>
        <source>名额方式</source>
        <translation>Places by</translation>
    </message>
    <message>
        <source>按人数（前 N 名）</source>
        <translation>Count (top N)</translation>
    </message>
    <message>
        <source>按比例（前 N%）</source>
        <translation>Percentage (top N%)</translation>
    </message>
    <message>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>名额（人数或 %）</source>
        <translation>Places (people or %)</translation>
    </message>
    <message>
        <source>添加奖项</source>
        <translation>Add award</translation>
    </message>
    <message>
        <source>删除奖项</source>
        <translation>Remove award</translation>
    </message>
    <message>
        <source>名次在分界处并列时，并列者都得较高奖项。</source>
        <translation>Contestants sharing a rank at a cut-off all get the higher award.</translation>
    </message>
    <message>
        <source>{rule}（该科目或细则已不存在，请删除）</source>
        <translation>{rule} (that event or item no longer exists; please remove)</translation>
    </message>
    <message>
        <source>第 {n} 个奖项“{label}”</source>
        <translation>Award {n} “{label}”</translation>
    </message>
    <message>
        <source>名额“{text}”不是数字</source>
        <translation>places “{text}” is not a number</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>复制为新竞赛…</source>
        <translation>Copy as new contest…</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>科目与评分细则</source>
        <translation>Events and scoring items</translation>
    </message>
    <message>
        <source>名次与奖项</source>
        <translation>Ranking and awards</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>新建竞赛</source>
        <translation>New contest</translation>
    </message>
    <message>
        <source>如：2026年电工技能比武</source>
        <translation>e.g. 2026 Electrician Skills Contest</translation>
    </message>
    <message>
        <source>（不限基地）</source>
        <translation>(any base)</translation>
    </message>
    <message>
        <source>如：电工</source>
        <translation>e.g. Electrician</translation>
    </message>
    <message>
        <source>竞赛名称</source>
        <translation>Contest name</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>比武场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>部署</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>题库下发</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>练兵</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>比武</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>评委回避本分工会的选手（评分包中不出现这些选手）</source>
        <translation>Judges stand aside for contestants of their own branch (left out of their packages)</translation>
    </message>
    <message>
        <source>回避规则</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source> 位小数（四舍五入）</source>
        <translation> decimal places (round half up)</translation>
    </message>
    <message>
        <source>成绩保留</source>
        <translation>Scores kept to</translation>
    </message>
    <message>
        <source>评委平均偏离其他评委超过满分的此比例时，在成绩页提示</source>
        <translation>Flag a judge on the results page when their mean deviation from the others exceeds this share of the maximum</translation>
    </message>
    <message>
        <source>评委偏差提示</source>
        <translation>Judge deviation flag</translation>
    </message>
    <message>
        <source>编辑方案：{name}</source>
        <translation>Edit scheme: {name}</translation>
    </message>
    <message>
        <source>请修改以下问题后再保存：</source>
        <translation>Please fix these problems before saving:</translation>
    </message>
    <message>
        <source>复制为新竞赛</source>
        <translation>Copy as new contest</translation>
    </message>
    <message>
        <source>新竞赛的年度（方案沿用，日期清空）：</source>
        <translation>Year of the new contest (scheme kept, dates cleared):</translation>
    </message>
    <message>
        <source>已复制为新竞赛“{name}”，现在编辑的是新竞赛；请填写日期等信息后保存。</source>
        <translation>Copied as the new contest “{name}”; you are now editing the new contest. Fill in the dates and save.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>竞赛参赛人次</source>
        <translation>Contest entries</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>entries</translation>
    </message>
</context>
</TS>
