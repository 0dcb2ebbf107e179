<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AchievementDialog</name>
    <message>
        <source>编辑成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不属于工作室）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名（工号）份额，多人用“；”分隔，如 张三（E100012）60%；李四（E100013）40%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利号如 ZL202310123456.7；五小成果可留空，自动编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以元为单位，如 350000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授权/登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采纳日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利号/登记号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>效益年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测算方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果简介</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>搜索成果名称或专利号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记成果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除成果“{title}”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加附件 {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>评定等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <source>登记荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人：姓名（工号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获奖对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获奖人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集体名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会（集体）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HonoursPage</name>
    <message>
        <source>搜索荣誉名称或获奖人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记荣誉…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是集体或工作室荣誉，请选择一条个人荣誉。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的荣誉（{n} 项，含其所在工作室的荣誉）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获奖对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授予单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入预览：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取并检查……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导入无误的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查文件……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可导入 {valid} 行，有问题 {bad} 行。确认后在一个事务中写入，任何一行失败则全部不写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {n} 行。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>创新工作室</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>登记新的命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>开启新一轮评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收集已申报的五小成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评定等级…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤出本轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束评审并发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有评审轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}五小成果发布会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开启：{opened}&#x3000;结束：{closed}&#x3000;收集成果 {n} 项，已评定 {g} 项，待评定 {p} 项&#x3000;评审组：{panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开启评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度-季度，如 2026-3：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请按“年度-季度”填写，如 2026-3。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收集了 {n} 项已申报的五小成果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把该成果撤出本轮评审，退回“已申报”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束{title}评审？结束后等级不能再修改，评级成果将发布并可用于证书和汇编。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审已结束，发布评级成果 {n} 项。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室 {s} 个&#x3000;发明专利 {i} 件&#x3000;实用新型 {u} 件&#x3000;经济效益 {b} 元&#x3000;五小成果 {f} 项（一类及以上 {c} 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创新成果统计.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioDialog</name>
    <message>
        <source>新增创新工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名（工号），如 张三（E100012）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioPageWidget</name>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果与效益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中发明专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名历程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果与专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>效益（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studios</name>
    <message>
        <source>国家级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发明专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实用新型专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外观设计专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>软件著作权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五小成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>技术论文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小发明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小创造</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小革新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小设计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已评级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不评级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该成果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该成果已在季度评审中发布，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该成果已进入季度评审，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件“{name}”超过 20 MB，请压缩后再添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该附件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利号格式应如 ZL202310123456.7（12 位申请号加校验位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利号第 {pos} 位是专利类型，“{digit}”与“{kind}”不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专利号校验位不正确，请核对号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>软件著作权登记号格式应如 2023SR0123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五小成果编号格式应如 WX2026-0001（可留空，由系统编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号不能超过 64 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>效益请以“元”为单位填写，不要写“万”：如 35 万元应填 350000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济效益不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少要有一名完成人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一人不能重复列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号为 {id} 的人员不是会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份额应在 1%—100% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各完成人份额合计应为 100%，现为 {total}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该评审轮次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 1—4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审尚未结束，请先结束它再开启新的评审。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度的评审已经开过了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审已经结束，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收集 {n} 项五小成果进入 {year} 年第 {quarter} 季度评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果“{title}”不在任何进行中的评审里，不能评级；请先开启评审并收集成果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果“{title}”所在的 {year} 年第 {quarter} 季度评审已经结束，不能再评级。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {n} 项成果没有评定等级（{titles}{more}），不能结束评审。不予评级的请选“不评级”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年第 {quarter} 季度评审结束，发布 {n} 项评级成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该工作室。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有同名工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领衔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号 {ids} 不是会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济效益（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>搜索工作室名称或领衔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增工作室…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记命名…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudiosTab</name>
    <message>
        <source>年度成果汇编…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果与专利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度成果汇编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇编年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存成果汇编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年度职工创新成果汇编.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 小册子 (*.pdf);;Excel 表格 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成 {year} 年成果汇编……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成成果汇编（{n} 项成果）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要导入的表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
