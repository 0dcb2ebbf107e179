<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddRepresentativesDialog</name>
    <message>
        <source>添加职工代表</source>
        <translation>Add representatives</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>填写或粘贴选举产生的代表的工号（可多个，用空格、逗号或换行分隔），他们须是名册中的在会会员。</source>
        <translation>Type or paste the employee numbers of the elected representatives (several: separated by spaces, commas or lines); they must be members at work in the register.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>交办承办部门</source>
        <translation>Assign to a handling department</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>推荐候选人</source>
        <translation>Recommended candidate</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名册中的工号</source>
        <translation>Employee number in the register</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>推荐通知</source>
        <translation>Recommendation notice</translation>
    </message>
    <message>
        <source>登记新通知…</source>
        <translation>Enter a new notice…</translation>
    </message>
    <message>
        <source>修改本通知…</source>
        <translation>Edit this notice…</translation>
    </message>
    <message>
        <source>添加候选人</source>
        <translation>Add candidate</translation>
    </message>
    <message>
        <source>上会研究</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>推荐审批表</source>
        <translation>Recommendation form</translation>
    </message>
    <message>
        <source>搜索：候选人</source>
        <translation>Search: candidate</translation>
    </message>
    <message>
        <source>全部进度</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>还没有推荐通知：请先登记上级工会的通知。</source>
        <translation>No recommendation notice yet: enter the higher union&apos;s notice first.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{honour}（{level}，{issuer}）：名额 {quota} 名，{deadline} 前报送；结构比例：{ratios}。候选人 {candidates} 名，已报送 {submitted} 名，获评 {awarded} 名。</source>
        <translation>{honour} ({level}, {issuer}): quota {quota}, submit by {deadline}; structure ratios: {ratios}. Candidates {candidates}, submitted {submitted}, awarded {awarded}.</translation>
    </message>
    <message>
        <source>请先登记上级工会的推荐通知。</source>
        <translation>Enter the higher union&apos;s recommendation notice first.</translation>
    </message>
    <message>
        <source>保存推荐审批表</source>
        <translation>Save the recommendation form</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>正在生成推荐审批表…</source>
        <translation>Making the recommendation form…</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>提案人意见与办结</source>
        <translation>Proposer&apos;s view and closing</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>Congress</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>女</source>
        <translation>F</translation>
    </message>
    <message>
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>所在分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <source>工种/岗位</source>
        <translation>Trade / job</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>参加工作时间</source>
        <translation>Started work</translation>
    </message>
    <message>
        <source>入会时间</source>
        <translation>Joined the union</translation>
    </message>
    <message>
        <source>工作室名称</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>带头人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>研究领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>现有级别</source>
        <translation>Current level</translation>
    </message>
    <message>
        <source>{year}年度{honour}推荐审批表</source>
        <translation>{year} {honour}: recommendation and approval form</translation>
    </message>
    <message>
        <source>{start}至{end}在本单位公示，公示期间无异议。</source>
        <translation>Publicly notified in the unit from {start} to {end}; no objection was raised.</translation>
    </message>
    <message>
        <source>经{on}工会委员会会议研究，同意推荐。会议纪要：{minutes}</source>
        <translation>Recommended by the union committee meeting of {on}. Minutes: {minutes}</translation>
    </message>
    <message>
        <source>（盖章）&#x3000;&#x3000;______年____月____日</source>
        <translation>(seal)    date ______________</translation>
    </message>
    <message>
        <source>主要事迹</source>
        <translation>Account of deeds</translation>
    </message>
    <message>
        <source>公示情况</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>基层工会意见</source>
        <translation>Opinion of the basic-level union</translation>
    </message>
    <message>
        <source>上级工会意见</source>
        <translation>Opinion of the higher union</translation>
    </message>
    <message>
        <source>推荐级别：{level}；评选单位：{issuer}</source>
        <translation>Level: {level}; awarding body: {issuer}</translation>
    </message>
    <message>
        <source>职代会</source>
        <translation>Congress session</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>召开日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>提案人</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>附议人</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>审查结论</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审查日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>提案人满意度</source>
        <translation>Proposer&apos;s satisfaction</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>通知标题</source>
        <translation>Notice title</translation>
    </message>
    <message>
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>报送截止</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <source>结构比例</source>
        <translation>Structure ratios</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>工作室</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>公示开始</source>
        <translation>Notice starts</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>结果日期</source>
        <translation>Result date</translation>
    </message>
    <message>
        <source>分工会</source>
        <translation>Branch union</translation>
    </message>
    <message>
        <source>提案号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>公示期满</source>
        <translation>Notice ends</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>请选择级别</source>
        <translation>choose a level</translation>
    </message>
    <message>
        <source>年度应在 1950—2100 之间</source>
        <translation>the year must be between 1950 and 2100</translation>
    </message>
    <message>
        <source>名额至少为 1</source>
        <translation>the quota must be at least 1</translation>
    </message>
    <message>
        <source>第 {n} 条比例不完整，或百分比不在 0—100 之间</source>
        <translation>ratio {n} is incomplete, or its percentage is not between 0 and 100</translation>
    </message>
    <message>
        <source>找不到该推荐通知。</source>
        <translation>That recommendation notice was not found.</translation>
    </message>
    <message>
        <source>请选择岗位类别</source>
        <translation>choose a post category</translation>
    </message>
    <message>
        <source>请填写候选人的工号</source>
        <translation>enter the candidate&apos;s employee number</translation>
    </message>
    <message>
        <source>请选择工作室</source>
        <translation>choose a studio</translation>
    </message>
    <message>
        <source>名册中没有这个工号的在会会员</source>
        <translation>no member at work in the register has this employee number</translation>
    </message>
    <message>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>已是本次推荐的候选人</source>
        <translation>is already a candidate of this notice</translation>
    </message>
    <message>
        <source>候选人已报送，不能再修改。</source>
        <translation>The candidate has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <source>找不到该候选人。</source>
        <translation>That candidate was not found.</translation>
    </message>
    <message>
        <source>请先选择候选人。</source>
        <translation>Choose candidates first.</translation>
    </message>
    <message>
        <source>{name}现为“{stage}”，不能{doing}。</source>
        <translation>{name} is at “{stage}”: cannot {doing}.</translation>
    </message>
    <message>
        <source>登记会议</source>
        <translation>record a meeting</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>不能早于会议日期（{on}）</source>
        <translation>cannot be before the meeting date ({on})</translation>
    </message>
    <message>
        <source>{name}：公示不少于 {days} 个工作日，{start} 起公示，{on} 是第 {n} 个工作日，{end} 期满后方可报送</source>
        <translation>{name}: the public notice runs at least {days} working days; it started {start}, {on} is its working day {n}; submit after it ends on {end}</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>所选候选人不属于这份推荐通知。</source>
        <translation>The chosen candidates do not belong to this notice.</translation>
    </message>
    <message>
        <source>已过通知的报送截止日期（{on}）</source>
        <translation>past the notice&apos;s submission deadline ({on})</translation>
    </message>
    <message>
        <source>通知名额 {quota} 名，本批报送后将达 {n} 名</source>
        <translation>the notice&apos;s quota is {quota}; with this batch it would be {n}</translation>
    </message>
    <message>
        <source>登记结果</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>不能早于报送日期（{on}）</source>
        <translation>cannot be before the submission date ({on})</translation>
    </message>
    <message>
        <source>一线职工</source>
        <translation>Front-line workers</translation>
    </message>
    <message>
        <source>专业技术和一般管理人员</source>
        <translation>Technical and general staff</translation>
    </message>
    <message>
        <source>中层及以上管理人员</source>
        <translation>Middle management and above</translation>
    </message>
    <message>
        <source>生产经营</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>安全生产</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>工资福利</source>
        <translation>Wages and benefits</translation>
    </message>
    <message>
        <source>教育培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>生活后勤</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>待审查</source>
        <translation>Awaiting committee</translation>
    </message>
    <message>
        <source>已立案</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>转为意见建议</source>
        <translation>Turned into an opinion</translation>
    </message>
    <message>
        <source>不予立案</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>已上会</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>On notice</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已获评</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>未获评</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>不少于</source>
        <translation> at least</translation>
    </message>
    <message>
        <source>不超过</source>
        <translation> at most</translation>
    </message>
    <message>
        <source>一线职工代表比例下限（%）</source>
        <translation>Front-line representatives, at least (%)</translation>
    </message>
    <message>
        <source>中层及以上管理人员代表比例上限（%）</source>
        <translation>Middle management and above, at most (%)</translation>
    </message>
    <message>
        <source>女职工代表比例可低于职工中女职工比例的百分点</source>
        <translation>Points the women&apos;s share may fall below the workforce&apos;s</translation>
    </message>
    <message>
        <source>推荐公示最少工作日</source>
        <translation>Working days of a recommendation&apos;s public notice, at least</translation>
    </message>
    <message>
        <source>{honour}推荐审批表.pdf</source>
        <translation>{honour} recommendation form.pdf</translation>
    </message>
    <message>
        <source>找不到该提案。</source>
        <translation>That proposal was not found.</translation>
    </message>
    <message>
        <source>第 {n} 号提案现为“{status}”，不能{doing}。</source>
        <translation>Proposal {n} is “{status}”: cannot {doing}.</translation>
    </message>
    <message>
        <source>请选择提案人（须为本次职代会代表）</source>
        <translation>choose the proposer (a representative of this session)</translation>
    </message>
    <message>
        <source>请选择类别</source>
        <translation>choose a category</translation>
    </message>
    <message>
        <source>提案人不必再列为附议人</source>
        <translation>the proposer need not co-sign</translation>
    </message>
    <message>
        <source>不是本次职代会的代表</source>
        <translation>is not a representative of this session</translation>
    </message>
    <message>
        <source>附议人须为本次职代会的代表</source>
        <translation>co-signers must be representatives of this session</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>请选择审查结论</source>
        <translation>choose the committee&apos;s decision</translation>
    </message>
    <message>
        <source>转为意见建议或不予立案须写明理由</source>
        <translation>turning into an opinion or not accepting needs a reason</translation>
    </message>
    <message>
        <source>再审查</source>
        <translation>review again</translation>
    </message>
    <message>
        <source>不能早于{what}（{on}）</source>
        <translation>cannot be before the {what} ({on})</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>登记答复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>请选择提案人的意见</source>
        <translation>choose the proposer&apos;s view</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>逾期未答复</source>
        <translation>Overdue, unanswered</translation>
    </message>
    <message>
        <source>荣获{body}授予的“{title}”称号。</source>
        <translation>Awarded the title “{title}” by {body}.</translation>
    </message>
    <message>
        <source>评先推荐获评名单</source>
        <translation>Awarded in honours recommendations</translation>
    </message>
    <message>
        <source>征集提案</source>
        <translation>Collect proposal</translation>
    </message>
    <message>
        <source>办结率（办结 ÷ 立案）</source>
        <translation>Resolution rate (closed ÷ accepted)</translation>
    </message>
    <message>
        <source>提案人{label}</source>
        <translation>Proposer: {label}</translation>
    </message>
    <message>
        <source>{session}提案工作报告</source>
        <translation>{session}: proposals report</translation>
    </message>
    <message>
        <source>会议召开日期：{held}&#x3000;统计截至：{today}</source>
        <translation>Held on {held}; figures as of {today}</translation>
    </message>
    <message>
        <source>本次大会共征集提案 {total} 件，经审查立案 {accepted} 件，已办结 {closed} 件，办结率 {rate}。</source>
        <translation>The session collected {total} proposals; the committee accepted {accepted}, {closed} are closed: a resolution rate of {rate}.</translation>
    </message>
    <message>
        <source>一、总体情况</source>
        <translation>1. Overview</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>二、分类情况</source>
        <translation>2. By category</translation>
    </message>
    <message>
        <source>提案数</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>三、提案办理明细</source>
        <translation>3. Every proposal and its handling</translation>
    </message>
    <message>
        <source>四、逾期未答复的提案</source>
        <translation>4. Overdue, unanswered proposals</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>{on} 没有生效的规则：{rules}。</source>
        <translation>No rule in force on {on}: {rules}.</translation>
    </message>
    <message>
        <source>一线职工代表占 {share}%，低于“一线职工不少于 {rule}%”的规定。</source>
        <translation>Front-line workers are {share}% of the representatives, below the rule “front-line workers at least {rule}%”.</translation>
    </message>
    <message>
        <source>中层及以上管理人员代表占 {share}%，超过“中层及以上管理人员不超过 {rule}%”的规定。</source>
        <translation>Middle management and above are {share}% of the representatives, above the rule “middle management and above at most {rule}%”.</translation>
    </message>
    <message>
        <source>女职工代表占 {share}%，低于职工中女职工的 {workforce}%，不符合“女职工代表比例相适应”的规定。</source>
        <translation>Women are {share}% of the representatives but {workforce}% of the workforce: the rule “women in proportion” is not met.</translation>
    </message>
    <message>
        <source>{category}{bound} {percent}%</source>
        <translation>{category}{bound} {percent}%</translation>
    </message>
    <message>
        <source>{category}占 {share}%，不符合通知“{rule}”的要求。</source>
        <translation>{category} are {share}%: the notice&apos;s rule “{rule}” is not met.</translation>
    </message>
    <message>
        <source>找不到该次职代会。</source>
        <translation>That congress session was not found.</translation>
    </message>
    <message>
        <source>已有同名的职代会</source>
        <translation>a session of that name exists</translation>
    </message>
    <message>
        <source>请填写代表的工号</source>
        <translation>enter the representatives&apos; employee numbers</translation>
    </message>
    <message>
        <source>名册中没有工号 {no}</source>
        <translation>no employee number {no} in the register</translation>
    </message>
    <message>
        <source>工号 {no} 不是在会会员</source>
        <translation>{no} is not a member at work</translation>
    </message>
    <message>
        <source>工号 {no} 已是本次职代会的代表</source>
        <translation>{no} is already a representative of this session</translation>
    </message>
    <message>
        <source>所选代表中有人提交了提案，不能从名册中移除。</source>
        <translation>Some of the chosen representatives have proposals: they cannot leave the roster.</translation>
    </message>
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
        <source>第 {n} 号提案：{status}。</source>
        <translation>Proposal {n}: {status}.</translation>
    </message>
</context>
<context>
    <name>CongressTab</name>
    <message>
        <source>职代会提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>职工代表</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>评先推荐</source>
        <translation>Honours recommendation</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>工会委员会会议</source>
        <translation>Union committee meeting</translation>
    </message>
    <message>
        <source>所选 {n} 名候选人经会议研究推荐。</source>
        <translation>The {n} chosen candidates were put forward by the meeting.</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>职代会与评先</source>
        <translation>Congress and honours</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>推荐通知</source>
        <translation>Recommendation notice</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>征集提案</source>
        <translation>Collect proposal</translation>
    </message>
    <message>
        <source>第 {n} 号提案</source>
        <translation>Proposal {n}</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>如：关于改善倒班宿舍条件的提案</source>
        <translation>e.g. On better dormitories for shift workers</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>征集提案</source>
        <translation>Collect proposal</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>立案审查</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>登记答复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>提案工作报告</source>
        <translation>Proposals report</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>搜索：提案号、案由、提案人、承办部门</source>
        <translation>Search: number, subject, proposer, department</translation>
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
        <source>逾期未答复</source>
        <translation>Overdue, unanswered</translation>
    </message>
    <message>
        <source>还没有职代会：请先在“职工代表”页新建一次职代会。</source>
        <translation>No congress session yet: create one on the Representatives page first.</translation>
    </message>
    <message>
        <source>提案 {total} 件，立案 {accepted} 件，已办结 {closed} 件，办结率 {rate}；逾期未答复 {overdue} 件。</source>
        <translation>{total} proposals, {accepted} accepted, {closed} closed, resolution rate {rate}; {overdue} overdue and unanswered.</translation>
    </message>
    <message>
        <source>请先在“职工代表”页新建一次职代会。</source>
        <translation>Create a congress session on the Representatives page first.</translation>
    </message>
    <message>
        <source>保存提案工作报告</source>
        <translation>Save the proposals report</translation>
    </message>
    <message>
        <source>报告已保存：{path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>正在生成提案工作报告…</source>
        <translation>Making the proposals report…</translation>
    </message>
</context>
<context>
    <name>PublicNoticeDialog</name>
    <message>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>所选 {n} 名候选人在本单位公示；公示期按工作日计算（节假日见系统管理 → 节假日）。</source>
        <translation>The {n} chosen candidates are notified publicly in the unit; the period counts working days (holidays: Administration → Holidays).</translation>
    </message>
    <message>
        <source>公示期至 {end} 届满，届满后方可报送。</source>
        <translation>The notice ends on {end}; submit after that.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>登记书面答复</source>
        <translation>Record the written reply</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>评选结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{name}：获评后写入荣誉登记，可用于制发证书。</source>
        <translation>{name}: an award goes into the honours registry and can be printed as a certificate.</translation>
    </message>
    <message>
        <source>获评</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>未获评</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>提案委员会审查</source>
        <translation>Proposals committee review</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>新建职代会</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>添加代表</source>
        <translation>Add representatives</translation>
    </message>
    <message>
        <source>移出名册</source>
        <translation>Remove from roster</translation>
    </message>
    <message>
        <source>搜索：姓名、工号</source>
        <translation>Search: name, employee number</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>全部岗位类别</source>
        <translation>All post categories</translation>
    </message>
    <message>
        <source>还没有职代会：请先“新建职代会”。</source>
        <translation>No congress session yet: create one first.</translation>
    </message>
    <message>
        <source>代表 {total} 名：一线职工 {front}%，中层及以上 {management}%，女职工 {women}%（职工中 {workforce}%）。</source>
        <translation>{total} representatives: front-line {front}%, middle management and above {management}%, women {women}% (workforce {workforce}%).</translation>
    </message>
    <message>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <source>构成符合规定。</source>
        <translation>The composition meets the rules.</translation>
    </message>
    <message>
        <source>将所选 {n} 名代表移出本次职代会的名册？</source>
        <translation>Remove the {n} chosen representatives from this session&apos;s roster?</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>提案按期办结率</source>
        <translation>Proposals closed on time</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>新建职代会</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>如：第五届职工代表大会第三次会议</source>
        <translation>e.g. Third meeting of the Fifth Workers&apos; Congress</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>报送上级工会</source>
        <translation>Submit to the higher union</translation>
    </message>
    <message>
        <source>报送所选 {n} 名候选人。报送前检查：公示期已满、名额（{quota} 名）和通知的结构比例。</source>
        <translation>Submit the {n} chosen candidates. Checked first: the notice period is over, the quota ({quota}) and the notice&apos;s structure ratios.</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>_RatioRow</name>
    <message>
        <source>不用</source>
        <translation>unused</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>第 {n} 号提案：{title}（提案人 {who}，{branch}）</source>
        <translation>Proposal {n}: {title} (proposer {who}, {branch})</translation>
    </message>
</context>
</TS>
