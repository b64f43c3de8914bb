"""A child program that saves one image's labels in a loop, for tests and the kill campaign that
SIGKILL it at random moments: the label file must always be OLD or NEW, never torn.

    subprocess.Popen([sys.executable, "-c", SAVE_LOOP, folder, OLD, NEW])   # prints "ready" first
"""
import textwrap

OLD = "0 0.100000 0.100000 0.050000 0.050000\n" * 3000
NEW = "1 0.900000 0.900000 0.050000 0.050000\n" * 3000
SAVE_LOOP = textwrap.dedent("""
    import sys
    from workbench.labels import parse_text
    from workbench.project import Project
    p = Project(sys.argv[1])
    texts = [sys.argv[2], sys.argv[3]]
    print("ready", flush=True)
    n = 0
    while True:
        lf = p.load(0)
        p.save(0, lf, [b.with_class(b.cls) for b in parse_text(texts[n % 2], lf.path).boxes])
        n += 1
""")
