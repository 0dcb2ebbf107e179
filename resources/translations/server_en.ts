<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Server</name>
    <message>
        <source>登录已失效（已过期、已退出或账号已变更），请重新登录。</source>
        <translation>Your session has ended (expired, signed out or the account changed); please sign in again.</translation>
    </message>
    <message>
        <source>服务器上没有该操作：{name}</source>
        <translation>The server has no such operation: {name}</translation>
    </message>
    <message>
        <source>登录请求格式不正确。</source>
        <translation>The sign-in request is malformed.</translation>
    </message>
    <message>
        <source>上传的内容超过服务器允许的 {mib} MiB。</source>
        <translation>The upload is larger than the {mib} MiB the server accepts.</translation>
    </message>
</context>
</TS>
