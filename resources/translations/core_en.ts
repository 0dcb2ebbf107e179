<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于工会办公</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;工会办公 UnionOffice {version}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员管理、医疗互助、技能竞赛、创新工作室与荣誉证书。基于 Qt {qt}（PySide6 {ps}，LGPLv3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三方组件许可：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>组织机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户与权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>工会办公</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
没有找到完好的备份，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

是否从最近的完好备份“{name}”恢复？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该日志记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>搜索摘要或记录编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>当前账号（{role}）无权执行此操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前账号无权访问该分工会的数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少需要 {n} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码需同时包含字母、数字或符号中的至少两类。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名不能为空，不能含空格，最多 64 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员账号已经存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已锁定，请 {n} 分钟后再试或联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能分配分工会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会干事至少要分配一个分工会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名“{name}”已被使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能降低或停用自己的管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少要保留一个启用的管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统账号没有密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到用户“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>备份文件“{name}”已损坏，不能用于恢复：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不是工会办公的数据库备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件“{path}”已损坏（{detail}）。可以从最近的完好备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该数据库由更新版本的工会办公创建（版本 {rev}），请先升级本软件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员已重设您的密码，请设置新密码后继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>其他用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已被 {who} 于 {when} 修改。请重新加载后再编辑，以免覆盖对方的修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>该记录已被其他人修改，请重新加载后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>第 {row} 行 {field}：{message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被存成了数字，末几位已经丢失；请把该列设为文本格式后重新填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期早于 {year} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前两位不是有效的省级行政区代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 位的老号码应全部为数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 18 位，实际为 {length} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能包含数字，最后一位可以是 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验位不正确，请核对号码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>无法识别文件的文字编码（已尝试 UTF-8、GBK、GB18030），它可能不是文本格式的 CSV 文件；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {rows} 行重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有可导入的数据行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 行，可导入 {valid} 行，有问题 {bad} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……另有 {count} 个问题未列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下列未识别，已忽略：{columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在前 {count} 行中没有找到表头；表头应包含：{columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现了多次（第 {letters} 列），请只保留一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少这一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公式计算出错（{code}），请修正后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过长（{length} 个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能超过 {limit} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名中不应包含数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为金额（元），如 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额最多保留两位小数（分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期超出范围（1900—2100 年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式不正确，应如 2019-05-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为 11 位手机号或带区号的座机号（如 0371-12345678）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为“男”或“女”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为以下之一：{choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不是有效的 Excel 文件，可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件太大（{size} MB），最多 {limit} MB；请拆分后分批导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是网页（HTML/XML）格式的文件，只是扩展名像 Excel；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件第 {row} 行格式错误：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件设置了打开密码；请在 Excel 或 WPS 中取消密码后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有名为「{sheet}」的工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表的使用范围过大（到第 {rows} 行、第 {cols} 列），多半是远处的单元格里有内容或空格；请删除数据以外的行和列后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {row} 行之后连续 {count} 行为空，已停止读取；如果后面还有数据，请删除中间的空行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件超过 {limit} 行，请拆分后分批导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在「导入数据」工作表中逐行填写，第一行是表头，不要修改表头文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号、手机号等列已设为文本格式，请直接输入或粘贴为纯文本，不要转成数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期可写成 2019-05-01、2019.5.1 或 2019年5月1日；金额以元为单位，最多两位小数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例行仅供参考，导入前请删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>工会办公 - 登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口已锁定，请重新登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用工会办公</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工会办公 UnionOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换用户(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于工会办公(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要恢复的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复后，当前数据将被备份中的数据替换（当前文件会另存一份）。程序将重新打开。确定恢复吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>记录已被修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到意外错误，操作未完成，数据没有被修改。
详细信息已写入日志文件，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>金额“{text}”格式不正确，应为元，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额“{text}”格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <source>公司工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该组织单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称不能超过 100 个字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生产基地只能是：{bases}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级单位不存在或已撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会小组下不能再设下级单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一上级下已有名为“{name}”的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工人数不能为负数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销的单位不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司工会不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”下还有 {members} 名在会会员和 {units} 个下级单位，请先转移或合并。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要合并的单位不存在或已撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能把分工会并入分工会、工会小组并入工会小组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{a}”并入“{b}”，转移会员 {n} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司工会名称不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>新增下级单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已撤销单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生产基地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中公司工会（新增分工会）或分工会（新增工会小组）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把“{name}”的会员和下级单位并入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定把“{a}”并入“{b}”吗？“{a}”将被撤销，历史记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已合并，转移会员 {n} 名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定撤销“{name}”吗？撤销后历史记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字体中没有字符“{char}”（{code}），无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知字体：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到字体文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会干事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读用户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在下次启动时生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>工会办公 - 首次使用设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是第一次使用本软件。请填写公司工会名称，并创建管理员账号。管理员可以再为各分工会干事、评委开设账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公司工会名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少 8 位，包含字母、数字或符号中的两类。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>操作已取消，没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>修改单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生产基地：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工人数（算入会率）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>修改用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的分工会：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次登录时须修改密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>新增用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的分工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设“{name}”的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已重设，该用户下次登录时须修改密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
