<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Certificates</name>
    <message>
        <source>已发放 {n} 份证书，编号 {first} 至 {last}，文件：{path}</source>
        <translation>Issued {n} certificates, numbers {first} to {last}, file: {path}</translation>
    </message>
    <message>
        <source>另存每人一份：{n} 个文件在 {dir}</source>
        <translation>One file per person as well: {n} files in {dir}</translation>
    </message>
    <message>
        <source>请提供二维码文字或证书编号。</source>
        <translation>Please give the QR code text or a certificate number.</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>找不到模板所用的字体文件：{path}</source>
        <translation>The font file the template uses was not found: {path}</translation>
    </message>
    <message>
        <source>样张  仅供预览</source>
        <translation>SAMPLE  preview only</translation>
    </message>
    <message>
        <source>第 {n} 份（{name}）：{problem}</source>
        <translation>Certificate {n} ({name}): {problem}</translation>
    </message>
    <message>
        <source>名单是空的，没有可发的证书。</source>
        <translation>The list is empty; there are no certificates to issue.</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>证书预览</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{reason}。如果它正在 PDF 阅读器中打开，请先关闭。</source>
        <translation>Cannot write the file {path}: {reason}. If it is open in a PDF viewer, close it first.</translation>
    </message>
    <message>
        <source>正在登记证书…</source>
        <translation>Recording the certificates…</translation>
    </message>
    <message>
        <source>发放证书 {n} 份：{first} 至 {last}</source>
        <translation>Issued {n} certificates: {first} to {last}</translation>
    </message>
    <message>
        <source>证书已登记（{first} 至 {last}），但文件没能保存：{reason}。请在登记簿中选中后补打。</source>
        <translation>The certificates are recorded ({first} to {last}) but the file could not be saved: {reason}. Select them in the register and reprint.</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>奖项/称号</source>
        <translation>Award / title</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>找不到该证书。</source>
        <translation>Certificate not found.</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation>please give the reason for revoking</translation>
    </message>
    <message>
        <source>证书 {number} 已经作废。</source>
        <translation>Certificate {number} is already revoked.</translation>
    </message>
    <message>
        <source>请先选择要补打的证书。</source>
        <translation>Select the certificates to reprint first.</translation>
    </message>
    <message>
        <source>已作废的证书不能补打：{numbers}</source>
        <translation>Revoked certificates cannot be reprinted: {numbers}</translation>
    </message>
    <message>
        <source>一次只能补打同一模板的证书，请按模板分开选择。</source>
        <translation>Only certificates of one template can be reprinted together; select them template by template.</translation>
    </message>
    <message>
        <source>证书补打</source>
        <translation>Certificate reprint</translation>
    </message>
    <message>
        <source>真实有效</source>
        <translation>Genuine and valid</translation>
    </message>
    <message>
        <source>伪造或无效</source>
        <translation>Forged or invalid</translation>
    </message>
    <message>
        <source>没有读到证书编号。</source>
        <translation>No certificate number was read.</translation>
    </message>
    <message>
        <source>二维码签名不符：这张证书不是本系统签发的，或二维码、登记簿中的姓名、奖项、日期被改动过。</source>
        <translation>The QR signature does not match: this certificate was not issued here, or the QR code, or the name, award or date in the register, was altered.</translation>
    </message>
    <message>
        <source>（早期的二维码只签了编号。）</source>
        <translation>(Early QR codes signed the number only.)</translation>
    </message>
    <message>
        <source>登记簿中没有编号为 {number} 的证书。</source>
        <translation>The register has no certificate numbered {number}.</translation>
    </message>
    <message>
        <source>该证书已于 {date} 作废，原因：{reason}</source>
        <translation>This certificate was revoked on {date}. Reason: {reason}</translation>
    </message>
    <message>
        <source>{name}，{summary}，{date} 颁发。请核对证书上的姓名与内容是否一致。</source>
        <translation>{name}, {summary}, issued {date}. Check that the name and text on the certificate match.</translation>
    </message>
    <message>
        <source>未知的名单来源：{key}</source>
        <translation>Unknown list source: {key}</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>找不到工号为 {no} 的会员</source>
        <translation>no member has employee number {no}</translation>
    </message>
    <message>
        <source>名单中没有数据行。</source>
        <translation>The list has no data rows.</translation>
    </message>
    <message>
        <source>一次最多发 {n} 份证书，请分批。</source>
        <translation>At most {n} certificates can be issued at once; split the list.</translation>
    </message>
    <message>
        <source>请至少输入一行名单。</source>
        <translation>Enter at least one line.</translation>
    </message>
    <message>
        <source>Excel 名单文件</source>
        <translation>Excel list file</translation>
    </message>
    <message>
        <source>修改证书模板“{name}”</source>
        <translation>Changed certificate template “{name}”</translation>
    </message>
    <message>
        <source>证书模板“{name}”恢复出厂设计</source>
        <translation>Certificate template “{name}” reset to the shipped design</translation>
    </message>
    <message>
        <source>正在读取名单…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>请先选择名单文件。</source>
        <translation>Please choose a list file first.</translation>
    </message>
    <message>
        <source>请选择一个名单。</source>
        <translation>Please choose a list.</translation>
    </message>
    <message>
        <source>手工输入名单</source>
        <translation>Typed list</translation>
    </message>
    <message>
        <source>证书预览.pdf</source>
        <translation>certificate preview.pdf</translation>
    </message>
    <message>
        <source>名单预览已失效（超过一天或不是您读取的），请重新读取名单并预览。</source>
        <translation>The list preview has expired (older than a day, or read by someone else). Please read the list and preview it again.</translation>
    </message>
    <message>
        <source>证书补打.pdf</source>
        <translation>certificate reprint.pdf</translation>
    </message>
    <message>
        <source>证书纸</source>
        <translation>Certificate paper</translation>
    </message>
    <message>
        <source>无法连接打印机，请检查打印机是否可用。</source>
        <translation>Cannot reach the printer; check that it is available.</translation>
    </message>
    <message>
        <source>没有可打印的页面。</source>
        <translation>There are no pages to print.</translation>
    </message>
    <message>
        <source>打印证书（按 100% 实际尺寸）</source>
        <translation>Print certificates (100 % actual size)</translation>
    </message>
    <message>
        <source>无法显示 PDF 文件：{name}</source>
        <translation>Cannot show the PDF file: {name}</translation>
    </message>
    <message>
        <source>没有找到可以打开 PDF 的程序。文件位置：{path}</source>
        <translation>No program to open PDF files was found. The file is at: {path}</translation>
    </message>
    <message>
        <source>左对齐</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>居中</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>右对齐</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>二维码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>模板预览</source>
        <translation>Template preview</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{reason}</source>
        <translation>Cannot read the file {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>批量发证</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>证书登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>模板与校准</source>
        <translation>Templates and calibration</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>发证设置</source>
        <translation>Issuing</translation>
    </message>
    <message>
        <source>证书模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>名单来源</source>
        <translation>List source</translation>
    </message>
    <message>
        <source>选择 .xlsx / .xls / .csv 名单</source>
        <translation>Choose an .xlsx / .xls / .csv list</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>颁发单位</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>套打：打印在已印好的证书纸上（不印背景、边框和标题）</source>
        <translation>Pre-printed paper (no background, border or title)</translation>
    </message>
    <message>
        <source>另外每人保存一个 PDF 文件</source>
        <translation>Also save one PDF per person</translation>
    </message>
    <message>
        <source>读取名单并预览</source>
        <translation>Read list and preview</translation>
    </message>
    <message>
        <source>正式发证…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>尚未读取名单</source>
        <translation>No list read yet</translation>
    </message>
    <message>
        <source>正在读取 {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>正在保存证书文件…</source>
        <translation>Saving the certificate files…</translation>
    </message>
    <message>
        <source>没有可用的证书模板。</source>
        <translation>No certificate templates are available.</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>名单需要的列：{labels}。表头可用中文列名。</source>
        <translation>Columns the list needs: {labels}. Headers may use the Chinese column names.</translation>
    </message>
    <message>
        <source>每行一人，各列用 Tab（从 Excel 复制）或逗号分隔，顺序：{labels}</source>
        <translation>One person per line, columns separated by tabs (copied from Excel) or commas, in this order: {labels}</translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <source>请选择一个名单。</source>
        <translation>Please choose a list.</translation>
    </message>
    <message>
        <source>请先选择名单文件。</source>
        <translation>Please choose a list file first.</translation>
    </message>
    <message>
        <source>正在读取名单…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>正在读取名单并生成预览…</source>
        <translation>Reading the list and drawing the preview…</translation>
    </message>
    <message>
        <source>共 {n} 人；右侧为全部证书的预览（编号为预计编号，正式发证时分配）</source>
        <translation>{n} people; every certificate is previewed on the right (numbers are expected ones, allocated on issuing)</translation>
    </message>
    <message>
        <source>预览：共 {n} 份（带“样张”水印，不能作证书使用）</source>
        <translation>Preview: {n} certificates (watermarked SAMPLE, not valid as certificates)</translation>
    </message>
    <message>
        <source>请先读取名单。</source>
        <translation>Read the list first.</translation>
    </message>
    <message>
        <source>保存证书 PDF</source>
        <translation>Save certificates PDF</translation>
    </message>
    <message>
        <source>每人一份 PDF 保存到</source>
        <translation>Save one PDF per person in</translation>
    </message>
    <message>
        <source>将发放 {n} 份“{template}”，分配正式编号并记入登记簿。确定吗？</source>
        <translation>Issue {n} “{template}” certificates, allocating numbers and recording them in the register?</translation>
    </message>
    <message>
        <source>正在生成并登记证书…</source>
        <translation>Drawing and recording the certificates…</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>已发证：{first} 至 {last}，共 {n} 份</source>
        <translation>Issued: {first} to {last}, {n} certificates</translation>
    </message>
    <message>
        <source>已发放 {n} 份证书，编号 {first} 至 {last}。
文件：{path}
可在右侧直接打印。</source>
        <translation>Issued {n} certificates, numbers {first} to {last}.
File: {path}
You can print them from the preview on the right.</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>尚无预览</source>
        <translation>No preview yet</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>用 PDF 阅读器打开</source>
        <translation>Open in PDF viewer</translation>
    </message>
    <message>
        <source>{name}，共 {n} 页</source>
        <translation>{name}, {n} pages</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>搜索证书编号（或末几位）、姓名、来源</source>
        <translation>Search by certificate number (or its last digits), name or source</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>补打选中证书…</source>
        <translation>Reprint selected…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{number}&#x3000;{name}&#x3000;{summary}&#x3000;{status}</source>
        <translation>{number}  {name}  {summary}  {status}</translation>
    </message>
    <message>
        <source>（{date} 作废：{reason}）</source>
        <translation> (revoked {date}: {reason})</translation>
    </message>
    <message>
        <source>&#x3000;已补打 {n} 次</source>
        <translation>  reprinted {n} times</translation>
    </message>
    <message>
        <source>作废证书</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>作废 {number}（{name}）的原因：</source>
        <translation>Reason for revoking {number} ({name}):</translation>
    </message>
    <message>
        <source>证书 {number} 已作废，验证时将显示为“已作废”。</source>
        <translation>Certificate {number} is revoked; verification will now report it as revoked.</translation>
    </message>
    <message>
        <source>补打 {n} 份证书（请直接打印）</source>
        <translation>Reprint of {n} certificates (print from here)</translation>
    </message>
    <message>
        <source>正在生成补打证书…</source>
        <translation>Drawing the reprints…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>选中字段</source>
        <translation>Selected field</translation>
    </message>
    <message>
        <source>打印此字段</source>
        <translation>Print this field</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>横向位置 X</source>
        <translation>Across (X)</translation>
    </message>
    <message>
        <source>纵向位置 Y</source>
        <translation>Down (Y)</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>宽度</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>提示：在右侧预览上单击，可把选中字段移到该处。{name} 等花括号内容会换成名单中的值。</source>
        <translation>Tip: click the preview to move the selected field there. Braced names such as {name} are replaced by the list&apos;s values.</translation>
    </message>
    <message>
        <source>打印机校准（整体偏移，对所有字段生效）</source>
        <translation>Printer calibration (moves every field)</translation>
    </message>
    <message>
        <source>向右偏移</source>
        <translation>Shift right</translation>
    </message>
    <message>
        <source>向下偏移</source>
        <translation>Shift down</translation>
    </message>
    <message>
        <source>按套打预览（不显示背景、边框和已印标题）</source>
        <translation>Preview as pre-printed paper (no background, border or printed title)</translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>模板“{name}”已保存。之后发证和补打都按新的设计与偏移打印。</source>
        <translation>Template “{name}” saved. From now on, issuing and reprints print with the new design and offset.</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>恢复出厂设计</source>
        <translation>Restore shipped design</translation>
    </message>
    <message>
        <source>放弃对“{name}”的所有修改（含打印机偏移），恢复出厂设计？</source>
        <translation>Discard all changes to “{name}” (including the printer offset) and restore the shipped design?</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>证书模板“{name}”有误：{message}</source>
        <translation>Certificate template “{name}” is wrong: {message}</translation>
    </message>
    <message>
        <source>“{field}”的值 {value!r} 类型不对</source>
        <translation>&quot;{field}&quot; has a value of the wrong type: {value!r}</translation>
    </message>
    <message>
        <source>文件内容应是一个 JSON 对象</source>
        <translation>The file must contain one JSON object</translation>
    </message>
    <message>
        <source>“{field}”应是对象的列表</source>
        <translation>&quot;{field}&quot; must be a list of objects</translation>
    </message>
    <message>
        <source>“{field}”应是对象</source>
        <translation>&quot;{field}&quot; must be an object</translation>
    </message>
    <message>
        <source>缺少必填项（{detail}）</source>
        <translation>a required entry is missing ({detail})</translation>
    </message>
    <message>
        <source>“{field}”应是文字的列表</source>
        <translation>&quot;{field}&quot; must be a list of texts</translation>
    </message>
    <message>
        <source>“{field}”的值 {value} 超出 {low} 到 {high} 的范围</source>
        <translation>&quot;{field}&quot; = {value} is outside {low} to {high}</translation>
    </message>
    <message>
        <source>纸张尺寸必须大于 0，且不超过 1200 毫米</source>
        <translation>The paper size must be above 0 and at most 1200 mm</translation>
    </message>
    <message>
        <source>编号前缀只能含大写字母、数字、“-”和 {year}</source>
        <translation>the number prefix may hold only capital letters, digits, “-” and {year}</translation>
    </message>
    <message>
        <source>编号位数应在 1 到 8 之间</source>
        <translation>the number of digits must be between 1 and 8</translation>
    </message>
    <message>
        <source>必须有 key 为 name 的输入项（姓名）</source>
        <translation>there must be an input with key name (the recipient&apos;s name)</translation>
    </message>
    <message>
        <source>字段 {key} 重复</source>
        <translation>field {key} appears twice</translation>
    </message>
    <message>
        <source>字段 {key} 的类型 {kind} 不认识</source>
        <translation>field {key} has an unknown kind {kind}</translation>
    </message>
    <message>
        <source>字段 {key} 的对齐方式不认识</source>
        <translation>field {key} has an unknown alignment</translation>
    </message>
    <message>
        <source>字段 {key} 的颜色应写作 #RRGGBB</source>
        <translation>field {key}: write the colour as #RRGGBB</translation>
    </message>
    <message>
        <source>字段 {key} 引用了不存在的值 {{{value}}}</source>
        <translation>field {key} refers to a value that does not exist: {{{value}}}</translation>
    </message>
    <message>
        <source>段落字段 {key} 需要宽度</source>
        <translation>paragraph field {key} needs a width</translation>
    </message>
    <message>
        <source>字段 {key} 需要宽度</source>
        <translation>field {key} needs a width</translation>
    </message>
    <message>
        <source>找不到图片文件 {path}</source>
        <translation>image file not found: {path}</translation>
    </message>
    <message>
        <source>边框颜色应写作 #RRGGBB</source>
        <translation>Write the border colour as #RRGGBB</translation>
    </message>
    <message>
        <source>背景颜色应写作 #RRGGBB</source>
        <translation>Write the background colour as #RRGGBB</translation>
    </message>
    <message>
        <source>找不到背景图片 {path}</source>
        <translation>background image not found: {path}</translation>
    </message>
    <message>
        <source>文件无法读取（{detail}）</source>
        <translation>the file cannot be read ({detail})</translation>
    </message>
    <message>
        <source>找不到证书模板“{name}”。</source>
        <translation>Certificate template “{name}” not found.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>证书验证</source>
        <translation>Certificate verification</translation>
    </message>
    <message>
        <source>用扫码枪扫描证书上的二维码，或输入证书编号后按回车。无需联网，直接对照本系统的登记簿和签名。</source>
        <translation>Scan the certificate&apos;s QR code, or type its number and press Enter. No network needed: it is checked against this system&apos;s register and signature.</translation>
    </message>
    <message>
        <source>扫描二维码或输入证书编号，如 XLX-2026-JS-0001</source>
        <translation>Scan the QR code or type a number, e.g. XLX-2026-JS-0001</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>奖项/称号</source>
        <translation>Award / title</translation>
    </message>
    <message>
        <source>证书类型</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
