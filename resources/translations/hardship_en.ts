<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchDialog</name>
    <message>
        <source>批量登记送温暖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为{scope}已审批建档、本年度尚未发放送温暖的每户困难家庭各登记一笔，金额按困难类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}（元/户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>春节送温暖慰问金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已为 {n} 户登记送温暖，合计 {total} 元；{already} 户本年度已经发放过。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>名单由系统根据工会已掌握的数据生成（医疗互助大额费用和困难预警、重病或意外、会员去世、在册亲属的变故等），无需本人申请。委员会逐一研究：建立档案，或写明理由后排除（本年内不再列出，出现新线索时重新列出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予建档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复到名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待研究</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年已排除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免申即享名单：{reasons}（{details}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把该会员恢复到本年的候选名单吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出免申即享名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年免申即享候选名单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 人到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出名单…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>不予建档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;线索：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员会研究的意见，如：经了解家庭收入稳定，本人表示不需要帮扶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>困难职工档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建困难职工档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或工号后按回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>因突发意外或重大疾病致困（意外致困）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就业、健康、就学情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在读学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元/年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近 12 个月家庭收入与刚性支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员家属登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后进入“待走访”；走访、公示、审批在档案列表的工具栏办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前账号无权查看困难家庭的详细情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{no}，{branch}，{base}基地）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该会员的家庭已有困难档案 {no}，一户只建一份档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no}&#x3000;{name}&#x3000;{category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受助学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理记录（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放记录（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{branch}，{base}基地，{origin}，{opened} 建档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示至 {until}（节假日不计），之后可审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{approved} 审批，{due} 前复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} 销档（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪回访至 {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额填写有误，暂不能认定困难类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写家庭人口和收支后，按家庭人均月收入自动认定困难类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该基地在核定日期没有低保标准，保存时会被拒绝，请先在“低保标准与规则”中录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭年收入 {income} 元，刚性支出 {expense} 元，{size} 口人，人均月收入 {per_head} 元；{base}低保标准 {line} 元/人·月（{since} 起）→ {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>新建档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、工号、档案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部基地</source>
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
        <source>不限期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销档跟踪期内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出困难档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难职工档案.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 份档案到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出困难档案…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hardship</name>
    <message>
        <source>建档会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>致困原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入与支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请/推荐日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销档原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>排除理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受助学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保标准（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核周期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相对困难线（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大额医疗费用线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建档日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深度困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相对困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意外致困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已销档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织推荐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刚性支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送温暖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金秋助学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应急救助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入户走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>张榜公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批建档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已脱困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经核实不符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调离或退会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医疗困难预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大额医疗费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重病或意外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员变故</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他共同生活成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年医疗互助自付 {paid} 元，超过困难预警线 {line} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年医疗费用 {total} 元（1 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年医疗费用 {total} 元（{n} 件，单件最高 {largest} 元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年有 {n} 件重大疾病或意外伤害互助申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员本人于 {day} 去世，家庭失去一份收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年有重大疾病或意外伤害互助申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation}{name}（本会会员）{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已排除：{reason}。线索：{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明不予建档的理由（委员会的意见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能超过 {n} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该会员不在本年的免申即享名单上（可能已建档或已排除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该会员本年没有被排除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免申即享候选名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已排除名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该困难职工档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额应大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额超出合理范围（不超过 1000 万元），请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度没有{programme}的发放记录，无法生成签字表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度{programme}领取签字表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主（会员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位：{company}；范围：{scope}；共 {n} 户，金额合计 {total} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人：＿＿＿＿＿＿＿＿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核人：＿＿＿＿＿＿＿＿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会负责人（盖章）：＿＿＿＿＿＿＿＿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制表日期：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明：领取人本人签字；代领的，注明代领人姓名及与户主关系。本表随发放凭证归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本报告只含以下分工会：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截至 {year} 年末在档困难职工家庭 {on_record} 户，其中深度困难 {deep} 户、相对困难 {relative} 户、意外致困 {accident} 户。本年新建档案 {opened} 份（其中免申即享 {candidate} 份，本人申请 {applied} 份），销档 {closed} 份（已脱困 {recovered} 份）。全年发放帮扶资金 {total} 元：送温暖 {spring_n} 户 {spring} 元，金秋助学 {school_n} 人次 {school} 元，应急救助 {emergency_n} 人次 {emergency} 元。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度困难职工帮扶工作报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在档合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年建档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年销档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受助户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放笔数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一、各分工会困难职工档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二、帮扶资金发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三、各户全年受助明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年没有发放记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各分工会档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各户受助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择建档的会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写了家庭收入，必须同时填写家庭人口数：困难类别按家庭人均收入认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应在 1 到 {n} 人之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员表列了 {n} 人，多于家庭人口数 {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系“{r}”不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能早于申请/推荐日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该会员和所在分工会都没有登记基地，无法确定适用的低保标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联的会员不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的家庭已有困难档案 {no}（{stage}），一户只建一份档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 已销档，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 正在公示（至 {until}），公示的内容不能修改；公示结束后再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建档案不能改挂到其他会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的会籍状态为“{status}”，不能建立困难档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员已被他人修改，请重新打开档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} 已有助学发放记录，不能从家庭成员中删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择困难家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放日期 {on} 与年度 {year} 相差太远，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金秋助学须选择受助学生（家庭成员中标为在读学生的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 已销档，不能再发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme}只发给已审批建档的困难家庭；档案 {no} 当前为“{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受助学生须是该家庭中标为在读学生的成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 已登记 {year} 年送温暖（{on}，{amount} 元），每户每年一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该发放记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{step}”不是可以办理的步骤。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 当前为“{stage}”，不能办理“{step}”（应在{allowed}时办理）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 {on} 早于{what}（{earlier}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 还没有填写家庭人口和收支，无法复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能登记今天以后的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示至 {until}（{n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期未满：{from_} 起公示 {n} 个工作日，至 {until} 结束（节假日不计），{until} 之后才能审批，{on} 不能审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 {on} 的低保标准（{line} 元/人·月），档案 {no} 的家庭人均月收入 {per_head} 元已不符合困难条件。请办理销档（已脱困），销档后跟踪回访 {months} 个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择销档原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 的跟踪期已于 {until} 结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 未经审批即销档，没有跟踪期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销档日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写回访情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 还没有填写家庭人口和收支，不能公示：公示的是核定的困难类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 的家庭人均月收入 {per_head} 元，不低于相对困难认定线（低保标准 {line} 元的 {pct}%），也未认定意外致困，不符合困难条件，不能公示。经核实不符合的，请销档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}·跟踪中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出困难档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人均月收入（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保标准（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难职工档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}基地没有 {on} 适用的低保标准，无法认定困难类别。请先在“低保标准”中录入该基地的标准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} 没有适用的帮扶规则（公示天数、跟踪期等），请先在“低保标准”中录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{base}”不是本会的基地（{bases}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保标准超出合理范围（每人每月不超过 1 万元），请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}基地在 {on} 已有一条低保标准，请修改那一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该低保标准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应在 {low} 到 {high} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} 起已有一套规则，请修改那一套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该帮扶规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前账号无权查看困难帮扶统计。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardshipTab</name>
    <message>
        <source>困难档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保标准与规则</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>低保标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：某市民政局关于调整城乡低保标准的通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>困难帮扶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>修改发放记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记帮扶发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送温暖、金秋助学只发给已审批建档的家庭；应急救助可发给办理中的家庭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除此记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除这条发放记录吗？（误录时使用，删除会记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <source>登记发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量送温暖…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取签字表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、档案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} 年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年{programme}领取签字表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存领取签字表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成签字表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年困难职工帮扶报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存年度报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成年度报告…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>帮扶规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>各基地低保标准（元/人·月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增标准…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增规则…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别按家庭人均月收入（扣除刚性支出）与会员所在基地的低保标准比较：低于标准为深度困难，低于相对困难线为相对困难。没有标准的基地不能认定，系统不会套用其他基地或默认值。标准调整时新增一行并填写起始日期；已认定的档案保留当时的标准，复核时按新标准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保标准（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示（工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核周期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相对困难线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大额医疗费用（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保的 {pct}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>走访人员、核实的家庭人口、收入和支出情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示地点和方式（不填则记录公示期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会委员会的审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核情况：家庭变化、收入变化（先在档案中更新收支再复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销档的依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案 {no} 当前为“{stage}”，不能办理“{step}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no}&#x3000;{name}（{branch}）&#x3000;{category}&#x3000;{stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期至 {until}（按工作日计，节假日不计），最早 {first} 可审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期从公示日的下一个工作日起算，节假日和周末不计（调休上班日计入）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建档的家庭销档后还要跟踪回访，跟踪期按现行规则计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟踪期至 {until}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsDialog</name>
    <message>
        <source>年度帮扶汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受助户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放笔数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主（会员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
