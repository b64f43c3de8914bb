<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt texts that qtbase_zh_CN.qm (shipped with PySide6) lacks: Qt 6 renamed them (mnemonics added)
     and the Chinese file was not updated. Loaded after Workbench's and before Qt's own translations
     (workbench/ui/language.py); compiled by resources/translations/zh_CN.py. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
</TS>
