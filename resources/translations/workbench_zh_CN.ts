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
        <location filename="../../workbench/widgets/class_list.py" line="47" />
        <source>New class name, Enter to add</source>
        <translation>输入新类别名，按回车添加</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="52" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="53" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="54" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="55" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="56" />
        <source>Rename the class; label files do not change</source>
        <translation>重命名类别；标注文件不变</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="57" />
        <source>Pick the colour its boxes are drawn in</source>
        <translation>选择该类别标注框的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="58" />
        <source>Move every box of this class into another class</source>
        <translation>把该类别的所有框并入另一个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="59" />
        <source>Delete the class and all its boxes</source>
        <translation>删除该类别及其所有框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="88" />
        <source>class id {0}; press {1} to use it</source>
        <translation>类别编号 {0}；按 {1} 选用</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="89" />
        <source>class id {0}</source>
        <translation>类别编号 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="122" />
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="122" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="132" />
        <source>Colour of {0}</source>
        <translation>{0} 的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="141" />
        <source>Merge class</source>
        <translation>合并类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="142" />
        <source>Move every box of '{0}' into:</source>
        <translation>把“{0}”的所有框并入：</translation>
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
        <location filename="../../workbench/ui/dataset_layout.py" line="81" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="29" />
        <location filename="../../workbench/ui/dataset_page.py" line="175" />
        <source>Open a folder of photos in the Label page, then check it here.</source>
        <translation>先在“标注”页打开一个照片文件夹，再在这里检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="46" />
        <source>What to fix</source>
        <translation>需要修正</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="48" />
        <source>Double-click a line (or press Enter) to open the image in the Label page.</source>
        <translation>双击某一行（或按回车）在“标注”页打开该图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="53" />
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="61" />
        <source>Charts appear after a check.</source>
        <translation>检查后显示图表。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="63" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="71" />
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="75" />
        <source>dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="76" />
        <source>Choose...</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="77" />
        <source>Build dataset</source>
        <translation>生成数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="86" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="87" />
        <source>Train on it</source>
        <translation>用它训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="89" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_layout.py" line="101" />
        <source>Build</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="174" />
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="203" />
        <source>Folder for the dataset</source>
        <translation>数据集的文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="226" />
        <source>checking %v / %m</source>
        <translation>检查中 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="231" />
        <source>Checking {0} images...</source>
        <translation>正在检查 {0} 张图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="273" />
        <source>{0} labeled, {1} backgrounds, {2} not labeled (left out), {3} problems</source>
        <translation>{0} 张已标注，{1} 张背景图，{2} 张未标注（不使用），{3} 个问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="278" />
        <source>What to fix ({0} problems, {1} warnings)</source>
        <translation>需要修正（{0} 个问题，{1} 个警告）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="281" />
        <source>Nothing to add: the labels look ready for training.</source>
        <translation>没有其他建议：标注看起来可以用于训练了。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="282" />
        <source>Check done: {0} images, {1} problems.</source>
        <translation>检查完成：{0} 张图片，{1} 个问题。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="292" />
        <source>{0} is not one of the project's images, so it cannot be opened in the Label page.</source>
        <translation>{0} 不是本项目的图片，无法在“标注”页打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="302" />
        <location filename="../../workbench/ui/dataset_page.py" line="303" />
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="306" />
        <location filename="../../workbench/ui/dataset_page.py" line="307" />
        <source>The check failed: {0}</source>
        <translation>检查失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="322" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="332" />
        <source>Box sizes appear here.</source>
        <translation>框的大小图表显示在这里。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="334" />
        <location filename="../../workbench/ui/dataset_page.py" line="347" />
        <source>Box sizes</source>
        <translation>框的大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="364" />
        <location filename="../../workbench/ui/dataset_page.py" line="417" />
        <source>planning...</source>
        <translation>正在规划……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="390" />
        <source>finding look-alike photos...</source>
        <translation>正在查找相似照片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="391" />
        <location filename="../../workbench/ui/dataset_page.py" line="460" />
        <source>finding look-alike photos %v / %m</source>
        <translation>正在查找相似照片 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="419" />
        <source>Look-alike search cancelled. Change a value to plan again, or untick "Also keep look-alike photos together".</source>
        <translation>已取消查找相似照片。修改任一数值可重新规划，或取消勾选“外观几乎相同的照片也放在一起”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="422" />
        <source>cannot split: {0}</source>
        <translation>无法划分：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="448" />
        <location filename="../../workbench/ui/dataset_page.py" line="461" />
        <source>copying %v / %m</source>
        <translation>复制中 %v / %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="453" />
        <source>Building the dataset in {0}...</source>
        <translation>正在 {0} 中生成数据集……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="488" />
        <source>Built in {0:.1f} s: {1} ({2} backgrounds).</source>
        <translation>用时 {0:.1f} 秒生成：{1}（{2} 张背景图）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="491" />
        <source>Left out: {0} not labeled, {1} with problems (see What to fix).</source>
        <translation>未使用：{0} 张未标注，{1} 张有问题（见“需要修正”）。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="495" />
        <source>Dataset ready: {0}</source>
        <translation>数据集已就绪：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="502" />
        <source>Build cancelled; nothing was changed.</source>
        <translation>已取消生成；没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dataset_page.py" line="505" />
        <source>The dataset was not built: {0}</source>
        <translation>数据集未生成：{0}</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="30" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="30" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/findings_table.py" line="30" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="55" />
        <source>checking...</source>
        <translation>检查中……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="56" />
        <source>not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="57" />
        <source>checked, no objects</source>
        <translation>已检查，无目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="58" />
        <source>labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="59" />
        <source>has a problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="122" />
        <source>{0} suggested boxes to accept or reject</source>
        <translation>{0} 个建议框待接受或拒绝</translation>
    </message>
</context>
<context>
    <name>ImageListWidget</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="173" />
        <source>Show only images with this status or class</source>
        <translation>只显示该状态或包含该类别的图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="206" />
        <source>All images</source>
        <translation>全部图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="207" />
        <source>Not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="208" />
        <source>Labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="209" />
        <source>Checked, no objects</source>
        <translation>已检查，无目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="210" />
        <source>Problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="211" />
        <source>Has suggestions</source>
        <translation>有建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="213" />
        <source>Class: {0}</source>
        <translation>类别：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="236" />
        <source>{0} images: {1} labeled, {2} empty, {3} not labeled, {4} problems</source>
        <translation>共 {0} 张：已标注 {1}，无目标 {2}，未标注 {3}，有问题 {4}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="33" />
        <source>Import labels</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="35" />
        <source>Pascal VOC XML (LabelImg), a folder of .xml files</source>
        <translation>Pascal VOC XML（LabelImg），一个 .xml 文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="36" />
        <source>COCO JSON, one .json file</source>
        <translation>COCO JSON，一个 .json 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="37" />
        <source>labelme JSON, a folder of .json files</source>
        <translation>labelme JSON，一个 .json 文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="39" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="44" />
        <source>Replace label files that already exist</source>
        <translation>替换已存在的标注文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="45" />
        <source>Off: images that already have labels keep them, and the report lists them</source>
        <translation>不勾选：已有标注的图片保留原标注，并在报告中列出</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="50" />
        <source>Boxes are converted to YOLO label files next to each image; class names are added to classes.txt.</source>
        <translation>标注框会转换为每张图片旁的 YOLO 标注文件；类别名称会添加到 classes.txt。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="53" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="57" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="58" />
        <source>Annotations:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="70" />
        <source>COCO annotation file</source>
        <translation>COCO 标注文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="71" />
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="73" />
        <source>Folder of annotation files</source>
        <translation>标注文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_dialog.py" line="81" />
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
        <source>Mark Checked, No &amp;Objects</source>
        <translation>标记为已检查、无目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="42" />
        <source>This photo has nothing to label: train on it as a background image</source>
        <translation>这张图片没有要标注的目标：作为背景图参与训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="43" />
        <source>&amp;Two-Click Drawing</source>
        <translation>两次点击画框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="44" />
        <source>Click one corner, then the other, instead of dragging</source>
        <translation>先点一个角，再点对角，而不是拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="48" />
        <source>&amp;Accept Suggestion</source>
        <translation>接受建议框(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="49" />
        <source>Turn the selected suggested box into a box</source>
        <translation>把选中的建议框变成标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="51" />
        <source>Accept All Suggestions</source>
        <translation>接受全部建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="53" />
        <source>Turn every suggested box of this image into a box</source>
        <translation>把这张图片的所有建议框变成标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="54" />
        <source>&amp;Reject Suggestion</source>
        <translation>拒绝建议框(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="55" />
        <source>Drop the selected suggested box</source>
        <translation>丢弃选中的建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="57" />
        <source>Reject All Suggestions</source>
        <translation>拒绝全部建议框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="58" />
        <source>Drop every suggested box of this image (label files are not touched)</source>
        <translation>丢弃这张图片的所有建议框（不改动标注文件）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="60" />
        <source>&amp;Pre-label Unlabeled Images...</source>
        <translation>预标注未标注的图片(&amp;P)……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="61" />
        <source>Run a trained model on images without a label file; its boxes appear as suggestions to accept or reject</source>
        <translation>用训练好的模型处理没有标注文件的图片；它给出的框作为建议框显示，可接受或拒绝</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="63" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="64" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="65" />
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="66" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="70" />
        <source>Class for the next box, or for the selected box</source>
        <translation>下一个框的类别，或修改选中框的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="71" />
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="71" />
        <source>Move the selected box 1 px (Shift: 10 px)</source>
        <translation>移动选中的框 1 像素（Shift：10 像素）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="72" />
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="72" />
        <source>Draw a box on empty space; move or resize a box by its body or handles</source>
        <translation>在空白处画框；拖动框体或控制点来移动或调整大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="73" />
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="73" />
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="74" />
        <source>Middle drag / Space+drag</source>
        <translation>中键拖动 / 空格+拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="74" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="75" />
        <source>Cancel drawing, deselect</source>
        <translation>取消画框，取消选择</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="76" />
        <source>Click a dashed box</source>
        <translation>点击虚线框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="77" />
        <source>Select a suggestion (a digit changes its class; a drag from it draws a new box)</source>
        <translation>选中建议框（按数字键改类别；从它上面拖动则画一个新框）</translation>
    </message>
</context>
<context>
    <name>LabelCanvas</name>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="49" />
        <source>#{}</source>
        <translation>#{}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="67" />
        <source>Labeling canvas</source>
        <translation>标注画布</translation>
    </message>
</context>
<context>
    <name>LabelClasses</name>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="51" />
        <source>Cannot add class</source>
        <translation>无法添加类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="64" />
        <source>Cannot rename class</source>
        <translation>无法重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="95" />
        <source>Delete class '{0}'?

{1} boxes of this class will be deleted and {2} boxes of later classes renumbered, in {3} label files.</source>
        <translation>删除类别“{0}”？

将在 {3} 个标注文件中删除该类别的 {1} 个框，并重新编号后续类别的 {2} 个框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="99" />
        <source>Merge class '{0}' into '{1}'?

{2} boxes change class, in {3} label files.</source>
        <translation>把类别“{0}”并入“{1}”？

{3} 个标注文件中的 {2} 个框将改变类别。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="101" />
        <source>Change classes</source>
        <translation>修改类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="103" />
        <source>Rewriting label files...</source>
        <translation>正在改写标注文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_classes.py" line="111" />
        <source>Class change failed</source>
        <translation>修改类别失败</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="83" />
        <source>Open a folder of photos (Ctrl+O) to start labeling.</source>
        <translation>打开一个图片文件夹（Ctrl+O）开始标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="166" />
        <source>Cannot open folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="181" />
        <source>{0} files are not used (GIF, HEIC...): convert them to JPEG or PNG to label them, e.g. {1}</source>
        <translation>有 {0} 个文件未使用（GIF、HEIC 等）：转换为 JPEG 或 PNG 后才能标注，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="184" />
        <source>No photos in {0}. Workbench labels JPEG, PNG, BMP, TIFF and WebP files.</source>
        <translation>{0} 中没有图片。Workbench 可标注 JPEG、PNG、BMP、TIFF 和 WebP 文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="217" />
        <source>{0}: cannot read the image (corrupt, empty or not an image)</source>
        <translation>{0}：无法读取图片（已损坏、为空或不是图片）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="238" />
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="319" />
        <source>NOT SAVED: {0}. Your boxes are kept here; free space or fix the folder's permissions, then press Ctrl+S.</source>
        <translation>未保存：{0}。你的标注框仍保留在这里；请释放磁盘空间或修正文件夹权限，然后按 Ctrl+S。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="380" />
        <source>There is no previous image to copy boxes from.</source>
        <translation>没有上一张图片可以复制标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="386" />
        <source>The previous image has no boxes that this one lacks.</source>
        <translation>上一张图片没有本图缺少的标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="389" />
        <source>Copied {0} boxes from {1}.</source>
        <translation>已从 {1} 复制 {0} 个标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="397" />
        <source>This image has {0} boxes; delete them first to mark it as having no objects.</source>
        <translation>这张图片有 {0} 个标注框；先删除它们，才能标记为无目标。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="402" />
        <source>Marked as checked, no objects.</source>
        <translation>已标记为：已检查，无目标。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="403" />
        <source>Marked as checked, no objects; {0} suggestions rejected.</source>
        <translation>已标记为“已检查，无目标”；拒绝了 {0} 个建议框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="453" />
        <source>Last image.</source>
        <translation>已是最后一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="453" />
        <source>First image.</source>
        <translation>已是第一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="462" />
        <source>Every image is labeled or checked.</source>
        <translation>所有图片都已标注或检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="512" />
        <source>... and {0} more problems</source>
        <translation>……还有 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="514" />
        <source>Lines that are not boxes are kept in the file as they are; fix them in a text editor or delete them there.</source>
        <translation>不是标注框的行会原样保留在文件中；请在文本编辑器中修正或删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="517" />
        <source>No classes yet: type a class name in the box at the top right and press Enter, then drag on the photo to draw a box.</source>
        <translation>还没有类别：在右上角输入类别名并按回车，然后在图片上拖动画框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="521" />
        <source>Large image: shown scaled; your boxes are saved at full resolution.</source>
        <translation>大图：按缩放显示；标注框按原始分辨率保存。</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="20" />
        <source>box loss (train)</source>
        <translation>框损失（训练）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="21" />
        <source>class loss (train)</source>
        <translation>分类损失（训练）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="22" />
        <source>box loss (val)</source>
        <translation>框损失（验证）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="23" />
        <source>class loss (val)</source>
        <translation>分类损失（验证）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="24" />
        <source>mAP50-95</source>
        <translation>mAP50-95</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="25" />
        <source>mAP50</source>
        <translation>mAP50</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="26" />
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="27" />
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="73" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="73" />
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/live_plot.py" line="77" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="20" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="21" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="22" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="23" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="44" />
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="45" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="46" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="47" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="120" />
        <source>&amp;Import Labels...</source>
        <translation>导入标注(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="121" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="124" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="130" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="135" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="136" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="139" />
        <source>&amp;About Workbench</source>
        <translation>关于 Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="144" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="145" />
        <source>The new language is used from the next start of Workbench.</source>
        <translation>新语言将在下次启动 Workbench 时生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="154" />
        <source>Open a folder of photos</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="168" />
        <source>Open the folder of photos first, then import its labels.</source>
        <translation>请先打开图片文件夹，再导入它的标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="186" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="186" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="200" />
        <source>About Workbench</source>
        <translation>关于 Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="201" />
        <source>Workbench {0}
Label photos, train YOLO, see it live.</source>
        <translation>Workbench {0}
标注图片，训练 YOLO，实时查看效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="206" />
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="207" />
        <source>Training is still running. Pause it and quit? You can resume it later from the Train page.</source>
        <translation>训练仍在进行。暂停训练并退出吗？之后可在“训练”页继续训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="219" />
        <source>Unsaved boxes</source>
        <translation>未保存的标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="220" />
        <source>The boxes of {0} images could not be saved ({1}...).
Quit anyway and lose them?</source>
        <translation>有 {0} 张图片的标注框无法保存（{1}……）。
仍然退出并丢弃它们？</translation>
    </message>
</context>
<context>
    <name>PrelabelFlow</name>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="236" />
        <source>{0} suggestions: Enter accepts the selected, Ctrl+Enter all; Del rejects the selected, Ctrl+Del all. Nothing is saved until you accept.</source>
        <translation>{0} 个建议框：回车接受选中的，Ctrl+回车接受全部；Del 拒绝选中的，Ctrl+Del 拒绝全部。接受之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="274" />
        <source>Could not save the suggestions ({0}); they are kept until you close Workbench.</source>
        <translation>无法保存建议框（{0}）；在关闭 Workbench 之前它们仍保留在内存中。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="306" />
        <source>Choose a model to pre-label with (a .pt file can run code: only open models you trust)</source>
        <translation>选择用于预标注的模型（.pt 文件可以运行代码：只打开你信任的模型）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="308" />
        <source>YOLO models (*.pt *.onnx);;All files (*)</source>
        <translation>YOLO 模型 (*.pt *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="312" />
        <location filename="../../workbench/ui/prelabel_flow.py" line="337" />
        <location filename="../../workbench/ui/prelabel_flow.py" line="463" />
        <source>Pre-label</source>
        <translation>预标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="312" />
        <source>Keep boxes the model is at least this sure of (0.01 to 0.99):</source>
        <translation>只保留模型置信度不低于此值的框（0.01 到 0.99）：</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="335" />
        <source>Loading the model {0}...</source>
        <translation>正在加载模型 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="336" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="371" />
        <source>Pre-label failed</source>
        <translation>预标注失败</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="395" />
        <source>Cannot add class</source>
        <translation>无法添加类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="412" />
        <source>Pre-labeling images without a label file...</source>
        <translation>正在预标注没有标注文件的图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="418" />
        <source>The model's classes differ</source>
        <translation>模型的类别与项目不同</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="420" />
        <source>The model knows classes this project does not have: {0}.
Classes with the same name are matched by name.</source>
        <translation>模型有本项目没有的类别：{0}。
同名的类别按名称对应。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="423" />
        <source>No class of the model matches this project's classes by name. The model's classes: {0}.</source>
        <translation>模型没有任何类别与本项目的类别同名。模型的类别：{0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="426" />
        <source>Add them to classes.txt</source>
        <translation>把它们添加到 classes.txt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="427" />
        <source>Skip those boxes</source>
        <translation>跳过这些框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="457" />
        <source>Pre-labeled {0} images: {1} suggested boxes. Images with a label file were not touched.</source>
        <translation>已预标注 {0} 张图片：{1} 个建议框。已有标注文件的图片未被改动。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/prelabel_flow.py" line="460" />
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>PreviewControls</name>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="38" />
        <source>Hide detections less confident than this</source>
        <translation>隐藏置信度低于此值的检测结果</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="41" />
        <source>Overlap above which two boxes of a class count as one (NMS)</source>
        <translation>同一类别两个框的重叠度高于此值时视为一个（NMS）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="51" />
        <location filename="../../workbench/widgets/preview_controls.py" line="130" />
        <source>Network input size: smaller is faster, larger finds small objects</source>
        <translation>网络输入尺寸：越小越快，越大越能发现小目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="54" />
        <source>Show only the checked classes</source>
        <translation>只显示勾选的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="55" />
        <source>Show labels</source>
        <translation>显示类别名</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="57" />
        <source>Show confidences</source>
        <translation>显示置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="62" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="63" />
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="68" />
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="69" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/preview_controls.py" line="127" />
        <source>This exported model always runs at {0}x{1}; export it again to change the size</source>
        <translation>该导出模型固定以 {0}x{1} 运行；如需更改尺寸请重新导出</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="102" />
        <source>Choose a source: a camera, a video file, an image folder or an image.</source>
        <translation>请选择来源：摄像头、视频文件、图片文件夹或单张图片。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="103" />
        <location filename="../../workbench/ui/preview_page.py" line="409" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="117" />
        <source>Pause / resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="118" />
        <source>Next frame (when paused)</source>
        <translation>下一帧（暂停时）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="119" />
        <source>Capture to project</source>
        <translation>采集到项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="120" />
        <source>Save a snapshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="196" />
        <source>Open a model - a .pt file runs code from the file: open only files you trust</source>
        <translation>打开模型 - .pt 文件会运行其中的代码：只打开你信任的文件</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="197" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation>模型 (*.pt *.onnx *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="204" />
        <source>Loading {0}...</source>
        <translation>正在加载 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="243" />
        <source>{0} ({1} classes, backend {2})</source>
        <translation>{0}（{1} 个类别，后端 {2}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="224" />
        <source>Model loaded: {0} (backend {1})</source>
        <translation>模型已加载：{0}（后端 {1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="235" />
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="239" />
        <source>Cannot use this model: {0}</source>
        <translation>无法使用该模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="255" />
        <source>The model's classes differ from the project's: {0}</source>
        <translation>模型的类别与项目的不同：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="270" />
        <source>Only a .pt model can be exported; open the .pt of a training run.</source>
        <translation>只有 .pt 模型可以导出；请打开训练得到的 .pt。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="274" />
        <source>Exporting...</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="303" />
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="276" />
        <source>Exporting {0} for the CPU...</source>
        <translation>正在为 CPU 导出 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="284" />
        <source>OpenVINO INT8 (the fastest on a CPU), calibrated on the images of {0}</source>
        <translation>OpenVINO INT8（CPU 上最快），用 {0} 的图片校准</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="286" />
        <source>OpenVINO FP32: the INT8 export failed ({0})</source>
        <translation>OpenVINO FP32：INT8 导出失败（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="287" />
        <source>OpenVINO FP32: INT8 needs the dataset's data.yaml for calibration, and the training run's args.yaml does not name one that exists</source>
        <translation>OpenVINO FP32：INT8 需要数据集的 data.yaml 来校准，而训练记录的 args.yaml 中没有指向一个存在的 data.yaml</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="289" />
        <source>OpenVINO FP32: install nncf (pip install nncf) for the faster INT8 export</source>
        <translation>OpenVINO FP32：安装 nncf（pip install nncf）即可导出更快的 INT8 模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="290" />
        <source>ONNX: install openvino and nncf (pip install openvino nncf) for a 2-3x faster export</source>
        <translation>ONNX：安装 openvino 和 nncf（pip install openvino nncf）可导出快 2-3 倍的模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="295" />
        <location filename="../../workbench/ui/preview_page.py" line="302" />
        <source>Export for CPU</source>
        <translation>导出为 CPU 加速模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="297" />
        <source>Exported {0}: {1}</source>
        <translation>已导出 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="390" />
        <source>Camera disconnected: {0}</source>
        <translation>摄像头已断开：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="392" />
        <source>Reading stopped: {0}</source>
        <translation>读取已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="394" />
        <source>The model failed: {0}</source>
        <translation>模型运行失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="396" />
        <source>The preview stopped: {0}: {1}</source>
        <translation>预览已停止：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="398" />
        <source>End of video.</source>
        <translation>视频已结束。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="402" />
        <source>End of the image folder.</source>
        <translation>图片文件夹已播放完。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="405" />
        <source>{0} images could not be read, e.g. {1}</source>
        <translation>{0} 张图片无法读取，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="407" />
        <source>One image: move the sliders to run the model again.</source>
        <translation>单张图片：拖动滑块即可重新运行模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="423" />
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="425" />
        <source>backend {0}</source>
        <translation>后端 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="427" />
        <source>backend {0} · {1:.1f} FPS · {2:.0f} ms</source>
        <translation>后端 {0} · {1:.1f} FPS · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="431" />
        <source>frame {0} / {1}</source>
        <translation>第 {0} / {1} 帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="433" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="435" />
        <source>capture to screen {0:.0f} ms, {1} frames dropped</source>
        <translation>从采集到显示 {0:.0f} 毫秒，丢弃 {1} 帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="489" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_page.py" line="489" />
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
        <location filename="../../workbench/ui/preview_panel.py" line="30" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="39" />
        <source>Looking for cameras...</source>
        <translation>正在查找摄像头……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="41" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="42" />
        <source>Look for cameras again</source>
        <translation>重新查找摄像头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="44" />
        <source>Camera resolution to ask for</source>
        <translation>请求的摄像头分辨率</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="46" />
        <source>Default resolution</source>
        <translation>默认分辨率</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="47" />
        <source>Start camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="48" />
        <source>Video file...</source>
        <translation>视频文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="49" />
        <source>Image folder...</source>
        <translation>图片文件夹……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="50" />
        <source>Image...</source>
        <translation>图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="51" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="52" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="69" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="72" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="74" />
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="75" />
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="76" />
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="77" />
        <source>Record the annotated picture to a video file (in the project's runs/preview folder)</source>
        <translation>把带标注的画面录制为视频文件（保存在项目的 runs/preview 文件夹）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="79" />
        <source>Capture to project</source>
        <translation>采集到项目</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="80" />
        <source>Save the current frame (without drawings) into the project as a new image, with the detections as suggested boxes (C)</source>
        <translation>把当前帧（不含绘制内容）作为新图片存入项目，检测结果作为建议框（C）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_panel.py" line="82" />
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
        <location filename="../../workbench/ui/preview_saving.py" line="74" />
        <source>Record the preview to</source>
        <translation>把预览录制到</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="76" />
        <source>AVI video (*.avi)</source>
        <translation>AVI 视频 (*.avi)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="88" />
        <source>Recording to {0}</source>
        <translation>正在录制到 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="97" />
        <source>Recording stopped: {0}</source>
        <translation>录制已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="109" />
        <source>Cannot finish the recording: {0}</source>
        <translation>无法完成录制：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_saving.py" line="112" />
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
        <location filename="../../workbench/ui/preview_sources.py" line="82" />
        <source>Opening {0}...</source>
        <translation>正在打开 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preview_sources.py" line="93" />
        <location filename="../../workbench/ui/preview_sources.py" line="94" />
        <source>Cannot open the source: {0}</source>
        <translation>无法打开来源：{0}</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="30" />
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="30" />
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="30" />
        <source>Best mAP50-95</source>
        <translation>最佳 mAP50-95</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="31" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="31" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="39" />
        <source>Select a run to see its curves; select two (Ctrl+click) to compare them.</source>
        <translation>选择一次训练查看曲线；选择两次（Ctrl+单击）进行对比。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="41" />
        <source>Show curves</source>
        <translation>显示曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="42" />
        <source>Compare two</source>
        <translation>对比两次</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="43" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="44" />
        <source>Continue this interrupted run from its last.pt</source>
        <translation>从 last.pt 继续这次中断的训练</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="45" />
        <source>Open in Preview</source>
        <translation>在预览中打开</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="46" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="71" />
        <source>interrupted, resumable</source>
        <translation>已中断，可继续</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="73" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/run_history.py" line="75" />
        <source>no weights</source>
        <translation>没有权重</translation>
    </message>
</context>
<context>
    <name>SplitForm</name>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="27" />
        <source>Share of the images kept aside to measure the model while it trains</source>
        <translation>留出来在训练中评估模型的图片比例</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="31" />
        <source>Share kept for a final test the model never sees in training (0: none)</source>
        <translation>留作最终测试、训练中从不使用的图片比例（0：不留）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="34" />
        <source>Another seed gives another random split of images not split before</source>
        <translation>换一个种子，尚未划分过的图片会得到另一种随机划分</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="35" />
        <source>Keep bursts together</source>
        <translation>连拍/同一视频的帧放在一起</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="36" />
        <source>Frames of one video or burst of photos go to the same subset, so validation does not score near-copies of training images</source>
        <translation>同一视频或同一组连拍的帧分到同一个子集，验证集就不会给训练图片的近似副本打分</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="38" />
        <source>Also keep look-alike photos together</source>
        <translation>外观几乎相同的照片也放在一起</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="39" />
        <source>Photos that look almost the same go to the same subset (each image is read once to compare them)</source>
        <translation>几乎一样的照片分到同一个子集（每张图片会读取一次用于比较）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="41" />
        <source>Planned:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="52" />
        <source>Validation:</source>
        <translation>验证集：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="53" />
        <source>Test:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="54" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="93" />
        <source>run a check first</source>
        <translation>请先检查</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="100" />
        <source>train {0}</source>
        <translation>训练 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="101" />
        <source>val {0}</source>
        <translation>验证 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="103" />
        <source>test {0}</source>
        <translation>测试 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="105" />
        <source>{0} groups of look-alike or burst photos found</source>
        <translation>找到 {0} 组连拍或相似照片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="107" />
        <source>{0} images left out</source>
        <translation>{0} 张图片不使用</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="109" />
        <source>{0} images left out: {1} not labeled, {2} with problems</source>
        <translation>{0} 张图片不使用：{1} 张未标注，{2} 张有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/split_form.py" line="114" />
        <source>... and {0} more (hover to see all)</source>
        <translation>……还有 {0} 条（鼠标悬停查看全部）</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="55" />
        <source>YOLO11n (from scratch, .yaml)</source>
        <translation>YOLO11n（从零训练，.yaml）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="56" />
        <location filename="../../workbench/widgets/train_form.py" line="185" />
        <source>Choose a .pt file...</source>
        <translation>选择 .pt 文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="58" />
        <source>none</source>
        <translation>不冻结</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="61" />
        <location filename="../../workbench/widgets/train_form.py" line="86" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="63" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="64" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="73" />
        <source>Cosine learning-rate schedule</source>
        <translation>余弦学习率调度</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="83" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="83" />
        <source>automatic (in memory when it fits)</source>
        <translation>自动（内存放得下时缓存到内存）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="84" />
        <source>in memory (RAM)</source>
        <translation>内存（RAM）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="84" />
        <source>on disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="87" />
        <source>Save plots</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="96" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="97" />
        <source>The network to train. Pretrained (.pt) learns fastest; .yaml starts from zero; a previous run's best.pt continues from it.</source>
        <translation>要训练的网络。预训练模型（.pt）学得最快；.yaml 从零开始；选择以前训练的 best.pt 则在它的基础上继续学习。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="98" />
        <source>Freeze layers</source>
        <translation>冻结层数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="99" />
        <source>Keep the first N layers of a pretrained model unchanged; helps with few photos.</source>
        <translation>保持预训练模型的前 N 层不变；照片较少时有帮助。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="100" />
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="100" />
        <source>How many times training goes through all photos.</source>
        <translation>训练把所有照片完整学习多少遍。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="101" />
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="102" />
        <source>Photos are resized to this many pixels; larger finds small objects but is slower.</source>
        <translation>照片缩放到这个像素大小；越大越容易发现小目标，但更慢。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="103" />
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="104" />
        <source>Photos learned from at once; auto picks what fits in memory.</source>
        <translation>一次同时学习的照片数；“自动”会选择内存放得下的数量。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="105" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="106" />
        <source>Where training runs: a graphics card (GPU) is much faster than the CPU.</source>
        <translation>在哪里训练：显卡（GPU）比 CPU 快得多。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="107" />
        <source>Patience</source>
        <translation>耐心值</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="108" />
        <source>Stop early when the score has not improved for this many epochs (0: never).</source>
        <translation>成绩连续这么多轮没有提高就提前停止（0：从不）。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="109" />
        <source>Run name</source>
        <translation>训练名称</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="110" />
        <source>Folder name of this run under runs/; a number is added when it exists.</source>
        <translation>本次训练在 runs/ 下的文件夹名；已存在时会自动加上编号。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="113" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="114" />
        <source>The method that adjusts the network; auto chooses a good one.</source>
        <translation>调整网络的方法；“auto”会自动选择合适的。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="115" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="115" />
        <source>Size of each learning step at the start.</source>
        <translation>开始时每一步学习的幅度。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="116" />
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="117" />
        <source>The last step size, as a fraction of the starting one.</source>
        <translation>最后的步长，占初始步长的比例。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="118" />
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="119" />
        <source>Epochs of gentle learning at the start, for stability.</source>
        <translation>开始时温和学习的轮数，使训练更稳定。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="120" />
        <source>Lower the step size along a smooth curve instead of a straight line.</source>
        <translation>让步长沿平滑曲线下降，而不是直线下降。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="121" />
        <source>Mosaic</source>
        <translation>马赛克增强</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="122" />
        <source>Chance of stitching four photos into one; teaches objects in new places.</source>
        <translation>把四张照片拼成一张的概率；让模型学会目标出现在新位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="123" />
        <source>Close mosaic</source>
        <translation>关闭马赛克</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="124" />
        <source>Turn mosaic off for the last N epochs so training ends on real-looking photos.</source>
        <translation>最后 N 轮关闭马赛克，让训练以真实样子的照片收尾。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="125" />
        <source>Mixup</source>
        <translation>混合增强</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="125" />
        <source>Chance of blending two photos; helps against overfitting.</source>
        <translation>把两张照片叠加混合的概率；有助于防止过拟合。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="126" />
        <source>Flip left-right</source>
        <translation>左右翻转</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="126" />
        <source>Chance of mirroring a photo sideways.</source>
        <translation>把照片左右镜像的概率。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="127" />
        <source>Flip up-down</source>
        <translation>上下翻转</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="128" />
        <source>Chance of turning a photo upside down; only for top-down views.</source>
        <translation>把照片上下颠倒的概率；只适用于俯拍视角。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="129" />
        <source>Hue change</source>
        <translation>色调变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="129" />
        <source>How much colours may shift, so lighting changes do not matter.</source>
        <translation>颜色可以偏移多少，让光照变化不影响识别。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="130" />
        <source>Saturation change</source>
        <translation>饱和度变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="130" />
        <source>How much colours may get paler or stronger.</source>
        <translation>颜色可以变淡或变浓多少。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="131" />
        <source>Brightness change</source>
        <translation>亮度变化</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="131" />
        <source>How much photos may get darker or brighter.</source>
        <translation>照片可以变暗或变亮多少。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="132" />
        <source>Cache images</source>
        <translation>缓存图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="133" />
        <source>Keep decoded photos in memory or on disk: faster epochs, more memory.</source>
        <translation>把解码后的照片保存在内存或磁盘：每轮更快，但占用更多空间。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="134" />
        <source>Loader workers</source>
        <translation>加载进程数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="135" />
        <source>Processes that prepare photos; auto suits most computers, 0 uses none.</source>
        <translation>准备照片的进程数；“自动”适合大多数电脑，0 表示不用额外进程。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="136" />
        <source>Draw results.png, the confusion matrix and PR curve when done.</source>
        <translation>训练结束时绘制 results.png、混淆矩阵和 PR 曲线。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="141" />
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="195" />
        <source>GPU {0}: {1}</source>
        <translation>GPU {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="198" />
        <source>All {0} GPUs ({1})</source>
        <translation>全部 {0} 块 GPU（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="224" />
        <source>Choose a model to start from</source>
        <translation>选择起始模型</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_form.py" line="225" />
        <source>PyTorch models (*.pt)</source>
        <translation>PyTorch 模型 (*.pt)</translation>
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
        <location filename="../../workbench/ui/train_page.py" line="125" />
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="127" />
        <source>epoch %p%</source>
        <translation>本轮 %p%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="129" />
        <source>overall %p%</source>
        <translation>总体 %p%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="145" />
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="146" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="147" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="148" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="233" />
        <source>Dataset: {0}</source>
        <translation>数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="254" />
        <source>Choose the dataset's data.yaml</source>
        <translation>选择数据集的 data.yaml</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="255" />
        <source>Dataset description (*.yaml *.yml)</source>
        <translation>数据集描述文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="268" />
        <source>Choose a data.yaml first: build a dataset on the Dataset page, or press "Choose data.yaml...".</source>
        <translation>请先选择 data.yaml：在“数据集”页生成数据集，或点击“选择 data.yaml……”。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="271" />
        <source>{0} does not exist any more. Build the dataset again or choose another data.yaml.</source>
        <translation>{0} 已不存在。请重新生成数据集，或选择另一个 data.yaml。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="275" />
        <source>Choose a model to train.</source>
        <translation>请选择要训练的模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="279" />
        <source>Starting training of {0}...</source>
        <translation>正在开始训练 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="287" />
        <source>{0} is missing, so this run cannot be resumed. Start a new run.</source>
        <translation>缺少 {0}，无法继续这次训练。请开始一次新的训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="292" />
        <source>Resuming {0}...</source>
        <translation>正在继续 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="319" />
        <source>Pausing after this batch...</source>
        <translation>将在本批次后暂停……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="326" />
        <source>Stopping after this batch...</source>
        <translation>本批次结束后停止……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="341" />
        <source>Starting the training process...</source>
        <translation>正在启动训练进程……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="342" />
        <source>Loading PyTorch and Ultralytics...</source>
        <translation>正在加载 PyTorch 和 Ultralytics……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="343" />
        <source>Loading the model...</source>
        <translation>正在加载模型……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="344" />
        <source>Scanning {0} labeled images...</source>
        <translation>正在扫描 {0} 张已标注图片……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="345" />
        <source>Scanning the dataset...</source>
        <translation>正在扫描数据集……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="346" />
        <source>Caching images in memory...</source>
        <translation>正在把图片缓存到内存……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="347" />
        <source>Epoch 1: batch 1 of {0} running...</source>
        <translation>第 1 轮：正在训练第 1 批（共 {0} 批）……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="348" />
        <source>Validating epoch {0} of {1}...</source>
        <translation>正在验证第 {0} 轮（共 {1} 轮）……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="349" />
        <source>Validating best.pt...</source>
        <translation>正在验证 best.pt……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="360" />
        <source>Training in {0} on {1} ({2} threads), epochs {3} to {4}.</source>
        <translation>训练保存在 {0}，设备 {1}（{2} 个线程），第 {3} 到 {4} 轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="381" />
        <source>Epoch {0} of {1} done in {2:.1f} s.</source>
        <translation>第 {0}/{1} 轮完成，用时 {2:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="383" />
        <location filename="../../workbench/ui/train_page.py" line="401" />
        <source>about {0} left</source>
        <translation>约剩 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="398" />
        <source>Epoch {0} of {1}, batch {2} of {3}</source>
        <translation>第 {0}/{1} 轮，第 {2}/{3} 批</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="412" />
        <source>Training did not finish.</source>
        <translation>训练没有完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="418" />
        <source>Paused. Press Resume to continue from {0}.</source>
        <translation>已暂停。点击“继续”可从 {0} 接着训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="424" />
        <source>Stopped. Best model: {0}</source>
        <translation>已停止。最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="425" />
        <source>Training finished. Best model: {0}</source>
        <translation>训练完成。最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="438" />
        <source>Validating {0}...</source>
        <translation>正在验证 {0}……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="453" />
        <source>best.pt validated: mAP50-95 {0:.3f}</source>
        <translation>best.pt 验证完成：mAP50-95 {0:.3f}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="454" />
        <source>best.pt validated.</source>
        <translation>best.pt 验证完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="481" />
        <source>Could not read the runs in {0}: {1}</source>
        <translation>无法读取 {0} 中的训练记录：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="491" />
        <source>Could not read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_page.py" line="518" />
        <source>{0} (solid) compared with {1} (dashed)</source>
        <translation>{0}（实线）与 {1}（虚线）对比</translation>
    </message>
</context>
<context>
    <name>TrainResults</name>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="39" />
        <location filename="../../workbench/widgets/train_results.py" line="82" />
        <source>No finished run yet. Results appear here when training ends.</source>
        <translation>还没有完成的训练。训练结束后结果显示在这里。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="42" />
        <source>Open in Preview</source>
        <translation>在预览中打开</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="43" />
        <source>Export...</source>
        <translation>导出……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="44" />
        <source>Open run folder</source>
        <translation>打开训练文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="45" />
        <location filename="../../workbench/widgets/train_results.py" line="127" />
        <source>Validate best.pt</source>
        <translation>验证 best.pt</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="46" />
        <source>Run the final validation that Stop skipped and fill in the scores</source>
        <translation>运行停止时跳过的最终验证，并填入各项分数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="54" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="54" />
        <source>Images</source>
        <translation>图片数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="54" />
        <source>Objects</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="55" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="55" />
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="93" />
        <source>Paused: press Resume to continue from last.pt.</source>
        <translation>已暂停：点击“继续”从 last.pt 接着训练。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="95" />
        <source>Stopped early; best.pt holds the best epoch so far. The scores below are the last epoch's; press "Validate best.pt" for those of best.pt.</source>
        <translation>已提前停止；best.pt 保存了目前最好的一轮。下面的分数来自最后一轮；按“验证 best.pt”可得到 best.pt 的分数。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="98" />
        <source>Stopped early; best.pt holds the best epoch so far.</source>
        <translation>已提前停止；best.pt 保存了目前最好的一轮。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="100" />
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="101" />
        <source>Best model: {0}</source>
        <translation>最佳模型：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="101" />
        <source>No model was saved.</source>
        <translation>没有保存模型。</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="106" />
        <source>all classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/train_results.py" line="127" />
        <source>Validating best.pt...</source>
        <translation>正在验证 best.pt……</translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <location filename="../../workbench/ui/train_worker.py" line="58" />
        <source>Training could not run: {0}</source>
        <translation>训练无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/train_worker.py" line="64" />
        <source>Training ended without a result; see the log.</source>
        <translation>训练结束但没有结果；请查看日志。</translation>
    </message>
</context>
</TS>