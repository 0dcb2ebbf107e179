<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于工会办公</source>
        <translation>About UnionOffice</translation>
    </message>
    <message>
        <source>&lt;h2&gt;工会办公 UnionOffice {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;UnionOffice {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>会员管理、医疗互助、技能竞赛、创新工作室与荣誉证书。基于 Qt {qt}（PySide6 {ps}，LGPLv3）。</source>
        <translation>Members, medical mutual aid, skill contests, innovation studios and award certificates. Built on Qt {qt} (PySide6 {ps}, LGPLv3).</translation>
    </message>
    <message>
        <source>第三方组件许可：</source>
        <translation>Third-party licences:</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>组织机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>用户与权限</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>工会办公</source>
        <translation>UnionOffice</translation>
    </message>
    <message>
        <source>正在准备演示数据…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>正在登录演示账号…</source>
        <translation>Signing in to the demo account…</translation>
    </message>
    <message>
        <source>正在准备连接工会服务器…</source>
        <translation>Preparing to connect to the union server…</translation>
    </message>
    <message>
        <source>本程序不再直接连接 PostgreSQL 数据库。请用 --server https://主机:端口 连接工会服务器，或在 文件 → 设置 中选择工会服务器。</source>
        <translation>This program no longer connects to a PostgreSQL database directly. Use --server https://host:port to connect to the union server, or choose the union server in File → Settings.</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>
没有找到完好的备份，请联系管理员。</source>
        <translation>
No intact backup was found. Please contact your administrator.</translation>
    </message>
    <message>
        <source>

是否从最近的完好备份“{name}”恢复？</source>
        <translation>

Restore from the latest intact backup &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>完整性检查发现数据库文件有损坏（{detail}）。请立即用“文件 → 从备份恢复”恢复最近的完好备份，并联系管理员。</source>
        <translation>The integrity check found damage in the database file ({detail}). Restore the latest intact backup now with File → Restore from backup, and contact your administrator.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>附件标识不正确。</source>
        <translation>The attachment reference is invalid.</translation>
    </message>
    <message>
        <source>不支持的附件类型“{name}”，请选择 PDF 或图片文件。</source>
        <translation>Unsupported attachment type &quot;{name}&quot;; choose a PDF or an image.</translation>
    </message>
    <message>
        <source>无法读取文件“{name}”。</source>
        <translation>Cannot read the file &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>文件“{name}”是空的。</source>
        <translation>The file &quot;{name}&quot; is empty.</translation>
    </message>
    <message>
        <source>文件“{name}”超过 50 MB，请压缩后再附加。</source>
        <translation>The file &quot;{name}&quot; exceeds 50 MB; compress it before attaching.</translation>
    </message>
    <message>
        <source>附件文件已丢失，请从备份恢复数据文件夹。</source>
        <translation>The attachment file is missing; restore the data folder from a backup.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>找不到该日志记录。</source>
        <translation>Log entry not found.</translation>
    </message>
    <message>
        <source>第 {id} 条日志出现在未封存的记录之后（被插入或调换过）。</source>
        <translation>Log entry {id} comes after entries not yet sealed (inserted or reordered).</translation>
    </message>
    <message>
        <source>第 {id} 条日志与记录时的内容不一致（被修改、删除或插入过）。</source>
        <translation>Log entry {id} differs from what was recorded (it was edited, deleted or inserted).</translation>
    </message>
    <message>
        <source>日志链的末尾标记被改动过。</source>
        <translation>The marker at the end of the log chain was altered.</translation>
    </message>
    <message>
        <source>日志末尾的记录被删除或替换过。</source>
        <translation>Entries at the end of the log were deleted or replaced.</translation>
    </message>
    <message>
        <source>日志链的末尾标记丢失。</source>
        <translation>The marker at the end of the log chain is missing.</translation>
    </message>
    <message>
        <source>第 {n} 个检查点的签名不符。</source>
        <translation>The signature of checkpoint {n} does not match.</translation>
    </message>
    <message>
        <source>第 {n} 个检查点之前的日志被删除、插入或改动过。</source>
        <translation>Log entries before checkpoint {n} were deleted, inserted or altered.</translation>
    </message>
    <message>
        <source>校验需要审计密钥：请以持有密钥的管理员登录（命令行加 --user 管理员）。</source>
        <translation>Checking needs the audit key: sign in as an administrator who holds it (on the command line add --user ADMIN).</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>搜索摘要或记录编号</source>
        <translation>Search summary or record no.</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>校验完整性</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <source>检查日志是否在本软件之外被修改、删除或插入过</source>
        <translation>Check whether entries were edited, deleted or inserted outside this program</translation>
    </message>
    <message>
        <source>对象：</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>改动的字段：</source>
        <translation>Fields changed: </translation>
    </message>
    <message>
        <source>操作日志完整：已校验 {n} 条，链条未断。</source>
        <translation>The audit log is intact: {n} entries checked, the chain is unbroken.</translation>
    </message>
    <message>
        <source>另有 {n} 条尚待封存（由未持审计密钥的账号写入）。</source>
        <translation>{n} more entries await sealing (written by accounts without the audit key).</translation>
    </message>
    <message>
        <source>操作日志已被篡改</source>
        <translation>The audit log has been tampered with</translation>
    </message>
    <message>
        <source>正在校验操作日志…</source>
        <translation>Verifying the audit log…</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>当前账号（{role}）无权执行此操作。</source>
        <translation>Your account ({role}) is not allowed to do this.</translation>
    </message>
    <message>
        <source>当前账号无权访问该分工会的数据。</source>
        <translation>Your account may not access this branch union&apos;s data.</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 位。</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>密码需同时包含字母、数字或符号中的至少两类。</source>
        <translation>The password must mix at least two of: letters, digits, symbols.</translation>
    </message>
    <message>
        <source>这个密码太常见（在泄露的密码库中出现过，或只是简单的重复、顺序），很容易被猜中，请换一个。</source>
        <translation>This password is too common (it appears in leaked password lists, or is a simple repetition or sequence) and easy to guess; please choose another.</translation>
    </message>
    <message>
        <source>密码不能包含用户名。</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>创建数据密钥、审计密钥和恢复码</source>
        <translation>Data key, audit key and recovery code created</translation>
    </message>
    <message>
        <source>生成新的恢复码（旧恢复码作废）</source>
        <translation>New recovery code made (the old one no longer works)</translation>
    </message>
    <message>
        <source>用户名不能为空，不能含空格，最多 64 个字符。</source>
        <translation>The user name must not be empty, contain spaces or exceed 64 characters.</translation>
    </message>
    <message>
        <source>管理员账号已经存在。</source>
        <translation>An administrator account already exists.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Incorrect user name or password.</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已锁定，请 {n} 分钟后再试或联系管理员。</source>
        <translation>Too many wrong passwords: the account is locked. Try again in {n} minutes or contact your administrator.</translation>
    </message>
    <message>
        <source>只能分配分工会。</source>
        <translation>Only branch unions can be assigned.</translation>
    </message>
    <message>
        <source>工会干事至少要分配一个分工会。</source>
        <translation>A clerk needs at least one branch union.</translation>
    </message>
    <message>
        <source>用户名“{name}”已被使用。</source>
        <translation>The user name &quot;{name}&quot; is already taken.</translation>
    </message>
    <message>
        <source>找不到该用户。</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <source>不能降低或停用自己的管理员账号。</source>
        <translation>You cannot demote or disable your own administrator account.</translation>
    </message>
    <message>
        <source>至少要保留一个启用的管理员账号。</source>
        <translation>At least one active administrator account must remain.</translation>
    </message>
    <message>
        <source>新密码不能与最近用过的 {n} 个密码相同。</source>
        <translation>The new password must differ from the last {n} passwords used.</translation>
    </message>
    <message>
        <source>系统账号没有密码。</source>
        <translation>The system account has no password.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <source>用恢复码取回数据密钥</source>
        <translation>Recovering the data key with the recovery code</translation>
    </message>
    <message>
        <source>找不到管理员账号“{name}”。</source>
        <translation>Administrator account &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <source>密码不正确。</source>
        <translation>Incorrect password.</translation>
    </message>
    <message>
        <source>更换数据密钥：重新加密 {values} 项、{files} 个附件</source>
        <translation>Data key replaced: {values} values and {files} attachments re-encrypted</translation>
    </message>
    <message>
        <source>更换数据密钥</source>
        <translation>Data key rotated</translation>
    </message>
    <message>
        <source>找不到用户“{name}”。</source>
        <translation>User &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <source>连接工会服务器时，{what}须由管理员在服务器主机上执行：unionoffice-server {command}</source>
        <translation>With a union server, {what} is done by an administrator on the server host: unionoffice-server {command}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>不是 SQLite 数据库文件（文件头不对）</source>
        <translation>not an SQLite database file (wrong header)</translation>
    </message>
    <message>
        <source>文件头标记为只读或未知的格式版本（写版本 {write}、读版本 {read}），打开后无法写入</source>
        <translation>its header marks it read-only or of an unknown format version (write version {write}, read version {read}); it could not be written once opened</translation>
    </message>
    <message>
        <source>备份文件“{name}”已损坏，不能用于恢复：{detail}</source>
        <translation>The backup &quot;{name}&quot; is damaged and cannot be restored: {detail}</translation>
    </message>
    <message>
        <source>“{name}”不是工会办公的数据库备份。</source>
        <translation>&quot;{name}&quot; is not a UnionOffice database backup.</translation>
    </message>
    <message>
        <source>备份文件“{name}”无法以读写方式打开，不能用于恢复：{detail}</source>
        <translation>Backup “{name}” cannot be opened for writing and cannot be restored: {detail}</translation>
    </message>
    <message>
        <source>数据库文件“{path}”已损坏（{detail}）。可以从最近的完好备份恢复。</source>
        <translation>The database file &quot;{path}&quot; is damaged ({detail}). It can be restored from the latest intact backup.</translation>
    </message>
    <message>
        <source>该数据库由更新版本的工会办公创建（版本 {rev}），请先升级本软件。</source>
        <translation>This database was created by a newer UnionOffice (revision {rev}). Please upgrade the software first.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{year} 年的节假日安排尚未录入（系统管理 → 节假日），无法计算工作日。</source>
        <translation>The holiday arrangement for {year} has not been entered (Administration → Holidays); working days cannot be counted.</translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>{day} 不在 {year} 年</source>
        <translation>{day} is not in {year}</translation>
    </message>
    <message>
        <source>{day} 是工作日，不需要登记为调休上班</source>
        <translation>{day} is a weekday; it need not be entered as a worked weekend day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>同一天登记了两次</source>
        <translation>The same day is entered twice</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>编辑本年安排…</source>
        <translation>Edit this year&apos;s arrangement…</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>每年 11 月前后国务院办公厅公布下一年的节假日安排，请及时录入；公示期等按工作日计算的期限会用到。</source>
        <translation>The State Council announces next year&apos;s holiday arrangement around November each year. Please enter it promptly: notice periods and other deadlines counted in working days use it.</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>{year} 年的节假日安排尚未录入。</source>
        <translation>The holiday arrangement for {year} has not been entered.</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Worked weekend day</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>管理员已重设您的密码，请设置新密码后继续。</source>
        <translation>Your administrator reset your password. Please choose a new one to continue.</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>再次输入新密码：</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>该记录已被其他人删除，无法保存您的修改。</source>
        <translation>Someone else deleted this record; your changes cannot be saved.</translation>
    </message>
    <message>
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>该记录已被 {who} 于 {when} 修改。请重新加载后再编辑，以免覆盖对方的修改。</source>
        <translation>This record was changed by {who} at {when}. Reload it before editing so their change is not overwritten.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>记录已被他人修改</source>
        <translation>Record changed by someone else</translation>
    </message>
    <message>
        <source>您的修改没有保存。重新加载可看到对方保存的内容，再决定是否重新修改。</source>
        <translation>Your changes were not saved. Reload to see what the other person saved, then decide whether to change it again.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>您填写的</source>
        <translation>You entered</translation>
    </message>
    <message>
        <source>当前保存的</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>record</translation>
    </message>
    <message>
        <source>这条{what}已被 {who} 于 {when} 修改。</source>
        <translation>This {what} was changed by {who} at {when}.</translation>
    </message>
    <message>
        <source>您填写的内容与对方保存的没有冲突，或者本次操作没有可比较的字段。下面是当前保存的内容。</source>
        <translation>What you entered does not clash with what they saved, or this operation has no fields to compare. Below is what is saved now.</translation>
    </message>
    <message>
        <source>该记录已不存在，没有可比较的内容。</source>
        <translation>The record no longer exists; there is nothing to compare.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>与工会服务器的连接中断，正在重试…</source>
        <translation>Connection to the union server lost, retrying…</translation>
    </message>
    <message>
        <source>正在重新连接工会服务器（{detail}）。未完成的操作不会保存在本机，连上后继续。</source>
        <translation>Reconnecting to the union server ({detail}). Unfinished actions are not kept on this PC; they continue once connected.</translation>
    </message>
    <message>
        <source>无法连接工会服务器</source>
        <translation>Union server unreachable</translation>
    </message>
    <message>
        <source>无法连接工会服务器（{detail}），请检查网络。</source>
        <translation>Cannot reach the union server ({detail}); please check the network.</translation>
    </message>
    <message>
        <source>登录已失效</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>已连接工会服务器</source>
        <translation>Connected to the union server</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>数据密钥已经存在。</source>
        <translation>The data key already exists.</translation>
    </message>
    <message>
        <source>当前数据密钥与该数据库不符</source>
        <translation>the current data key is not this database&apos;s</translation>
    </message>
    <message>
        <source>缺少该数据库仍在使用的旧数据密钥 {ids}</source>
        <translation>older data keys this database still uses are missing: {ids}</translation>
    </message>
    <message>
        <source>审计密钥与该数据库不符</source>
        <translation>the audit key is not this database&apos;s</translation>
    </message>
    <message>
        <source>本数据库没有恢复码。</source>
        <translation>This database has no recovery code.</translation>
    </message>
    <message>
        <source>恢复码不正确。</source>
        <translation>The recovery code is incorrect.</translation>
    </message>
    <message>
        <source>敏感数据已加密，需要先登录才能读取或写入（命令行请加 --user 用户名）。</source>
        <translation>Sensitive data is encrypted: sign in first to read or write it (on the command line add --user NAME).</translation>
    </message>
    <message>
        <source>数据密钥已由管理员更换，本窗口持有的是旧密钥，不能再读写加密数据。请退出后重新登录，本次操作没有保存。</source>
        <translation>An administrator has replaced the data key; this window holds the old one and can no longer read or write encrypted data. Sign out and in again; nothing was saved.</translation>
    </message>
    <message>
        <source>加密数据无法解密：数据被篡改，或不属于本数据库的密钥。</source>
        <translation>Encrypted data cannot be decrypted: it was tampered with, or the key belongs to another database.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>该记录已被其他人修改，请重新加载后再保存。</source>
        <translation>Someone else changed this record. Reload it before saving.</translation>
    </message>
    <message>
        <source>数据库正忙（与其他用户的操作冲突），本次操作没有保存。请稍后重试。</source>
        <translation>The database is busy (clash with another user&apos;s operation); nothing was saved. Please try again.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器，本次操作没有保存。请检查网络后重试。</source>
        <translation>Cannot reach the database server; nothing was saved. Check the network and try again.</translation>
    </message>
    <message>
        <source>无法连接数据库“{db}”：{detail}</source>
        <translation>Cannot connect to the database &quot;{db}&quot;: {detail}</translation>
    </message>
</context>
<context>
    <name>DbCopy</name>
    <message>
        <source>源“{db}”不是工会办公数据库（没有数据库结构版本）。</source>
        <translation>The source &quot;{db}&quot; is not a UnionOffice database (no schema revision).</translation>
    </message>
    <message>
        <source>源数据库的结构版本（{rev}）不是本软件的最新版本，请先对源数据库运行“unionoffice db upgrade”。</source>
        <translation>The source schema revision ({rev}) is not this version&apos;s newest; run &quot;unionoffice db upgrade&quot; on the source first.</translation>
    </message>
    <message>
        <source>目标“{db}”已有数据表（{names}），但不是完整的工会办公数据库，拒绝覆盖。</source>
        <translation>The target &quot;{db}&quot; has tables ({names}) but is not a complete UnionOffice database; refusing to overwrite it.</translation>
    </message>
    <message>
        <source>目标数据库的结构版本（{dst}）与源（{src}）不同，请先将两者升级到同一版本。</source>
        <translation>The target schema revision ({dst}) differs from the source ({src}); upgrade both to the same revision first.</translation>
    </message>
    <message>
        <source>目标数据库不是空的：表“{table}”已有 {count} 行。只能复制到新建的空数据库，以免覆盖已有数据。</source>
        <translation>The target database is not empty: table &quot;{table}&quot; has {count} rows. Copy only into a new, empty database so nothing is overwritten.</translation>
    </message>
    <message>
        <source>复制表“{table}”时目标数据库拒绝了数据：{detail}。已撤销，目标数据库保持为空。</source>
        <translation>The target refused data while copying table &quot;{table}&quot;: {detail}. Rolled back; the target stays empty.</translation>
    </message>
    <message>
        <source>正在复制 {table}……</source>
        <translation>Copying {table}…</translation>
    </message>
    <message>
        <source>正在核对行数和校验和……</source>
        <translation>Checking row counts and checksums…</translation>
    </message>
    <message>
        <source>复制后核对不一致（{tables}），已撤销，目标数据库保持为空。</source>
        <translation>The check after copying found differences ({tables}); rolled back, the target stays empty.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>第 {row} 行 {field}：{message}</source>
        <translation>Row {row} {field}: {message}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>表格文件 (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>正在读取 {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>正在保存 {file}…</source>
        <translation>Saving {file}…</translation>
    </message>
</context>
<context>
    <name>Idempotency</name>
    <message>
        <source>请求编号已被另一项操作使用，操作没有执行。</source>
        <translation>This request number was already used by another action; nothing was done.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>被存成了数字，末几位已经丢失；请把该列设为文本格式后重新填写</source>
        <translation>was stored as a number and has lost its last digits; format the column as text and enter it again</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>格式不正确</source>
        <translation>has a wrong format</translation>
    </message>
    <message>
        <source>出生日期不存在</source>
        <translation>the date of birth does not exist</translation>
    </message>
    <message>
        <source>出生日期早于 {year} 年</source>
        <translation>the date of birth is before {year}</translation>
    </message>
    <message>
        <source>出生日期晚于今天</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <source>前两位不是有效的省级行政区代码</source>
        <translation>the first two digits are not a valid province code</translation>
    </message>
    <message>
        <source>15 位的老号码应全部为数字</source>
        <translation>an old 15-digit number must be all digits</translation>
    </message>
    <message>
        <source>应为 18 位，实际为 {length} 位</source>
        <translation>must have 18 characters, has {length}</translation>
    </message>
    <message>
        <source>只能包含数字，最后一位可以是 X</source>
        <translation>may contain only digits, the last one may be X</translation>
    </message>
    <message>
        <source>校验位不正确，请核对号码</source>
        <translation>the check digit is wrong; please check the number</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>无法识别文件的文字编码（已尝试 UTF-8、GBK、GB18030），它可能不是文本格式的 CSV 文件；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation>Cannot recognise the text encoding (tried UTF-8, GBK, GB18030); it may not be a text CSV file. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>与第 {rows} 行重复</source>
        <translation>duplicates row {rows}</translation>
    </message>
    <message>
        <source>文件中没有可导入的数据行</source>
        <translation>The file has no data rows to import</translation>
    </message>
    <message>
        <source>共 {total} 行，可导入 {valid} 行，有问题 {bad} 行。</source>
        <translation>{total} rows: {valid} can be imported, {bad} have problems.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」：{message}</source>
        <translation>Row {row} &quot;{column}&quot;: {message}</translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>……另有 {count} 个问题未列出</source>
        <translation>… and {count} more problems not listed</translation>
    </message>
    <message>
        <source>以下列未识别，已忽略：{columns}</source>
        <translation>These columns were not recognised and are ignored: {columns}</translation>
    </message>
    <message>
        <source>导入已取消</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>在前 {count} 行中没有找到表头；表头应包含：{columns}</source>
        <translation>No header row in the first {count} rows; the header should contain: {columns}</translation>
    </message>
    <message>
        <source>出现了多次（第 {letters} 列），请只保留一列</source>
        <translation>appears more than once (columns {letters}); keep only one</translation>
    </message>
    <message>
        <source>缺少这一列</source>
        <translation>this column is missing</translation>
    </message>
    <message>
        <source>公式计算出错（{code}），请修正后再导入</source>
        <translation>the formula gives an error ({code}); fix it before importing</translation>
    </message>
    <message>
        <source>内容过长（{length} 个字符）</source>
        <translation>is too long ({length} characters)</translation>
    </message>
    <message>
        <source>不能超过 {limit} 个字符</source>
        <translation>must not exceed {limit} characters</translation>
    </message>
    <message>
        <source>姓名中不应包含数字</source>
        <translation>a name must not contain digits</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>应为金额（元），如 1234.50</source>
        <translation>must be an amount in yuan, e.g. 1234.50</translation>
    </message>
    <message>
        <source>金额最多保留两位小数（分）</source>
        <translation>amounts have at most two decimals (fen)</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>the amount must not be negative</translation>
    </message>
    <message>
        <source>金额过大</source>
        <translation>the amount is too large</translation>
    </message>
    <message>
        <source>日期不存在</source>
        <translation>the date does not exist</translation>
    </message>
    <message>
        <source>日期超出范围（1900—2100 年）</source>
        <translation>the date is out of range (1900–2100)</translation>
    </message>
    <message>
        <source>日期格式不正确，应如 2019-05-01</source>
        <translation>wrong date format, write e.g. 2019-05-01</translation>
    </message>
    <message>
        <source>应为 11 位手机号或带区号的座机号（如 0371-12345678）</source>
        <translation>must be an 11-digit mobile number or a landline with area code (e.g. 0371-12345678)</translation>
    </message>
    <message>
        <source>应为“男”或“女”</source>
        <translation>must be &quot;男&quot; (male) or &quot;女&quot; (female)</translation>
    </message>
    <message>
        <source>应为以下之一：{choices}</source>
        <translation>must be one of: {choices}</translation>
    </message>
    <message>
        <source>文件不是有效的 Excel 文件，可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation>The file is not a valid Excel file; it may be damaged or merely renamed. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件太大（{size} MB），最多 {limit} MB；请拆分后分批导入</source>
        <translation>The file is too large ({size} MB, at most {limit} MB); split it and import in parts.</translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation>Cannot read the file: {reason}</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>这是网页（HTML/XML）格式的文件，只是扩展名像 Excel；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation>This is a web page (HTML/XML) with an Excel-like name. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>CSV 文件第 {row} 行格式错误：{reason}</source>
        <translation>CSV file row {row} is malformed: {reason}</translation>
    </message>
    <message>
        <source>文件设置了打开密码；请在 Excel 或 WPS 中取消密码后再导入</source>
        <translation>The file is password-protected; remove the password in Excel or WPS before importing.</translation>
    </message>
    <message>
        <source>文件中的“{part}”解压后有 {size} MB（压缩前 {packed} KB），远超正常表格，可能是恶意构造的文件；请用 Excel 或 WPS 打开后另存为新的 .xlsx 再导入</source>
        <translation>The part “{part}” of this file unpacks to {size} MB (from {packed} KB), far beyond a normal spreadsheet; the file may be crafted to harm. Open it in Excel or WPS, save it as a new .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件中没有名为「{sheet}」的工作表</source>
        <translation>The file has no sheet named &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>文件中没有工作表</source>
        <translation>The file has no sheets</translation>
    </message>
    <message>
        <source>工作表的使用范围过大（到第 {rows} 行、第 {cols} 列），多半是远处的单元格里有内容或空格；请删除数据以外的行和列后再导入</source>
        <translation>The sheet&apos;s used range is huge (to row {rows}, column {cols}), probably because of stray content far away; delete the rows and columns outside the data and import again.</translation>
    </message>
    <message>
        <source>第 {row} 行之后连续 {count} 行为空，已停止读取；如果后面还有数据，请删除中间的空行</source>
        <translation>{count} empty rows after row {row}: reading stopped. If more data follows, delete the empty rows in between.</translation>
    </message>
    <message>
        <source>文件超过 {limit} 行，请拆分后分批导入</source>
        <translation>The file has more than {limit} rows; split it and import in parts.</translation>
    </message>
    <message>
        <source>导入数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>请在「导入数据」工作表中逐行填写，第一行是表头，不要修改表头文字。</source>
        <translation>Fill in the &quot;导入数据&quot; sheet row by row; the first row is the header, do not change its text.</translation>
    </message>
    <message>
        <source>身份证号、手机号等列已设为文本格式，请直接输入或粘贴为纯文本，不要转成数字。</source>
        <translation>ID number and phone columns are formatted as text; type or paste plain text, do not convert to numbers.</translation>
    </message>
    <message>
        <source>日期可写成 2019-05-01、2019.5.1 或 2019年5月1日；金额以元为单位，最多两位小数。</source>
        <translation>Dates may be written 2019-05-01, 2019.5.1 or 2019年5月1日; amounts are in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>示例行仅供参考，导入前请删除。</source>
        <translation>The example row is for reference only; delete it before importing.</translation>
    </message>
    <message>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>是否必填</source>
        <translation>Required?</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>填写说明</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在检查 {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览 — {file}</source>
        <translation>Import preview — {file}</translation>
    </message>
    <message>
        <source>共 {total} 行：新增 {new} 条，有变化的已有记录 {updates} 条，无变化 {same} 条，有问题 {bad} 行。</source>
        <translation>{total} rows: {new} new, {updates} existing records changed, {same} unchanged, {bad} rows with problems.</translation>
    </message>
    <message>
        <source>以下列未识别，已忽略：{columns}</source>
        <translation>These columns were not recognised and are ignored: {columns}</translation>
    </message>
    <message>
        <source>每个列表只显示前 {n} 条；完整的问题清单请点“导出问题清单”。</source>
        <translation>Each list shows the first {n} entries; for the full list of problems click “Export problems”.</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <source>问题（{n}）</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>信息变更（{n}）</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <source>新增（{n}）</source>
        <translation>New ({n})</translation>
    </message>
    <message>
        <source>全部无误才导入（有任何问题则一行都不写入）</source>
        <translation>Import only if everything is right (any problem: nothing is written)</translation>
    </message>
    <message>
        <source>只导入无误的 {n} 行，跳过有问题的行</source>
        <translation>Import the {n} correct rows, skip the rows with problems</translation>
    </message>
    <message>
        <source>导出问题清单</source>
        <translation>Export problems</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件中有问题：请修正后重新导入，或选择只导入无误的行</source>
        <translation>The file has problems: correct them and import again, or choose to import the correct rows only</translation>
    </message>
    <message>
        <source>导入问题清单.xlsx</source>
        <translation>import-problems.xlsx</translation>
    </message>
    <message>
        <source>问题清单</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>已导出 {n} 个问题到 {path}</source>
        <translation>Exported {n} problems to {path}</translation>
    </message>
</context>
<context>
    <name>JudgeMarks</name>
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
    <name>JudgePackage</name>
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
        <source>成果编号</source>
        <translation>Result no.</translation>
    </message>
    <message>
        <source>成果名称</source>
        <translation>Title</translation>
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
        <source>工会办公室</source>
        <translation>the union office</translation>
    </message>
    <message>
        <source>竞赛办公室</source>
        <translation>the contest office</translation>
    </message>
    <message>
        <source>签名后生成的评分包将交回{office}导入。确认完成评分并签名吗？</source>
        <translation>The signed package goes back to {office} to be imported. Finish marking and sign?</translation>
    </message>
    <message>
        <source>已签名并保存为：
{path}
请将此文件交给{office}。</source>
        <translation>Signed and saved as:
{path}
Please hand this file to {office}.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>未能加载</source>
        <translation>Could not load</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>{host} 上的{program}（进程 {pid}，用户 {user}，自 {since} 起）</source>
        <translation>{program} on {host} (process {pid}, user {user}, since {since})</translation>
    </message>
    <message>
        <source>工会办公</source>
        <translation>UnionOffice</translation>
    </message>
    <message>
        <source>数据库正在由{holder}从备份恢复，请稍后再打开。</source>
        <translation>The database is being restored from a backup by {holder}; please open it again later.</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>backup restore</translation>
    </message>
    <message>
        <source>{holder}正在恢复该数据库，请稍后再试。</source>
        <translation>{holder} is restoring this database; please try again later.</translation>
    </message>
    <message>
        <source>数据库正被以下程序使用，不能恢复：{holders}。请先关闭它们（或在那台电脑上退出工会办公）再恢复。</source>
        <translation>The database is in use and cannot be restored: {holders}. Close them (or quit UnionOffice on that PC) and restore again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>工会办公 - 登录</source>
        <translation>UnionOffice - Sign in</translation>
    </message>
    <message>
        <source>窗口已锁定，请重新登录</source>
        <translation>The window is locked. Please sign in again</translation>
    </message>
    <message>
        <source>欢迎使用工会办公</source>
        <translation>Welcome to UnionOffice</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>未保存的内容仍然保留。换其他账号登录将注销当前用户。</source>
        <translation>Unsaved input is kept. Signing in with another account logs the current user out.</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工会办公 UnionOffice</source>
        <translation>UnionOffice</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>切换用户(&amp;U)</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于工会办公(&amp;A)</source>
        <translation>&amp;About UnionOffice</translation>
    </message>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite)</source>
        <translation>Database backups (*.sqlite)</translation>
    </message>
    <message>
        <source>恢复后，当前数据将被备份中的数据替换（当前文件会另存一份）。程序将重新打开。确定恢复吗？</source>
        <translation>Restoring replaces the current data with the backup (a copy of the current file is kept). The program will reopen. Restore now?</translation>
    </message>
    <message>
        <source>已恢复。请重新登录。</source>
        <translation>Restored. Please sign in again.</translation>
    </message>
    <message>
        <source>正在恢复备份…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the operation</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>程序遇到意外错误，操作未完成，数据没有被修改。
详细信息已写入日志文件，请联系管理员。</source>
        <translation>The program hit an unexpected error; the operation was not completed and no data was changed.
Details were written to the log file. Please contact your administrator.</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>金额“{text}”格式不正确：{reason}</source>
        <translation>The amount &quot;{text}&quot; is malformed: {reason}</translation>
    </message>
</context>
<context>
    <name>NetPath</name>
    <message>
        <source>UNC 共享 {share}</source>
        <translation>UNC share {share}</translation>
    </message>
    <message>
        <source>网络驱动器 {drive}</source>
        <translation>network drive {drive}</translation>
    </message>
    <message>
        <source>{fstype} 挂载 {point}（{device}）</source>
        <translation>{fstype} mount {point} ({device})</translation>
    </message>
    <message>
        <source>数据库文件“{path}”位于网络共享上（{kind}）。SQLite 数据库放在网络盘上，多台电脑同时使用时会损坏数据，因此不能在此打开。多台电脑共用会员数据请使用工会服务器（文件 → 设置 → 数据库 → PostgreSQL 服务器）；只在一台电脑上用，请把文件复制到本机磁盘（例如 %APPDATA%\UnionOffice）后再打开。</source>
        <translation>The database file “{path}” is on a network share ({kind}). An SQLite database on a network drive gets corrupted when several PCs use it, so it cannot be opened there. To share the register between PCs use the union server (File → Settings → Database → PostgreSQL server); for one PC, copy the file to a local disk (for example %APPDATA%\UnionOffice) and open it there.</translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <source>公司工会</source>
        <translation>Company union</translation>
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
        <source>找不到该组织单位。</source>
        <translation>Organisation unit not found.</translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>名称不能超过 100 个字。</source>
        <translation>The name must not exceed 100 characters.</translation>
    </message>
    <message>
        <source>生产基地只能是：{bases}。</source>
        <translation>The production base must be one of: {bases}.</translation>
    </message>
    <message>
        <source>上级单位不存在或已撤销。</source>
        <translation>The parent unit does not exist or has been retired.</translation>
    </message>
    <message>
        <source>工会小组下不能再设下级单位。</source>
        <translation>A union group cannot have sub-units.</translation>
    </message>
    <message>
        <source>同一上级下已有名为“{name}”的单位。</source>
        <translation>There is already a unit named &quot;{name}&quot; under the same parent.</translation>
    </message>
    <message>
        <source>职工人数不能为负数。</source>
        <translation>The headcount must not be negative.</translation>
    </message>
    <message>
        <source>已撤销的单位不能修改。</source>
        <translation>A retired unit cannot be changed.</translation>
    </message>
    <message>
        <source>公司工会不能撤销。</source>
        <translation>The company union cannot be retired.</translation>
    </message>
    <message>
        <source>“{name}”下还有 {members} 名在会会员和 {units} 个下级单位，请先转移或合并。</source>
        <translation>&quot;{name}&quot; still has {members} active members and {units} sub-units; transfer or merge them first.</translation>
    </message>
    <message>
        <source>要合并的单位不存在或已撤销。</source>
        <translation>A unit to merge does not exist or has been retired.</translation>
    </message>
    <message>
        <source>只能把分工会并入分工会、工会小组并入工会小组。</source>
        <translation>Only a branch union into a branch union, or a group into a group, can be merged.</translation>
    </message>
    <message>
        <source>“{a}”并入“{b}”，转移会员 {n} 名</source>
        <translation>&quot;{a}&quot; merged into &quot;{b}&quot;, {n} members moved</translation>
    </message>
    <message>
        <source>公司工会名称不能为空。</source>
        <translation>The company union&apos;s name must not be empty.</translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>新增下级单位</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>显示已撤销单位</source>
        <translation>Show retired units</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>生产基地</source>
        <translation>Production base</translation>
    </message>
    <message>
        <source>在会会员</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>请先选中公司工会（新增分工会）或分工会（新增工会小组）。</source>
        <translation>First select the company union (to add a branch union) or a branch union (to add a group).</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>把“{name}”的会员和下级单位并入：</source>
        <translation>Move the members and sub-units of &quot;{name}&quot; into:</translation>
    </message>
    <message>
        <source>确定把“{a}”并入“{b}”吗？“{a}”将被撤销，历史记录保留。</source>
        <translation>Merge &quot;{a}&quot; into &quot;{b}&quot;? &quot;{a}&quot; will be retired; its history is kept.</translation>
    </message>
    <message>
        <source>已合并，转移会员 {n} 名。</source>
        <translation>Merged; {n} members moved.</translation>
    </message>
    <message>
        <source>确定撤销“{name}”吗？撤销后历史记录保留。</source>
        <translation>Retire &quot;{name}&quot;? Its history is kept.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>字体中没有字符“{char}”（{code}），无法打印</source>
        <translation>No font has the character &quot;{char}&quot; ({code}); cannot print</translation>
    </message>
    <message>
        <source>未知字体：{name}</source>
        <translation>Unknown font: {name}</translation>
    </message>
    <message>
        <source>找不到字体文件：{path}</source>
        <translation>Font file not found: {path}</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>数据恢复码</source>
        <translation>Data recovery code</translation>
    </message>
    <message>
        <source>身份证号和医疗信息已加密保存。下面的恢复码是管理员忘记密码时找回数据的唯一办法：
请打印或抄写下来，交由工会主席锁入保险柜。本码只显示这一次。</source>
        <translation>ID numbers and medical details are stored encrypted. The recovery code below is the only way back to the data if the administrator forgets their password:
print or copy it and have the union chair lock it in the safe. It is shown only this once.</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>我已妥善保存</source>
        <translation>I have stored it safely</translation>
    </message>
    <message>
        <source>&lt;h2&gt;工会办公 数据恢复码&lt;/h2&gt;&lt;p style=&apos;font-size:20pt&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;管理员忘记密码时，用本码在“unionoffice keys recover”中恢复。请妥善保管。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;UnionOffice data recovery code&lt;/h2&gt;&lt;p style=&apos;font-size:20pt&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;If the administrator forgets their password, use this code with &quot;unionoffice keys recover&quot;. Keep it safe.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>重设“{name}”的密码</source>
        <translation>Reset the password of “{name}”</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>工会干事</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>评委</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>只读用户</source>
        <translation>Viewer</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>请求的格式与服务器不符（{detail}），请升级客户端后重试。</source>
        <translation>The request does not match the server&apos;s format ({detail}); please update the client and try again.</translation>
    </message>
    <message>
        <source>请求编号无效：{key}</source>
        <translation>Invalid request number: {key}</translation>
    </message>
    <message>
        <source>数据库正忙，本次操作没有保存。请稍后重试。</source>
        <translation>The database is busy; this action was not saved. Please try again shortly.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>登录失败次数过多，请 {n} 分钟后再试。</source>
        <translation>Too many failed sign-ins; please try again in {n} minutes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation>Lock when idle for:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>数据位置</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <source>工会服务器（各办公室共用）</source>
        <translation>Union server (shared by all offices)</translation>
    </message>
    <message>
        <source>例如 https://union.example.cn:8443</source>
        <translation>e.g. https://union.example.cn:8443</translation>
    </message>
    <message>
        <source>管理员提供的 ca.crt</source>
        <translation>ca.crt from your administrator</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>CA 证书：</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>更改在下次启动时生效。本机不保存数据库密码或数据密钥：账号和权限都由工会服务器核对。把本机已有数据迁到服务器，请管理员用 unionoffice db copy。</source>
        <translation>Changes take effect at the next start. This PC keeps no database password or data key: accounts and rights are checked by the union server. To move this PC&apos;s data to the server, ask an administrator to run unionoffice db copy.</translation>
    </message>
    <message>
        <source>选择工会服务器的 CA 证书</source>
        <translation>Choose the union server&apos;s CA certificate</translation>
    </message>
    <message>
        <source>证书 (*.crt *.pem);;所有文件 (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>请填写服务器地址。</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <source>连接成功：工会办公服务器 {version}，证书可信。</source>
        <translation>Connected: UnionOffice server {version}, certificate trusted.</translation>
    </message>
    <message>
        <source>数据位置的更改将在下次启动时生效。</source>
        <translation>The new data location takes effect at the next start.</translation>
    </message>
    <message>
        <source>当前使用：</source>
        <translation>In use now:</translation>
    </message>
    <message>
        <source>本机数据文件（单机使用）</source>
        <translation>Local data file (this PC only)</translation>
    </message>
    <message>
        <source>使用：</source>
        <translation>Use:</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>服务器地址：</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>正在连接……</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>正在测试连接</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>界面语言将在下次启动时生效。</source>
        <translation>The interface language changes at the next start.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>工会办公 - 首次使用设置</source>
        <translation>UnionOffice - First start</translation>
    </message>
    <message>
        <source>这是第一次使用本软件。请填写公司工会名称，并创建管理员账号。管理员可以再为各分工会干事、评委开设账号。</source>
        <translation>This is the first start. Enter the company union&apos;s name and create the administrator account; the administrator can then open accounts for clerks and judges.</translation>
    </message>
    <message>
        <source>公司工会</source>
        <translation>Company union</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>公司工会名称：</source>
        <translation>Company union name:</translation>
    </message>
    <message>
        <source>管理员用户名：</source>
        <translation>Administrator user name:</translation>
    </message>
    <message>
        <source>显示名称：</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>密码至少 10 位，包含字母、数字或符号中的两类，不能是常见密码。</source>
        <translation>At least 10 characters, mixing two of: letters, digits, symbols; not a common password.</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Staging</name>
    <message>
        <source>找不到要导入的文件（已超过一天或不是您上传的），请重新选择文件。</source>
        <translation>The file to import is gone (older than a day, or uploaded by someone else). Please choose the file again.</translation>
    </message>
</context>
<context>
    <name>StartupPanel</name>
    <message>
        <source>工会办公</source>
        <translation>UnionOffice</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>操作已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>修改单位</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>新增{kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>生产基地：</source>
        <translation>Production base:</translation>
    </message>
    <message>
        <source>职工人数（算入会率）：</source>
        <translation>Headcount (for the membership rate):</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>显示名称：</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>负责的分工会：</source>
        <translation>Branch unions:</translation>
    </message>
    <message>
        <source>初始密码：</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>首次登录时须修改密码。</source>
        <translation>The password must be changed at first sign-in.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>负责的分工会</source>
        <translation>Branch unions</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>密码已重设，该用户下次登录时须修改密码。</source>
        <translation>Password reset; the user must change it at next sign-in.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>全部小组</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>（不分小组）</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>如 2019-05-01</source>
        <translation>e.g. 2019-05-01</translation>
    </message>
    <message>
        <source>必须填写</source>
        <translation>required</translation>
    </message>
    <message>
        <source>“{t}”不是金额，请填写元，最多两位小数</source>
        <translation>“{t}” is not an amount: enter yuan with at most two decimals</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>请修正标红的内容后再保存。</source>
        <translation>Please correct what is marked in red, then save again.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>服务端发生意外错误，操作没有完成，数据没有被修改。</source>
        <translation>The services hit an unexpected error; the operation did not complete and nothing was changed.</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>{year} 年节假日安排</source>
        <translation>Holiday arrangement {year}</translation>
    </message>
    <message>
        <source>如：国务院办公厅关于{year}年部分节假日安排的通知</source>
        <translation>e.g. the State Council notice on the {year} holiday arrangement</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>添加一天</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Worked weekend day</translation>
    </message>
    <message>
        <source>第 {n} 行</source>
        <translation>Row {n}</translation>
    </message>
</context>
</TS>
