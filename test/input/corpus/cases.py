"""The bad-input corpus: each case is a small project that is broken in one
way. run.py builds it, runs bel-lint on it and checks what must hold of
every bad input; the corpus-*.test files check each case's message.

Every project also holds the same good part, src/good.cpp reading 'lr' of
configs/train.yaml, which sets 'lr' and 'stale': the finding that 'stale' is
unused must survive every bad input beside it (nothing is lost).

A case is a dict:
  name     unique, [a-z0-9-]
  group    the corpus-<group>.test that checks it
  files    {relative path: str | bytes} written into the project
  setup    optional function(project_dir) for what files cannot express
           (symlinks, FIFOs, huge or unreadable files)
  tus      TUs besides src/good.cpp
  db       True: pass -p build (a compile_commands.json the case writes)
           instead of flags after --
  notify   the notification id the SARIF log must hold, with a location
  region   False where that location can only be a whole file (a file that
           does not exist or cannot be written has no line)
  merge    True: the first run writes the facts of two shards (src/good.cpp,
           src/other.cpp), the checked run is `bel-lint merge` of both
  survivor False where the good part itself is what the case breaks
  after_first_run  optional function(project_dir): the checked run is the
           second one, after this broke what the first left (a cache)
"""
import os

GOOD_TU = """#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Cfg["lr"].as<int>();
}
"""
GOOD_CONFIG = "lr: 1\nstale: 2\n"
ALL_FORMATS = 'configs: ["configs/**/*.{yaml,yml,json,conf,ini,cfg,flags}"]\n'


def nested(open_, close, depth, inner="1"):
    return open_ * depth + inner + close * depth


def alias_bomb():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        prev = "*a%d" % (i - 1)
        lines.append("a%d: &a%d [%s]" % (i, i, ", ".join([prev] * 10)))
    return "\n".join(lines) + "\n"


def symlink(target, link):
    def make(root):
        path = os.path.join(root, link)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        os.symlink(target, path)
    return make


def fifo(rel):
    def make(root):
        os.mkfifo(os.path.join(root, rel))
    return make


def huge(rel, size, head=b"big: "):
    def make(root):
        with open(os.path.join(root, rel), "wb") as f:
            f.write(head)
            f.write(b"x" * size)
            f.write(b"\n")
    return make


def binary():
    # Deterministic noise with NULs, high bytes and no line structure.
    out, x = bytearray(), 12345
    for _ in range(4096):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def db(entries):
    import json
    return json.dumps([dict(directory="@ROOT@", file=f, arguments=a)
                       for f, a in entries], indent=1)


CASES = [
    # --- YAML ---------------------------------------------------------------
    dict(name="yaml-unclosed-flow", group="yaml",
         files={"configs/bad.yaml": "model:\n  lr: [1, 2\nother: 3\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-tab-indent", group="yaml",
         files={"configs/bad.yaml": "model:\n\tlr: 1\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-bad-indent", group="yaml",
         files={"configs/bad.yaml": "a:\n    b: 1\n  c: 2\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-bad-escape", group="yaml",
         files={"configs/bad.yaml": "a: 1\nb: \"\\q\"\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-undefined-alias", group="yaml",
         files={"configs/bad.yaml": "a: *nowhere\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-alias-bomb", group="yaml",
         files={"configs/bad.yaml": alias_bomb()},
         notify="bel-config-parse-error"),
    dict(name="yaml-deep-flow", group="yaml",
         files={"configs/bad.yaml": "a: " + nested("[", "]", 100000) + "\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-deep-block", group="yaml",
         files={"configs/bad.yaml": "".join(
             " " * i + "k%d:\n" % i for i in range(3000)) + " " * 3000 + "v: 1\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-binary", group="yaml",
         files={"configs/bad.yaml": binary()},
         notify="bel-config-parse-error"),
    dict(name="yaml-invalid-utf8", group="yaml",
         files={"configs/bad.yaml": b"a: 1\nname: caf\xe9\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-nul-byte", group="yaml",
         files={"configs/bad.yaml": b"a: 1\nb: x\x00y\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-unclosed-string", group="yaml",
         files={"configs/bad.yaml": "a: 1\nname: \"open\nb: 2\n"},
         notify="bel-config-parse-error"),
    dict(name="yaml-top-level-value", group="yaml",
         files={"configs/bad.yaml": "# a note, not settings\njust some text\n"},
         notify="bel-config-not-mapping"),
    dict(name="yaml-huge", group="yaml", setup=huge("configs/bad.yaml", 17 << 20),
         notify="bel-skipped-file"),
    # --- JSON ---------------------------------------------------------------
    dict(name="json-trailing-comma", group="json",
         files={"configs/bad.json": "{\n  \"a\": 1,\n}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-unterminated-string", group="json",
         files={"configs/bad.json": "{\"a\": \"open\n}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-truncated", group="json",
         files={"configs/bad.json": "{\"a\": {\"b\": [1, 2"},
         notify="bel-config-parse-error"),
    dict(name="json-comment", group="json",
         files={"configs/bad.json": "{\n  // a comment\n  \"a\": 1\n}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-bad-escape", group="json",
         files={"configs/bad.json": "{\"a\": \"\\x41\"}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-deep", group="json",
         files={"configs/bad.json": nested("[", "]", 100000) + "\n"},
         notify="bel-config-parse-error"),
    dict(name="json-nul-byte", group="json",
         files={"configs/bad.json": b"{\"a\": 1,\x00 \"b\": 2}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-binary", group="json",
         files={"configs/bad.json": binary()},
         notify="bel-config-parse-error"),
    dict(name="json-invalid-utf8", group="json",
         files={"configs/bad.json": b"{\"a\": 1,\n \"b\": \"\xc3\x28\"}\n"},
         notify="bel-config-parse-error"),
    dict(name="json-top-level-list", group="json",
         files={"configs/bad.json": "\n  [{\"lr\": 1}, 2]\n"},
         notify="bel-config-not-mapping"),
    # --- other config formats ----------------------------------------------
    dict(name="conf-no-equals", group="formats",
         files={".bel.yaml": ALL_FORMATS,
                "configs/bad.conf": "eta = 0.1\nthis line has no equals sign\n"},
         notify="bel-config-parse-error"),
    dict(name="flags-bad-line", group="formats",
         files={".bel.yaml": ALL_FORMATS,
                "configs/bad.flags": "--lr=0.1\nnot-a-flag\n"},
         notify="bel-config-parse-error"),
    # --- manifest and rule packs -------------------------------------------
    dict(name="manifest-malformed", group="manifest",
         files={".bel.yaml": "configs: [\"configs/**\"\nrules: {\n"},
         notify="bel-manifest-error"),
    dict(name="manifest-wrong-type", group="manifest",
         files={".bel.yaml": "sources: {a: 1}\nrules: [a, b]\n"},
         notify="bel-manifest-error"),
    dict(name="manifest-glob-bomb", group="manifest",
         files={".bel.yaml": "configs:\n  - configs/*.yaml\n  - 'x" +
                "{a,b}" * 20 + "'\n"},
         notify="bel-manifest-error"),
    dict(name="manifest-binary", group="manifest",
         files={".bel.yaml": binary()},
         notify="bel-manifest-error"),
    dict(name="pack-malformed", group="manifest",
         files={".bel.yaml": "rule_packs: [packs/bad.yaml]\n",
                "packs/bad.yaml": "config_reads:\n  - function: [unclosed\n"},
         notify="bel-rule-pack-error"),
    dict(name="pack-outside-root", group="manifest",
         files={".bel.yaml": "rule_packs: [../../outside-pack.yaml]\n"},
         notify="bel-rule-pack-error"),
    dict(name="pack-absolute", group="manifest",
         files={".bel.yaml": "rule_packs: [/etc/passwd]\n"},
         notify="bel-rule-pack-error"),
    # --- extends and paths -------------------------------------------------
    dict(name="extends-cycle", group="paths",
         files={"configs/a.yaml": "extends: b.yaml\nx: 1\n",
                "configs/b.yaml": "extends: a.yaml\ny: 1\n"},
         notify="bel-config-extends-error"),
    dict(name="extends-self", group="paths",
         files={"configs/a.yaml": "extends: a.yaml\nx: 1\n"},
         notify="bel-config-extends-error"),
    dict(name="extends-dotdot", group="paths",
         files={"configs/a.yaml": "extends: ../../../../etc/passwd\nx: 1\n"},
         notify="bel-config-extends-error"),
    dict(name="extends-absolute", group="paths",
         files={"configs/a.yaml": "extends: /etc/hostname\nx: 1\n"},
         notify="bel-config-extends-error"),
    dict(name="extends-symlink-out", group="paths",
         files={"configs/a.yaml": "extends: base.yaml\nx: 1\n"},
         setup=symlink("/etc/hostname", "configs/base.yaml"),
         notify="bel-config-extends-error"),
    dict(name="extends-symlink-loop", group="paths",
         files={"configs/a.yaml": "extends: loop1.yml\nx: 1\n"},
         setup=lambda root: (symlink("loop2.yml", "configs/loop1.yml")(root),
                             symlink("loop1.yml", "configs/loop2.yml")(root)),
         notify="bel-config-extends-error"),
    dict(name="config-symlink-out", group="paths",
         setup=symlink("/etc/hostname", "configs/host.yaml"),
         notify="bel-skipped-file"),
    dict(name="config-dir-symlink-loop", group="paths",
         setup=symlink("..", "configs/up"),
         notify=None),
    dict(name="config-fifo", group="paths", setup=fifo("configs/pipe.yaml"),
         notify="bel-skipped-file"),
    dict(name="tu-fifo", group="tus", setup=fifo("src/pipe.cpp"),
         tus=["src/pipe.cpp"], notify="bel-skipped-file", region=False),
    dict(name="config-non-utf8-name", group="paths",
         files={b"configs/caf\xe9.yaml".decode("utf-8", "surrogateescape"): "a: [1\n"},
         notify="bel-config-parse-error"),
    # --- translation units and the compilation database ---------------------
    dict(name="tu-does-not-compile", group="tus",
         files={"src/broken.cpp": "int main() {\n  undeclared_call(1);\n}\n"},
         tus=["src/broken.cpp"], notify="bel-compile-error"),
    dict(name="tu-binary", group="tus",
         files={"src/noise.cpp": binary()},
         tus=["src/noise.cpp"], notify="bel-compile-error"),
    dict(name="tu-include-loop", group="tus",
         files={"src/loop.h": "#include \"loop.h\"\n",
                "src/loop.cpp": "#include \"loop.h\"\nint f();\n"},
         tus=["src/loop.cpp"], notify="bel-compile-error"),
    dict(name="tu-missing", group="tus",
         tus=["src/not-there.cpp"], notify="bel-skipped-file", region=False),
    dict(name="db-malformed", group="tus", db=True,
         files={"build/compile_commands.json": "[{\"file\": \"src/good.cpp\",\n"},
         notify="bel-no-compile-database", survivor=False),
    dict(name="db-wrong-shape", group="tus", db=True,
         files={"build/compile_commands.json": "{\"file\": 1}\n"},
         notify="bel-no-compile-database", survivor=False),
    dict(name="db-entry-without-file", group="tus", db=True,
         files={"build/compile_commands.json":
                "[\n  {\"directory\": \"@ROOT@\", \"file\": \"src/good.cpp\", "
                "\"command\": \"c++ -c src/good.cpp\"},\n"
                "  {\"directory\": \"@ROOT@\", \"command\": \"c++ -c x.cpp\"}\n]\n"},
         notify="bel-no-compile-database", survivor=False),
    # --- caches and facts files --------------------------------------------
    dict(name="cache-corrupt", group="cache",
         after_first_run=lambda root: corrupt_cache(root, b"{\"version\": \x00\xff garbage\n"),
         notify="bel-cache-error"),
    dict(name="cache-truncated", group="cache",
         after_first_run=lambda root: corrupt_cache(root, None),
         notify="bel-cache-error"),
    dict(name="cache-dir-is-file", group="cache",
         files={".bel-cache": "not a directory\n"},
         notify="bel-cache-error", region=False),
    dict(name="facts-file-corrupt", group="cache", merge=True,
         files={"src/other.cpp": "int main() { return 0; }\n"},
         after_first_run=lambda root: open(os.path.join(root, "2.facts"), "ab").write(
             b"{\"file\": truncated"),
         notify="bel-facts-error"),
]


def corrupt_cache(root, content):
    """Breaks every entry of a cache a first run wrote: replaces it with
    content, or, with None, cuts it in half."""
    cache = os.path.join(root, ".bel-cache")
    for dirpath, _, names in os.walk(cache):
        for n in names:
            p = os.path.join(dirpath, n)
            data = open(p, "rb").read()
            open(p, "wb").write(content if content is not None else data[:len(data) // 2])
