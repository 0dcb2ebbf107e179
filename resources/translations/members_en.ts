<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Members</name>
    <message>
        <source>在会</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>退会</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>找不到该会员。</source>
        <translation>Member not found.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
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
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Joined</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>搜索姓名、拼音首字母、工号、电话或身份证号后四位</source>
        <translation>Search name, pinyin initials, employee no., phone or last 4 ID digits</translation>
    </message>
    <message>
        <source>全部分工会</source>
        <translation>All branch unions</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>会员管理</source>
        <translation>Members</translation>
    </message>
</context>
</TS>
