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
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>People</translation>
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
        <source>模板</source>
        <translation>Template</translation>
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
        <source>已添加附件 {name}</source>
        <translation>Attachment {name} added</translation>
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
        <translation>Result</translation>
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
        <source>个人：姓名（工号）</source>
        <translation>Person: name (employee no.)</translation>
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
        <source>证书编号</source>
        <translation>Certificate no.</translation>
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
        <source>个人荣誉</source>
        <translation>Person&apos;s honours</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
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
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入预览：{name}</source>
        <translation>Import preview: {name}</translation>
    </message>
    <message>
        <source>正在读取并检查……</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>只导入无误的行</source>
        <translation>Import valid rows only</translation>
    </message>
    <message>
        <source>正在检查文件……</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>可导入 {valid} 行，有问题 {bad} 行。确认后在一个事务中写入，任何一行失败则全部不写。</source>
        <translation>{valid} rows can be imported, {bad} have problems. Rows are written in one transaction: if any fails, nothing is written.</translation>
    </message>
    <message>
        <source>无法导入：</source>
        <translation>Cannot import:</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已导入 {n} 行。</source>
        <translation>{n} rows imported.</translation>
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
        <source>开启新一轮评审</source>
        <translation>Open a new round</translation>
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
        <source>开启评审</source>
        <translation>Open round</translation>
    </message>
    <message>
        <source>年度-季度，如 2026-3：</source>
        <translation>Year-quarter, e.g. 2026-3:</translation>
    </message>
    <message>
        <source>请按“年度-季度”填写，如 2026-3。</source>
        <translation>Enter year-quarter, e.g. 2026-3.</translation>
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
</context>
<context>
    <name>StudioDialog</name>
    <message>
        <source>新增创新工作室</source>
        <translation>New innovation studio</translation>
    </message>
    <message>
        <source>姓名（工号），如 张三（E100012）</source>
        <translation>Name (employee no.), e.g. 张三（E100012）</translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation>Studio name</translation>
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
        <translation>Five-small kind</translation>
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
        <translation>Granted on</translation>
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
        <translation>People</translation>
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
        <translation>Awarded on</translation>
    </message>
    <message>
        <source>与年度不一致</source>
        <translation>does not match the year</translation>
    </message>
    <message>
        <source>获奖人</source>
        <translation>Recipient</translation>
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
        <source>名称</source>
        <translation>Name</translation>
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
        <translation>Result</translation>
    </message>
    <message>
        <source>荣誉</source>
        <translation>Honours</translation>
    </message>
    <message>
        <source>导入{label} {n} 条</source>
        <translation>Imported {n} {label}</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
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
        <translation>Honours</translation>
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
    <name>_ListPage</name>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>选择要导入的表格</source>
        <translation>Choose the spreadsheet to import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
    </message>
    <message>
        <source>成果导入模板.xlsx</source>
        <translation>achievements-import-template.xlsx</translation>
    </message>
    <message>
        <source>荣誉导入模板.xlsx</source>
        <translation>honours-import-template.xlsx</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>模板已保存到 {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
</context>
</TS>
