#!/usr/bin/env python3
"""render_configs.py — flattens `extends:` in the example's configs for deployment.

The stages load configs/<name>.yaml with plain YAML::LoadFile, which knows nothing
about `extends:`. The job launcher therefore renders configs/ into the job's
working directory first: each YAML file whose top level has `extends: FILE` (a
path relative to that file's directory) is deep-merged over FILE (mappings merge
key by key, the child wins; lists and scalars are replaced) and written without
the `extends` key. JSON files are copied unchanged.

Usage: render_configs.py SRC_CONFIG_DIR OUT_CONFIG_DIR
"""
import json
import pathlib
import shutil
import sys

import yaml


def merge(base, child):
    if isinstance(base, dict) and isinstance(child, dict):
        out = dict(base)
        for key, value in child.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    return child


def load(path, seen=()):
    if path in seen:
        raise SystemExit(f"{path}: `extends` cycle")
    doc = yaml.safe_load(path.read_text()) or {}
    parent = doc.pop("extends", None)
    if parent is None:
        return doc
    return merge(load((path.parent / parent).resolve(), seen + (path,)), doc)


def main(src, out):
    src, out = pathlib.Path(src).resolve(), pathlib.Path(out)
    for path in sorted(src.rglob("*")):
        target = out / path.relative_to(src)
        if path.suffix in (".yaml", ".yml"):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(yaml.safe_dump(load(path), sort_keys=False))
        elif path.suffix == ".json":
            json.loads(path.read_text())  # fail early on a broken file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
