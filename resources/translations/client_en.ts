<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Remote</name>
    <message>
        <source>无法读取服务器的 CA 证书文件“{path}”：{detail}</source>
        <translation>Cannot read the server&apos;s CA certificate file &quot;{path}&quot;: {detail}</translation>
    </message>
    <message>
        <source>服务器地址应形如 https://主机名:端口。</source>
        <translation>The server address should look like https://hostname:port.</translation>
    </message>
    <message>
        <source>工会服务器必须用 https:// 连接（http 只用于本机测试）。</source>
        <translation>The union server must be reached over https:// (http is for local tests only).</translation>
    </message>
    <message>
        <source>请选择工会服务器的 CA 证书文件（ca.crt，由管理员提供）。</source>
        <translation>Please choose the union server&apos;s CA certificate file (ca.crt, from your administrator).</translation>
    </message>
    <message>
        <source>无法连接工会服务器 {url}：{detail}</source>
        <translation>Cannot reach the union server {url}: {detail}</translation>
    </message>
    <message>
        <source>{url} 不是工会办公服务器。</source>
        <translation>{url} is not a UnionOffice server.</translation>
    </message>
    <message>
        <source>连接超时</source>
        <translation>connection timed out</translation>
    </message>
    <message>
        <source>服务器证书不是由所选 CA 签发的（或主机名不符）</source>
        <translation>the server&apos;s certificate was not issued by the chosen CA (or the host name does not match)</translation>
    </message>
    <message>
        <source>连接被拒绝或主机不可达</source>
        <translation>connection refused or host unreachable</translation>
    </message>
    <message>
        <source>服务器长时间没有回应</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>连接中断</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>服务器暂时不可用（HTTP {status}）</source>
        <translation>server temporarily unavailable (HTTP {status})</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>工会服务器 {url}</source>
        <translation>union server {url}</translation>
    </message>
    <message>
        <source>第一个管理员在服务器上创建：unionoffice-server create-admin。</source>
        <translation>The first administrator is created on the server: unionoffice-server create-admin.</translation>
    </message>
    <message>
        <source>工会服务器已设置完毕，无需首次设置。</source>
        <translation>The union server is already set up; no first-start set-up is needed.</translation>
    </message>
    <message>
        <source>无法连接工会服务器 {url}（{detail}，已重试 {seconds} 秒）。本次操作没有完成，本机没有保存任何数据。请检查网络后重试；如果是保存操作，请刷新后核对是否已经保存。</source>
        <translation>Cannot reach the union server {url} ({detail}, retried for {seconds} s). The action was not completed and nothing was saved on this PC. Check the network and try again; if you were saving, reload and check whether it was saved.</translation>
    </message>
    <message>
        <source>工会服务器回答了无法识别的内容（HTTP {status}）。</source>
        <translation>The union server gave an answer that could not be understood (HTTP {status}).</translation>
    </message>
</context>
</TS>
