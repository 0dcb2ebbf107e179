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
        <source>按住 Ctrl 或 Shift 可多选；已报名的会员会自动跳过。</source>
        <translation>Hold Ctrl or Shift to select several; members already entered are skipped.</translation>
    </message>
    <message>
        <source>添加所选会员</source>
        <translation>Add selected members</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BankPart</name>
    <message>
        <source>导入题库…</source>
        <translation>Import bank…</translation>
    </message>
    <message>
        <source>题库模板</source>
        <translation>Bank template</translation>
    </message>
    <message>
        <source>导出练习册（PDF）…</source>
        <translation>Export practice booklet (PDF)…</translation>
    </message>
    <message>
        <source>导出题库（.xlsx）…</source>
        <translation>Export bank (.xlsx)…</translation>
    </message>
    <message>
        <source>生成模拟测试…</source>
        <translation>Make a practice test…</translation>
    </message>
    <message>
        <source>版本（每次导入都是新的版本，已有版本不变；组卷使用最新版本）</source>
        <translation>Versions (each import is a new version, earlier ones never change; papers draw from the newest)</translation>
    </message>
    <message>
        <source>练兵期间把练习册和模拟测试发给各分工会；正式试卷在“理论考试”页按组卷要求从最新版本中抽题，考场包中不含答案。</source>
        <translation>Hand the practice booklet and practice tests to the branch unions during the practice months; the real paper is drawn from the newest version on the Theory exam page, and exam packages never carry the answers.</translation>
    </message>
    <message>
        <source>“{trade}”工种题库</source>
        <translation>Question bank of &quot;{trade}&quot;</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>题目数</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>来源文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>知识领域</source>
        <translation>Knowledge area</translation>
    </message>
    <message>
        <source>最新版本（第 {n} 版）按知识领域和题型：</source>
        <translation>Newest version ({n}) by knowledge area and kind:</translation>
    </message>
    <message>
        <source>还没有题库：请导入（可先下载题库模板）。</source>
        <translation>No bank yet: import one (download the bank template first if needed).</translation>
    </message>
    <message>
        <source>已导入 {n} 道题，成为新的题库版本。</source>
        <translation>{n} questions imported as a new bank version.</translation>
    </message>
    <message>
        <source>选择题库表格</source>
        <translation>Choose the question bank workbook</translation>
    </message>
    <message>
        <source>试题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>保存题库模板</source>
        <translation>Save the bank template</translation>
    </message>
    <message>
        <source>题库导入模板.xlsx</source>
        <translation>Question bank template.xlsx</translation>
    </message>
    <message>
        <source>练习题库.pdf</source>
        <translation>Practice bank.pdf</translation>
    </message>
    <message>
        <source>题库.xlsx</source>
        <translation>Question bank.xlsx</translation>
    </message>
    <message>
        <source>导出题库</source>
        <translation>Export the bank</translation>
    </message>
    <message>
        <source>正在导出题库…</source>
        <translation>Exporting the bank…</translation>
    </message>
    <message>
        <source>保存模拟测试</source>
        <translation>Save the practice test</translation>
    </message>
    <message>
        <source>模拟测试.pdf</source>
        <translation>Practice test.pdf</translation>
    </message>
    <message>
        <source>正在生成模拟测试…</source>
        <translation>Making the practice test…</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ContestBank</name>
    <message>
        <source>题库导入模板.xlsx</source>
        <translation>Question bank template.xlsx</translation>
    </message>
    <message>
        <source>{trade}题库第{n}版</source>
        <translation>{trade} bank v{n}</translation>
    </message>
    <message>
        <source>{trade}模拟测试.pdf</source>
        <translation>{trade} practice test.pdf</translation>
    </message>
    <message>
        <source>题型应为单选题、多选题或判断题</source>
        <translation>The kind should be single choice, multiple choice or true/false</translation>
    </message>
    <message>
        <source>题号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>题型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>知识领域</source>
        <translation>Knowledge area</translation>
    </message>
    <message>
        <source>题干</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>选择题写选项字母（如 B 或 ACD），判断题写“对”或“错”</source>
        <translation>Option letters for choice questions (e.g. B or ACD), 对 or 错 for true/false</translation>
    </message>
    <message>
        <source>没有答案</source>
        <translation>No answer key</translation>
    </message>
    <message>
        <source>判断题的答案应为“对”或“错”</source>
        <translation>A true/false answer should be 对 or 错</translation>
    </message>
    <message>
        <source>选择题至少需要两个选项</source>
        <translation>A choice question needs at least two options</translation>
    </message>
    <message>
        <source>选项{letter}为空，后面的选项却有内容</source>
        <translation>Option {letter} is blank but later options are filled</translation>
    </message>
    <message>
        <source>答案“{text}”应为选项字母，如 B 或 ACD</source>
        <translation>The answer &quot;{text}&quot; should be option letters, e.g. B or ACD</translation>
    </message>
    <message>
        <source>单选题只能有一个答案，现为“{answer}”</source>
        <translation>A single choice question has one answer only, not &quot;{answer}&quot;</translation>
    </message>
    <message>
        <source>多选题至少应有两个答案，现为“{answer}”</source>
        <translation>A multiple choice question needs at least two answers, not &quot;{answer}&quot;</translation>
    </message>
    <message>
        <source>答案中的选项{letters}没有内容</source>
        <translation>Option {letters} in the answer is blank</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>导入后成为“{trade}”题库第 {n} 版；已有的版本不变。</source>
        <translation>Imported as version {n} of the &quot;{trade}&quot; bank; earlier versions stay as they are.</translation>
    </message>
    <message>
        <source>导入“{trade}”题库第 {n} 版：{count} 道题（{file}）</source>
        <translation>Imported version {n} of the &quot;{trade}&quot; bank: {count} questions ({file})</translation>
    </message>
    <message>
        <source>找不到该题库。</source>
        <translation>Question bank not found.</translation>
    </message>
    <message>
        <source>不限知识领域</source>
        <translation>any knowledge area</translation>
    </message>
    <message>
        <source>组卷第 {n} 行</source>
        <translation>Blueprint line {n}</translation>
    </message>
    <message>
        <source>要求{kind}（{area}）{count} 道，题库中只有 {have} 道</source>
        <translation>asks for {count} {kind} ({area}), the bank holds only {have}</translation>
    </message>
    <message>
        <source>题库中没有题目。</source>
        <translation>The bank holds no questions.</translation>
    </message>
    <message>
        <source>对</source>
        <translation>True</translation>
    </message>
    <message>
        <source>错</source>
        <translation>False</translation>
    </message>
    <message>
        <source>{trade}理论知识练习题库（第 {n} 版）</source>
        <translation>{trade} theory practice bank (version {n})</translation>
    </message>
    <message>
        <source>共 {n} 道题：单选题 {s} 道，多选题 {m} 道，判断题 {t} 道。答案附在书后。</source>
        <translation>{n} questions: {s} single choice, {m} multiple choice, {t} true/false. Answers at the end.</translation>
    </message>
    <message>
        <source>参考答案</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>{trade}理论知识模拟测试</source>
        <translation>{trade} theory practice test</translation>
    </message>
    <message>
        <source>共 {n} 题，满分 {total} 分，建议用时 {minutes} 分钟。</source>
        <translation>{n} questions, {total} points, {minutes} minutes suggested.</translation>
    </message>
    <message>
        <source>{n}、{kind}（共 {count} 题，每题 {each} 分）</source>
        <translation>{n}. {kind} ({count} questions, {each} points each)</translation>
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
        <source>合格线</source>
        <translation>Pass line</translation>
    </message>
    <message>
        <source>应在 0～100 之间，最多两位小数</source>
        <translation>should be 0–100 with at most two decimals</translation>
    </message>
    <message>
        <source>晋升技能等级</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>推荐评选荣誉</source>
        <translation>Recommend for honours</translation>
    </message>
    <message>
        <source>“{labels}”不是本竞赛的奖项</source>
        <translation>&quot;{labels}&quot; is not an award of this contest</translation>
    </message>
    <message>
        <source>报名条件</source>
        <translation>Entry rules</translation>
    </message>
    <message>
        <source>技能等级应为 1～5（初级工～高级技师）</source>
        <translation>Skill levels are 1–5 (junior to senior technician)</translation>
    </message>
    <message>
        <source>最低技能等级不能高于最高技能等级</source>
        <translation>The lowest skill level cannot be above the highest</translation>
    </message>
    <message>
        <source>年龄限制应在 16～70 岁之间</source>
        <translation>Age limits should be 16–70</translation>
    </message>
    <message>
        <source>最小年龄不能大于最大年龄</source>
        <translation>The minimum age cannot be above the maximum</translation>
    </message>
    <message>
        <source>每个分工会的名额应为正整数</source>
        <translation>The quota per branch union should be a positive whole number</translation>
    </message>
    <message>
        <source>理论考试组卷</source>
        <translation>Theory paper blueprint</translation>
    </message>
    <message>
        <source>至少需要一行组卷要求</source>
        <translation>At least one blueprint line is needed</translation>
    </message>
    <message>
        <source>考试时长应在 10～600 分钟之间</source>
        <translation>The exam lasts 10–600 minutes</translation>
    </message>
    <message>
        <source>组卷第 {n} 行</source>
        <translation>Blueprint line {n}</translation>
    </message>
    <message>
        <source>题型应为单选题、多选题或判断题</source>
        <translation>The kind should be single choice, multiple choice or true/false</translation>
    </message>
    <message>
        <source>题量应为 1～1000 道</source>
        <translation>Questions per line: 1–1000</translation>
    </message>
    <message>
        <source>每题分值应大于 0，最多两位小数</source>
        <translation>Points per question: above 0, at most two decimals</translation>
    </message>
    <message>
        <source>同一题型的每题分值应相同</source>
        <translation>Questions of one kind are worth the same points</translation>
    </message>
    <message>
        <source>与前面一行的题型和知识领域重复</source>
        <translation>Same kind and area as an earlier line</translation>
    </message>
    <message>
        <source>组卷需要一个理论科目，且该科目只有一个“客观测量”细则（理论试卷得分计入此细则）</source>
        <translation>A paper needs one theory event with exactly one measured item (the paper&apos;s score goes there)</translation>
    </message>
    <message>
        <source>试卷总分 {total} 与细则“{item}”的满分 {max} 不符</source>
        <translation>The paper&apos;s total {total} differs from the maximum {max} of &quot;{item}&quot;</translation>
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
        <source>报名条件 </source>
        <translation>Entry rules </translation>
    </message>
    <message>
        <source>理论考试组卷 </source>
        <translation>Theory paper blueprint </translation>
    </message>
    <message>
        <source>文件过大，不是竞赛方案文件。</source>
        <translation>The file is too large to be a contest definition file.</translation>
    </message>
    <message>
        <source>无法读取竞赛方案文件“{name}”：文件损坏或格式不正确。</source>
        <translation>Cannot read the contest definition file &quot;{name}&quot;: it is damaged or not in the right format.</translation>
    </message>
    <message>
        <source>理论考试权重 {w}% 超过通常的 {usual}%，请确认。</source>
        <translation>The theory weight {w}% is above the usual {usual}%: please confirm.</translation>
    </message>
    <message>
        <source>没有设合格线：排名靠前即可获奖，不论成绩高低。</source>
        <translation>No pass line: a high rank wins an award whatever the score.</translation>
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
    <name>ContestEntries</name>
    <message>
        <source>报名表模板.xlsx</source>
        <translation>Entry list template.xlsx</translation>
    </message>
    <message>
        <source>技能等级应为初级工、中级工、高级工、技师或高级技师（也可写五级～一级）</source>
        <translation>The skill level should be 初级工, 中级工, 高级工, 技师 or 高级技师 (or 五级–一级)</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>会员名册中的工号</source>
        <translation>The employee number in the member register</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>初级工、中级工、高级工、技师、高级技师</source>
        <translation>初级工, 中级工, 高级工, 技师, 高级技师</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>报名表</source>
        <translation>Entry list</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>会员名册中没有工号 {no}：不是会员，不能报名</source>
        <translation>No member with employee number {no}: not a member, cannot enter</translation>
    </message>
    <message>
        <source>工号 {no} 在会员名册中对应多人，请先核对名册</source>
        <translation>Employee number {no} belongs to several members: check the register first</translation>
    </message>
    <message>
        <source>{name} 的会籍状态为“{status}”，不是在会会员</source>
        <translation>{name}&apos;s membership is &quot;{status}&quot;, not in the union</translation>
    </message>
    <message>
        <source>{name} 不属于您负责的分工会</source>
        <translation>{name} is not in a branch union you look after</translation>
    </message>
    <message>
        <source>与名册不符：工号 {no} 在名册中是“{name}”</source>
        <translation>Does not match the register: employee number {no} is &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>本竞赛的工种是“{trade}”，不能报“{given}”</source>
        <translation>This contest is for &quot;{trade}&quot;, not &quot;{given}&quot;</translation>
    </message>
    <message>
        <source>名册中 {name} 的工种是“{given}”，不是“{trade}”</source>
        <translation>The register gives {name}&apos;s trade as &quot;{given}&quot;, not &quot;{trade}&quot;</translation>
    </message>
    <message>
        <source>本竞赛限定技能等级，请填写</source>
        <translation>This contest limits skill levels: fill in the level</translation>
    </message>
    <message>
        <source>{level}低于报名要求（最低{min}）</source>
        <translation>{level} is below the entry rule (lowest {min})</translation>
    </message>
    <message>
        <source>{level}高于报名要求（最高{max}）</source>
        <translation>{level} is above the entry rule (highest {max})</translation>
    </message>
    <message>
        <source>{name} 比赛当天 {age} 岁，不在 {low}～{high} 岁之间</source>
        <translation>{name} is {age} on the contest day, outside {low}–{high}</translation>
    </message>
    <message>
        <source>本竞赛在{base}基地举行，不是“{given}”</source>
        <translation>This contest is held at {base}, not &quot;{given}&quot;</translation>
    </message>
    <message>
        <source>{name} 已报名本竞赛（参赛号 {bib}），不能重复报名</source>
        <translation>{name} is entered already (bib {bib}): no second entry</translation>
    </message>
    <message>
        <source>{name} 已报名同年度同工种的“{contest}”，每人每个工种只能报一项</source>
        <translation>{name} is entered in &quot;{contest}&quot; of the same trade and year: one entry per person per trade</translation>
    </message>
    <message>
        <source>超出分工会名额：每个分工会限报 {n} 人</source>
        <translation>Over the branch quota: {n} entries per branch union</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>文件中没有可导入的报名</source>
        <translation>The file holds no entry to import</translation>
    </message>
    <message>
        <source>{contest}：导入报名表“{file}”，新增 {n} 名选手</source>
        <translation>{contest}: entry list &quot;{file}&quot; imported, {n} contestants added</translation>
    </message>
    <message>
        <source>退赛理由</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <source>请写明退赛理由</source>
        <translation>Please give the reason</translation>
    </message>
    <message>
        <source>{name} 已经退赛。</source>
        <translation>{name} has withdrawn already.</translation>
    </message>
    <message>
        <source>比赛已于 {day} 举行，不能再退赛。</source>
        <translation>The contest took place on {day}: too late to withdraw.</translation>
    </message>
    <message>
        <source>{name}（{bib} 号）已有评分，不能退赛。</source>
        <translation>{name} (bib {bib}) has marks and cannot withdraw.</translation>
    </message>
</context>
<context>
    <name>ContestExam</name>
    <message>
        <source>考场密钥单.txt</source>
        <translation>Exam room keys.txt</translation>
    </message>
    <message>
        <source>竞赛方案中还没有理论考试的组卷要求（在“编辑方案”中设置）。</source>
        <translation>The scheme has no theory paper blueprint yet (set it in Edit scheme).</translation>
    </message>
    <message>
        <source>竞赛方案需要一个理论科目，且该科目只有一个“客观测量”细则。</source>
        <translation>The scheme needs one theory event with exactly one measured item.</translation>
    </message>
    <message>
        <source>还没有“{trade}”工种的题库，请先导入题库。</source>
        <translation>No question bank for &quot;{trade}&quot; yet: import one first.</translation>
    </message>
    <message>
        <source>该题库属于“{trade}”工种，不是本竞赛的工种。</source>
        <translation>That bank is for &quot;{trade}&quot;, not this contest&apos;s trade.</translation>
    </message>
    <message>
        <source>已有答卷评分，不能重新组卷。</source>
        <translation>Answers have been marked: the paper cannot be drawn again.</translation>
    </message>
    <message>
        <source>{contest}：从“{trade}”题库第 {n} 版组卷，{count} 道题</source>
        <translation>{contest}: paper of {count} questions drawn from version {n} of the &quot;{trade}&quot; bank</translation>
    </message>
    <message>
        <source>还没有生成理论试卷，请先组卷。</source>
        <translation>No theory paper yet: draw one first.</translation>
    </message>
    <message>
        <source>每考场人数</source>
        <translation>Contestants per room</translation>
    </message>
    <message>
        <source>应为正整数</source>
        <translation>should be a positive whole number</translation>
    </message>
    <message>
        <source>还没有报名的选手，无法安排考场。</source>
        <translation>No contestants entered: no rooms to set up.</translation>
    </message>
    <message>
        <source>第 {n} 考场</source>
        <translation>Room {n}</translation>
    </message>
    <message>
        <source>{contest}理论考试</source>
        <translation>{contest} theory exam</translation>
    </message>
    <message>
        <source>考场密钥单（请交给各考场的监考老师，与考场包分开传递）</source>
        <translation>Exam room key slip (give each room&apos;s invigilator their key, separately from the package)</translation>
    </message>
    <message>
        <source>科目“{event}”还没有负责录入客观测量项的评委，请先在“评委”页指派。</source>
        <translation>Event &quot;{event}&quot; has no judge entering measured items: assign one on the Judges page.</translation>
    </message>
    <message>
        <source>试卷总分超过细则“{item}”的满分，请核对组卷要求。</source>
        <translation>The paper&apos;s total exceeds the maximum of &quot;{item}&quot;: check the blueprint.</translation>
    </message>
    <message>
        <source>{room}：答卷与已导入的完全相同，未作任何更改。</source>
        <translation>{room}: the answers are those imported before; nothing changed.</translation>
    </message>
    <message>
        <source>{room}：新评分 {added} 人，更改 {changed} 人，未变 {same} 人。</source>
        <translation>{room}: {added} newly marked, {changed} changed, {same} unchanged.</translation>
    </message>
    <message>
        <source>答卷文件属于另一个竞赛（“{name}”），不是“{contest}”。</source>
        <translation>The answers file belongs to another contest (&quot;{name}&quot;), not &quot;{contest}&quot;.</translation>
    </message>
    <message>
        <source>答卷文件对应的试卷已重新生成，不是当前的理论试卷，不能导入。</source>
        <translation>The answers file is for a paper drawn again since: not the current paper, not imported.</translation>
    </message>
    <message>
        <source>答卷文件中的考场已重新安排，不能导入。</source>
        <translation>The answers file&apos;s room has been rearranged since: not imported.</translation>
    </message>
    <message>
        <source>这是{room}的答卷文件，不是{wanted}的。未导入任何成绩。</source>
        <translation>This is the answers file of {room}, not of {wanted}. No score was imported.</translation>
    </message>
    <message>
        <source>答卷文件签名不符：文件在考试程序之外被修改过，或不是{room}的答卷。未导入任何成绩。</source>
        <translation>The answers file&apos;s signature does not match: it was changed outside the exam program, or is not {room}&apos;s. No score was imported.</translation>
    </message>
    <message>
        <source>这是尚未作答的考场包，请导入考试电脑“完成并签名”后生成的答卷文件。</source>
        <translation>This is the unanswered exam package: import the answers file the exam laptop wrote at &quot;Finish and sign&quot;.</translation>
    </message>
    <message>
        <source>这是这台考试电脑较早的答卷文件（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。</source>
        <translation>This is an older answers file of this laptop (version {seq}); version {last} is imported already and cannot be overwritten by an older one.</translation>
    </message>
    <message>
        <source>参赛号 {bib} 不在{room}</source>
        <translation>Bib {bib} does not sit in {room}</translation>
    </message>
    <message>
        <source>参赛号 {bib} 答了不在试卷上的题目</source>
        <translation>Bib {bib} answered a question not on the paper</translation>
    </message>
    <message>
        <source>参赛号 {bib} 的答卷已由另一台考试电脑（{station}）交回，答案不同</source>
        <translation>Bib {bib}&apos;s answers came back from another laptop ({station}) and differ</translation>
    </message>
    <message>
        <source>竞赛方案中还没有理论考试的组卷要求（在“编辑方案”的“报名与考试”页设置）。</source>
        <translation>The scheme has no theory paper blueprint yet (Edit scheme, Entries and exam page).</translation>
    </message>
    <message>
        <source>还没有“{trade}”工种的题库。</source>
        <translation>No question bank for &quot;{trade}&quot; yet.</translation>
    </message>
    <message>
        <source>找不到{room}。</source>
        <translation>{room} not found.</translation>
    </message>
    <message>
        <source>理论试卷{v}卷.pdf</source>
        <translation>Theory paper {v}.pdf</translation>
    </message>
    <message>
        <source>答题卡{v}卷.pdf</source>
        <translation>Answer sheet {v}.pdf</translation>
    </message>
    <message>
        <source>参考答案.pdf</source>
        <translation>Answer key.pdf</translation>
    </message>
    <message>
        <source>答卷录入表.xlsx</source>
        <translation>Answer entry.xlsx</translation>
    </message>
    <message>
        <source>{contest}理论考试（{v}卷）</source>
        <translation>{contest} theory exam (version {v})</translation>
    </message>
    <message>
        <source>考试时间 {minutes} 分钟，满分 {total} 分。姓名＿＿＿＿＿＿&#x3000;参赛号＿＿＿＿&#x3000;考场＿＿＿&#x3000;座号＿＿＿</source>
        <translation>{minutes} minutes, {total} points. Name ______&#x3000;Bib ____&#x3000;Room ___&#x3000;Seat ___</translation>
    </message>
    <message>
        <source>请将答案填涂在答题卡上，写在试卷上无效。</source>
        <translation>Mark your answers on the answer sheet; answers written on the paper do not count.</translation>
    </message>
    <message>
        <source>{contest}理论考试答题卡（{v}卷）</source>
        <translation>{contest} theory exam answer sheet (version {v})</translation>
    </message>
    <message>
        <source>姓名＿＿＿＿＿＿＿&#x3000;参赛号＿＿＿＿＿&#x3000;考场＿＿＿＿&#x3000;座号＿＿＿＿</source>
        <translation>Name _______&#x3000;Bib _____&#x3000;Room ____&#x3000;Seat ____</translation>
    </message>
    <message>
        <source>在所选答案的方框内打“√”；多选题须选全且不选错才得分；判断题对打“√”、错打“×”。</source>
        <translation>Tick the box of your answer; a multiple choice scores only when all and only the right options are ticked; true/false: √ for true, × for false.</translation>
    </message>
    <message>
        <source>{contest}理论考试参考答案</source>
        <translation>{contest} theory exam answer key</translation>
    </message>
    <message>
        <source>评分规则：单选、判断答对得分；多选须全部选对，错选漏选不得分；未作答不得分。满分 {total} 分。</source>
        <translation>Marking: single choice and true/false score when right; multiple choice only when exactly right; blanks score nothing. {total} points in all.</translation>
    </message>
    <message>
        <source>{v}卷</source>
        <translation>Version {v}</translation>
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
        <source>考场</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>卷别</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>按答题卡逐题录入：选择题填选项字母（如 B 或 ACD），判断题填“对”或“错”，未作答留空；题号按各人的卷别。不要修改参赛号、卷别和表头。</source>
        <translation>Type each answer sheet question by question: option letters (e.g. B or ACD) for choice questions, 对 or 错 for true/false, blank when unanswered; numbers follow each contestant&apos;s version. Do not change bibs, versions or headers.</translation>
    </message>
    <message>
        <source>{contest}答卷录入</source>
        <translation>{contest} answer entry</translation>
    </message>
    <message>
        <source>应为选项字母（如 B 或 ACD），或“对”“错”</source>
        <translation>should be option letters (e.g. B or ACD), or 对 / 错</translation>
    </message>
    <message>
        <source>文件中没有“{label}”，这不是本系统导出的答卷录入表。</source>
        <translation>No &quot;{label}&quot; in the file: not an answer entry workbook exported by this program.</translation>
    </message>
    <message>
        <source>答卷录入表属于另一个竞赛，本数据库中没有该竞赛。</source>
        <translation>The answer entry workbook belongs to a contest this database does not have.</translation>
    </message>
    <message>
        <source>答卷录入表对应的试卷已重新生成，请用当前试卷的录入表。</source>
        <translation>The paper was drawn again since: use the current paper&apos;s entry workbook.</translation>
    </message>
    <message>
        <source>没有安排考场座位</source>
        <translation>has no seat in an exam room</translation>
    </message>
    <message>
        <source>该选手领的是{v}卷</source>
        <translation>this contestant sat version {v}</translation>
    </message>
    <message>
        <source>纸质答卷：新评分 {added} 人，更改 {changed} 人，未变 {same} 人。</source>
        <translation>Paper answer sheets: {added} newly marked, {changed} changed, {same} unchanged.</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <source>正在保存到 {folder}…</source>
        <translation>Saving to {folder}…</translation>
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
    <name>ContestLabels</name>
    <message>
        <source>理论</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>实操</source>
        <translation>Practical</translation>
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
        <source>去掉最高最低分</source>
        <translation>Drop highest and lowest</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>按人数（前 N 名）</source>
        <translation>By number (top N)</translation>
    </message>
    <message>
        <source>按参赛人数的比例</source>
        <translation>By share of all participants</translation>
    </message>
    <message>
        <source>初级工</source>
        <translation>Junior worker</translation>
    </message>
    <message>
        <source>中级工</source>
        <translation>Intermediate worker</translation>
    </message>
    <message>
        <source>高级工</source>
        <translation>Senior worker</translation>
    </message>
    <message>
        <source>技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>高级技师</source>
        <translation>Senior technician</translation>
    </message>
    <message>
        <source>已报名</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>已退赛</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>单选题</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>多选题</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>判断题</source>
        <translation>True/false</translation>
    </message>
</context>
<context>
    <name>ContestMarks</name>
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
        <source>参赛号 {bib}：理论试卷由理论考试自动评分，不能在此录入</source>
        <translation>Bib {bib}: the theory paper is marked by the exam, not entered here</translation>
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
        <source>评委密钥单不能和评分包放在同一个文件夹里，请为密钥单另选一个文件夹。</source>
        <translation>The judges&apos; key slip must not go into the folder with the packages; choose another folder for it.</translation>
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
        <source>原技能等级</source>
        <translation>Skill level before</translation>
    </message>
    <message>
        <source>晋升为</source>
        <translation>Promoted to</translation>
    </message>
    <message>
        <source>推荐评选荣誉</source>
        <translation>Recommend for honours</translation>
    </message>
    <message>
        <source>推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>{name}晋级与推荐名单</source>
        <translation>{name} promotions and recommendations</translation>
    </message>
    <message>
        <source>晋升一级（报名时未填技能等级）</source>
        <translation>One level up (no level given at entry)</translation>
    </message>
    <message>
        <source>已是最高等级</source>
        <translation>Already at the top level</translation>
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
        <source>获奖比例按实际参赛人数（未退赛且有评分的选手）计算，四舍五入到整人</source>
        <translation>Award shares are of the actual participants (not withdrawn, with marks), rounded half up to whole people</translation>
    </message>
    <message>
        <source>合格线 {line} 分：总成绩低于合格线者不获奖，无论名次</source>
        <translation>Pass line {line}: a final score below it wins no award, whatever the rank</translation>
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
        <source>已退赛：{reason}</source>
        <translation>Withdrawn: {reason}</translation>
    </message>
    <message>
        <source>缺考（没有任何评分），不计入参赛人数</source>
        <translation>Absent (no marks), not counted as a participant</translation>
    </message>
    <message>
        <source>成绩不完整（缺：{events}），未排名</source>
        <translation>Incomplete (missing: {events}), not ranked</translation>
    </message>
    <message>
        <source>低于合格线 {line} 分，不获奖</source>
        <translation>Below the pass line {line}: no award</translation>
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
    <message>
        <source>晋升为{level}</source>
        <translation>Promoted to {level}</translation>
    </message>
    <message>
        <source>晋升一级技能等级</source>
        <translation>One skill level up</translation>
    </message>
    <message>
        <source>竞赛“{name}”的成绩尚未锁定，锁定后才有晋级与推荐名单。</source>
        <translation>The results of &quot;{name}&quot; are not locked yet: the outcome list comes with locking.</translation>
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
    <name>ContestantsPage</name>
    <message>
        <source>从会员名册添加…</source>
        <translation>Add from the register…</translation>
    </message>
    <message>
        <source>导入报名表…</source>
        <translation>Import entry list…</translation>
    </message>
    <message>
        <source>报名表模板</source>
        <translation>Entry list template</translation>
    </message>
    <message>
        <source>退赛…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>删除所选选手</source>
        <translation>Remove selected contestant</translation>
    </message>
    <message>
        <source>参赛号或姓名</source>
        <translation>Bib or name</translation>
    </message>
    <message>
        <source>已添加 {n} 名选手。</source>
        <translation>{n} contestants added.</translation>
    </message>
    <message>
        <source>已报名 {n} 人。</source>
        <translation>{n} entered.</translation>
    </message>
    <message>
        <source>
有问题的 {n} 行没有导入。</source>
        <translation>
{n} rows with problems were not imported.</translation>
    </message>
    <message>
        <source>选择分工会报名表</source>
        <translation>Choose the branch&apos;s entry list</translation>
    </message>
    <message>
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <source>保存报名表模板</source>
        <translation>Save the entry list template</translation>
    </message>
    <message>
        <source>报名表模板.xlsx</source>
        <translation>Entry list template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>退赛</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>退赛理由（将记入选手名单和审计日志）：</source>
        <translation>Reason for withdrawing (kept in the list and the audit log):</translation>
    </message>
    <message>
        <source>删除所选选手？</source>
        <translation>Remove the selected contestant?</translation>
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
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>竞赛</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
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
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>退赛理由</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>未锁定</source>
        <translation>Open</translation>
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
    <message>
        <source>{judge}&#x3000;{event}&#x3000;{n} 名选手&#x3000;{file}</source>
        <translation>{judge}&#x3000;{event}&#x3000;{n} contestants&#x3000;{file}</translation>
    </message>
    <message>
        <source>{name}：未导入。{reason}</source>
        <translation>{name}: not imported. {reason}</translation>
    </message>
    <message>
        <source>不支持的格式：{format}</source>
        <translation>Unsupported format: {format}</translation>
    </message>
</context>
<context>
    <name>ContestsTab</name>
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
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <source>全部基地</source>
        <translation>All bases</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
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
        <source>题库</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>理论考试</source>
        <translation>Theory exam</translation>
    </message>
    <message>
        <source>{n} 名选手</source>
        <translation>{n} contestants</translation>
    </message>
    <message>
        <source>成绩已锁定</source>
        <translation>Results locked</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
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
    <name>EntryExamPage</name>
    <message>
        <source>报名条件（导入报名表时逐行检查）</source>
        <translation>Entry rules (checked row by row when entry lists are imported)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source>（比赛当天的周岁）</source>
        <translation>(age on the contest day)</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>（名额，按会员所在的分工会计）</source>
        <translation>(entries, counted by the member’s branch union)</translation>
    </message>
    <message>
        <source>每个分工会最多</source>
        <translation>At most per branch union</translation>
    </message>
    <message>
        <source>理论考试组卷（从本工种题库的最新版本中抽题）</source>
        <translation>Theory paper blueprint (drawn from the newest version of this trade&apos;s bank)</translation>
    </message>
    <message>
        <source>用题库组卷（理论试卷得分自动计入理论科目的客观测量细则）</source>
        <translation>Draw the paper from the bank (its score goes into the theory event&apos;s measured item)</translation>
    </message>
    <message>
        <source>考试时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>题型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>知识领域（空白为不限）</source>
        <translation>Knowledge area (blank: any)</translation>
    </message>
    <message>
        <source>题量</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>每题分值</source>
        <translation>Points each</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>删除一行</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>同一题型的每题分值应相同；试卷总分须等于理论试卷细则的满分。A、B 卷题目相同、顺序不同。</source>
        <translation>Questions of one kind are worth the same; the paper&apos;s total must equal the theory item&apos;s maximum. Versions A and B hold the same questions in different orders.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>试卷总分：{total}</source>
        <translation>Paper total: {total}</translation>
    </message>
    <message>
        <source>（理论试卷满分 {max}）</source>
        <translation>(theory item maximum {max})</translation>
    </message>
    <message>
        <source>组卷第 {n} 行</source>
        <translation>Blueprint line {n}</translation>
    </message>
    <message>
        <source>每题分值“{text}”不是数字</source>
        <translation>Points &quot;{text}&quot; is not a number</translation>
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
        <source>权重 %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>汇总规则</source>
        <translation>Aggregation</translation>
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
    <name>ExamMode</name>
    <message>
        <source>无法打开考场包“{name}”。</source>
        <translation>Cannot open the exam package &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>这是已作答的答卷文件，请打开竞赛办公室下发的考场包。</source>
        <translation>This is an answers file: open the exam package the contest office issued.</translation>
    </message>
    <message>
        <source>密钥与考场包不符：请核对考场密钥单上的密钥，或确认考场包没有被修改。</source>
        <translation>The key does not match the package: check the key on the room&apos;s key slip, or whether the package was changed.</translation>
    </message>
    <message>
        <source>参赛号 {bib} 不在本考场。</source>
        <translation>Bib {bib} does not sit in this room.</translation>
    </message>
    <message>
        <source>参赛号 {bib} 已交卷，不能再修改答案。</source>
        <translation>Bib {bib} has handed in: answers can no longer change.</translation>
    </message>
    <message>
        <source>已交卷</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>作答中</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>请先输入考场密钥。</source>
        <translation>Enter the room key first.</translation>
    </message>
</context>
<context>
    <name>ExamPackage</name>
    <message>
        <source>考场包文件已损坏、被截断或不是本系统生成的考场包。</source>
        <translation>The exam package is damaged, truncated or not made by this program.</translation>
    </message>
    <message>
        <source>文件过大</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>考场包版本不受支持，请使用相同版本的程序。</source>
        <translation>Unsupported exam package version: use the same version of the program.</translation>
    </message>
    <message>
        <source>内容过多</source>
        <translation>too much content</translation>
    </message>
</context>
<context>
    <name>ExamPart</name>
    <message>
        <source>组卷</source>
        <translation>Draw paper</translation>
    </message>
    <message>
        <source>导出纸质试卷和答题卡…</source>
        <translation>Export printed papers and answer sheets…</translation>
    </message>
    <message>
        <source>导出考场包…</source>
        <translation>Export exam packages…</translation>
    </message>
    <message>
        <source>导入答卷…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <source>导入纸质答卷录入表…</source>
        <translation>Import typed answer sheets…</translation>
    </message>
    <message>
        <source>每个考场一个考场包，用考场密钥单上的密钥在考试电脑上打开（unionoffice --exam 考场包）；答案每点选一次即保存，交回的答卷文件带签名，导入时自动评分并计入理论科目。选中某个考场再导入，可核对答卷文件是否属于该考场。</source>
        <translation>One exam package per room, opened on the exam laptops with the key on the room&apos;s key slip (unionoffice --exam PACKAGE); every click is saved, the answers files come back signed and are marked on import into the theory event. Select a room before importing to check the files belong to it.</translation>
    </message>
    <message>
        <source>组卷要求：未设置（在“编辑方案”的“报名与考试”页设置）</source>
        <translation>Blueprint: not set (Edit scheme, Entries and exam page)</translation>
    </message>
    <message>
        <source>{kind}（{area}）{count} 道 × {points} 分</source>
        <translation>{count} {kind} ({area}) × {points} points</translation>
    </message>
    <message>
        <source>不限领域</source>
        <translation>any area</translation>
    </message>
    <message>
        <source>组卷要求：{lines}。共 {n} 题，满分 {total} 分，{minutes} 分钟；成绩计入“{item}”。</source>
        <translation>Blueprint: {lines}. {n} questions, {total} points, {minutes} minutes; the score goes into &quot;{item}&quot;.</translation>
    </message>
    <message>
        <source>还没有组卷。</source>
        <translation>No paper drawn yet.</translation>
    </message>
    <message>
        <source>考场</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>A 卷</source>
        <translation>Version A</translation>
    </message>
    <message>
        <source>B 卷</source>
        <translation>Version B</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>Marked</translation>
    </message>
    <message>
        <source>答卷文件</source>
        <translation>Answers files</translation>
    </message>
    <message>
        <source>第 {n} 考场</source>
        <translation>Room {n}</translation>
    </message>
    <message>
        <source>重新组卷</source>
        <translation>Draw again</translation>
    </message>
    <message>
        <source>，已评分 {n} 人</source>
        <translation>, {n} marked</translation>
    </message>
    <message>
        <source>试卷：{at} 由 {who} 从题库第 {v} 版组卷，{kinds}，满分 {total} 分，A/B 两种卷{marked}</source>
        <translation>Paper: drawn {at} by {who} from bank version {v}, {kinds}, {total} points, versions A and B{marked}</translation>
    </message>
    <message>
        <source>重新组卷会替换现有试卷和考场安排，已发出的考场包作废。确认重新组卷吗？</source>
        <translation>Drawing again replaces the paper and the rooms; packages already handed out become void. Draw again?</translation>
    </message>
    <message>
        <source>选择保存试卷的文件夹</source>
        <translation>Choose a folder for the papers</translation>
    </message>
    <message>
        <source>正在生成试卷…</source>
        <translation>Making the papers…</translation>
    </message>
    <message>
        <source>已保存到 {folder}：
{names}</source>
        <translation>Saved to {folder}:
{names}</translation>
    </message>
    <message>
        <source>导出考场包</source>
        <translation>Export exam packages</translation>
    </message>
    <message>
        <source>每个考场的人数：</source>
        <translation>Contestants per room:</translation>
    </message>
    <message>
        <source>已导出 {n} 个考场包和考场密钥单到：
{folder}
{lines}</source>
        <translation>{n} exam packages and the key slip exported to:
{folder}
{lines}</translation>
    </message>
    <message>
        <source>选择保存考场包的文件夹</source>
        <translation>Choose a folder for the exam packages</translation>
    </message>
    <message>
        <source>正在导出考场包…</source>
        <translation>Exporting exam packages…</translation>
    </message>
    <message>
        <source>选择考场交回的答卷文件</source>
        <translation>Choose the answers files the rooms returned</translation>
    </message>
    <message>
        <source>答卷文件 (*.uoexam)</source>
        <translation>Answers files (*.uoexam)</translation>
    </message>
    <message>
        <source>正在评分…</source>
        <translation>Marking…</translation>
    </message>
    <message>
        <source>正在读取答卷文件…</source>
        <translation>Reading the answers files…</translation>
    </message>
    <message>
        <source>选择已录入的纸质答卷录入表</source>
        <translation>Choose the typed answer entry workbook</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <source>理论考试 — {title} · 第 {n} 考场</source>
        <translation>Theory exam — {title} · Room {n}</translation>
    </message>
    <message>
        <source>{title}&#x3000;|&#x3000;第 {n} 考场</source>
        <translation>{title}&#x3000;|&#x3000;Room {n}</translation>
    </message>
    <message>
        <source>请监考老师选择考生后点“开始答题”，由考生本人作答；每次点选都会立即保存，断电不丢失。全部交卷后点“完成并签名”，把生成的答卷文件交回竞赛办公室。</source>
        <translation>Invigilator: choose a contestant and press Start; the contestant answers. Every click is saved at once, a power cut loses nothing. When everyone has handed in, press Finish and sign and return the answers file to the contest office.</translation>
    </message>
    <message>
        <source>开始答题</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>完成并签名</source>
        <translation>Finish and sign</translation>
    </message>
    <message>
        <source>◀ 上一题</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>下一题 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>答题卡（绿色为已答）</source>
        <translation>Answer card (green: answered)</translation>
    </message>
    <message>
        <source>交卷</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <source>暂离，返回考生列表</source>
        <translation>Step away, back to the list</translation>
    </message>
    <message>
        <source>输入考场密钥</source>
        <translation>Enter the room key</translation>
    </message>
    <message>
        <source>请输入考场密钥单上的密钥（32 位字母数字，可带短横线）：</source>
        <translation>Enter the key on the room&apos;s key slip (32 letters and digits, dashes allowed):</translation>
    </message>
    <message>
        <source>密钥不正确</source>
        <translation>Wrong key</translation>
    </message>
    <message>
        <source>座号</source>
        <translation>Seat</translation>
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
        <source>卷别</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>本考场 {n} 人，已交卷 {done} 人；本机编号 {station}</source>
        <translation>{n} in this room, {done} handed in; this laptop: {station}</translation>
    </message>
    <message>
        <source>请先在列表中选择考生。</source>
        <translation>Choose a contestant in the list first.</translation>
    </message>
    <message>
        <source>参赛号 {bib} 已交卷。</source>
        <translation>Bib {bib} has handed in.</translation>
    </message>
    <message>
        <source>参赛号 {bib}&#x3000;{name}&#x3000;{v} 卷</source>
        <translation>Bib {bib}&#x3000;{name}&#x3000;version {v}</translation>
    </message>
    <message>
        <source>第 {n} / {total} 题&#x3000;{kind}（{points} 分）</source>
        <translation>Question {n} / {total}&#x3000;{kind} ({points} points)</translation>
    </message>
    <message>
        <source>多选题须选全且不选错才得分</source>
        <translation>Scores only when all and only the right options are chosen</translation>
    </message>
    <message>
        <source>对</source>
        <translation>True</translation>
    </message>
    <message>
        <source>错</source>
        <translation>False</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>剩余时间 {m:02d}:{s:02d}</source>
        <translation>Time left {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>交卷后不能再修改答案。确认交卷吗？</source>
        <translation>Answers cannot change after handing in. Hand in?</translation>
    </message>
    <message>
        <source>还有 {n} 题未作答。</source>
        <translation>{n} questions unanswered. </translation>
    </message>
    <message>
        <source>签名后生成的答卷文件交回竞赛办公室导入。确认完成并签名吗？</source>
        <translation>The signed answers file goes back to the contest office. Finish and sign?</translation>
    </message>
    <message>
        <source>参赛号 {bibs} 尚未交卷，将按目前的作答导入。</source>
        <translation>Bibs {bibs} have not handed in; their answers so far will be imported. </translation>
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
    <name>JudgesPart</name>
    <message>
        <source>科目</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
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
        <translation>Packages hold bibs and names only; contestants of a judge&apos;s own branch union are left out of that judge&apos;s package. Hand the key slips and the packages over separately.</translation>
    </message>
    <message>
        <source>所属分工会（回避）</source>
        <translation>Own branch union (recused)</translation>
    </message>
    <message>
        <source>客观测量项</source>
        <translation>Measured items</translation>
    </message>
    <message>
        <source>评分包</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>负责录入</source>
        <translation>Enters them</translation>
    </message>
    <message>
        <source>已导入第 {n} 版</source>
        <translation>Version {n} imported</translation>
    </message>
    <message>
        <source>尚未交回</source>
        <translation>Not returned yet</translation>
    </message>
    <message>
        <source>评委安排提示：</source>
        <translation>Judge line-up notes:</translation>
    </message>
    <message>
        <source>请先在列表中选中要取消的评委分配。</source>
        <translation>Select the assignment to remove in the list first.</translation>
    </message>
    <message>
        <source>取消“{text}”的评委分配？</source>
        <translation>Remove the assignment of &quot;{text}&quot;?</translation>
    </message>
    <message>
        <source>选择保存评分包的文件夹</source>
        <translation>Choose a folder for the judge packages</translation>
    </message>
    <message>
        <source>正在导出评分包…</source>
        <translation>Exporting judge packages…</translation>
    </message>
    <message>
        <source>已导出 {n} 个评分包到：
{folder}
评委密钥单另存在：
{keys}
请把密钥单与评分包分开交给评委。</source>
        <translation>Exported {n} scoring packages to:
{folder}
The judges&apos; key slip was saved separately in:
{keys}
Give the key slip to the judges apart from the packages.</translation>
    </message>
    <message>
        <source>选择保存评分表的文件夹</source>
        <translation>Choose a folder for the marking sheets</translation>
    </message>
    <message>
        <source>正在导出评分表…</source>
        <translation>Exporting marking sheets…</translation>
    </message>
    <message>
        <source>已导出 {n} 张评分表到：
{folder}</source>
        <translation>{n} marking sheets exported to:
{folder}</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>姓名、拼音首字母或工号</source>
        <translation>Name, pinyin initials or employee number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
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
    <name>ResultsPart</name>
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
        <source>晋级与推荐名单…</source>
        <translation>Promotions and recommendations…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>评委评分偏离（与同组其他评委平均分之差，占该细则满分的百分比）</source>
        <translation>Judge deviation (difference from the other judges&apos; mean, as a percentage of the item maximum)</translation>
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
        <translation>Scoring rules:</translation>
    </message>
    <message>
        <source>成绩已于 {at} 由 {who} 锁定</source>
        <translation>Results locked on {at} by {who}</translation>
    </message>
    <message>
        <source>&#x3000;注意：锁定后评分数据有变化！</source>
        <translation>&#x3000;Warning: the marks changed after locking!</translation>
    </message>
    <message>
        <source>成绩未锁定（评分 {marks} 个，已排名 {ranked} / {total} 人）</source>
        <translation>Results open ({marks} marks, {ranked} of {total} ranked)</translation>
    </message>
    <message>
        <source>&#x3000;实际参赛 {n} 人</source>
        <translation>&#x3000;{n} took part</translation>
    </message>
    <message>
        <source>，合格线 {line} 分</source>
        <translation>, pass line {line}</translation>
    </message>
    <message>
        <source>选择评委交回的评分包</source>
        <translation>Choose the packages the judges returned</translation>
    </message>
    <message>
        <source>评分包 (*.uojudge)</source>
        <translation>Judge packages (*.uojudge)</translation>
    </message>
    <message>
        <source>正在导入评分包…</source>
        <translation>Importing judge packages…</translation>
    </message>
    <message>
        <source>正在读取评分包…</source>
        <translation>Reading judge packages…</translation>
    </message>
    <message>
        <source>选择已填写的纸质评分表</source>
        <translation>Choose the filled-in marking sheet</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx *.xls)</source>
        <translation>Excel files (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>正在导入评分表…</source>
        <translation>Importing the marking sheet…</translation>
    </message>
    <message>
        <source>锁定后评分不能再修改，如需更正须填写理由解锁。确认锁定成绩吗？</source>
        <translation>Once locked, marks cannot change; a correction needs unlocking with a reason. Lock the results?</translation>
    </message>
    <message>
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <source>请写明解锁理由（将记入审计日志）：</source>
        <translation>Reason for unlocking (recorded in the audit log):</translation>
    </message>
    <message>
        <source>导出晋级与推荐名单</source>
        <translation>Export promotions and recommendations</translation>
    </message>
    <message>
        <source>正在导出名单…</source>
        <translation>Exporting the list…</translation>
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
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>正在导出成绩…</source>
        <translation>Exporting results…</translation>
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
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
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
        <source>晋升一级技能等级</source>
        <translation>One skill level up</translation>
    </message>
    <message>
        <source>推荐评选荣誉</source>
        <translation>Recommend for honours</translation>
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
        <source>合格线</source>
        <translation>Pass line</translation>
    </message>
    <message>
        <source>分：总成绩低于合格线者不获奖，无论名次；按比例设奖时，比例按实际参赛人数计算。</source>
        <translation>points: a final score below it wins no award, whatever the rank; shares are of the actual participants.</translation>
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
    <message>
        <source>“{text}”不是数字</source>
        <translation>&quot;{text}&quot; is not a number</translation>
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
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>新建竞赛</source>
        <translation>New contest</translation>
    </message>
    <message>
        <source>报名与考试</source>
        <translation>Entries and exam</translation>
    </message>
    <message>
        <source>编辑方案</source>
        <translation>Edit scheme</translation>
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
    <name>SchemePart</name>
    <message>
        <source>编辑方案…</source>
        <translation>Edit scheme…</translation>
    </message>
    <message>
        <source>去掉 {n} 个最高分和最低分（{m} 人及以上评委时）</source>
        <translation>Drop the {n} highest and lowest marks (with {m} or more judges)</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>成绩保留 {n} 位小数，四舍五入</source>
        <translation>Scores rounded half up to {n} decimals</translation>
    </message>
    <message>
        <source>评委回避本分工会的选手</source>
        <translation>Judges do not mark contestants of their own branch union</translation>
    </message>
    <message>
        <source>不启用回避规则</source>
        <translation>No conflict-of-interest rule</translation>
    </message>
    <message>
        <source>“{name}”高者在前</source>
        <translation>higher &quot;{name}&quot; first</translation>
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
