#!/usr/bin/env python3
"""gen_configs.py OUT_DIR [--files N] [--keys K] [--seed S]

Writes N YAML configs of K keys each (nested two or three levels, with
lists, strings, numbers and booleans, a few extending a shared base) under
OUT_DIR/configs/, and a .bel.yaml: the corpus of the --config-only
benchmark. Deterministic for a seed."""
import argparse
import os
import random


def value(rng):
    kind = rng.randrange(5)
    if kind == 0:
        return str(rng.randrange(1, 100000))
    if kind == 1:
        return "%.4f" % rng.random()
    if kind == 2:
        return rng.choice(["true", "false"])
    if kind == 3:
        return "[%s]" % ", ".join(str(rng.randrange(100)) for _ in range(rng.randrange(1, 6)))
    return rng.choice(["adam", "sgd", "relu", "data/train.csv", "models/m.bin", "'42'"])


def config(rng, keys):
    lines, written, section = [], 0, 0
    while written < keys:
        lines.append("section_%d:" % section)
        for sub in range(min(10, keys - written)):
            if sub % 4 == 3:
                lines.append("  group_%d:" % sub)
                for leaf in range(3):
                    lines.append("    key_%d: %s" % (leaf, value(rng)))
                written += 3
            else:
                lines.append("  key_%d: %s" % (sub, value(rng)))
                written += 1
        section += 1
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--keys", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    configs = os.path.join(args.out, "configs")
    os.makedirs(configs, exist_ok=True)
    with open(os.path.join(configs, "base.yaml"), "w") as f:
        f.write(config(rng, args.keys))
    for i in range(args.files - 1):
        with open(os.path.join(configs, "stage_%04d.yaml" % i), "w") as f:
            if i % 10 == 0:
                f.write("extends: base.yaml\n")
            f.write(config(rng, args.keys))
    with open(os.path.join(args.out, ".bel.yaml"), "w") as f:
        f.write('configs: ["configs/**/*.yaml"]\n')


if __name__ == "__main__":
    main()
