<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClassListWidget</name>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="43" />
        <source>New class name, Enter to add</source>
        <translation>输入新类别名，按回车添加</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="48" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="49" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="50" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="51" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="52" />
        <source>Rename the class; label files do not change</source>
        <translation>重命名类别；标注文件不变</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="53" />
        <source>Pick the colour its boxes are drawn in</source>
        <translation>选择该类别标注框的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="54" />
        <source>Move every box of this class into another class</source>
        <translation>把该类别的所有框并入另一个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="55" />
        <source>Delete the class and all its boxes</source>
        <translation>删除该类别及其所有框</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="84" />
        <source>class id {0}; press {1} to use it</source>
        <translation>类别编号 {0}；按 {1} 选用</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="85" />
        <source>class id {0}</source>
        <translation>类别编号 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="118" />
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="118" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="128" />
        <source>Colour of {0}</source>
        <translation>{0} 的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="137" />
        <source>Merge class</source>
        <translation>合并类别</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/class_list.py" line="138" />
        <source>Move every box of '{0}' into:</source>
        <translation>把“{0}”的所有框并入：</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="50" />
        <source>checking...</source>
        <translation>检查中……</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="51" />
        <source>not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="52" />
        <source>checked, no objects</source>
        <translation>已检查，无目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="53" />
        <source>labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="54" />
        <source>has a problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>ImageListWidget</name>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="136" />
        <source>Show only images with this status or class</source>
        <translation>只显示该状态或包含该类别的图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="169" />
        <source>All images</source>
        <translation>全部图片</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="170" />
        <source>Not labeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="171" />
        <source>Labeled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="172" />
        <source>Checked, no objects</source>
        <translation>已检查，无目标</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="173" />
        <source>Problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="175" />
        <source>Class: {0}</source>
        <translation>类别：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/image_list.py" line="196" />
        <source>{0} images: {1} labeled, {2} empty, {3} not labeled, {4} problems</source>
        <translation>共 {0} 张：已标注 {1}，无目标 {2}，未标注 {3}，有问题 {4}</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="27" />
        <source>&amp;Open Folder...</source>
        <translation>打开文件夹(&amp;O)……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="28" />
        <source>Open a folder of photos to label</source>
        <translation>打开要标注的图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="29" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="30" />
        <source>Save now (Workbench also saves after every change)</source>
        <translation>立即保存（每次修改后也会自动保存）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="31" />
        <source>&amp;Previous Image</source>
        <translation>上一张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="32" />
        <source>&amp;Next Image</source>
        <translation>下一张(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="33" />
        <source>Next &amp;Unlabeled Image</source>
        <translation>下一张未标注(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="34" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="35" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="36" />
        <source>&amp;Draw Box</source>
        <translation>画框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="37" />
        <source>The next drag draws a box, even over another box</source>
        <translation>下一次拖动画新框，即使从已有框上开始</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="38" />
        <source>&amp;Delete Box</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="39" />
        <source>&amp;Copy Boxes from Previous Image</source>
        <translation>复制上一张的标注框(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="40" />
        <source>Mark Checked, No &amp;Objects</source>
        <translation>标记为已检查、无目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="41" />
        <source>This photo has nothing to label: train on it as a background image</source>
        <translation>这张图片没有要标注的目标：作为背景图参与训练</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="42" />
        <source>&amp;Two-Click Drawing</source>
        <translation>两次点击画框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="43" />
        <source>Click one corner, then the other, instead of dragging</source>
        <translation>先点一个角，再点对角，而不是拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="44" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="45" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="46" />
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="47" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="51" />
        <source>Class for the next box, or for the selected box</source>
        <translation>下一个框的类别，或修改选中框的类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="52" />
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="52" />
        <source>Move the selected box 1 px (Shift: 10 px)</source>
        <translation>移动选中的框 1 像素（Shift：10 像素）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="53" />
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="53" />
        <source>Draw a box on empty space; move or resize a box by its body or handles</source>
        <translation>在空白处画框；拖动框体或控制点来移动或调整大小</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="54" />
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="54" />
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="55" />
        <source>Middle drag / Space+drag</source>
        <translation>中键拖动 / 空格+拖动</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="55" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_actions.py" line="56" />
        <source>Cancel drawing, deselect</source>
        <translation>取消画框，取消选择</translation>
    </message>
</context>
<context>
    <name>LabelCanvas</name>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="43" />
        <source>#{}</source>
        <translation>#{}</translation>
    </message>
    <message>
        <location filename="../../workbench/widgets/canvas.py" line="75" />
        <source>Labeling canvas</source>
        <translation>标注画布</translation>
    </message>
</context>
<context>
    <name>LabelPage</name>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="78" />
        <source>Open a folder of photos (Ctrl+O) to start labeling.</source>
        <translation>打开一个图片文件夹（Ctrl+O）开始标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="156" />
        <source>Cannot open folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="169" />
        <source>{0} files are not used (GIF, HEIC...): convert them to JPEG or PNG to label them, e.g. {1}</source>
        <translation>有 {0} 个文件未使用（GIF、HEIC 等）：转换为 JPEG 或 PNG 后才能标注，例如 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="172" />
        <source>No photos in {0}. Workbench labels JPEG, PNG, BMP, TIFF and WebP files.</source>
        <translation>{0} 中没有图片。Workbench 可标注 JPEG、PNG、BMP、TIFF 和 WebP 文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="196" />
        <source>{0}: cannot read the image (corrupt, empty or not an image)</source>
        <translation>{0}：无法读取图片（已损坏、为空或不是图片）</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="217" />
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="294" />
        <source>NOT SAVED: {0}. Your boxes are kept here; free space or fix the folder's permissions, then press Ctrl+S.</source>
        <translation>未保存：{0}。你的标注框仍保留在这里；请释放磁盘空间或修正文件夹权限，然后按 Ctrl+S。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="352" />
        <source>There is no previous image to copy boxes from.</source>
        <translation>没有上一张图片可以复制标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="358" />
        <source>The previous image has no boxes that this one lacks.</source>
        <translation>上一张图片没有本图缺少的标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="361" />
        <source>Copied {0} boxes from {1}.</source>
        <translation>已从 {1} 复制 {0} 个标注框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="369" />
        <source>This image has {0} boxes; delete them first to mark it as having no objects.</source>
        <translation>这张图片有 {0} 个标注框；先删除它们，才能标记为无目标。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="373" />
        <source>Marked as checked, no objects.</source>
        <translation>已标记为：已检查，无目标。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="388" />
        <source>Last image.</source>
        <translation>已是最后一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="388" />
        <source>First image.</source>
        <translation>已是第一张。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="397" />
        <source>Every image is labeled or checked.</source>
        <translation>所有图片都已标注或检查。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="420" />
        <source>Cannot add class</source>
        <translation>无法添加类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="431" />
        <source>Cannot rename class</source>
        <translation>无法重命名类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="459" />
        <source>Delete class '{0}'?

{1} boxes of this class will be deleted and {2} boxes of later classes renumbered, in {3} label files.</source>
        <translation>删除类别“{0}”？

将在 {3} 个标注文件中删除该类别的 {1} 个框，并重新编号后续类别的 {2} 个框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="463" />
        <source>Merge class '{0}' into '{1}'?

{2} boxes change class, in {3} label files.</source>
        <translation>把类别“{0}”并入“{1}”？

{3} 个标注文件中的 {2} 个框将改变类别。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="465" />
        <source>Change classes</source>
        <translation>修改类别</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="467" />
        <source>Rewriting label files...</source>
        <translation>正在改写标注文件……</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="475" />
        <source>Class change failed</source>
        <translation>修改类别失败</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="511" />
        <source>... and {0} more problems</source>
        <translation>……还有 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="513" />
        <source>Lines that are not boxes are kept in the file as they are; fix them in a text editor or delete them there.</source>
        <translation>不是标注框的行会原样保留在文件中；请在文本编辑器中修正或删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="516" />
        <source>No classes yet: type a class name in the box at the top right and press Enter, then drag on the photo to draw a box.</source>
        <translation>还没有类别：在右上角输入类别名并按回车，然后在图片上拖动画框。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/label_page.py" line="519" />
        <source>Large image: shown scaled; your boxes are saved at full resolution.</source>
        <translation>大图：按缩放显示；标注框按原始分辨率保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="17" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="18" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="19" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="20" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="38" />
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="60" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="63" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="67" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="68" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="72" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="73" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="76" />
        <source>&amp;About Workbench</source>
        <translation>关于 Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="83" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="84" />
        <source>The new language is used from the next start of Workbench.</source>
        <translation>新语言将在下次启动 Workbench 时生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="93" />
        <source>Open a folder of photos</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="109" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="111" />
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="111" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="125" />
        <source>About Workbench</source>
        <translation>关于 Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="126" />
        <source>Workbench {0}
Label photos, train YOLO, see it live.</source>
        <translation>Workbench {0}
标注图片，训练 YOLO，实时查看效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="134" />
        <source>Unsaved boxes</source>
        <translation>未保存的标注框</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="135" />
        <source>The boxes of {0} images could not be saved ({1}...).
Quit anyway and lose them?</source>
        <translation>有 {0} 张图片的标注框无法保存（{1}……）。
仍然退出并丢弃它们？</translation>
    </message>
</context>
</TS>