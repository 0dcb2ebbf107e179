<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AchievementDialog</name>
    <message>
        <source>编辑成果</source>
        <translation>Edit result</translation>
    </message>
    <message>
        <source>登记成果</source>
        <translation>New result</translation>
    </message>
    <message>
        <source>（不属于工作室）</source>
        <translation>(no studio)</translation>
    </message>
    <message>
        <source>姓名（工号）份额，多人用“；”分隔，如 张三（E100012）60%；李四（E100013）40%</source>
        <translation>Name (employee no.) share, several separated by “;”, e.g. 张三（E100012）60%；李四（E100013）40%</translation>
    </message>
    <message>
        <source>专利号如 ZL202310123456.7；五小成果可留空，自动编号</source>
        <translation>Patent no. like ZL202310123456.7; leave blank for five-small results (numbered automatically)</translation>
    </message>
    <message>
        <source>以元为单位，如 350000.00</source>
        <translation>In yuan, e.g. 350000.00</translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>五小类别</source>
        <translation>Five-small type</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>授权/登记日期</source>
        <translation>Granted / registered on</translation>
    </message>
    <message>
        <source>授权日期</source>
        <translation>Grant date</translation>
    </message>
    <message>
        <source>采纳日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>专利号/登记号</source>
        <translation>Patent / registration no.</translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
    <message>
        <source>经济效益</source>
        <translation>Economic benefit</translation>
    </message>
    <message>
        <source>效益年度</source>
        <translation>Benefit year</translation>
    </message>
    <message>
        <source>测算方式</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>成果简介</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>搜索成果名称或专利号</source>
        <translation>Search title or patent number</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>登记成果…</source>
        <translation>New result…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>{y} 年季度评审</source>
        <translation>{y} quarterly reviews</translation>
    </message>
    <message>
        <source>{y} 年第 {q} 季度评审</source>
        <translation>{y} Q{q} review</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>{y} 年授权的专利</source>
        <translation>Patents granted in {y}</translation>
    </message>
    <message>
        <source>{y} 年度有经济效益</source>
        <translation>With benefit in {y}</translation>
    </message>
    <message>
        <source>所选分工会</source>
        <translation>Chosen branch union</translation>
    </message>
    <message>
        <source>来自数据概览的筛选：</source>
        <translation>Filter from the dashboard: </translation>
    </message>
    <message>
        <source>删除成果“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation>Adding the attachment…</translation>
    </message>
    <message>
        <source>已添加附件 {name}</source>
        <translation>Attachment {name} added</translation>
    </message>
    <message>
        <source>选择要导入的成果表格</source>
        <translation>Choose the achievements spreadsheet to import</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>achievement</translation>
    </message>
    <message>
        <source>已导入 {n} 项成果。</source>
        <translation>{n} achievements imported.</translation>
    </message>
    <message>
        <source>
有问题的 {n} 行没有导入。</source>
        <translation>
{n} rows with problems were not imported.</translation>
    </message>
    <message>
        <source>成果导入模板.xlsx</source>
        <translation>Achievements import template.xlsx</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>评定等级</source>
        <translation>Grade result</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>achievement</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Panel comments</translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <source>登记荣誉</source>
        <translation>New honour</translation>
    </message>
    <message>
        <source>编辑荣誉</source>
        <translation>Edit honour</translation>
    </message>
    <message>
        <source>姓名（工号），如 张三（E100012）</source>
        <translation>Name (employee no.), e.g. 张三（E100012）</translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>获奖对象</source>
        <translation>Awarded to</translation>
    </message>
    <message>
        <source>获奖人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>集体名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>分工会（集体）</source>
        <translation>Branch union (team)</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>授予日期</source>
        <translation>Date awarded</translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <source>搜索荣誉名称或获奖人</source>
        <translation>Search honour or recipient</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>登记荣誉…</source>
        <translation>New honour…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>个人荣誉</source>
        <translation>Person&apos;s honours</translation>
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
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>删除荣誉记录“{title}”（{who}）？</source>
        <translation>Delete the honour “{title}” ({who})?</translation>
    </message>
    <message>
        <source>这是集体或工作室荣誉，请选择一条个人荣誉。</source>
        <translation>This is a team or studio honour; choose a personal one.</translation>
    </message>
    <message>
        <source>{name} 的荣誉（{n} 项，含其所在工作室的荣誉）</source>
        <translation>Honours of {name} ({n}, including those of their studios)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>获奖对象</source>
        <translation>Awarded to</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>选择要导入的荣誉表格</source>
        <translation>Choose the honours spreadsheet to import</translation>
    </message>
    <message>
        <source>荣誉</source>
        <translation>honour</translation>
    </message>
    <message>
        <source>已导入 {n} 项荣誉。</source>
        <translation>{n} honours imported.</translation>
    </message>
    <message>
        <source>
有问题的 {n} 行没有导入。</source>
        <translation>
{n} rows with problems were not imported.</translation>
    </message>
    <message>
        <source>荣誉导入模板.xlsx</source>
        <translation>Honours import template.xlsx</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>创新工作室</source>
        <translation>Innovation studios</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>开启新一轮评审</source>
        <translation>Open a new round</translation>
    </message>
    <message>
        <source>如 技术委员会：张某、李某、王某</source>
        <translation>e.g. Technical committee: Zhang, Li, Wang</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>评审组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>开启</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <source>评审组与评分包</source>
        <translation>Panel and judge packages</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>评委（勾选后保存）</source>
        <translation>Judges (tick, then save)</translation>
    </message>
    <message>
        <source>保存评审组</source>
        <translation>Save the panel</translation>
    </message>
    <message>
        <source>评审组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>导出评分包…</source>
        <translation>Export judge packages…</translation>
    </message>
    <message>
        <source>导入已评分的评分包…</source>
        <translation>Import signed judge packages…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title}五小成果评审组</source>
        <translation>{title} five-small panel</translation>
    </message>
    <message>
        <source>评分标准：{name}（{date} 起施行）&#x3000;{summary}</source>
        <translation>Score sheet: {name} (in force from {date})  {summary}</translation>
    </message>
    <message>
        <source>当季度还没有施行中的评分标准：请先设定“评分标准”。</source>
        <translation>No score sheet is in force for this quarter: set one in “Score sheet” first.</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>评分密钥（密钥单）</source>
        <translation>Key (key slip)</translation>
    </message>
    <message>
        <source>已交回</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>未交回</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>本轮成果 {n} 项，评分完整 {done} 项。</source>
        <translation>{n} results in this round, {done} fully scored.</translation>
    </message>
    <message>
        <source>选择保存评分包的文件夹</source>
        <translation>Choose the folder for the judge packages</translation>
    </message>
    <message>
        <source>已导出 {n} 个评分包到 {folder}。
评委密钥单另存在 {keys}，请分别交给各位评委本人，与评分包分开传递。</source>
        <translation>Exported {n} scoring packages to {folder}.
The judges&apos; key slip was saved separately in {keys}; give each judge their key in person, apart from the packages.</translation>
    </message>
    <message>
        <source>正在保存评分包…</source>
        <translation>Saving the judge packages…</translation>
    </message>
    <message>
        <source>正在生成评分包…</source>
        <translation>Building the judge packages…</translation>
    </message>
    <message>
        <source>选择评委交回的评分包</source>
        <translation>Choose the packages the judges handed back</translation>
    </message>
    <message>
        <source>评分包 (*.uojudge);;所有文件 (*)</source>
        <translation>Judge packages (*.uojudge);;All files (*)</translation>
    </message>
    <message>
        <source>正在导入评分包…</source>
        <translation>Importing the judge packages…</translation>
    </message>
    <message>
        <source>正在读取评分包…</source>
        <translation>Reading the judge packages…</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>五小成果奖金发放表</source>
        <translation>Five-small reward payout list</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>（预览：结束评审时按此发放）</source>
        <translation>(preview: paid like this when the round closes)</translation>
    </message>
    <message>
        <source>（已于结束评审时确定）</source>
        <translation>(fixed when the round closed)</translation>
    </message>
    <message>
        <source>（本轮结束时没有奖金发放记录）</source>
        <translation>(no payouts were recorded when this round closed)</translation>
    </message>
    <message>
        <source>{title}五小成果奖金发放表</source>
        <translation>{title} five-small reward payout list</translation>
    </message>
    <message>
        <source>成果编号</source>
        <translation>Result no.</translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>成果奖金（元）</source>
        <translation>Reward (yuan)</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>应发（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>共 {n} 人次，合计 {total} 元</source>
        <translation>{n} payments, {total} yuan in total</translation>
    </message>
    <message>
        <source>{year}年第{q}季度五小成果奖金发放表.xlsx</source>
        <translation>{year} Q{q} five-small payouts.xlsx</translation>
    </message>
    <message>
        <source>导出奖金发放表</source>
        <translation>Export the payout list</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>正在导出奖金发放表…</source>
        <translation>Exporting the payout list…</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>登记新的命名</source>
        <translation>New recognition</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>命名级别</source>
        <translation>Recognition level</translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>开启新一轮评审…</source>
        <translation>Open a new round…</translation>
    </message>
    <message>
        <source>收集已申报的五小成果</source>
        <translation>Collect declared five-small results</translation>
    </message>
    <message>
        <source>评定等级…</source>
        <translation>Grade…</translation>
    </message>
    <message>
        <source>撤出本轮</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>结束评审并发布</source>
        <translation>Close and publish</translation>
    </message>
    <message>
        <source>评审组评分</source>
        <translation>Panel scoring</translation>
    </message>
    <message>
        <source>评分标准…</source>
        <translation>Score sheet…</translation>
    </message>
    <message>
        <source>评审组与评分包…</source>
        <translation>Panel and packages…</translation>
    </message>
    <message>
        <source>按评分定级</source>
        <translation>Grade from scores</translation>
    </message>
    <message>
        <source>评分表…</source>
        <translation>Score sheet of result…</translation>
    </message>
    <message>
        <source>奖金发放表…</source>
        <translation>Payout list…</translation>
    </message>
    <message>
        <source>还没有评审轮次</source>
        <translation>No rounds yet</translation>
    </message>
    <message>
        <source>{title}五小成果发布会</source>
        <translation>{title} five-small release meeting</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>开启：{opened}&#x3000;结束：{closed}&#x3000;收集成果 {n} 项，已评定 {g} 项，待评定 {p} 项&#x3000;评审组：{panel}</source>
        <translation>Opened: {opened}   Closed: {closed}   {n} results collected, {g} decided, {p} pending   Panel: {panel}</translation>
    </message>
    <message>
        <source>收集了 {n} 项已申报的五小成果。</source>
        <translation>Collected {n} declared five-small results.</translation>
    </message>
    <message>
        <source>把该成果撤出本轮评审，退回“已申报”？</source>
        <translation>Take this result out of the round and return it to “declared”?</translation>
    </message>
    <message>
        <source>结束{title}评审？结束后等级不能再修改，评级成果将发布并可用于证书和汇编。</source>
        <translation>Close the {title} round? Grades can no longer change; graded results are published for certificates and the compilation.</translation>
    </message>
    <message>
        <source>评审已结束，发布评级成果 {n} 项。</source>
        <translation>Round closed; {n} graded results published.</translation>
    </message>
    <message>
        <source>按评审组的评分和等级分数线，为评分完整的成果评定等级？已评定的将按评分改写。</source>
        <translation>Grade every fully scored result by the panel&apos;s scores and the grade bands? Grades already given are replaced by the scores&apos; grade.</translation>
    </message>
    <message>
        <source>已按评分评定 {n} 项成果。</source>
        <translation>{n} results graded from their scores.</translation>
    </message>
    <message>
        <source>
{n} 项评分尚不完整，未评定。</source>
        <translation>
{n} results are not fully scored and were left as they are.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>五小成果评分标准</source>
        <translation>Five-small score sheet</translation>
    </message>
    <message>
        <source>已有版本（评审组成立时采用当季度末施行的版本）</source>
        <translation>Versions so far (a panel takes the version in force at the end of its quarter)</translation>
    </message>
    <message>
        <source>新版本</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>各去掉</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>个，评委不少于</source>
        <translation>each, with at least</translation>
    </message>
    <message>
        <source>人时</source>
        <translation>judges</translation>
    </message>
    <message>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>去掉最高最低分</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>评分项目</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>评分项目（各项满分相加为总分）</source>
        <translation>Criteria (their maxima add up to the total)</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>分数线（不低于）</source>
        <translation>Line (at least)</translation>
    </message>
    <message>
        <source>每项成果奖金（元）</source>
        <translation>Reward per result (yuan)</translation>
    </message>
    <message>
        <source>等级分数线与奖金（奖金按完成人份额分配）</source>
        <translation>Grade bands and rewards (a reward is split by the contributors&apos; shares)</translation>
    </message>
    <message>
        <source>等级分数线</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>评分项目与分数线</source>
        <translation>Criteria and bands</translation>
    </message>
    <message>
        <source>奖金（元）</source>
        <translation>Reward (yuan)</translation>
    </message>
</context>
<context>
    <name>ScoreSheetDialog</name>
    <message>
        <source>五小成果评分表</source>
        <translation>Five-small score sheet</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>奖金分配</source>
        <translation>Reward split</translation>
    </message>
    <message>
        <source>该轮评审没有评分标准，也没有评审组评分。</source>
        <translation>This round has no score sheet and no panel scores.</translation>
    </message>
    <message>
        <source>去掉最高分和最低分各 {n} 个（{m} 位及以上评委评分时）后取平均</source>
        <translation>mean after dropping the {n} highest and {n} lowest (with {m} or more judges)</translation>
    </message>
    <message>
        <source>{name}（{date} 起施行）：{trim}；等级分数线 {lines}</source>
        <translation>{name} (in force from {date}): {trim}; grade bands {lines}</translation>
    </message>
    <message>
        <source>评分项目（满分）</source>
        <translation>Criterion (maximum)</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>合计（{max}）</source>
        <translation>Total ({max})</translation>
    </message>
    <message>
        <source>评分尚不完整：还有评委没有评完全部项目。</source>
        <translation>Not fully scored: a judge has criteria left to mark.</translation>
    </message>
    <message>
        <source>（已评定：{grade}）</source>
        <translation>(graded: {grade})</translation>
    </message>
    <message>
        <source>总分 {total}，按分数线为{grade}{recorded}&#x3000;奖金 {reward} 元</source>
        <translation>Total {total}, band {grade}{recorded}  reward {reward} yuan</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>应发（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>去掉的最高分或最低分</source>
        <translation>Dropped as a highest or lowest mark</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>五小成果</source>
        <translation>Five-small results</translation>
    </message>
    <message>
        <source>项/百人</source>
        <translation>per 100 members</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>工作室 {s} 个&#x3000;发明专利 {i} 件&#x3000;实用新型 {u} 件&#x3000;经济效益 {b} 元&#x3000;五小成果 {f} 项（一类及以上 {c} 项）</source>
        <translation>Studios {s}   Inventions {i}   Utility models {u}   Benefit {b} yuan   Five-small results {f} ({c} class 1 or above)</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>创新成果统计.xlsx</source>
        <translation>innovation-statistics.xlsx</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>正在导出统计…</source>
        <translation>Exporting the statistics…</translation>
    </message>
</context>
<context>
    <name>StudioDialog</name>
    <message>
        <source>新增创新工作室</source>
        <translation>New innovation studio</translation>
    </message>
    <message>
        <source>编辑创新工作室</source>
        <translation>Edit innovation studio</translation>
    </message>
    <message>
        <source>姓名（工号），如 张三（E100012）</source>
        <translation>Name (employee no.), e.g. 张三（E100012）</translation>
    </message>
    <message>
        <source>留空则取首次命名日期</source>
        <translation>Blank: the date of the first recognition</translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation>Studio name</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>命名历程</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <source>添加命名</source>
        <translation>Add recognition</translation>
    </message>
    <message>
        <source>级别取历次命名中最高的一级</source>
        <translation>The level is the highest recognition</translation>
    </message>
    <message>
        <source>成员（姓名（工号））</source>
        <translation>Member (name (employee no.))</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>领衔人总是成员</source>
        <translation>The leader is always a member</translation>
    </message>
    <message>
        <source>第 {n} 条：</source>
        <translation>Entry {n}: </translation>
    </message>
    <message>
        <source>第 {n} 条：请填写命名日期</source>
        <translation>Entry {n}: fill in the date</translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>StudioPageWidget</name>
    <message>
        <source>基本情况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>成果与效益</source>
        <translation>Results and benefit</translation>
    </message>
    <message>
        <source>专利</source>
        <translation>Patents</translation>
    </message>
    <message>
        <source>其中发明专利</source>
        <translation>Of which inventions</translation>
    </message>
    <message>
        <source>成果总数</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
    <message>
        <source>成员人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>命名历程</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>成果与专利</source>
        <translation>Results and patents</translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>参与成果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>效益（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
</context>
<context>
    <name>Studios</name>
    <message>
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>公司级</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>运行中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>发明专利</source>
        <translation>Invention patent</translation>
    </message>
    <message>
        <source>实用新型专利</source>
        <translation>Utility-model patent</translation>
    </message>
    <message>
        <source>外观设计专利</source>
        <translation>Design patent</translation>
    </message>
    <message>
        <source>软件著作权</source>
        <translation>Software copyright</translation>
    </message>
    <message>
        <source>五小成果</source>
        <translation>Five-small result</translation>
    </message>
    <message>
        <source>技术论文</source>
        <translation>Technical paper</translation>
    </message>
    <message>
        <source>小发明</source>
        <translation>Small invention</translation>
    </message>
    <message>
        <source>小创造</source>
        <translation>Small creation</translation>
    </message>
    <message>
        <source>小革新</source>
        <translation>Small innovation</translation>
    </message>
    <message>
        <source>小设计</source>
        <translation>Small design</translation>
    </message>
    <message>
        <source>小建议</source>
        <translation>Small suggestion</translation>
    </message>
    <message>
        <source>已申报</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>评审中</source>
        <translation>Under evaluation</translation>
    </message>
    <message>
        <source>已评级</source>
        <translation>Graded</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>特等</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>一类</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <source>二类</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <source>三类</source>
        <translation>Class 3</translation>
    </message>
    <message>
        <source>不评级</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>集体</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>不能超过 200 个字符</source>
        <translation>cannot exceed 200 characters</translation>
    </message>
    <message>
        <source>五小类别</source>
        <translation>Five-small type</translation>
    </message>
    <message>
        <source>五小成果须注明小发明、小创造、小革新、小设计或小建议</source>
        <translation>A five-small result needs its sub-kind: small invention, creation, innovation, design or suggestion</translation>
    </message>
    <message>
        <source>专利号/登记号</source>
        <translation>Patent / registration no.</translation>
    </message>
    <message>
        <source>{no} 已登记在成果“{title}”上</source>
        <translation>{no} is already registered for “{title}”</translation>
    </message>
    <message>
        <source>经济效益</source>
        <translation>Economic benefit</translation>
    </message>
    <message>
        <source>效益年度</source>
        <translation>Benefit year</translation>
    </message>
    <message>
        <source>填写了经济效益，请注明计入哪一年</source>
        <translation>A benefit is given: enter the year it counts in</translation>
    </message>
    <message>
        <source>测算方式</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>填写了经济效益，请注明如何测算（如财务部门核定）</source>
        <translation>A benefit is given: say how it was assessed (e.g. confirmed by finance)</translation>
    </message>
    <message>
        <source>年度应在 1990—2100 之间</source>
        <translation>The year must be between 1990 and 2100</translation>
    </message>
    <message>
        <source>授权日期</source>
        <translation>Grant date</translation>
    </message>
    <message>
        <source>不能早于申请日期</source>
        <translation>cannot be before the filing date</translation>
    </message>
    <message>
        <source>找不到该成果。</source>
        <translation>Result not found.</translation>
    </message>
    <message>
        <source>该成果已在季度评审中发布，不能再修改。</source>
        <translation>This result was published by a quarterly round and can no longer be changed.</translation>
    </message>
    <message>
        <source>该成果已进入季度评审，不能删除。</source>
        <translation>This result is in a quarterly round and cannot be deleted.</translation>
    </message>
    <message>
        <source>附件“{name}”超过 20 MB，请压缩后再添加。</source>
        <translation>Attachment “{name}” is larger than 20 MB; compress it first.</translation>
    </message>
    <message>
        <source>找不到该附件。</source>
        <translation>Attachment not found.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>专利号格式应如 ZL202310123456.7（12 位申请号加校验位）</source>
        <translation>A patent number looks like ZL202310123456.7 (12-digit application number and check character)</translation>
    </message>
    <message>
        <source>专利号第 {pos} 位是专利类型，“{digit}”与“{kind}”不符</source>
        <translation>Digit {pos} of a patent number is its type; “{digit}” does not match “{kind}”</translation>
    </message>
    <message>
        <source>专利号校验位不正确，请核对号码</source>
        <translation>The patent number&apos;s check character is wrong; please check the number</translation>
    </message>
    <message>
        <source>软件著作权登记号格式应如 2023SR0123456</source>
        <translation>A software copyright number looks like 2023SR0123456</translation>
    </message>
    <message>
        <source>五小成果编号格式应如 WX2026-0001（可留空，由系统编号）</source>
        <translation>A five-small number looks like WX2026-0001 (may be left blank to be numbered automatically)</translation>
    </message>
    <message>
        <source>编号不能超过 64 个字符</source>
        <translation>The number cannot exceed 64 characters</translation>
    </message>
    <message>
        <source>效益请以“元”为单位填写，不要写“万”：如 35 万元应填 350000</source>
        <translation>Enter the benefit in yuan, not in 万 (ten thousands): 35万 is 350000</translation>
    </message>
    <message>
        <source>经济效益不能为负数</source>
        <translation>The economic benefit cannot be negative</translation>
    </message>
    <message>
        <source>至少要有一名完成人</source>
        <translation>At least one person is needed</translation>
    </message>
    <message>
        <source>同一人不能重复列出</source>
        <translation>The same person is listed twice</translation>
    </message>
    <message>
        <source>编号为 {id} 的人员不是会员</source>
        <translation>Person {id} is not a member</translation>
    </message>
    <message>
        <source>份额应在 1%—100% 之间</source>
        <translation>Shares must be between 1% and 100%</translation>
    </message>
    <message>
        <source>各完成人份额合计应为 100%，现为 {total}%</source>
        <translation>The shares must add up to 100%, they add up to {total}%</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度</source>
        <translation>{year} Q{quarter}</translation>
    </message>
    <message>
        <source>找不到该评审轮次。</source>
        <translation>Round not found.</translation>
    </message>
    <message>
        <source>{year}年第{quarter}季度五小成果发布会</source>
        <translation>{year} Q{quarter} five-small release meeting</translation>
    </message>
    <message>
        <source>该轮评审还没有组成评审组，没有评分可用。</source>
        <translation>This round has no panel yet: there are no scores to grade by.</translation>
    </message>
    <message>
        <source>评审组 {n} 位评委评分，得分 {total}</source>
        <translation>Scored by a panel of {n}: {total}</translation>
    </message>
    <message>
        <source>{date} 时没有施行中的五小成果评分标准，请先在“评分标准”中设定。</source>
        <translation>No five-small score sheet was in force on {date}: set one in “Score sheet” first.</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>编号 {id} 不是在用的账号</source>
        <translation>account {id} is not an active account</translation>
    </message>
    <message>
        <source>{name} 已交回评分，不能移出评审组</source>
        <translation>{name} has handed in marks and cannot leave the panel</translation>
    </message>
    <message>
        <source>{year} 年还没有已结束评审的评级成果，无法生成汇编。</source>
        <translation>{year} has no graded results from closed rounds yet; no compilation can be made.</translation>
    </message>
    <message>
        <source>正在排版目录页码……</source>
        <translation>Numbering the contents…</translation>
    </message>
    <message>
        <source>{year} 年度职工创新成果汇编</source>
        <translation>Staff innovation compilation {year}</translation>
    </message>
    <message>
        <source>（五小成果季度发布会评级成果）</source>
        <translation>(graded results of the quarterly five-small release meetings)</translation>
    </message>
    <message>
        <source>共收录 {n} 项成果：</source>
        <translation>{n} results included: </translation>
    </message>
    <message>
        <source>集团公司工会</source>
        <translation>Group company union</translation>
    </message>
    <message>
        <source>目&#x3000;录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>页码</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>第 {q} 季度</source>
        <translation>Q{q}</translation>
    </message>
    <message>
        <source>正在生成第 {n} / {total} 项……</source>
        <translation>Entry {n} of {total}…</translation>
    </message>
    <message>
        <source>{year} 年第 {q} 季度成果发布会</source>
        <translation>{year} Q{q} release meeting</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>评审意见：</source>
        <translation>Panel comments: </translation>
    </message>
    <message>
        <source>成果简介</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Panel comments</translation>
    </message>
    <message>
        <source>{year} 年成果汇编</source>
        <translation>Compilation {year}</translation>
    </message>
    <message>
        <source>应为 1—4</source>
        <translation>must be 1 to 4</translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>年度应在 1950—2100 之间</source>
        <translation>The year must be between 1950 and 2100</translation>
    </message>
    <message>
        <source>授予日期</source>
        <translation>Date awarded</translation>
    </message>
    <message>
        <source>与年度不一致</source>
        <translation>does not match the year</translation>
    </message>
    <message>
        <source>只能填一人</source>
        <translation>One person only</translation>
    </message>
    <message>
        <source>请选择分工会</source>
        <translation>Choose a branch union</translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>获奖人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>{year}年度职工创新成果汇编</source>
        <translation>{year} compilation of workers&apos; innovation</translation>
    </message>
    <message>
        <source>集体名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>集体荣誉须注明所属分工会</source>
        <translation>A team honour needs its branch union</translation>
    </message>
    <message>
        <source>找不到该荣誉记录。</source>
        <translation>Honour not found.</translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation>Member not found.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>获奖人/集体</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>年度不正确</source>
        <translation>invalid year</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审尚未结束，请先结束它再开启新的评审。</source>
        <translation>The {year} Q{quarter} round is still open; close it before opening a new one.</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度的评审已经开过了。</source>
        <translation>The {year} Q{quarter} round has already been held.</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审已经结束，不能再修改。</source>
        <translation>The {year} Q{quarter} round is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>收集 {n} 项五小成果进入 {year} 年第 {quarter} 季度评审</source>
        <translation>Collected {n} five-small results into the {year} Q{quarter} round</translation>
    </message>
    <message>
        <source>成果“{title}”不在任何进行中的评审里，不能评级；请先开启评审并收集成果。</source>
        <translation>“{title}” is not in an open round and cannot be graded; open a round and collect the results first.</translation>
    </message>
    <message>
        <source>成果“{title}”所在的 {year} 年第 {quarter} 季度评审已经结束，不能再评级。</source>
        <translation>The {year} Q{quarter} round of “{title}” is closed; it can no longer be graded.</translation>
    </message>
    <message>
        <source>还有 {n} 项成果没有评定等级（{titles}{more}），不能结束评审。不予评级的请选“不评级”。</source>
        <translation>{n} results have no grade yet ({titles}{more}); the round cannot close. Choose “Not graded” for those the panel rejected.</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审结束，发布 {n} 项评级成果</source>
        <translation>{year} Q{quarter} round closed, {n} graded results published</translation>
    </message>
    <message>
        <source>找不到该工作室。</source>
        <translation>Studio not found.</translation>
    </message>
    <message>
        <source>五小成果评分标准</source>
        <translation>Five-small score sheet</translation>
    </message>
    <message>
        <source>技术水平</source>
        <translation>Technical level</translation>
    </message>
    <message>
        <source>应用范围</source>
        <translation>Scope of application</translation>
    </message>
    <message>
        <source>实用性</source>
        <translation>Practicality</translation>
    </message>
    <message>
        <source>{what}：“{text}”不是金额</source>
        <translation>{what}: “{text}” is not an amount</translation>
    </message>
    <message>
        <source>{what}：奖金不能为负数</source>
        <translation>{what}: a reward cannot be negative</translation>
    </message>
    <message>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>已有自 {date} 起施行的评分标准</source>
        <translation>A score sheet in force from {date} already exists</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>去掉最高最低分</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>去掉最高、最低各 {n} 个分数，至少要有 {m} 位评委</source>
        <translation>Dropping {n} highest and {n} lowest marks needs at least {m} judges</translation>
    </message>
    <message>
        <source>评分项目</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>至少要有一个评分项目</source>
        <translation>At least one criterion</translation>
    </message>
    <message>
        <source>第 {n} 项</source>
        <translation>Criterion {n}</translation>
    </message>
    <message>
        <source>{what}：名称不能为空</source>
        <translation>{what}: the name is required</translation>
    </message>
    <message>
        <source>{what}：与前面的项目重复</source>
        <translation>{what}: repeats an earlier criterion</translation>
    </message>
    <message>
        <source>{what}：满分须大于 0</source>
        <translation>{what}: the maximum must be above 0</translation>
    </message>
    <message>
        <source>等级分数线</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>至少要有一个等级</source>
        <translation>At least one grade</translation>
    </message>
    <message>
        <source>{what}：等级重复或不可评</source>
        <translation>{what}: the grade is repeated or cannot be awarded</translation>
    </message>
    <message>
        <source>{what}：分数线 {line} 高于满分合计 {total}</source>
        <translation>{what}: the line {line} is above the total maximum {total}</translation>
    </message>
    <message>
        <source>{what}：分数线应低于{better}的分数线</source>
        <translation>{what}: the line must be below {better}&apos;s</translation>
    </message>
    <message>
        <source>{what}：奖金不应高于{better}</source>
        <translation>{what}: the reward should not exceed {better}&apos;s</translation>
    </message>
    <message>
        <source>命名历程</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <source>至少要有一次命名：工作室的级别来自命名</source>
        <translation>At least one recognition: a studio&apos;s level comes from its recognitions</translation>
    </message>
    <message>
        <source>第 {n} 条：命名单位不能为空</source>
        <translation>Entry {n}: the recognising body is required</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>已有同名工作室</source>
        <translation>a studio with this name exists</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>不是会员</source>
        <translation>is not a member</translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>编号 {ids} 不是会员</source>
        <translation>Numbers {ids} are not members</translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation>Studio name</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>成果数</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation>Benefit (yuan)</translation>
    </message>
    <message>
        <source>成果编号</source>
        <translation>Result no.</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>奖金（元）</source>
        <translation>Reward (yuan)</translation>
    </message>
    <message>
        <source>“{part}”应写成 姓名（工号），多人用“；”分隔，如 张三（E100012）60%</source>
        <translation>“{part}” should read Name (employee no.), several separated by “;”, e.g. 张三（E100012）60%</translation>
    </message>
    <message>
        <source>工号 {no} 不是会员</source>
        <translation>Employee no. {no} is not a member</translation>
    </message>
    <message>
        <source>工号 {no} 的会员是“{real}”，不是“{name}”</source>
        <translation>Employee no. {no} is “{real}”, not “{name}”</translation>
    </message>
    <message>
        <source>份额要么都不写（平均分配），要么都写且合计为 100%</source>
        <translation>Give either no shares (split equally) or every share, adding up to 100%</translation>
    </message>
    <message>
        <source>没有名为“{name}”的工作室</source>
        <translation>There is no studio named “{name}”</translation>
    </message>
    <message>
        <source>不属于您负责的分工会</source>
        <translation>is not in a branch union you look after</translation>
    </message>
    <message>
        <source>{no} 已登记在系统中</source>
        <translation>{no} is already registered</translation>
    </message>
    <message>
        <source>填写了经济效益，请注明效益年度</source>
        <translation>A benefit is given: enter the year it counts in</translation>
    </message>
    <message>
        <source>填写了经济效益，请注明测算方式</source>
        <translation>A benefit is given: enter how it was assessed</translation>
    </message>
    <message>
        <source>获奖人、工作室、获奖集体三者须填且只填一项</source>
        <translation>Fill exactly one of recipient, studio and team</translation>
    </message>
    <message>
        <source>个人荣誉只能填一人</source>
        <translation>A personal honour names one person only</translation>
    </message>
    <message>
        <source>集体荣誉须填写正确的分工会名称</source>
        <translation>A team honour needs a valid branch union name</translation>
    </message>
    <message>
        <source>成果</source>
        <translation>achievement</translation>
    </message>
    <message>
        <source>荣誉</source>
        <translation>honour</translation>
    </message>
    <message>
        <source>导入{label} {n} 条</source>
        <translation>Imported {n} {label}</translation>
    </message>
    <message>
        <source>第 {n} 行：</source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <source>第 {n} 行：每行只填一人</source>
        <translation>Row {n}: one person per row</translation>
    </message>
    <message>
        <source>{name} 重复列出</source>
        <translation>{name} is listed twice</translation>
    </message>
    <message>
        <source>分配规则：每人奖金 = 该项成果奖金 × 本人份额，先按分向下取整；剩余的分（少于人数）按舍去部分从大到小每人补 1 分，舍去部分相同的先补排名在前的完成人。未注明份额的按人数平均分配。</source>
        <translation>Split rule: each part = the result&apos;s reward × the share, rounded down to the fen; the fen left over (fewer than the people) go one each to the largest rounding losses, equal losses to the contributor listed first. Shares not stated: equal parts.</translation>
    </message>
    <message>
        <source>完成人份额</source>
        <translation>Contributors&apos; shares</translation>
    </message>
    <message>
        <source>成果“{title}”（{no}）：{problem}</source>
        <translation>Result “{title}” ({no}): {problem}</translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度五小成果奖金 {n} 人次，合计 {fen} 分</source>
        <translation>{year} Q{quarter} five-small rewards: {n} payments, {fen} fen in total</translation>
    </message>
    <message>
        <source>成果奖金（元）</source>
        <translation>Reward (yuan)</translation>
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
        <source>份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>应发（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{title}五小成果奖金发放表</source>
        <translation>{title} five-small reward payout list</translation>
    </message>
    <message>
        <source>工作室按级别</source>
        <translation>Studios by level</translation>
    </message>
    <message>
        <source>工作室数</source>
        <translation>Studios</translation>
    </message>
    <message>
        <source>知识产权按类别和授权年度</source>
        <translation>Intellectual property by kind and year granted</translation>
    </message>
    <message>
        <source>经济效益按年度（元）</source>
        <translation>Benefit by year (yuan)</translation>
    </message>
    <message>
        <source>经济效益按工作室和年度（元）</source>
        <translation>Benefit by studio and year (yuan)</translation>
    </message>
    <message>
        <source>（未归属工作室）</source>
        <translation>(no studio)</translation>
    </message>
    <message>
        <source>五小成果按季度和等级</source>
        <translation>Five-small results by quarter and grade</translation>
    </message>
    <message>
        <source>各分工会</source>
        <translation>By branch union</translation>
    </message>
    <message>
        <source>实用新型</source>
        <translation>Utility models</translation>
    </message>
    <message>
        <source>一类及以上</source>
        <translation>Class 1 or above</translation>
    </message>
    <message>
        <source>荣誉按级别</source>
        <translation>Honours by level</translation>
    </message>
    <message>
        <source>荣誉数</source>
        <translation>Honours</translation>
    </message>
    <message>
        <source>{year} 年第 {q} 季度五小成果</source>
        <translation>Five-small achievements, {year} Q{q}</translation>
    </message>
    <message>
        <source>{grade}成果</source>
        <translation>{grade} achievement</translation>
    </message>
    <message>
        <source>您参与的“{title}”在{year}年第{q}季度五小成果评审中被评为{grade}成果。</source>
        <translation>Your achievement &quot;{title}&quot; was graded {grade} in the five-small evaluation of {year} Q{q}.</translation>
    </message>
    <message>
        <source>{year}年第{q}季度“五小”成果发布会</source>
        <translation>Five-small achievement release meeting, {year} Q{q}</translation>
    </message>
    <message>
        <source>{year} 年荣誉名单</source>
        <translation>Honours of {year}</translation>
    </message>
    <message>
        <source>荣获{body}授予的“{title}”称号。</source>
        <translation>Awarded the title &quot;{title}&quot; by {body}.</translation>
    </message>
    <message>
        <source>五小成果评审结果</source>
        <translation>Five-small evaluation results</translation>
    </message>
    <message>
        <source>荣誉名单</source>
        <translation>Honours list</translation>
    </message>
    <message>
        <source>请先组成评审组，再导出评分包。</source>
        <translation>Form the panel before exporting judge packages.</translation>
    </message>
    <message>
        <source>本轮还没有收集成果，没有可评分的内容。</source>
        <translation>No results have been collected in this round: nothing to score.</translation>
    </message>
    <message>
        <source>五小成果评委评分密钥单（请分别交给各位评委本人，与评分包分开传递）</source>
        <translation>Five-small judges&apos; key slip (hand each judge their own key, separately from the package)</translation>
    </message>
    <message>
        <source>成果评审</source>
        <translation>Result review</translation>
    </message>
    <message>
        <source>这是技能竞赛的评分包，请在“技能竞赛”中导入。</source>
        <translation>This is a skill-contest judge package: import it under “Skill contests”.</translation>
    </message>
    <message>
        <source>评分包属于另一个评审轮次（“{name}”），本数据库中没有该轮次。</source>
        <translation>The package belongs to another round (“{name}”), which is not in this database.</translation>
    </message>
    <message>
        <source>{judge} 不是{round}评审组的评委，评分包不能导入。</source>
        <translation>{judge} is not on the panel of {round}; the package cannot be imported.</translation>
    </message>
    <message>
        <source>评分包签名不符：文件在评分程序之外被修改过，或不是该评委的评分包。未导入任何评分。</source>
        <translation>The package&apos;s signature does not match: it was changed outside judge mode, or it is not this judge&apos;s. No mark was imported.</translation>
    </message>
    <message>
        <source>这是尚未评分的空白评分包，请导入评委“完成并签名”后生成的文件。</source>
        <translation>This is a blank package: import the file made by the judge&apos;s “Finish and sign”.</translation>
    </message>
    <message>
        <source>这是 {judge} 较早的评分包（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。</source>
        <translation>This is an older package of {judge} (version {seq}); version {last} was imported already and cannot be overwritten by an older one.</translation>
    </message>
    <message>
        <source>{judge} 的评分与已导入的完全相同，未作任何更改。</source>
        <translation>{judge}&apos;s marks are the same as those imported; nothing changed.</translation>
    </message>
    <message>
        <source>评分包</source>
        <translation>Judge package</translation>
    </message>
    <message>
        <source>成果 {bib} 不在本轮评审中</source>
        <translation>result {bib} is not in this round</translation>
    </message>
    <message>
        <source>评分项目 {id} 不属于本轮评分表</source>
        <translation>criterion {id} is not on this round&apos;s score sheet</translation>
    </message>
    <message>
        <source>成果 {bib}“{item}”：{value} 超出 0～{max}</source>
        <translation>result {bib} “{item}”: {value} is outside 0–{max}</translation>
    </message>
    <message>
        <source>成果 {bib}“{item}”评了两次</source>
        <translation>result {bib} “{item}” is marked twice</translation>
    </message>
    <message>
        <source>{judge}：新增 {added} 个评分，修改 {changed} 个，删除 {removed} 个，未变 {same} 个。</source>
        <translation>{judge}: {added} marks added, {changed} changed, {removed} removed, {same} unchanged.</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>搜索工作室名称或领衔人</source>
        <translation>Search studio or leader</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>新增工作室…</source>
        <translation>New studio…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>登记命名…</source>
        <translation>Add recognition…</translation>
    </message>
</context>
<context>
    <name>StudiosTab</name>
    <message>
        <source>年度成果汇编…</source>
        <translation>Yearly compilation…</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>成果与专利</source>
        <translation>Results and patents</translation>
    </message>
    <message>
        <source>季度评审</source>
        <translation>Quarterly evaluation</translation>
    </message>
    <message>
        <source>荣誉</source>
        <translation>honour</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>年度成果汇编</source>
        <translation>Yearly compilation</translation>
    </message>
    <message>
        <source>汇编年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>保存成果汇编</source>
        <translation>Save compilation</translation>
    </message>
    <message>
        <source>{year}年度职工创新成果汇编.pdf</source>
        <translation>innovation-compilation-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF 小册子 (*.pdf);;Excel 表格 (*.xlsx)</source>
        <translation>PDF booklet (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在生成 {year} 年成果汇编……</source>
        <translation>Writing the {year} compilation…</translation>
    </message>
    <message>
        <source>已生成成果汇编（{n} 项成果）：{path}</source>
        <translation>Compilation written ({n} results): {path}</translation>
    </message>
</context>
<context>
    <name>StudiosViews</name>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
