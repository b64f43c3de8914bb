<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoxSizeChart</name>
    <message>
        <location filename="../../workbench/widgets/box_size_chart.py" line="30" />
        <source>Box width x height (pixels at training size; darker: more boxes)</source>
        <translation>框的宽 × 高（训练尺寸下的像素；颜色越深框越多）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/box_size_chart.py" line="33" />
        <source>width</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/box_size_chart.py" line="34" />
        <source>height</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/box_size_chart.py" line="45" />
        <source>Box shape (width : height)</source>
        <translation>框的形状（宽 : 高）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/box_size_chart.py" line="49" />
        <source>boxes</source>
        <translation>框数</translation>
    </message>
</context>
<context>
    <name>ClassChart</name>
    <message>
        <location filename="../../workbench/widgets/class_chart.py" line="33" />
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_chart.py" line="36" />
        <source>boxes</source>
        <translation>框数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_chart.py" line="38" />
        <source>images</source>
        <translation>图片数</translation>
    </message>
</context>
<context>
    <name>ClassListWidget</name>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="48" />
        <source>New class name, Enter to add</source>
        <translation>输入新类别名，按回车添加</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="53" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="54" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="55" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="56" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="57" />
        <source>Rename the class; label files do not change</source>
        <translation>重命名类别；标注文件不变</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="58" />
        <source>Pick the colour its boxes are drawn in</source>
        <translation>选择该类别标注框的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="59" />
        <source>Move every box of this class into another class</source>
        <translation>把该类别的所有框并入另一个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="60" />
        <source>Delete the class and all its boxes</source>
        <translation>删除该类别及其所有框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="90" />
        <source>class id {0}; press {1} to use it</source>
        <translation>类别编号 {0}；按 {1} 选用</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="91" />
        <source>class id {0}</source>
        <translation>类别编号 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="124" />
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="124" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="134" />
        <source>Colour of {0}</source>
        <translation>{0} 的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="143" />
        <source>Merge class</source>
        <translation>合并类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="144" />
        <source>Move every box of '{0}' into:</source>
        <translation>把“{0}”的所有框并入：</translation>
    </message>
</context>
<context>
    <name>ClassPicker</name>
    <message>
        <location filename="../../workbench/widgets/class_picker.py" line="26" />
        <source>Class of the new box</source>
        <translation>新框的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_picker.py" line="28" />
        <source>Type to filter, Enter to accept, Esc to cancel the box</source>
        <translation>输入以筛选，回车确认，Esc 取消这个框</translation>
    </message>
</context>
<context>
    <name>ClassSync</name>
    <message>
        <location filename="../../workbench/ui/label_class_sync.py" line="39" />
        <location filename="../../workbench/ui/label_class_sync.py" line="58" />
        <source>Selected box: {0}</source>
        <translation>所选框：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_class_sync.py" line="41" />
        <source>New boxes: {0}</source>
        <translation>新框的类别：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_class_sync.py" line="68" />
        <source>New box: {0}. Press 1-9 or click a class to change it.</source>
        <translation>新框：{0}。按 1-9 或点击类别可更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_class_sync.py" line="86" />
        <source>Box cancelled.</source>
        <translation>已取消这个框。</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="core_messages.py" line="4" />
        <source>class '{name}' has only {n} boxes; label at least {least} (better 100+) for it to be learned</source>
        <translation>类别“{name}”只有 {n} 个标注框；至少标注 {least} 个（最好 100 个以上）模型才能学会它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="5" />
        <source>more backgrounds ({backgrounds}) than labeled images ({labeled}); about 10% backgrounds is usual</source>
        <translation>背景图（{backgrounds} 张）多于已标注图片（{labeled} 张）；背景图通常占 10% 左右</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="6" />
        <source>class '{name}' has no boxes yet; label some, or delete the class</source>
        <translation>类别“{name}”还没有标注框；请标注一些，或删除该类别</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="7" />
        <source>class '{name}' has only 1 box; label at least {least} (better 100+) for it to be learned</source>
        <translation>类别“{name}”只有 1 个标注框；至少标注 {least} 个（最好 100 个以上）模型才能学会它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="8" />
        <source>1 image is not labeled yet and will be left out (save an image with no boxes to use it as a background)</source>
        <translation>1 张图片尚未标注，将不被使用（保存一张没有标注框的图片即可作为背景图使用）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="9" />
        <source>{tiny} of {total} boxes are smaller than {px} px at image size {imgsz}; train with a larger image size or crop the photos</source>
        <translation>{total} 个标注框中有 {tiny} 个在图片尺寸 {imgsz} 下小于 {px} 像素；请用更大的图片尺寸训练，或裁剪照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="10" />
        <source>{n} images are not labeled yet and will be left out (save an image with no boxes to use it as a background)</source>
        <translation>{n} 张图片尚未标注，将不被使用（保存一张没有标注框的图片即可作为背景图使用）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="11" />
        <source>{path}: {what}</source>
        <translation>{path}：{what}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="12" />
        <source>{path}: changed since the check (missing or has problems); check the dataset again</source>
        <translation>{path}：检查后已被修改（缺失或有问题）；请重新检查数据集</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="13" />
        <source>could not copy {src} to {dst}: {why}</source>
        <translation>无法把 {src} 复制到 {dst}：{why}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="14" />
        <source>{path}: the class list is missing; add the classes first</source>
        <translation>{path}：缺少类别列表；请先添加类别</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="15" />
        <source>no image is labeled or marked as background yet; label some photos first</source>
        <translation>还没有图片被标注或标记为背景；请先标注一些照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="16" />
        <source>{out} is a file; choose a folder for the dataset</source>
        <translation>{out} 是一个文件；请为数据集选择一个文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="17" />
        <source>{out} is not empty and was not built by Workbench; choose an empty folder (Workbench replaces the whole folder on every build)</source>
        <translation>{out} 不是空文件夹，也不是 Workbench 生成的；请选择一个空文件夹（每次生成时 Workbench 会替换整个文件夹）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="18" />
        <source>{out}: the dataset cannot replace the project folder; choose a folder such as {suggestion}</source>
        <translation>{out}：数据集不能替换项目文件夹；请选择一个文件夹，例如 {suggestion}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="19" />
        <source>{path}: the dataset was built in {out}, but the split could not be stored ({why}); the next build may move images between train and val. Make the project folder writable and build again</source>
        <translation>{path}：数据集已生成在 {out}，但无法保存划分结果（{why}）；下次生成时图片可能在训练集和验证集之间移动。请让项目文件夹可写，然后重新生成</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="20" />
        <source>animated PNG; only the first frame is used</source>
        <translation>动画 PNG；只使用第一帧</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="21" />
        <source>repeats line {first} (a duplicate box); Ultralytics uses it once, and so does the dataset</source>
        <translation>与第 {first} 行重复（重复的标注框）；Ultralytics 只使用一次，数据集也只保留一次</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="22" />
        <source>the file is empty (0 bytes); delete it or copy the photo again</source>
        <translation>文件为空（0 字节）；请删除它或重新复制照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="23" />
        <source>cannot read the label file ({why})</source>
        <translation>无法读取标注文件（{why}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="24" />
        <source>no image has boxes yet; label some photos first</source>
        <translation>还没有图片带标注框；请先标注一些照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="25" />
        <source>there is no class list (classes.txt); add the classes on the Label page, one name per line</source>
        <translation>没有类别列表（classes.txt）；请在“标注”页添加类别，每行一个名称</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="26" />
        <source>the JPEG does not end with its end marker; Ultralytics re-saves its copy in the dataset (your photo is not touched); re-save the photo to silence this</source>
        <translation>JPEG 缺少结束标记；Ultralytics 会重新保存数据集中的副本（你的照片不会被改动）；重新保存照片即可消除此提示</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="27" />
        <source>not an image Ultralytics can read ({why}); replace or delete it</source>
        <translation>不是 Ultralytics 能读取的图片（{why}）；请替换或删除</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="28" />
        <source>{ext} files are not used for training; convert it to JPEG or PNG to use it</source>
        <translation>{ext} 文件不参与训练；转换为 JPEG 或 PNG 后才能使用</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="29" />
        <source>the image is too large for Ultralytics (PIL refuses more than {mp:.0f} megapixels); scale it down</source>
        <translation>图片对 Ultralytics 来说太大（PIL 拒绝超过 {mp:.0f} 百万像素的图片）；请缩小它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="30" />
        <source>image is {w}x{h}; Ultralytics needs at least {min} px on each side</source>
        <translation>图片为 {w}x{h}；Ultralytics 要求每边至少 {min} 像素</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="31" />
        <source>the JPEG is truncated and cannot be decoded; copy the photo again from its source</source>
        <translation>JPEG 文件不完整，无法解码；请从原处重新复制照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="32" />
        <location filename="core_messages.py" line="42" />
        <source>cannot read the file ({why})</source>
        <translation>无法读取文件（{why}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="33" />
        <source>very large image ({mp:.0f} megapixels); training shrinks it, so small objects may vanish</source>
        <translation>图片很大（{mp:.0f} 百万像素）；训练时会缩小，小目标可能消失</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="34" />
        <source>{fmt} images are not used by Ultralytics; convert it to JPEG or PNG</source>
        <translation>Ultralytics 不使用 {fmt} 图片；请转换为 JPEG 或 PNG</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="35" />
        <source>animated PNG; only the first frame would be used</source>
        <translation>动画 PNG；只会使用第一帧</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="36" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="37" />
        <source>cannot read the image ({why})</source>
        <translation>无法读取图片（{why}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="38" />
        <source>not an image Workbench can read (corrupt or another format)</source>
        <translation>不是 Workbench 能读取的图片（已损坏或是其他格式）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="39" />
        <source>{fmt} images are not used for training; convert it to JPEG or PNG</source>
        <translation>{fmt} 图片不参与训练；请转换为 JPEG 或 PNG</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="40" />
        <source>image is {w}x{h}; Ultralytics needs at least 10 px on each side</source>
        <translation>图片为 {w}x{h}；Ultralytics 要求每边至少 10 像素</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="41" />
        <source>the JPEG is truncated (no end marker); Ultralytics would rewrite it</source>
        <translation>JPEG 文件不完整（缺少结束标记）；Ultralytics 会重写它</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="43" />
        <source>{other} already gave labels to {image}; kept those</source>
        <translation>{other} 已为 {image} 提供标注；保留那些标注</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="44" />
        <source>'{ref}' matches {n} images ({some}); move the annotation file beside its image or give the full path</source>
        <translation>“{ref}”匹配到 {n} 张图片（{some}）；请把标注文件放到图片旁边，或写出完整路径</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="45" />
        <source>object {k} ({label}): &lt;bndbox&gt; lacks a number in xmin/ymin/xmax/ymax</source>
        <translation>第 {k} 个对象（{label}）：&lt;bndbox&gt; 的 xmin/ymin/xmax/ymax 缺少数字</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="46" />
        <source>not valid JSON; fix or remove the file</source>
        <translation>不是有效的 JSON；请修正或移除该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="47" />
        <source>not valid JSON (line {line}); fix or remove the file</source>
        <translation>不是有效的 JSON（第 {line} 行）；请修正或移除该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="48" />
        <source>shape {k} ({label}): points are not x, y pairs</source>
        <translation>第 {k} 个形状（{label}）：点不是 x, y 坐标对</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="49" />
        <source>not valid XML (line {line}); fix or remove the file</source>
        <translation>不是有效的 XML（第 {line} 行）；请修正或移除该文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="50" />
        <source>annotation {id} ({name}): bbox {bbox} holds a value that is not a number; left out</source>
        <translation>标注 {id}（{name}）：bbox {bbox} 含有不是数字的值；已跳过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="51" />
        <source>annotation {id} ({name}): bbox {bbox} has a width or height of 0 or less; left out</source>
        <translation>标注 {id}（{name}）：bbox {bbox} 的宽或高小于等于 0；已跳过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="52" />
        <source>cancelled: nothing was written</source>
        <translation>已取消：没有写入任何文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="53" />
        <source>cannot read ({why})</source>
        <translation>无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="54" />
        <source>circle(s) converted to their bounding boxes</source>
        <translation>圆形已转换为外接框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="55" />
        <source>{n} box(es) reached outside the image and were cut to it</source>
        <translation>{n} 个标注框超出图片，已裁剪到图片内</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="56" />
        <source>classes added: {names}</source>
        <translation>新增类别：{names}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="57" />
        <source>not valid JSON (line {line})</source>
        <translation>不是有效的 JSON（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="58" />
        <source>{file}: image {id} ({name})</source>
        <translation>{file}：图片 {id}（{name}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="59" />
        <source>{n} {note}</source>
        <translation>{n} 个{note}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="60" />
        <source>annotation {id} ({name}) is a crowd region (iscrowd=1); Ultralytics does not train on those, so it was left out</source>
        <translation>标注 {id}（{name}）是人群区域（iscrowd=1）；Ultralytics 不用它训练，因此已略过</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="61" />
        <source>an entry of "images" has no id</source>
        <translation>"images" 中有一项没有 id</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="62" />
        <source>  {text}</source>
        <translation>  {text}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="63" />
        <source>{n} label files already exist and were kept (import again with overwrite to replace them):</source>
        <translation>{n} 个标注文件已存在并被保留（勾选覆盖后重新导入即可替换）：</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="64" />
        <source>mask(s) converted to their bounding boxes</source>
        <translation>掩码已转换为外接框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="65" />
        <source>object {k} ({name}) has no area inside the {w}x{h} image</source>
        <translation>第 {k} 个对象（{name}）在 {w}x{h} 的图片内没有面积</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="66" />
        <source>annotation {id} ({name}) has no [x, y, w, h] bbox</source>
        <translation>标注 {id}（{name}）没有 [x, y, w, h] 框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="67" />
        <source>object {k} ({label}) has no &lt;bndbox&gt;; only axis-aligned boxes convert</source>
        <translation>第 {k} 个对象（{label}）没有 &lt;bndbox&gt;；只能转换与坐标轴对齐的框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="68" />
        <source>shape {k} ({label}) is a {kind}, which has no box</source>
        <translation>第 {k} 个形状（{label}）是 {kind}，没有外接框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="69" />
        <source>object {k} has no class name</source>
        <translation>第 {k} 个对象没有类别名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="70" />
        <source>{src}: no {suffix} files found; pick the folder that holds them</source>
        <translation>{src}：没有找到 {suffix} 文件；请选择存放它们的文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="71" />
        <source>{src}: no such file or folder</source>
        <translation>{src}：文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="72" />
        <source>not a COCO file (needs "images" and "annotations" lists)</source>
        <translation>不是 COCO 文件（需要 "images" 和 "annotations" 列表）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="73" />
        <source>{n} not converted:</source>
        <translation>{n} 项未转换：</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="74" />
        <source>image not found: looked for '{ref}' in {root}</source>
        <translation>找不到图片：在 {root} 中查找了“{ref}”</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="75" />
        <source>image not found: looked for an image (the file names none) in {root}</source>
        <translation>找不到图片：在 {root} 中查找图片（文件中没有写图片名）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="76" />
        <source>not a labelme file (no "shapes" list)</source>
        <translation>不是 labelme 文件（没有 "shapes" 列表）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="77" />
        <source>not a Pascal VOC file (the root element is &lt;{tag}&gt;, not &lt;annotation&gt;)</source>
        <translation>不是 Pascal VOC 文件（根元素是 &lt;{tag}&gt;，而不是 &lt;annotation&gt;）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="78" />
        <source>{n} notes:</source>
        <translation>{n} 条说明：</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="79" />
        <source>no box could be converted; no label file written</source>
        <translation>没有可转换的标注框；未写入标注文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="80" />
        <source>polygon(s) converted to their bounding boxes</source>
        <translation>多边形已转换为外接框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="81" />
        <source>object {k} ({label}) has a rotated box (robndbox); only axis-aligned boxes convert</source>
        <translation>第 {k} 个对象（{label}）是旋转框（robndbox）；只能转换与坐标轴对齐的框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="82" />
        <source>give the COCO .json file itself ({n} .json files in this folder)</source>
        <translation>请直接选择 COCO 的 .json 文件（此文件夹中有 {n} 个 .json 文件）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="83" />
        <source>shape {k} is not an object</source>
        <translation>第 {k} 个形状不是对象</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="84" />
        <source>the file says the image is {sw}x{sh} but {image} is {w}x{h}; boxes were converted against the real image, check them</source>
        <translation>文件中写的图片尺寸是 {sw}x{sh}，但 {image} 实际是 {w}x{h}；标注框已按实际图片转换，请检查</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="85" />
        <source>shape {k} ({label}): a {kind} needs at least 2 points</source>
        <translation>第 {k} 个形状（{label}）：{kind} 至少需要 2 个点</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="86" />
        <source>boxes were drawn on the photo as stored ({sw}x{sh}); turned to the upright image ({w}x{h}) as Ultralytics sees it</source>
        <translation>标注框是在照片的存储方向（{sw}x{sh}）上画的；已转到 Ultralytics 所见的正向图片（{w}x{h}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="87" />
        <source>annotation {id}: category id {cat} is not in "categories"</source>
        <translation>标注 {id}：类别 id {cat} 不在 "categories" 中</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="88" />
        <source>annotation {id} names image id {image_id}, which is not in "images"</source>
        <translation>标注 {id} 指向图片 id {image_id}，但它不在 "images" 中</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="89" />
        <source>unknown image size, {problem}</source>
        <translation>图片尺寸未知，{problem}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="90" />
        <source>'{ref}' not found; used the image with its name</source>
        <translation>找不到“{ref}”；已使用同名的图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="91" />
        <source>'{ref}' not found; used the image named like the annotation file</source>
        <translation>找不到“{ref}”；已使用与标注文件同名的图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="92" />
        <source>no image named in the file; used the image named like the annotation file</source>
        <translation>文件中没有写图片名；已使用与标注文件同名的图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="93" />
        <source>{why} (an existing file there is left as it was)</source>
        <translation>{why}（那里已有的文件保持不变）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="94" />
        <source>{files} label files written, {boxes} boxes</source>
        <translation>已写入 {files} 个标注文件，{boxes} 个标注框</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="95" />
        <source>{files} label files written, {boxes} boxes, {unchanged} already up to date</source>
        <translation>已写入 {files} 个标注文件，{boxes} 个标注框，{unchanged} 个已是最新</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="96" />
        <source>box extends beyond the image</source>
        <translation>标注框超出图片边界</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="97" />
        <source>file starts with a UTF-8 BOM; Ultralytics reads it, but other tools may misread the first line (saving from Workbench removes it)</source>
        <translation>文件以 UTF-8 BOM 开头；Ultralytics 能读取，但其他工具可能读错第一行（在 Workbench 中保存会去掉它）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="98" />
        <source>class id {value} is not a whole number &gt;= 0</source>
        <translation>类别编号 {value} 不是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="99" />
        <source>values are separated by commas; YOLO expects spaces</source>
        <translation>数值用逗号分隔；YOLO 要求用空格分隔</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="100" />
        <source>{n} values; a box line has 5: class x_center y_center width height</source>
        <translation>{n} 个数值；标注框行应有 5 个：类别 中心x 中心y 宽 高</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="101" />
        <source>not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="102" />
        <source>NaN or infinite value</source>
        <translation>数值为 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="103" />
        <source>not UTF-8 text (byte {byte}); is this a label file?</source>
        <translation>不是 UTF-8 文本（第 {byte} 字节）；这是标注文件吗？</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="104" />
        <source>coordinates outside 0..1</source>
        <translation>坐标超出 0..1 范围</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="105" />
        <source>{n} values: a polygon (segmentation) line; a box line has 5 values: class x_center y_center width height</source>
        <translation>{n} 个数值：这是多边形（分割）行；标注框行应有 5 个数值：类别 中心x 中心y 宽 高</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="106" />
        <source>class id {cls} is not in classes.txt ({n} classes)</source>
        <translation>类别编号 {cls} 不在 classes.txt 中（共 {n} 个类别）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="107" />
        <source>zero or negative width/height</source>
        <translation>宽或高为零或负数</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="108" />
        <source>{model} (pretrained, download)</source>
        <translation>{model}（预训练，需下载）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="109" />
        <source>{model} (pretrained, {where})</source>
        <translation>{model}（预训练，{where}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="110" />
        <source>{name} ({where})</source>
        <translation>{name}（{where}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="111" />
        <source>The model file {model} does not exist; choose another model file.</source>
        <translation>模型文件 {model} 不存在；请选择其他模型文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="112" />
        <source>The weights file {model} does not exist; choose an existing .pt file.</source>
        <translation>权重文件 {model} 不存在；请选择一个已有的 .pt 文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="113" />
        <source>No model chosen: pick a pretrained .pt, a .yaml to train from scratch, or a .pt file.</source>
        <translation>尚未选择模型：请选择预训练的 .pt、从零训练的 .yaml，或一个 .pt 文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="114" />
        <source>{model} is not a .pt weights file or a .yaml model config; choose one of those.</source>
        <translation>{model} 既不是 .pt 权重文件，也不是 .yaml 模型配置；请选择其中一种。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="115" />
        <source>{model} (pretrained, not available)</source>
        <translation>{model}（预训练，不可用）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="116" />
        <source>{model} is not on this computer and cannot be downloaded from here; get it with the Models button (a mirror, or a file copied from another computer), train from scratch with {scratch}, or choose a .pt file you have.</source>
        <translation>本机没有 {model}，这里也无法下载；请用“模型”按钮获取（镜像地址，或从另一台电脑拷贝的文件），用 {scratch} 从零训练，或选择你已有的 .pt 文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="117" />
        <source>{model} (pretrained, on disk)</source>
        <translation>{model}（预训练，已在本机）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="118" />
        <source>{model} medium (from scratch)</source>
        <translation>{model} 中型（从零训练）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="119" />
        <source>{model} nano (from scratch)</source>
        <translation>{model} 超小型（从零训练）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="120" />
        <source>{model} small (from scratch)</source>
        <translation>{model} 小型（从零训练）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="121" />
        <source>cannot merge class {index} into {into}</source>
        <translation>无法把类别 {index} 并入 {into}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="122" />
        <source>a class named {name} already exists; use Merge to combine classes</source>
        <translation>已有名为 {name} 的类别；请用“合并”来合并类别</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="123" />
        <source>cannot read the class list ({why})</source>
        <translation>无法读取类别列表（{why}）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="124" />
        <source>a class name cannot be empty</source>
        <translation>类别名不能为空</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="125" />
        <source>its label file would be {label}, the class list; rename the image</source>
        <translation>它的标注文件会是类别列表 {label}；请重命名这张图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="126" />
        <source>there is no class {index}</source>
        <translation>没有类别 {index}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="127" />
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="128" />
        <source>not an image file inside the project folder {root}</source>
        <translation>不是项目文件夹 {root} 中的图片文件</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="129" />
        <source>{names} share one label file {label}; rename one of them so each image has its own labels</source>
        <translation>{names} 共用一个标注文件 {label}；请重命名其中一个，使每张图片都有自己的标注</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="130" />
        <source>val {val} + test {test} must leave images for training: use fractions such as val 0.2, test 0.1</source>
        <translation>验证集 {val} + 测试集 {test} 必须给训练留下图片：请使用 0.2（验证）、0.1（测试）这样的比例</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="131" />
        <source>class '{name}' has no image in train; label more images of it</source>
        <translation>类别“{name}”在训练集中没有图片；请为它标注更多图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="132" />
        <source>class '{name}' has no image in val: {why}; label more images of it or change the seed</source>
        <translation>类别“{name}”在验证集中没有图片：{why}；请为它标注更多图片，或更换随机种子</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="133" />
        <source>class '{name}' has 1 image: it cannot be in both train and val; label more images of it</source>
        <translation>类别“{name}”只有 1 张图片：无法同时出现在训练集和验证集中；请为它标注更多图片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="134" />
        <source>its images were assigned to train by an earlier split</source>
        <translation>它的图片在之前的划分中已分到训练集</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="135" />
        <source>moving any of its images would take another class out of train</source>
        <translation>移动它的任何一张图片都会让另一个类别从训练集中消失</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="136" />
        <source>all its images are one burst or look-alike group</source>
        <translation>它的所有图片属于同一组连拍或相似照片</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="137" />
        <source>{data} is not valid YAML; fix it or build the dataset again.</source>
        <translation>{data} 不是有效的 YAML；请修正它或重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="138" />
        <source>{data} line {line} is not valid YAML; fix it or build the dataset again.</source>
        <translation>{data} 第 {line} 行不是有效的 YAML；请修正它或重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="139" />
        <source>Training was cancelled before it started.</source>
        <translation>训练在开始前被取消。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="140" />
        <source>{label} line {line} uses class {cls}, but {data} names only {nc} class(es) (0-{last}); add the class or fix the label, then build the dataset again.</source>
        <translation>{label} 第 {line} 行使用了类别 {cls}，但 {data} 只列出 {nc} 个类别（0-{last}）；请添加该类别或修正标注，然后重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="141" />
        <source>Cannot read {data} ({why}); check the file and try again.</source>
        <translation>无法读取 {data}（{why}）；请检查该文件后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="142" />
        <source>Training failed: {error}. The log shows the details.</source>
        <translation>训练失败：{error}。详情见日志。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="143" />
        <source>A file or folder the run needs is missing ({error}). If the dataset was moved or deleted, build it again, then train again.</source>
        <translation>训练需要的文件或文件夹缺失（{error}）。如果数据集被移动或删除，请重新生成，然后重新训练。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="144" />
        <source>Training was interrupted.</source>
        <translation>训练被中断。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="145" />
        <source>{data} has no {entries} entry; build the dataset again.</source>
        <translation>{data} 缺少 {entries} 项；请重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="146" />
        <source>The checkpoint {path} does not exist; choose the last.pt of a paused run.</source>
        <translation>检查点 {path} 不存在；请选择暂停的训练的 last.pt。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="147" />
        <source>{label} line {line} does not start with a class number; fix the label on the Label page.</source>
        <translation>{label} 第 {line} 行不是以类别编号开头；请在“标注”页修正该标注。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="148" />
        <source>The dataset file {data} does not exist; build the dataset again or choose its data.yaml.</source>
        <translation>数据集文件 {data} 不存在；请重新生成数据集，或选择它的 data.yaml。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="149" />
        <source>The {split} images folder {folder} named in {data} does not exist; build the dataset again.</source>
        <translation>{data} 中指定的 {split} 图片文件夹 {folder} 不存在；请重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="150" />
        <source>No labeled images in the dataset of {data}: label some photos, then build the dataset again.</source>
        <translation>{data} 的数据集中没有已标注的图片：请标注一些照片，然后重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="151" />
        <source>{data} names no classes; add a names: list and build the dataset again.</source>
        <translation>{data} 没有列出类别；请添加 names: 列表，然后重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="152" />
        <source>The dataset has no usable labeled images ({error}); check it on the Dataset page.</source>
        <translation>数据集中没有可用的已标注图片（{error}）；请在“数据集”页检查。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="153" />
        <source>{data} is not a dataset description (no train/val/names); build the dataset again.</source>
        <translation>{data} 不是数据集描述文件（没有 train/val/names）；请重新生成数据集。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="154" />
        <source>Out of memory (batch {batch}, image size {imgsz}): choose a smaller batch, a smaller image size or a smaller model, then train again.</source>
        <translation>内存不足（批大小 {batch}，图片尺寸 {imgsz}）：请选择更小的批大小、更小的图片尺寸或更小的模型，然后重新训练。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="155" />
        <source>current folder</source>
        <translation>当前文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="156" />
        <source>dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="157" />
        <source>model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="158" />
        <source>run of this project</source>
        <translation>本项目的训练</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="159" />
        <source>Ultralytics weights folder</source>
        <translation>Ultralytics 权重文件夹</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="21" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="22" />
        <source>Read every image and label file and report what to fix</source>
        <translation>读取每张图片和标注文件，列出需要修正的地方</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="27" />
        <location filename="../../workbench/ui/dataset_layout.py" line="84" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="29" />
        <location filename="../../workbench/ui/dataset_page.py" line="176" />
        <source>Open a folder of photos in the Label page, then check it here.</source>
        <translation>先在“标注”页打开一个照片文件夹，再在这里检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="32" />
        <source>Background (no objects): a photo you checked that holds nothing to label. Training uses it to learn what is not an object, which cuts false detections.</source>
        <translation>背景（无目标）：已检查、没有需要标注的东西的图片。训练时用它让模型学会什么不是目标，从而减少误检。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="49" />
        <source>What to fix</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="51" />
        <source>Double-click a line (or press Enter) to open the image in the Label page.</source>
        <translation>双击某一行（或按回车）在“标注”页打开该图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="56" />
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="64" />
        <source>Charts appear after a check.</source>
        <translation>检查后显示图表。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="66" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="74" />
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="78" />
        <source>dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="79" />
        <source>Choose...</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="80" />
        <source>Build dataset</source>
        <translation>生成数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="89" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="90" />
        <source>Train on it</source>
        <translation>用它训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="92" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="104" />
        <source>Build</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="175" />
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="204" />
        <source>Folder for the dataset</source>
        <translation>数据集的文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="231" />
        <source>checking %v / %m</source>
        <translation>检查中 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="236" />
        <source>Checking {0} images...</source>
        <translation>正在检查 {0} 张图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="293" />
        <source>What to fix ({0} problems, {1} warnings)</source>
        <translation>需要修正（{0} 个问题，{1} 个警告）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="297" />
        <source>Nothing to add: the labels look ready for training.</source>
        <translation>没有其他建议：标注看起来可以用于训练了。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="282" />
        <source>Check done: {0} images, {1} problems.</source>
        <translation>检查完成：{0} 张图片，{1} 个问题。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="289" />
        <source>{0} labeled, {1} background (no objects), {2} not labeled (left out), {3} problems</source>
        <translation>已标注 {0}，背景（无目标）{1}，未标注 {2}（不使用），有问题 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="313" />
        <source>{0} is not one of the project's images, so it cannot be opened in the Label page.</source>
        <translation>{0} 不是本项目的图片，无法在“标注”页打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="323" />
        <location filename="../../workbench/ui/dataset_page.py" line="324" />
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="327" />
        <location filename="../../workbench/ui/dataset_page.py" line="328" />
        <source>The check failed: {0}</source>
        <translation>检查失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="343" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="353" />
        <source>Box sizes appear here.</source>
        <translation>框的大小图表显示在这里。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="355" />
        <location filename="../../workbench/ui/dataset_page.py" line="368" />
        <source>Box sizes</source>
        <translation>框的大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="385" />
        <location filename="../../workbench/ui/dataset_page.py" line="438" />
        <source>planning...</source>
        <translation>正在规划……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="411" />
        <source>finding look-alike photos...</source>
        <translation>正在查找相似照片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="412" />
        <location filename="../../workbench/ui/dataset_page.py" line="481" />
        <source>finding look-alike photos %v / %m</source>
        <translation>正在查找相似照片 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="440" />
        <source>Look-alike search cancelled. Change a value to plan again, or untick "Also keep look-alike photos together".</source>
        <translation>已取消查找相似照片。修改任一数值可重新规划，或取消勾选“外观几乎相同的照片也放在一起”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="443" />
        <source>cannot split: {0}</source>
        <translation>无法划分：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="469" />
        <location filename="../../workbench/ui/dataset_page.py" line="482" />
        <source>copying %v / %m</source>
        <translation>复制中 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="474" />
        <source>Building the dataset in {0}...</source>
        <translation>正在 {0} 中生成数据集……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="528" />
        <source>Left out: {0} not labeled, {1} with problems (see What to fix).</source>
        <translation>未使用：{0} 张未标注，{1} 张有问题（见“需要修正”）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="509" />
        <source>Dataset ready: {0}</source>
        <translation>数据集已就绪：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="525" />
        <source>Built in {0:.1f} s: {1} ({2} background (no objects)).</source>
        <translation>用时 {0:.1f} 秒建成：{1}（背景（无目标）{2}）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="533" />
        <source>The project changed since this build: {0} images are ready to train now, the dataset holds {1}. Build again to include the changes.</source>
        <translation>自这次构建以来项目有变化：现在有 {0} 张图片可用于训练，数据集中只有 {1} 张。请重新构建以包含这些变化。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="543" />
        <source>Build cancelled; nothing was changed.</source>
        <translation>已取消生成；没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="546" />
        <source>The dataset was not built: {0}</source>
        <translation>数据集未生成：{0}</translation>
    </message>
</context>
<context>
    <name>DiagnosisPanel</name>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="94" />
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="95" />
        <source>Train more</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="98" />
        <source>A new run that starts from this run's last.pt with the same data and settings. A finished run cannot be extended itself; the weights carry on, the learning rate starts again.</source>
        <translation>新开一次训练，从本次训练的 last.pt 出发，使用相同的数据和设置。已完成的训练本身无法延长；权重会延续，学习率从头开始。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="100" />
        <source>Starts a new run from this run's last.pt (same data and settings).</source>
        <translation>从本次训练的 last.pt 开始一次新训练（数据和设置相同）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="144" />
        <source>Train {0} more epochs</source>
        <translation>再训练 {0} 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="147" />
        <source>Get pretrained weights...</source>
        <translation>获取预训练权重……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="150" />
        <source>Label more {0}</source>
        <translation>多标注一些 {0}</translation>
    </message>
</context>
<context>
    <name>ExpectationBox</name>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="39" />
        <source>What to expect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="41" />
        <location filename="../../workbench/widgets/train_advice.py" line="63" />
        <source>Choose a dataset to see what to expect.</source>
        <translation>选择数据集后，这里会说明预期效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="43" />
        <source>Put the suggested epochs and image size into the form</source>
        <translation>把建议的轮数和图片尺寸填入表单</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="45" />
        <source>Get pretrained weights...</source>
        <translation>获取预训练权重……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_advice.py" line="68" />
        <source>Use {0} epochs, image size {1}</source>
        <translation>使用 {0} 轮，图片尺寸 {1}</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="33" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="33" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="34" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="64" />
        <source>checking...</source>
        <translation>检查中……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="65" />
        <source>not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="66" />
        <source>background (no objects)</source>
        <translation>背景（无目标）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="67" />
        <source>labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="68" />
        <source>has a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="151" />
        <source>{0} suggested boxes to accept or reject</source>
        <translation>{0} 个建议框待接受或拒绝</translation>
    </message>
</context>
<context>
    <name>ImageListWidget</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="204" />
        <source>Show only images with this status or class</source>
        <translation>只显示该状态或包含该类别的图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="244" />
        <source>Background (no objects): a photo you checked that holds nothing to label. Training uses it to learn what is not an object, which cuts false detections.</source>
        <translation>背景（无目标）：已检查、没有需要标注的东西的图片。训练时用它让模型学会什么不是目标，从而减少误检。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="252" />
        <source>All images</source>
        <translation>全部图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="253" />
        <source>Not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="254" />
        <source>Labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="255" />
        <source>Background (no objects)</source>
        <translation>背景（无目标）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="284" />
        <source>{0} images: {1} labeled, {2} background (no objects), {3} not labeled, {4} problems</source>
        <translation>共 {0} 张：已标注 {1}，背景（无目标）{2}，未标注 {3}，有问题 {4}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="258" />
        <source>Problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="259" />
        <source>Has suggestions</source>
        <translation>有建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="261" />
        <source>Class: {0}</source>
        <translation>类别：{0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="34" />
        <source>Import labels</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="36" />
        <source>Pascal VOC XML (LabelImg), a folder of .xml files</source>
        <translation>Pascal VOC XML（LabelImg），一个 .xml 文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="37" />
        <source>COCO JSON, one .json file</source>
        <translation>COCO JSON，一个 .json 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="38" />
        <source>labelme JSON, a folder of .json files</source>
        <translation>labelme JSON，一个 .json 文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="40" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="45" />
        <source>Replace label files that already exist</source>
        <translation>替换已存在的标注文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="46" />
        <source>Off: images that already have labels keep them, and the report lists them</source>
        <translation>不勾选：已有标注的图片保留原标注，并在报告中列出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="51" />
        <source>Boxes are converted to YOLO label files next to each image; class names are added to classes.txt.</source>
        <translation>标注框会转换为每张图片旁的 YOLO 标注文件；类别名称会添加到 classes.txt。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="54" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="58" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="59" />
        <source>Annotations:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="71" />
        <source>COCO annotation file</source>
        <translation>COCO 标注文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="72" />
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="74" />
        <source>Folder of annotation files</source>
        <translation>标注文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="82" />
        <source>Choose the annotation file or folder first.</source>
        <translation>请先选择标注文件或文件夹。</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="28" />
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="29" />
        <source>Open a folder of photos to label</source>
        <translation>打开要标注的图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="30" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="31" />
        <source>Save now (Workbench also saves after every change)</source>
        <translation>立即保存（每次修改后也会自动保存）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="32" />
        <source>&amp;Previous Image</source>
        <translation>上一张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="33" />
        <source>&amp;Next Image</source>
        <translation>下一张(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="34" />
        <source>Next &amp;Unlabeled Image</source>
        <translation>下一张未标注(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="35" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="36" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="37" />
        <source>&amp;Draw Box</source>
        <translation>画框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="38" />
        <source>The next drag draws a box, even over another box</source>
        <translation>下一次拖动画新框，即使从已有框上开始</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="39" />
        <source>&amp;Delete Box</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="40" />
        <source>&amp;Copy Boxes from Previous Image</source>
        <translation>复制上一张的标注框(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="41" />
        <source>Mark as &amp;Background (No Objects)</source>
        <translation>标记为背景（无目标）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="42" />
        <source>This photo holds nothing to label: training uses it to learn what is not an object</source>
        <translation>这张图片没有需要标注的东西：训练时用它让模型学会什么不是目标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="44" />
        <source>&amp;Two-Click Drawing</source>
        <translation>两次点击画框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="45" />
        <source>Click one corner, then the other, instead of dragging</source>
        <translation>先点一个角，再点对角，而不是拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="46" />
        <source>As&amp;k the Class After Each Box</source>
        <translation>每画一个框后询问类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="47" />
        <source>After drawing a box, pick its class in a small list (type to filter, Enter accepts, Esc drops the box)</source>
        <translation>画完框后在小列表中选择类别（输入以筛选，回车确认，Esc 丢弃该框）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="52" />
        <source>&amp;Accept Suggestion</source>
        <translation>接受建议框(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="53" />
        <source>Turn the selected suggested box into a box</source>
        <translation>把选中的建议框变成标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="55" />
        <source>Accept All Suggestions</source>
        <translation>接受全部建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="57" />
        <source>Turn every suggested box of this image into a box</source>
        <translation>把这张图片的所有建议框变成标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="58" />
        <source>&amp;Reject Suggestion</source>
        <translation>拒绝建议框(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="59" />
        <source>Drop the selected suggested box</source>
        <translation>丢弃选中的建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="61" />
        <source>Reject All Suggestions</source>
        <translation>拒绝全部建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="62" />
        <source>Drop every suggested box of this image (label files are not touched)</source>
        <translation>丢弃这张图片的所有建议框（不改动标注文件）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="64" />
        <source>&amp;Pre-label Unlabeled Images...</source>
        <translation>预标注未标注的图片(&amp;P)……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="65" />
        <source>Run a trained model on images without a label file; its boxes appear as suggestions to accept or reject</source>
        <translation>用训练好的模型处理没有标注文件的图片；它给出的框作为建议框显示，可接受或拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="67" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="68" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="69" />
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="70" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="74" />
        <source>Class for the next box, or for the selected box</source>
        <translation>下一个框的类别，或修改选中框的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="75" />
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="75" />
        <source>Move the selected box 1 px (Shift: 10 px)</source>
        <translation>移动选中的框 1 像素（Shift：10 像素）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="76" />
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="76" />
        <source>Draw a box on empty space; move or resize a box by its body or handles</source>
        <translation>在空白处画框；拖动框体或控制点来移动或调整大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="77" />
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="77" />
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="78" />
        <source>Middle drag / Space+drag</source>
        <translation>中键拖动 / 空格+拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="78" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="79" />
        <source>Cancel drawing, deselect</source>
        <translation>取消画框，取消选择</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="80" />
        <source>Click a dashed box</source>
        <translation>点击虚线框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="81" />
        <source>Select a suggestion (a digit changes its class; a drag from it draws a new box)</source>
        <translation>选中建议框（按数字键改类别；从它上面拖动则画一个新框）</translation>
    </message>
</context>
<context>
    <name>LabelCanvas</name>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="50" />
        <source>#{}</source>
        <translation>#{}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="68" />
        <source>Labeling canvas</source>
        <translation>标注画布</translation>
    </message>
</context>
<context>
    <name>LabelClasses</name>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="54" />
        <source>Cannot add class</source>
        <translation>无法添加类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="67" />
        <source>Cannot rename class</source>
        <translation>无法重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="98" />
        <source>Delete class '{0}'?

{1} boxes of this class will be deleted and {2} boxes of later classes renumbered, in {3} label files.</source>
        <translation>删除类别“{0}”？

将在 {3} 个标注文件中删除该类别的 {1} 个框，并重新编号后续类别的 {2} 个框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="102" />
        <source>Merge class '{0}' into '{1}'?

{2} boxes change class, in {3} label files.</source>
        <translation>把类别“{0}”并入“{1}”？

{3} 个标注文件中的 {2} 个框将改变类别。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="104" />
        <source>Change classes</source>
        <translation>修改类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="106" />
        <source>Rewriting label files...</source>
        <translation>正在改写标注文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="106" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="121" />
        <source>Class change failed</source>
        <translation>修改类别失败</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="132" />
        <source>Class change cancelled: no file was changed.</source>
        <translation>已取消类别修改：没有文件被改动。</translation>
    </message>
</context>
<context>
    <name>LabelGuard</name>
    <message>
        <location filename="../../workbench/ui/label_guard.py" line="54" />
        <source>Unsaved boxes</source>
        <translation>未保存的标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_guard.py" line="55" />
        <source>The boxes of {0} images could not be saved ({1}...).</source>
        <translation>有 {0} 张图片的标注框未能保存（{1}……）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_guard.py" line="64" />
        <source>A class change that was interrupted has been finished ({0} files).</source>
        <translation>已完成上次中断的类别修改（{0} 个文件）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_guard.py" line="68" />
        <source>Removed {0} temporary files left by an interrupted save (e.g. {1}).</source>
        <translation>已删除 {0} 个中断保存留下的临时文件（例如 {1}）。</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="71" />
        <source>Open a folder of photos (Ctrl+O) to start labeling.</source>
        <translation>打开一个图片文件夹（Ctrl+O）开始标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="151" />
        <source>Open the folder anyway and lose them?</source>
        <translation>仍要打开该文件夹并丢弃它们吗？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="158" />
        <source>Cannot open folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="174" />
        <source>{0} files are not used (GIF, HEIC...): convert them to JPEG or PNG to label them, e.g. {1}</source>
        <translation>有 {0} 个文件未使用（GIF、HEIC 等）：转换为 JPEG 或 PNG 后才能标注，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="179" />
        <source>No photos in {0}. Workbench labels JPEG, PNG, BMP, TIFF and WebP files.</source>
        <translation>{0} 中没有图片。Workbench 可标注 JPEG、PNG、BMP、TIFF 和 WebP 文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="236" />
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="340" />
        <source>NOT SAVED: {0}. Your boxes are kept here; free space or fix the folder's permissions, then press Ctrl+S.</source>
        <translation>未保存：{0}。你的标注框仍保留在这里；请释放磁盘空间或修正文件夹权限，然后按 Ctrl+S。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="317" />
        <source>This image cannot be edited: see the message above the photo.</source>
        <translation>该图片不能编辑：请看图片上方的提示。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="416" />
        <source>There is no previous image to copy boxes from.</source>
        <translation>没有上一张图片可以复制标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="422" />
        <source>The previous image has no boxes that this one lacks.</source>
        <translation>上一张图片没有本图缺少的标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="425" />
        <source>Copied {0} boxes from {1}.</source>
        <translation>已从 {1} 复制 {0} 个标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="435" />
        <source>This image has {0} boxes; delete them first to mark it as background (no objects).</source>
        <translation>这张图片有 {0} 个标注框；先删除它们，才能标记为背景（无目标）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="440" />
        <source>Marked as background (no objects).</source>
        <translation>已标记为背景（无目标）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="441" />
        <source>Marked as background (no objects); {0} suggestions rejected.</source>
        <translation>已标记为背景（无目标）；已拒绝 {0} 个建议框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="490" />
        <source>Last image.</source>
        <translation>已是最后一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="490" />
        <source>First image.</source>
        <translation>已是第一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="499" />
        <source>Every image is labeled or checked.</source>
        <translation>所有图片都已标注或检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="560" />
        <source>... and {0} more problems</source>
        <translation>……还有 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="562" />
        <source>Lines that are not boxes are kept in the file as they are; fix them in a text editor or delete them there.</source>
        <translation>不是标注框的行会原样保留在文件中；请在文本编辑器中修正或删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="565" />
        <source>No classes yet: type a class name in the box at the top right and press Enter, then drag on the photo to draw a box.</source>
        <translation>还没有类别：在右上角输入类别名并按回车，然后在图片上拖动画框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="569" />
        <source>Large image: shown scaled; your boxes are saved at full resolution.</source>
        <translation>大图：按缩放显示；标注框按原始分辨率保存。</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="22" />
        <source>box loss (train)</source>
        <translation>框损失（训练）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="23" />
        <source>class loss (train)</source>
        <translation>分类损失（训练）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="24" />
        <source>box loss (val)</source>
        <translation>框损失（验证）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="25" />
        <source>class loss (val)</source>
        <translation>分类损失（验证）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="26" />
        <source>mAP50-95</source>
        <translation>mAP50-95</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="27" />
        <source>mAP50</source>
        <translation>mAP50</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="28" />
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="29" />
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="76" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="76" />
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="80" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="21" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="22" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="23" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="24" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="46" />
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="47" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="48" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="49" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="123" />
        <source>Photos with {0}: label more photos like these (N: next unlabeled image).</source>
        <translation>包含 {0} 的图片：请照这些样子多标注一些图片（N：下一张未标注图片）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="137" />
        <source>&amp;Import Labels...</source>
        <translation>导入标注(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="138" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="141" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="145" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="147" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="152" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="153" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="156" />
        <source>&amp;Words Explained</source>
        <translation>术语解释(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="157" />
        <source>&amp;About Workbench</source>
        <translation>关于 Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="183" />
        <source>Open a folder of photos</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="197" />
        <source>Open the folder of photos first, then import its labels.</source>
        <translation>请先打开图片文件夹，再导入它的标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="202" />
        <source>Importing reads the folder again. Import anyway and lose them?</source>
        <translation>导入会重新读取文件夹。仍要导入并丢弃它们吗？</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="229" />
        <source>About Workbench</source>
        <translation>关于 Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="230" />
        <source>Workbench {0}
Label photos, train YOLO, see it live.</source>
        <translation>Workbench {0}
标注图片，训练 YOLO，实时查看效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="235" />
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="236" />
        <source>Training is still running. Pause it and quit? You can resume it later from the Train page.</source>
        <translation>训练仍在进行。暂停训练并退出吗？之后可在“训练”页继续训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="244" />
        <source>Quit anyway and lose them?</source>
        <translation>仍要退出并丢弃它们吗？</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="58" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="61" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="61" />
        <source>Where it comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="61" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="62" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="67" />
        <source>Add model file...</source>
        <translation>添加模型文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="68" />
        <source>Copy a .pt file (from another computer, a USB stick, a colleague) into Workbench's model folder</source>
        <translation>把 .pt 文件（来自另一台电脑、U 盘或同事）复制到 Workbench 的模型文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="70" />
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="79" />
        <source>Where the files are downloaded from. Empty: Ultralytics' GitHub release. Where GitHub is slow or blocked, enter a mirror of that release folder.</source>
        <translation>从哪里下载文件。留空：Ultralytics 的 GitHub 发布页。如果 GitHub 很慢或无法访问，请填写该发布目录的镜像地址。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="81" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="82" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="85" />
        <source>Pretrained models learn from few photos in 20-50 epochs. Downloads and added files go to {0}</source>
        <translation>预训练模型只需少量图片、20–50 轮即可学会。下载和添加的文件保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="103" />
        <source>Pretrained model</source>
        <translation>预训练模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="104" />
        <source>Download from</source>
        <translation>下载地址</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="112" />
        <source>Models on this computer:</source>
        <translation>本机上的模型：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="140" />
        <source>Workbench's model folder</source>
        <translation>Workbench 模型文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="141" />
        <source>Ultralytics' weights folder</source>
        <translation>Ultralytics 权重文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="142" />
        <source>the dataset's folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="142" />
        <source>the current folder</source>
        <translation>当前文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="143" />
        <source>a run of this project</source>
        <translation>本项目的一次训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="162" />
        <source>Downloading {0}...</source>
        <translation>正在下载 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="185" />
        <source>Downloaded and checked: {0}. It is now in the Train page's model list.</source>
        <translation>已下载并检查：{0}。它已出现在“训练”页的模型列表中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="194" />
        <source>Cancelled. Press Download again to continue where it stopped.</source>
        <translation>已取消。再次点击“下载”可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="196" />
        <source>Download failed: {0}</source>
        <translation>下载失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="215" />
        <source>Add model files</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="216" />
        <source>PyTorch models (*.pt)</source>
        <translation>PyTorch 模型 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="224" />
        <source>Checking and copying {0} file(s)...</source>
        <translation>正在检查并复制 {0} 个文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="227" />
        <source>Could not add: {0}</source>
        <translation>无法添加：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="234" />
        <source>Added {0}</source>
        <translation>已添加 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/model_manager.py" line="235" />
        <source>Not added: {0}</source>
        <translation>未添加：{0}</translation>
    </message>
</context>
<context>
    <name>PrelabelFlow</name>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="213" />
        <source>{0} suggestions: Enter accepts the selected, Ctrl+Enter all; Del rejects the selected, Ctrl+Del all. Nothing is saved until you accept.</source>
        <translation>{0} 个建议框：回车接受选中的，Ctrl+回车接受全部；Del 拒绝选中的，Ctrl+Del 拒绝全部。接受之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="251" />
        <source>Could not save the suggestions ({0}); they are kept until you close Workbench.</source>
        <translation>无法保存建议框（{0}）；在关闭 Workbench 之前它们仍保留在内存中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="283" />
        <source>Choose a model to pre-label with (a .pt file can run code: only open models you trust)</source>
        <translation>选择用于预标注的模型（.pt 文件可以运行代码：只打开你信任的模型）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="285" />
        <source>YOLO models (*.pt *.onnx);;All files (*)</source>
        <translation>YOLO 模型 (*.pt *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="289" />
        <location filename="../../workbench/ui/prelabel_flow.py" line="314" />
        <location filename="../../workbench/ui/prelabel_flow.py" line="442" />
        <source>Pre-label</source>
        <translation>预标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="289" />
        <source>Keep boxes the model is at least this sure of (0.01 to 0.99):</source>
        <translation>只保留模型置信度不低于此值的框（0.01 到 0.99）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="312" />
        <source>Loading the model {0}...</source>
        <translation>正在加载模型 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="313" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="350" />
        <source>Pre-label failed</source>
        <translation>预标注失败</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="374" />
        <source>Cannot add class</source>
        <translation>无法添加类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="391" />
        <source>Pre-labeling images without a label file...</source>
        <translation>正在预标注没有标注文件的图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="397" />
        <source>The model's classes differ</source>
        <translation>模型的类别与项目不同</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="399" />
        <source>The model knows classes this project does not have: {0}.
Classes with the same name are matched by name.</source>
        <translation>模型有本项目没有的类别：{0}。
同名的类别按名称对应。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="402" />
        <source>No class of the model matches this project's classes by name. The model's classes: {0}.</source>
        <translation>模型没有任何类别与本项目的类别同名。模型的类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="405" />
        <source>Add them to classes.txt</source>
        <translation>把它们添加到 classes.txt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="406" />
        <source>Skip those boxes</source>
        <translation>跳过这些框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="436" />
        <source>Pre-labeled {0} images: {1} suggested boxes. Images with a label file were not touched.</source>
        <translation>已预标注 {0} 张图片：{1} 个建议框。已有标注文件的图片未被改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="439" />
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>PreviewControls</name>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="40" />
        <source>Hide detections less confident than this</source>
        <translation>隐藏置信度低于此值的检测结果</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="43" />
        <source>Overlap above which two boxes of a class count as one (NMS)</source>
        <translation>同一类别两个框的重叠度高于此值时视为一个（NMS）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="54" />
        <location filename="../../workbench/widgets/preview_controls.py" line="143" />
        <source>Network input size: smaller is faster, larger finds small objects</source>
        <translation>网络输入尺寸：越小越快，越大越能发现小目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="62" />
        <source>Show only the checked classes</source>
        <translation>只显示勾选的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="63" />
        <source>Show labels</source>
        <translation>显示类别名</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="65" />
        <source>Show confidences</source>
        <translation>显示置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="70" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="71" />
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="76" />
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="78" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="138" />
        <source>The export runs at {0}x{1}; another size runs the .pt (slower)</source>
        <translation>导出的模型固定以 {0}x{1} 运行；选择其他尺寸会改用 .pt（较慢）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="140" />
        <source>This exported model always runs at {0}x{1}; choosing another size runs the .pt instead, which is slower</source>
        <translation>这个导出的模型总是以 {0}x{1} 运行；选择其他尺寸会改用 .pt 运行，速度较慢</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="106" />
        <location filename="../../workbench/ui/preview_page.py" line="230" />
        <source>Choose a source: a camera, a video file, an image folder or an image.</source>
        <translation>请选择来源：摄像头、视频文件、图片文件夹或单张图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="107" />
        <location filename="../../workbench/ui/preview_page.py" line="443" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="122" />
        <source>Pause / resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="123" />
        <source>Next frame (when paused)</source>
        <translation>下一帧（暂停时）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="124" />
        <source>Capture to project</source>
        <translation>采集到项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="125" />
        <source>Save a snapshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="205" />
        <source>Open a model - a .pt file runs code from the file: open only files you trust</source>
        <translation>打开模型 - .pt 文件会运行其中的代码：只打开你信任的文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="206" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation>模型 (*.pt *.onnx *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="215" />
        <source>Loading {0}...</source>
        <translation>正在加载 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="268" />
        <source>{0} ({1} classes, backend {2})</source>
        <translation>{0}（{1} 个类别，后端 {2}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="243" />
        <source>Model loaded: {0} (backend {1})</source>
        <translation>模型已加载：{0}（后端 {1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="258" />
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="262" />
        <source>Cannot use this model: {0}</source>
        <translation>无法使用该模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="278" />
        <source>The model's classes differ from the project's: {0}</source>
        <translation>模型的类别与项目的不同：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="293" />
        <source>Only a .pt model can be exported; open the .pt of a training run.</source>
        <translation>只有 .pt 模型可以导出；请打开训练得到的 .pt。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="297" />
        <source>Exporting...</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="336" />
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="299" />
        <source>Exporting {0} for the CPU...</source>
        <translation>正在为 CPU 导出 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="218" />
        <source>Loading the model {0}...</source>
        <translation>正在加载模型 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="307" />
        <source>OpenVINO INT8 (the fastest on a CPU), calibrated on the images of {0}</source>
        <translation>OpenVINO INT8（CPU 上最快），用 {0} 的图片校准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="309" />
        <source>OpenVINO FP32: the INT8 export failed ({0})</source>
        <translation>OpenVINO FP32：INT8 导出失败（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="310" />
        <source>OpenVINO FP32: INT8 needs the dataset's data.yaml for calibration, and the training run's args.yaml does not name one that exists</source>
        <translation>OpenVINO FP32：INT8 需要数据集的 data.yaml 来校准，而训练记录的 args.yaml 中没有指向一个存在的 data.yaml</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="312" />
        <source>OpenVINO FP32: install nncf (pip install nncf) for the faster INT8 export</source>
        <translation>OpenVINO FP32：安装 nncf（pip install nncf）即可导出更快的 INT8 模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="313" />
        <source>ONNX: install openvino and nncf (pip install openvino nncf) for a 2-3x faster export</source>
        <translation>ONNX：安装 openvino 和 nncf（pip install openvino nncf）可导出快 2-3 倍的模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="318" />
        <location filename="../../workbench/ui/preview_page.py" line="335" />
        <source>Export for CPU</source>
        <translation>导出为 CPU 加速模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="320" />
        <source>Exported {0}: {1}</source>
        <translation>已导出 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="328" />
        <source>Warning: INT8 calibration used only {0} images ({1} or more are recommended), so the INT8 model may find less than the .pt. Compare them here, or label more photos and export again.</source>
        <translation>注意：INT8 校准只用了 {0} 张图片（建议 {1} 张以上），因此 INT8 模型找到的目标可能比 .pt 少。可以在这里对比两者，或标注更多图片后重新导出。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="331" />
        <source>Ultralytics warned: {0}</source>
        <translation>Ultralytics 警告：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="424" />
        <source>Camera disconnected: {0}</source>
        <translation>摄像头已断开：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="426" />
        <source>Reading stopped: {0}</source>
        <translation>读取已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="428" />
        <source>The model failed: {0}</source>
        <translation>模型运行失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="430" />
        <source>The preview stopped: {0}: {1}</source>
        <translation>预览已停止：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="432" />
        <source>End of video.</source>
        <translation>视频已结束。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="436" />
        <source>End of the image folder.</source>
        <translation>图片文件夹已播放完。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="439" />
        <source>{0} images could not be read, e.g. {1}</source>
        <translation>{0} 张图片无法读取，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="441" />
        <source>One image: move the sliders to run the model again.</source>
        <translation>单张图片：拖动滑块即可重新运行模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="411" />
        <location filename="../../workbench/ui/preview_page.py" line="457" />
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="459" />
        <source>backend {0}</source>
        <translation>后端 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="461" />
        <source>backend {0} · {1:.1f} FPS · {2:.0f} ms</source>
        <translation>后端 {0} · {1:.1f} FPS · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="465" />
        <source>frame {0} / {1}</source>
        <translation>第 {0} / {1} 帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="467" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="469" />
        <source>capture to screen {0:.0f} ms, {1} frames dropped</source>
        <translation>从采集到显示 {0:.0f} 毫秒，丢弃 {1} 帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="477" />
        <source>Image size {0}: the export only runs at {1}, so the .pt runs now (slower).</source>
        <translation>图像尺寸 {0}：导出的模型只能以 {1} 运行，现在改用 .pt（较慢）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="528" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="528" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="21" />
        <source>No model. Open a .pt, .onnx or OpenVINO model, or use "Open in Preview" on the Train page.</source>
        <translation>尚无模型。请打开 .pt、.onnx 或 OpenVINO 模型，或在“训练”页使用“在预览中打开”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="24" />
        <source>Open model...</source>
        <translation>打开模型……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="25" />
        <source>A .pt file runs code from the file when it loads: open only models you trust</source>
        <translation>.pt 文件在加载时会运行其中的代码：只打开你信任的模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="27" />
        <source>Export for CPU</source>
        <translation>导出为 CPU 加速模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="28" />
        <source>Export the .pt next to it for the fastest CPU backend installed (OpenVINO INT8, else OpenVINO, else ONNX); the preview then uses it</source>
        <translation>把 .pt 导出到同一文件夹，使用已安装的最快 CPU 后端（优先 OpenVINO INT8，其次 OpenVINO，再次 ONNX）；之后预览使用导出的模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="33" />
        <source>loading the model...</source>
        <translation>正在加载模型……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="35" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="45" />
        <source>Looking for cameras...</source>
        <translation>正在查找摄像头……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="47" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="48" />
        <source>Look for cameras again</source>
        <translation>重新查找摄像头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="50" />
        <source>Camera resolution to ask for</source>
        <translation>请求的摄像头分辨率</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="52" />
        <source>Default resolution</source>
        <translation>默认分辨率</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="53" />
        <source>Start camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="54" />
        <source>Video file...</source>
        <translation>视频文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="55" />
        <source>Image folder...</source>
        <translation>图片文件夹……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="56" />
        <source>Image...</source>
        <translation>图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="57" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="58" />
        <source>Replay</source>
        <translation>重播</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="59" />
        <source>Play the video or image folder again from the start</source>
        <translation>从头再次播放视频或图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="60" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="80" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="83" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="85" />
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="86" />
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="87" />
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="88" />
        <source>Record the annotated picture to a video file (in the project's runs/preview folder)</source>
        <translation>把带标注的画面录制为视频文件（保存在项目的 runs/preview 文件夹）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="90" />
        <source>Capture to project</source>
        <translation>采集到项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="91" />
        <source>Save the current frame (without drawings) into the project as a new image, with the detections as suggested boxes (C)</source>
        <translation>把当前帧（不含绘制内容）作为新图片存入项目，检测结果作为建议框（C）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="93" />
        <source>Label it</source>
        <translation>去标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="94" />
        <source>Open the captured image on the Label page, to accept or fix the model's boxes</source>
        <translation>在标注页打开抓取的图片，接受或修改模型给出的框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="97" />
        <source>Frame</source>
        <translation>帧</translation>
    </message>
</context>
<context>
    <name>PreviewSaving</name>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="37" />
        <source>Nothing to save yet: start a source first.</source>
        <translation>还没有可保存的画面：请先启动一个来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="42" />
        <source>Cannot save the snapshot: {0}</source>
        <translation>无法保存截图：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="44" />
        <source>Snapshot saved: {0}</source>
        <translation>截图已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="50" />
        <source>Nothing to capture yet: start a source first.</source>
        <translation>还没有可采集的画面：请先启动一个来源。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="53" />
        <source>Open a folder of photos on the Label page first: captures go into it.</source>
        <translation>请先在“标注”页打开一个照片文件夹：采集的图片会存入其中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="59" />
        <source>Cannot capture the frame: {0}</source>
        <translation>无法采集该帧：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="62" />
        <source>Captured {0} with {1} suggested boxes</source>
        <translation>已采集 {0}，含 {1} 个建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="76" />
        <source>Record the preview to</source>
        <translation>把预览录制到</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="78" />
        <source>AVI video (*.avi)</source>
        <translation>AVI 视频 (*.avi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="90" />
        <source>Recording to {0}</source>
        <translation>正在录制到 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="99" />
        <source>Recording stopped: {0}</source>
        <translation>录制已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="111" />
        <source>Cannot finish the recording: {0}</source>
        <translation>无法完成录制：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="114" />
        <source>Recording saved: {0} ({1} frames)</source>
        <translation>录制已保存：{0}（{1} 帧）</translation>
    </message>
</context>
<context>
    <name>PreviewSources</name>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="25" />
        <source>Looking for cameras...</source>
        <translation>正在查找摄像头……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="33" />
        <source>Camera {0} ({1}x{2})</source>
        <translation>摄像头 {0}（{1}x{2}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="36" />
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="43" />
        <source>No camera found: plug one in and press Refresh.</source>
        <translation>未找到摄像头：请连接摄像头后点击“刷新”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="61" />
        <source>Videos ({0});;All files (*)</source>
        <translation>视频 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="62" />
        <source>Open a video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="64" />
        <source>Images ({0});;All files (*)</source>
        <translation>图片 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="65" />
        <source>Open an image</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="71" />
        <source>Open a folder of images</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="88" />
        <source>Opening {0}...</source>
        <translation>正在打开 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="99" />
        <location filename="../../workbench/ui/preview_sources.py" line="100" />
        <source>Cannot open the source: {0}</source>
        <translation>无法打开来源：{0}</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="33" />
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="33" />
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="33" />
        <source>Best mAP50-95</source>
        <translation>最佳 mAP50-95</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="34" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="34" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="43" />
        <source>Select a run to see its curves; select two (Ctrl+click) to compare them.</source>
        <translation>选择一次训练查看曲线；选择两次（Ctrl+单击）进行对比。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="45" />
        <source>Show curves</source>
        <translation>显示曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="46" />
        <source>Compare two</source>
        <translation>对比两次</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="47" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="48" />
        <source>Continue this interrupted run from its last.pt</source>
        <translation>从 last.pt 继续这次中断的训练</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="49" />
        <source>Train more...</source>
        <translation>继续训练……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="50" />
        <source>A new run of N more epochs from this run's last.pt, same data and settings</source>
        <translation>从这次训练的 last.pt 再训练 N 轮（新的一次训练，数据和设置相同）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="51" />
        <source>Open in Preview</source>
        <translation>在预览中打开</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="52" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="79" />
        <source>interrupted, resumable</source>
        <translation>已中断，可继续</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="81" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="83" />
        <source>no weights</source>
        <translation>没有权重</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../workbench/ui/shortcuts_dialog.py" line="43" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shortcuts_dialog.py" line="47" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/shortcuts_dialog.py" line="47" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SplitForm</name>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="28" />
        <source>Share of the images kept aside to measure the model while it trains</source>
        <translation>留出来在训练中评估模型的图片比例</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="32" />
        <source>Share kept for a final test the model never sees in training (0: none)</source>
        <translation>留作最终测试、训练中从不使用的图片比例（0：不留）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="35" />
        <source>Another seed gives another random split of images not split before</source>
        <translation>换一个种子，尚未划分过的图片会得到另一种随机划分</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="36" />
        <source>Keep bursts together</source>
        <translation>连拍/同一视频的帧放在一起</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="37" />
        <source>Frames of one video or burst of photos go to the same subset, so validation does not score near-copies of training images</source>
        <translation>同一视频或同一组连拍的帧分到同一个子集，验证集就不会给训练图片的近似副本打分</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="39" />
        <source>Also keep look-alike photos together</source>
        <translation>外观几乎相同的照片也放在一起</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="40" />
        <source>Photos that look almost the same go to the same subset (each image is read once to compare them)</source>
        <translation>几乎一样的照片分到同一个子集（每张图片会读取一次用于比较）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="42" />
        <source>Planned:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="53" />
        <source>Validation:</source>
        <translation>验证集：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="54" />
        <source>Test:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="55" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="94" />
        <source>run a check first</source>
        <translation>请先检查</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="108" />
        <source>Validation is {0} % instead of {1} %: photos taken in bursts or looking alike stay together ({2} groups), so the model is not tested on near-copies of its training photos. With more groups (more separate shots) the share gets closer to {1} %.</source>
        <translation>验证集占 {0} %，而不是设定的 {1} %：连拍或相似的图片会放在同一个子集（共 {2} 组），这样模型不会用几乎相同的训练图片来测试自己。组越多（分开拍摄的照片越多），比例越接近 {1} %。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="112" />
        <source>Validation is {0} % instead of {1} %: with {2} photos each photo moves the share by about {3} %, and every class needs a photo in validation. With more photos the share gets closer to {1} %.</source>
        <translation>验证集占 {0} %，而不是设定的 {1} %：只有 {2} 张图片时，每张图片会让比例变化约 {3} %，而且每个类别在验证集中都需要一张图片。图片越多，比例越接近 {1} %。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="118" />
        <source>train {0}</source>
        <translation>训练 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="118" />
        <source>val {0}</source>
        <translation>验证 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="118" />
        <source>test {0}</source>
        <translation>测试 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="129" />
        <source>{0} groups of look-alike or burst photos found</source>
        <translation>找到 {0} 组连拍或相似照片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="131" />
        <source>{0} images left out</source>
        <translation>{0} 张图片不使用</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="133" />
        <source>{0} images left out: {1} not labeled, {2} with problems</source>
        <translation>{0} 张图片不使用：{1} 张未标注，{2} 张有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="137" />
        <source>A group is a burst of photos taken within seconds, or photos that look almost the same. A group always goes to one subset, so the model is not tested on near-copies of its training photos.</source>
        <translation>一组是几秒内连拍的图片，或看起来几乎相同的图片。一组总是进入同一个子集，这样模型不会用几乎相同的训练图片来测试自己。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="142" />
        <source>... and {0} more (hover to see all)</source>
        <translation>……还有 {0} 条（鼠标悬停查看全部）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="18" />
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="18" />
        <source>The engine that runs the model: pytorch runs the .pt as trained; onnx and openvino run an export of it, which is faster on a CPU.</source>
        <translation>运行模型的引擎：pytorch 直接运行训练得到的 .pt；onnx 和 openvino 运行它的导出版本，在 CPU 上更快。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="21" />
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="21" />
        <source>How much two boxes overlap (intersection over union): 0 = not at all, 1 = the same box.</source>
        <translation>两个框重叠的程度（交并比）：0 表示完全不重叠，1 表示是同一个框。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="23" />
        <source>IoU threshold</source>
        <translation>IoU 阈值</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="23" />
        <source>Two boxes of one class that overlap more than this count as one object; lower it when one object gets two boxes.</source>
        <translation>同一类别的两个框重叠超过这个值时算作一个目标；一个目标出现两个框时，把它调低。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="26" />
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="26" />
        <source>How sure the model is of a box, 0 to 1; boxes below the threshold are hidden.</source>
        <translation>模型对一个框有多确定，0 到 1；低于阈值的框会被隐藏。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="28" />
        <source>mAP50-95</source>
        <translation>mAP50-95</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="28" />
        <source>The main score of a detector, 0 to 1, higher is better: finding the objects and placing the boxes tightly, averaged over overlaps (IoU) from 50 % to 95 %.</source>
        <translation>检测模型的主要得分，0 到 1，越高越好：既要找到目标，又要把框画准，在 50 % 到 95 % 的重叠度（IoU）上取平均。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="31" />
        <source>mAP50</source>
        <translation>mAP50</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="31" />
        <source>Like mAP50-95, but a box counts as right when it covers at least half the object: a more forgiving score.</source>
        <translation>和 mAP50-95 类似，但框只要覆盖目标的一半以上就算对：一个更宽松的得分。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="34" />
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="34" />
        <source>Of the boxes the model drew, the share that were right (low: false alarms).</source>
        <translation>模型画出的框中正确的比例（低：误报多）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="36" />
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="36" />
        <source>Of the objects in the photos, the share the model found (low: missed objects).</source>
        <translation>图片中的目标被模型找到的比例（低：漏检多）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="38" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="38" />
        <source>How wrong the model still is on the photos; it should fall as training goes on. (val) is measured on the validation photos the model does not learn from.</source>
        <translation>模型在图片上还错多少；训练过程中应当下降。（验证）是在模型不学习的验证图片上测得的。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="41" />
        <source>box_loss</source>
        <translation>box_loss（框损失）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="41" />
        <source>The error in where the boxes are and how big.</source>
        <translation>框的位置和大小上的误差。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="43" />
        <source>cls_loss</source>
        <translation>cls_loss（类别损失）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="43" />
        <source>The error in which class a box is.</source>
        <translation>框的类别判断上的误差。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="45" />
        <source>dfl_loss</source>
        <translation>dfl_loss（边缘损失）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="45" />
        <source>The error in the exact position of each box edge (distribution focal loss).</source>
        <translation>每条框边精确位置上的误差（分布焦点损失）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="47" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="47" />
        <source>One pass of training over all training photos.</source>
        <translation>训练把所有训练图片过一遍。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="49" />
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="49" />
        <source>The photos the model learns from in one step; an epoch is many batches.</source>
        <translation>模型一步中学习的一组图片；一个轮次包含很多批次。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="51" />
        <source>freeze layers</source>
        <translation>冻结层数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="51" />
        <source>The network is a stack of layers; frozen ones keep what a pretrained model learned (edges, shapes) and only the rest learns your objects: faster, and better with few photos.</source>
        <translation>网络由一层层叠成；被冻结的层保留预训练模型学到的东西（边缘、形状），只有其余的层学习你的目标：更快，图片少时效果更好。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="54" />
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="54" />
        <source>How big a change each training step makes to the network: too big is unstable, too small is slow.</source>
        <translation>每一步训练对网络改动的幅度：太大不稳定，太小学得慢。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="57" />
        <source>cosine learning-rate schedule</source>
        <translation>余弦学习率调度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="57" />
        <source>The learning rate falls along a smooth curve (slowly, fast, slowly) instead of a straight line; sometimes a little better at the end.</source>
        <translation>学习率沿一条平滑曲线下降（先慢、再快、再慢），而不是直线下降；有时最终效果略好。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="60" />
        <source>.yaml model</source>
        <translation>.yaml 模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="60" />
        <source>A description of the network without anything learned: training starts from zero and needs more photos and epochs. A .pt file holds a trained network.</source>
        <translation>只描述网络结构、没有学到任何东西：训练从零开始，需要更多图片和轮次。.pt 文件里是训练好的网络。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="63" />
        <source>.pt model</source>
        <translation>.pt 模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="63" />
        <source>A trained network (PyTorch weights), e.g. a pretrained YOLO or your run's best.pt.</source>
        <translation>训练好的网络（PyTorch 权重），例如预训练的 YOLO 或你某次训练的 best.pt。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="65" />
        <source>data.yaml</source>
        <translation>data.yaml</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="65" />
        <source>The small text file that tells training where the train and validation photos are and the class names; Build dataset writes it.</source>
        <translation>一个小文本文件，告诉训练程序训练和验证图片在哪里以及类别名称；“构建数据集”会写出它。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="68" />
        <source>background (no objects)</source>
        <translation>背景（无目标）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="68" />
        <source>A photo you checked that holds nothing to label: training uses it to learn what is not an object.</source>
        <translation>已检查、没有需要标注的东西的图片：训练时用它让模型学会什么不是目标。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="71" />
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="71" />
        <source>Photos kept aside: the model never learns from them, so its score on them shows how it does on new photos.</source>
        <translation>留出来的图片：模型从不从中学习，所以在它们上的得分能反映模型在新图片上的表现。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="74" />
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="74" />
        <source>An export that computes with 8-bit numbers: 2-3x faster on a CPU, slightly less exact; calibrated on your photos.</source>
        <translation>用 8 位整数计算的导出：在 CPU 上快 2-3 倍，精度略低；用你的图片做校准。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="95" />
        <source>Words explained</source>
        <translation>术语解释</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="97" />
        <source>Word</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/term_help.py" line="98" />
        <source>What it means</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="62" />
        <location filename="../../workbench/widgets/train_form.py" line="199" />
        <source>Choose a .pt file...</source>
        <translation>选择 .pt 文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="64" />
        <source>none</source>
        <translation>不冻结</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="67" />
        <location filename="../../workbench/widgets/train_form.py" line="75" />
        <location filename="../../workbench/widgets/train_form.py" line="92" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="69" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="70" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="79" />
        <source>Cosine learning-rate schedule</source>
        <translation>余弦学习率调度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="89" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="89" />
        <source>automatic (in memory when it fits)</source>
        <translation>自动（内存放得下时缓存到内存）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="90" />
        <source>in memory (RAM)</source>
        <translation>内存（RAM）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="90" />
        <source>on disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="93" />
        <source>Save plots</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="103" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="104" />
        <source>The network to train. Pretrained (.pt) learns fastest; .yaml starts from zero; a previous run's best.pt continues from it.</source>
        <translation>要训练的网络。预训练模型（.pt）学得最快；.yaml 从零开始；选择以前训练的 best.pt 则在它的基础上继续学习。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="105" />
        <source>Freeze layers</source>
        <translation>冻结层数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="106" />
        <source>Keep the first N layers of a pretrained model unchanged; helps with few photos.</source>
        <translation>保持预训练模型的前 N 层不变；照片较少时有帮助。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="107" />
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="107" />
        <source>How many times training goes through all photos.</source>
        <translation>训练把所有照片完整学习多少遍。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="108" />
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="109" />
        <source>Photos are resized to this many pixels; larger finds small objects but is slower.</source>
        <translation>照片缩放到这个像素大小；越大越容易发现小目标，但更慢。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="110" />
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="111" />
        <source>Photos learned from at once; auto picks what fits in memory.</source>
        <translation>一次同时学习的照片数；“自动”会选择内存放得下的数量。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="112" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="113" />
        <source>Where training runs: a graphics card (GPU) is much faster than the CPU.</source>
        <translation>在哪里训练：显卡（GPU）比 CPU 快得多。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="114" />
        <source>Patience</source>
        <translation>耐心值</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="115" />
        <source>Stop early when the score has not improved for this many epochs (0: never).</source>
        <translation>成绩连续这么多轮没有提高就提前停止（0：从不）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="116" />
        <source>Run name</source>
        <translation>训练名称</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="117" />
        <source>Folder name of this run under runs/; a number is added when it exists.</source>
        <translation>本次训练在 runs/ 下的文件夹名；已存在时会自动加上编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="120" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="121" />
        <source>The method that adjusts the network; auto chooses a good one.</source>
        <translation>调整网络的方法；“auto”会自动选择合适的。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="122" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="122" />
        <source>Size of each learning step at the start.</source>
        <translation>开始时每一步学习的幅度。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="123" />
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="124" />
        <source>The last step size, as a fraction of the starting one.</source>
        <translation>最后的步长，占初始步长的比例。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="125" />
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="126" />
        <source>Epochs of gentle learning at the start, for stability.</source>
        <translation>开始时温和学习的轮数，使训练更稳定。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="127" />
        <source>Lower the step size along a smooth curve instead of a straight line.</source>
        <translation>让步长沿平滑曲线下降，而不是直线下降。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="128" />
        <source>Mosaic</source>
        <translation>马赛克增强</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="129" />
        <source>Chance of stitching four photos into one; teaches objects in new places.</source>
        <translation>把四张照片拼成一张的概率；让模型学会目标出现在新位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="130" />
        <source>Close mosaic</source>
        <translation>关闭马赛克</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="131" />
        <source>Turn mosaic off for the last N epochs so training ends on real-looking photos.</source>
        <translation>最后 N 轮关闭马赛克，让训练以真实样子的照片收尾。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="132" />
        <source>Mixup</source>
        <translation>混合增强</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="132" />
        <source>Chance of blending two photos; helps against overfitting.</source>
        <translation>把两张照片叠加混合的概率；有助于防止过拟合。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="133" />
        <source>Flip left-right</source>
        <translation>左右翻转</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="133" />
        <source>Chance of mirroring a photo sideways.</source>
        <translation>把照片左右镜像的概率。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="134" />
        <source>Flip up-down</source>
        <translation>上下翻转</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="135" />
        <source>Chance of turning a photo upside down; only for top-down views.</source>
        <translation>把照片上下颠倒的概率；只适用于俯拍视角。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="136" />
        <source>Hue change</source>
        <translation>色调变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="136" />
        <source>How much colours may shift, so lighting changes do not matter.</source>
        <translation>颜色可以偏移多少，让光照变化不影响识别。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="137" />
        <source>Saturation change</source>
        <translation>饱和度变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="137" />
        <source>How much colours may get paler or stronger.</source>
        <translation>颜色可以变淡或变浓多少。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="138" />
        <source>Brightness change</source>
        <translation>亮度变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="138" />
        <source>How much photos may get darker or brighter.</source>
        <translation>照片可以变暗或变亮多少。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="139" />
        <source>Cache images</source>
        <translation>缓存图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="140" />
        <source>Keep decoded photos in memory or on disk: faster epochs, more memory.</source>
        <translation>把解码后的照片保存在内存或磁盘：每轮更快，但占用更多空间。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="141" />
        <source>Loader workers</source>
        <translation>加载进程数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="142" />
        <source>Processes that prepare photos; auto suits most computers, 0 uses none.</source>
        <translation>准备照片的进程数；“自动”适合大多数电脑，0 表示不用额外进程。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="143" />
        <source>Draw results.png, the confusion matrix and PR curve when done.</source>
        <translation>训练结束时绘制 results.png、混淆矩阵和 PR 曲线。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="148" />
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="209" />
        <source>GPU {0}: {1}</source>
        <translation>GPU {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="212" />
        <source>All {0} GPUs ({1})</source>
        <translation>全部 {0} 块 GPU（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="238" />
        <source>Choose a model to start from</source>
        <translation>选择起始模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="239" />
        <source>PyTorch models (*.pt)</source>
        <translation>PyTorch 模型 (*.pt)</translation>
    </message>
</context>
<context>
    <name>TrainGuidance</name>
    <message>
        <location filename="../../workbench/ui/train_guidance.py" line="44" />
        <source>Models...</source>
        <translation>模型……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_guidance.py" line="45" />
        <source>Models on this computer; download pretrained weights (also through a mirror) or add a .pt file from another computer</source>
        <translation>本机上的模型；下载预训练权重（也可通过镜像），或添加来自另一台电脑的 .pt 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_guidance.py" line="126" />
        <source>Train more</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_guidance.py" line="127" />
        <source>Epochs to train from {0}'s last.pt (a new run with the same data and settings; a finished run cannot be extended itself):</source>
        <translation>从 {0} 的 last.pt 再训练的轮数（新的一次训练，数据和设置相同；已完成的训练本身无法延长）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_guidance.py" line="151" />
        <source>Training {0} more epochs from {1} (a new run: {2})...</source>
        <translation>从 {1} 再训练 {0} 轮（新的训练：{2}）……</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="94" />
        <source>No dataset yet: build one on the Dataset page or choose a data.yaml.</source>
        <translation>还没有数据集：请在“数据集”页生成，或选择一个 data.yaml。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="97" />
        <source>Choose data.yaml...</source>
        <translation>选择 data.yaml……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="98" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="99" />
        <source>Start a new training run with these settings</source>
        <translation>用这些设置开始一次新的训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="100" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="101" />
        <source>End after the current batch; Resume continues where it stopped</source>
        <translation>在当前批次后结束；点“继续”可从停下的地方接着训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="102" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="103" />
        <source>End now and keep the best model so far</source>
        <translation>现在结束，并保留目前最好的模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="104" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="105" />
        <source>Continue the paused or interrupted run from its last.pt</source>
        <translation>从 last.pt 继续已暂停或中断的训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="127" />
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="130" />
        <location filename="../../workbench/ui/train_page.py" line="134" />
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="132" />
        <source>Progress of the current epoch (one pass over all training photos)</source>
        <translation>当前轮次的进度（把所有训练图片过一遍）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="136" />
        <source>Progress of the whole training run, all epochs</source>
        <translation>整个训练（所有轮次）的进度</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="138" />
        <source>Try it in Preview</source>
        <translation>在预览中试用</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="139" />
        <source>See the trained model find objects on your camera, a video or photos</source>
        <translation>看训练好的模型在摄像头、视频或图片上找目标</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="142" />
        <source>This epoch:</source>
        <translation>本轮：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="144" />
        <source>All epochs:</source>
        <translation>全部轮次：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="159" />
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="160" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="161" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="162" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="259" />
        <source>Dataset: {0}</source>
        <translation>数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="281" />
        <source>Choose the dataset's data.yaml</source>
        <translation>选择数据集的 data.yaml</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="282" />
        <source>Dataset description (*.yaml *.yml)</source>
        <translation>数据集描述文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="295" />
        <source>Choose a data.yaml first: build a dataset on the Dataset page, or press "Choose data.yaml...".</source>
        <translation>请先选择 data.yaml：在“数据集”页生成数据集，或点击“选择 data.yaml……”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="298" />
        <source>{0} does not exist any more. Build the dataset again or choose another data.yaml.</source>
        <translation>{0} 已不存在。请重新生成数据集，或选择另一个 data.yaml。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="302" />
        <source>Choose a model to train.</source>
        <translation>请选择要训练的模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="306" />
        <source>Starting training of {0}...</source>
        <translation>正在开始训练 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="314" />
        <source>{0} is missing, so this run cannot be resumed. Start a new run.</source>
        <translation>缺少 {0}，无法继续这次训练。请开始一次新的训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="319" />
        <source>Resuming {0}...</source>
        <translation>正在继续 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="349" />
        <source>Pausing after this batch...</source>
        <translation>将在本批次后暂停……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="356" />
        <source>Stopping after this batch...</source>
        <translation>本批次结束后停止……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="371" />
        <source>Starting the training process...</source>
        <translation>正在启动训练进程……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="372" />
        <source>Loading PyTorch and Ultralytics...</source>
        <translation>正在加载 PyTorch 和 Ultralytics……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="373" />
        <source>Loading the model...</source>
        <translation>正在加载模型……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="374" />
        <source>Scanning {0} labeled images...</source>
        <translation>正在扫描 {0} 张已标注图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="375" />
        <source>Scanning the dataset...</source>
        <translation>正在扫描数据集……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="376" />
        <source>Caching images in memory...</source>
        <translation>正在把图片缓存到内存……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="377" />
        <source>Epoch 1: batch 1 of {0} running...</source>
        <translation>第 1 轮：正在训练第 1 批（共 {0} 批）……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="378" />
        <source>Validating epoch {0} of {1}...</source>
        <translation>正在验证第 {0} 轮（共 {1} 轮）……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="379" />
        <source>Validating best.pt...</source>
        <translation>正在验证 best.pt……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="390" />
        <source>Training in {0} on {1} ({2} threads), epochs {3} to {4}.</source>
        <translation>训练保存在 {0}，设备 {1}（{2} 个线程），第 {3} 到 {4} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="411" />
        <source>Epoch {0} of {1} done in {2:.1f} s.</source>
        <translation>第 {0}/{1} 轮完成，用时 {2:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="413" />
        <location filename="../../workbench/ui/train_page.py" line="431" />
        <source>about {0} left</source>
        <translation>约剩 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="428" />
        <source>Epoch {0} of {1}, batch {2} of {3}</source>
        <translation>第 {0}/{1} 轮，第 {2}/{3} 批</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="442" />
        <source>Training did not finish.</source>
        <translation>训练没有完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="458" />
        <source>Paused. Press Resume to continue from {0}.</source>
        <translation>已暂停。点击“继续”可从 {0} 接着训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="464" />
        <source>Stopped. Best model: {0}</source>
        <translation>已停止。最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="465" />
        <source>Training finished. Best model: {0}</source>
        <translation>训练完成。最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="479" />
        <source>Validating {0}...</source>
        <translation>正在验证 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="494" />
        <source>best.pt validated: mAP50-95 {0:.3f}</source>
        <translation>best.pt 验证完成：mAP50-95 {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="495" />
        <source>best.pt validated.</source>
        <translation>best.pt 验证完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="525" />
        <source>Could not read the runs in {0}: {1}</source>
        <translation>无法读取 {0} 中的训练记录：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="535" />
        <source>Could not read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="562" />
        <source>{0} (solid) compared with {1} (dashed)</source>
        <translation>{0}（实线）与 {1}（虚线）对比</translation>
    </message>
</context>
<context>
    <name>TrainResults</name>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="20" />
        <source>Losses and metrics per epoch</source>
        <translation>每轮的损失和指标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="21" />
        <source>Confusion matrix (normalized)</source>
        <translation>混淆矩阵（归一化）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="22" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="23" />
        <source>Precision-recall curve</source>
        <translation>精确率-召回率曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="24" />
        <source>F1 vs confidence</source>
        <translation>F1-置信度曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="25" />
        <source>Precision vs confidence</source>
        <translation>精确率-置信度曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="26" />
        <source>Recall vs confidence</source>
        <translation>召回率-置信度曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="27" />
        <source>Boxes in the training set</source>
        <translation>训练集中的标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="28" />
        <source>Box position and size correlogram</source>
        <translation>标注框位置与大小相关图</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="54" />
        <location filename="../../workbench/widgets/train_results.py" line="99" />
        <source>No finished run yet. Results appear here when training ends.</source>
        <translation>还没有完成的训练。训练结束后结果显示在这里。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="57" />
        <source>Open in Preview</source>
        <translation>在预览中打开</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="58" />
        <source>Export...</source>
        <translation>导出……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="59" />
        <source>Open run folder</source>
        <translation>打开训练文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="60" />
        <location filename="../../workbench/widgets/train_results.py" line="145" />
        <source>Validate best.pt</source>
        <translation>验证 best.pt</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="61" />
        <source>Run the final validation that Stop skipped and fill in the scores</source>
        <translation>运行停止时跳过的最终验证，并填入各项分数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="69" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="69" />
        <source>Images</source>
        <translation>图片数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="69" />
        <source>Objects</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="70" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="70" />
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="110" />
        <source>Paused: press Resume to continue from last.pt.</source>
        <translation>已暂停：点击“继续”从 last.pt 接着训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="112" />
        <source>Stopped early; best.pt holds the best epoch so far. The scores below are the last epoch's; press "Validate best.pt" for those of best.pt.</source>
        <translation>已提前停止；best.pt 保存了目前最好的一轮。下面的分数来自最后一轮；按“验证 best.pt”可得到 best.pt 的分数。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="115" />
        <source>Stopped early; best.pt holds the best epoch so far.</source>
        <translation>已提前停止；best.pt 保存了目前最好的一轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="117" />
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="118" />
        <source>Best model: {0}</source>
        <translation>最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="118" />
        <source>No model was saved.</source>
        <translation>没有保存模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="123" />
        <source>all classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="145" />
        <source>Validating best.pt...</source>
        <translation>正在验证 best.pt……</translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <location filename="../../workbench/ui/train_worker.py" line="60" />
        <source>Training could not run: {0}</source>
        <translation>训练无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_worker.py" line="66" />
        <source>Training ended without a result; see the log.</source>
        <translation>训练结束但没有结果；请查看日志。</translation>
    </message>
</context>
<context>
    <name>UnsafeModel</name>
    <message>
        <location filename="../../workbench/ui/unsafe_model.py" line="27" />
        <source>This model file can run code</source>
        <translation>此模型文件可以运行代码</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/unsafe_model.py" line="28" />
        <source>{0}

Load it anyway? Only if you trust whoever made the file: it can do anything your user account can.</source>
        <translation>{0}

仍要加载吗？只有在你信任该文件的制作者时才这样做：它可以执行你的用户账户能做的任何事。</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="13" />
        <source>From scratch ({model}) on {n} photos the network starts knowing nothing: expect mAP near 0 for the first dozens of epochs; it needs about {epochs} epochs. A pretrained model, or one you trained before, needs only {lo}-{hi}.</source>
        <translation>从零开始（{model}）在 {n} 张图片上训练，网络一开始什么都不会：前几十轮 mAP 接近 0 是正常的；大约需要 {epochs} 轮。预训练模型或你以前训练过的模型只需 {lo}–{hi} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="17" />
        <source>Starting from trained weights ({model}), {n} photos usually need {lo}-{hi} epochs to reach a useful score; {epochs} is a good start.</source>
        <translation>从已训练的权重（{model}）开始，{n} 张图片通常需要 {lo}–{hi} 轮才能达到可用的分数；先试 {epochs} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="20" />
        <source>A typical box is {pct}% of the photo's side: image size {imgsz} makes it about {px} pixels wide.</source>
        <translation>典型的标注框约占图片边长的 {pct}%：图片尺寸 {imgsz} 时它大约 {px} 像素宽。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="23" />
        <source>Only {v} photos are kept for validation: the score jumps around from epoch to epoch and says little; more labeled photos make it trustworthy.</source>
        <translation>只有 {v} 张图片用于验证：分数会在各轮之间大幅跳动，参考价值不大；多标注一些图片会让分数更可信。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="26" />
        <source>Class {name} has only {k} boxes to learn from: label at least {few} (50 or more works well).</source>
        <translation>类别 {name} 只有 {k} 个标注框可供学习：请至少标注 {few} 个（50 个以上效果更好）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="29" />
        <source>No validation photo shows {name}, so its score cannot be measured: label more photos of {name} and build the dataset again.</source>
        <translation>没有任何验证图片包含 {name}，所以无法衡量它的分数：请多标注一些含 {name} 的图片，然后重新生成数据集。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="32" />
        <source>mAP50-95 is {score:.3f}: {epochs} epochs from scratch are far too few; a network that starts from nothing needs about {need} on {n} photos. Train {more} more epochs from this run, or start from a pretrained model (20-50 epochs).</source>
        <translation>mAP50-95 为 {score:.3f}：从零开始只训练 {epochs} 轮远远不够；从零开始的网络在 {n} 张图片上大约需要 {need} 轮。请从本次训练再训练 {more} 轮，或改用预训练模型（20–50 轮）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="36" />
        <source>Get pretrained weights (a download, a mirror, or a file from another computer).</source>
        <translation>获取预训练权重（下载、使用镜像，或从另一台电脑复制文件）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="37" />
        <source>mAP50-95 is {score:.3f}: {epochs} epochs are too few even from trained weights; train {more} more epochs from this run.</source>
        <translation>mAP50-95 为 {score:.3f}：即使从已训练的权重开始，{epochs} 轮也太少；请从本次训练再训练 {more} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="40" />
        <source>Training was stopped after {epochs} epochs; about {need} usually reach a useful score. Train {more} more epochs from this run.</source>
        <translation>训练在 {epochs} 轮后被停止；通常需要约 {need} 轮才能达到可用的分数。请从本次训练再训练 {more} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="43" />
        <source>{name} was never found: there are only {k} boxes of {name} to learn from. Label more photos of {name} (at least {few}, better 50).</source>
        <translation>{name} 一次也没有被找到：只有 {k} 个 {name} 的标注框可供学习。请多标注一些含 {name} 的图片（至少 {few} 个，最好 50 个）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="46" />
        <source>mAP50-95 is still {score:.3f} after {epochs} epochs: the labels may not teach what you expect. Check the boxes on the Dataset page (right objects, right classes), and label more photos.</source>
        <translation>训练 {epochs} 轮后 mAP50-95 仍为 {score:.3f}：标注可能没有教会模型你期望的内容。请在“数据集”页检查标注框（框住正确的目标、用对类别），并多标注一些图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/advice_texts.py" line="50" />
        <source>{name} was never found although other classes were: check that its boxes are drawn the same way everywhere, and look for it in the confusion matrix (Results).</source>
        <translation>其他类别都找到了，{name} 却一次也没有被找到：请检查它的框是否处处画法一致，并在混淆矩阵（结果页）中查看它。</translation>
    </message>
</context>
</TS>