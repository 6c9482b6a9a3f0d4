#!/usr/bin/env python3
"""Generate a synthetic ML-pipeline corpus for bel's benchmark.

    gen_corpus.py OUT_DIR --tus N [--keys K] [--seed S]

writes, under OUT_DIR:

  src/stage_<i>.cc       N translation units, one pipeline stage (a `main`) each.
                         Every TU includes the heavy standard headers and
                         <yaml-cpp/yaml.h>; every other TU (even i) also includes
                         <nlohmann/json.hpp> and reads a JSON sidecar config.
  configs/stage_<i>.yaml the stage's YAML config. The stage reads K keys from it
                         (plus data.side_input, opened with std::ifstream); some
                         reads have no default and no value in the config
                         (config-missing-setting), some config keys are read by
                         no code (config-unused-setting).
  configs/stage_<i>_features.json  the JSON sidecar of the even stages.
  compile_commands.json  one entry per TU, absolute paths (the corpus is never
                         committed, so nothing has to be relocatable).
  .bel.yaml              the manifest: sources: ["src/**/*.cc"].

Stage i reads data/stage_<i-1>/part.csv (stage 0 reads data/raw/events.csv)
and writes data/stage_<i>/part.csv, so the TUs form one linear pipeline.

The output depends only on (N, K, S), and TU i depends only on (i, K, S): the
corpus for --tus 3 is a prefix of the corpus for --tus 20. Stdlib only.
"""

import argparse
import json
import os
import random
import shutil
import sys

MARKER = ".bel-bench-corpus"

HEAVY_HEADERS = [
    "algorithm", "cctype", "cmath", "fstream", "functional", "iostream", "map", "memory",
    "random", "regex", "sstream", "string", "unordered_map", "vector",
]

# The pool of config keys: (section, name, C++ type, value generator).
# Generators take a random.Random and return a Python value of the right kind.
KEY_POOL = [
    ("model", "lr", "double", lambda r: r.choice([0.1, 0.05, 0.01, 0.003, 0.001])),
    ("model", "epochs", "int", lambda r: r.randint(1, 50)),
    ("model", "hidden_units", "int", lambda r: r.choice([32, 64, 128, 256, 512])),
    ("model", "dropout", "double", lambda r: r.choice([0.0, 0.1, 0.2, 0.3, 0.5])),
    ("model", "num_layers", "int", lambda r: r.randint(1, 8)),
    ("model", "activation", "std::string", lambda r: r.choice(["relu", "tanh", "gelu", "sigmoid"])),
    ("model", "weight_decay", "double", lambda r: r.choice([0.0, 0.0001, 0.001, 0.01])),
    ("model", "warmup_steps", "int", lambda r: r.choice([0, 100, 500, 1000])),
    ("data", "shard_count", "int", lambda r: r.choice([1, 4, 8, 16, 64])),
    ("data", "min_rows", "int", lambda r: r.choice([10, 100, 1000])),
    ("data", "sample_rate", "double", lambda r: r.choice([0.01, 0.1, 0.25, 0.5, 1.0])),
    ("data", "has_header", "bool", lambda r: r.choice([True, False])),
    ("data", "label_column", "std::string", lambda r: r.choice(["label", "clicked", "y", "target"])),
    ("train", "batch_size", "int", lambda r: r.choice([16, 32, 64, 128, 256])),
    ("train", "seed", "int", lambda r: r.randint(1, 9999)),
    ("train", "shuffle", "bool", lambda r: r.choice([True, False])),
    ("train", "max_steps", "int", lambda r: r.choice([1000, 5000, 20000])),
    ("train", "eval_every", "int", lambda r: r.choice([50, 100, 500])),
    ("train", "patience", "int", lambda r: r.randint(1, 10)),
    ("train", "grad_clip", "double", lambda r: r.choice([0.5, 1.0, 5.0])),
    ("features", "hash_buckets", "int", lambda r: r.choice([1024, 4096, 65536])),
    ("features", "min_count", "int", lambda r: r.randint(1, 20)),
    ("features", "max_tokens", "int", lambda r: r.choice([16, 64, 256])),
    ("features", "lowercase", "bool", lambda r: r.choice([True, False])),
    ("features", "ngram", "int", lambda r: r.randint(1, 3)),
    ("features", "token_pattern", "std::string", lambda r: r.choice(["[a-z]+", "[A-Za-z0-9_]+", "[^ ,]+"])),
    ("runtime", "num_workers", "int", lambda r: r.choice([1, 2, 4, 8])),
    ("runtime", "log_every", "int", lambda r: r.choice([10, 100, 1000])),
    ("runtime", "cache_mb", "int", lambda r: r.choice([64, 256, 1024])),
    ("runtime", "verbose", "bool", lambda r: r.choice([True, False])),
    ("runtime", "run_name", "std::string", lambda r: r.choice(["nightly", "adhoc", "backfill", "canary"])),
]

JSON_KEYS = [
    # (name, kind, value generator) -- kind: "index" j["a"], "value" j.value("a", d),
    # "contains" j.contains("a").
    ("columns", "index", lambda r: r.sample(["age", "country", "device", "hour", "query", "price"], 3)),
    ("min_support", "value", lambda r: r.randint(1, 50)),
    ("blocklist", "contains", lambda r: r.sample(["spam", "test", "bot"], 2)),
    ("cross_features", "index", lambda r: r.choice([True, False])),
    ("bucket_edges", "value", lambda r: sorted(r.sample(range(1, 100), 4))),
]


def cxx_literal(ctype, value):
    if ctype == "bool":
        return "true" if value else "false"
    if ctype == "int":
        return str(int(value))
    if ctype == "double":
        text = repr(float(value))
        return text if ("." in text or "e" in text) else text + ".0"
    return json.dumps(value)  # std::string: a C++ string literal is a JSON string here


def yaml_scalar(ctype, value):
    if ctype == "bool":
        return "true" if value else "false"
    if ctype == "int":
        return str(int(value))
    if ctype == "double":
        return cxx_literal("double", value)
    return json.dumps(value)  # a double-quoted YAML string


def ident(section, name):
    return section + "_" + name


class Stage:
    """Everything about stage i that both the TU and its configs need."""

    def __init__(self, index, keys, seed):
        self.i = index
        self.rng = random.Random("bel-bench:%d:%d:%d" % (seed, keys, index))
        r = self.rng
        self.uses_json = index % 2 == 0
        self.name = "stage_%d" % index
        self.input = "data/raw/events.csv" if index == 0 else "data/stage_%d/part.csv" % (index - 1)
        self.output = "data/stage_%d/part.csv" % index
        self.side_input = "data/lookup/table_%d.csv" % r.randint(0, 9)

        keys = max(1, min(keys, len(KEY_POOL) - 2))
        chosen = r.sample(KEY_POOL, keys)
        chosen.sort(key=lambda k: (k[0], KEY_POOL.index(k)))
        n_missing = max(1, keys // 6)
        n_default = max(1, keys // 4) if keys > 2 else 0
        roles = ["missing"] * n_missing + ["default"] * n_default
        roles += ["read"] * (keys - len(roles))
        roles = roles[:keys]
        r.shuffle(roles)
        # reads: (section, name, ctype, role, config value or None, default or None)
        self.reads = []
        for (section, name, ctype, gen), role in zip(chosen, roles):
            value = gen(r)
            if role == "missing":
                self.reads.append((section, name, ctype, role, None, None))
            elif role == "default":
                default = gen(r)
                in_config = r.random() < 0.5
                self.reads.append((section, name, ctype, role, value if in_config else None, default))
            else:
                self.reads.append((section, name, ctype, role, value, None))
        # Keys the config sets that no code reads.
        rest = [k for k in KEY_POOL if k not in chosen]
        n_unused = max(1, keys // 5)
        self.unused = [(s, n, t, g(r)) for (s, n, t, g) in r.sample(rest, min(n_unused, len(rest)))]
        self.unused.sort(key=lambda k: (k[0], k[1]))

        if self.uses_json:
            jkeys = list(JSON_KEYS)
            self.json_reads = [(n, kind, g(r)) for (n, kind, g) in jkeys]
            # One key the JSON config lacks (read with j[...]: missing), one it
            # holds that nobody reads.
            self.json_missing = r.choice([n for (n, kind, _) in jkeys if kind == "index"])
            self.json_unused = ("legacy_" + r.choice(["weights", "buckets", "vocab"]), r.randint(1, 9))
        # Which helper functions this stage has (always ReadRows/WriteRows).
        self.helpers = sorted(r.sample(["normalize", "tokens", "summary", "shuffle", "transform"], 3))
        self.delim = r.choice([",", "\\t", "|", ";"])

    # -- configs ---------------------------------------------------------------------------
    def yaml_config(self):
        sections = {}
        for (section, name, ctype, role, value, _default) in self.reads:
            if value is not None:
                sections.setdefault(section, []).append((name, yaml_scalar(ctype, value)))
        for (section, name, ctype, value) in self.unused:
            sections.setdefault(section, []).append((name, yaml_scalar(ctype, value)))
        sections.setdefault("data", []).append(("side_input", json.dumps(self.side_input)))
        lines = ["# %s.yaml -- generated by bench/gen_corpus.py; settings of %s." % (self.name, self.name)]
        for section in sorted(sections):
            lines.append("")
            lines.append("%s:" % section)
            for name, text in sections[section]:
                lines.append("  %s: %s" % (name, text))
        return "\n".join(lines) + "\n"

    def json_config(self):
        obj = {}
        for (name, _kind, value) in self.json_reads:
            if name != self.json_missing:
                obj[name] = value
        obj[self.json_unused[0]] = self.json_unused[1]
        return json.dumps(obj, indent=2, sort_keys=True) + "\n"

    # -- code -----------------------------------------------------------------------------
    def source(self):
        out = []
        w = out.append
        includes = list(HEAVY_HEADERS)
        w("// %s.cc -- stage %d of the synthetic benchmark pipeline (bench/gen_corpus.py)." % (self.name, self.i))
        w("//")
        w("// Reads %s, writes %s; settings come from configs/%s.yaml." % (self.input, self.output, self.name))
        for h in includes:
            w("#include <%s>" % h)
        w("")
        w("#include <yaml-cpp/yaml.h>")
        if self.uses_json:
            w("#include <nlohmann/json.hpp>")
        w("")
        w("namespace %s {" % self.name)
        w("")
        w("struct Row {")
        w("  std::string id;")
        w("  std::vector<double> values;")
        w("  std::string text;")
        w("};")
        w("")
        w("using Table = std::vector<Row>;")
        w("")
        self._read_rows(w)
        self._write_rows(w)
        for h in self.helpers:
            getattr(self, "_helper_" + h)(w)
        w("}  // namespace %s" % self.name)
        w("")
        self._main(w)
        return "\n".join(out) + "\n"

    def _read_rows(self, w):
        w("Table ReadRows(std::istream &in, char delim, bool has_header) {")
        w("  Table rows;")
        w("  std::string line;")
        w("  if (has_header)")
        w("    std::getline(in, line);")
        w("  while (std::getline(in, line)) {")
        w("    std::stringstream fields(line);")
        w("    std::string field;")
        w("    Row row;")
        w("    int column = 0;")
        w("    while (std::getline(fields, field, delim)) {")
        w("      if (column == 0)")
        w("        row.id = field;")
        w("      else if (column == %d)" % self.rng.randint(3, 7))
        w("        row.text = field;")
        w("      else if (!field.empty())")
        w("        row.values.push_back(std::stod(field));")
        w("      ++column;")
        w("    }")
        w("    rows.push_back(std::move(row));")
        w("  }")
        w("  return rows;")
        w("}")
        w("")

    def _write_rows(self, w):
        w("void WriteRows(std::ostream &out, const Table &rows, char delim) {")
        w("  for (const Row &row : rows) {")
        w("    out << row.id;")
        w("    for (double v : row.values)")
        w("      out << delim << v;")
        w("    out << delim << row.text << '\\n';")
        w("  }")
        w("}")
        w("")

    def _helper_normalize(self, w):
        w("void Normalize(Table &rows) {")
        w("  if (rows.empty())")
        w("    return;")
        w("  std::size_t width = 0;")
        w("  for (const Row &row : rows)")
        w("    width = std::max(width, row.values.size());")
        w("  std::vector<double> mean(width, 0.0), scale(width, 0.0);")
        w("  for (const Row &row : rows)")
        w("    for (std::size_t c = 0; c < row.values.size(); ++c)")
        w("      mean[c] += row.values[c] / rows.size();")
        w("  for (const Row &row : rows)")
        w("    for (std::size_t c = 0; c < row.values.size(); ++c)")
        w("      scale[c] = std::max(scale[c], std::fabs(row.values[c] - mean[c]));")
        w("  for (Row &row : rows)")
        w("    for (std::size_t c = 0; c < row.values.size(); ++c)")
        w("      row.values[c] = scale[c] > 0 ? (row.values[c] - mean[c]) / scale[c] : 0.0;")
        w("}")
        w("")

    def _helper_tokens(self, w):
        w("std::unordered_map<std::string, int> CountTokens(const Table &rows, const std::string &pattern,")
        w("                                                 bool lowercase) {")
        w("  std::unordered_map<std::string, int> counts;")
        w("  const std::regex re(pattern);")
        w("  for (const Row &row : rows) {")
        w("    std::string text = row.text;")
        w("    if (lowercase)")
        w("      std::transform(text.begin(), text.end(), text.begin(),")
        w("                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });")
        w("    for (auto it = std::sregex_iterator(text.begin(), text.end(), re);")
        w("         it != std::sregex_iterator(); ++it)")
        w("      ++counts[it->str()];")
        w("  }")
        w("  return counts;")
        w("}")
        w("")

    def _helper_summary(self, w):
        w("std::map<std::string, double> Summarize(const Table &rows) {")
        w("  std::map<std::string, double> summary;")
        w("  std::vector<double> firsts;")
        w("  for (const Row &row : rows)")
        w("    if (!row.values.empty())")
        w("      firsts.push_back(row.values.front());")
        w("  std::sort(firsts.begin(), firsts.end());")
        w("  summary[\"rows\"] = static_cast<double>(rows.size());")
        w("  if (!firsts.empty()) {")
        w("    summary[\"min\"] = firsts.front();")
        w("    summary[\"max\"] = firsts.back();")
        w("    summary[\"p50\"] = firsts[firsts.size() / 2];")
        w("  }")
        w("  return summary;")
        w("}")
        w("")

    def _helper_shuffle(self, w):
        w("void ShuffleRows(Table &rows, unsigned seed, double keep) {")
        w("  std::mt19937 rng(seed);")
        w("  std::shuffle(rows.begin(), rows.end(), rng);")
        w("  std::bernoulli_distribution coin(keep);")
        w("  Table kept;")
        w("  std::copy_if(rows.begin(), rows.end(), std::back_inserter(kept),")
        w("               [&](const Row &) { return coin(rng); });")
        w("  rows.swap(kept);")
        w("}")
        w("")

    def _helper_transform(self, w):
        w("struct Step {")
        w("  std::string name;")
        w("  std::function<double(double)> fn;")
        w("};")
        w("")
        w("std::unique_ptr<std::vector<Step>> MakeSteps(double factor) {")
        w("  auto steps = std::make_unique<std::vector<Step>>();")
        w("  steps->push_back({\"scale\", [factor](double v) { return v * factor; }});")
        w("  steps->push_back({\"clip\", [](double v) { return std::min(1.0, std::max(-1.0, v)); }});")
        w("  return steps;")
        w("}")
        w("")
        w("void ApplySteps(Table &rows, const std::vector<Step> &steps) {")
        w("  for (Row &row : rows)")
        w("    for (double &v : row.values)")
        w("      for (const Step &step : steps)")
        w("        v = step.fn(v);")
        w("}")
        w("")

    def _main(self, w):
        ns = self.name
        w("int main() {")
        w("  YAML::Node cfg = YAML::LoadFile(\"configs/%s.yaml\");" % self.name)
        bound = set()
        for (section, name, ctype, role, _value, default) in self.reads:
            if section not in bound:
                w("  const YAML::Node %s = cfg[\"%s\"];" % (section + "_cfg", section))
                bound.add(section)
            var = ident(section, name)
            if role == "default":
                w("  const %s %s = %s_cfg[\"%s\"].as<%s>(%s);"
                  % (ctype, var, section, name, ctype, cxx_literal(ctype, default)))
            else:
                w("  const %s %s = %s_cfg[\"%s\"].as<%s>();" % (ctype, var, section, name, ctype))
        w("")
        w("  std::ostringstream settings;")
        for (section, name, _ctype, _role, _value, _default) in self.reads:
            w("  settings << \"%s.%s=\" << %s << ' ';" % (section, name, ident(section, name)))
        w("  std::clog << \"%s: \" << settings.str() << '\\n';" % self.name)
        w("")
        w("  std::ifstream in(\"%s\");" % self.input)
        header = "data_has_header" if any(r[:2] == ("data", "has_header") for r in self.reads) else "true"
        w("  %s::Table rows = %s::ReadRows(in, '%s', %s);" % (ns, ns, self.delim, header))
        w("  std::ifstream side(cfg[\"data\"][\"side_input\"].as<std::string>());")
        w("  %s::Table lookup = %s::ReadRows(side, ',', false);" % (ns, ns))
        w("  std::map<std::string, std::size_t> by_id;")
        w("  for (std::size_t k = 0; k < lookup.size(); ++k)")
        w("    by_id.emplace(lookup[k].id, k);")
        w("  for (%s::Row &row : rows) {" % ns)
        w("    auto hit = by_id.find(row.id);")
        w("    if (hit != by_id.end())")
        w("      row.values.insert(row.values.end(), lookup[hit->second].values.begin(),")
        w("                        lookup[hit->second].values.end());")
        w("  }")
        if self.uses_json:
            self._json_block(w)
        for h in self.helpers:
            if h == "normalize":
                w("  %s::Normalize(rows);" % ns)
            elif h == "tokens":
                w("  const auto counts = %s::CountTokens(rows, \"[a-z]+\", true);" % ns)
                w("  std::clog << \"%s: \" << counts.size() << \" distinct tokens\\n\";" % self.name)
            elif h == "summary":
                w("  for (const auto &entry : %s::Summarize(rows))" % ns)
                w("    std::clog << entry.first << '=' << entry.second << '\\n';")
            elif h == "shuffle":
                w("  %s::ShuffleRows(rows, %d, 0.%d);" % (ns, self.rng.randint(1, 999), self.rng.randint(1, 9)))
            elif h == "transform":
                w("  %s::ApplySteps(rows, *%s::MakeSteps(%d.5));" % (ns, ns, self.rng.randint(0, 3)))
        w("")
        w("  std::ofstream out(\"%s\");" % self.output)
        w("  %s::WriteRows(out, rows, ',');" % ns)
        w("  std::cout << \"%s: wrote \" << rows.size() << \" rows to %s\\n\";" % (self.name, self.output))
        w("  return 0;")
        w("}")

    def _json_block(self, w):
        w("")
        w("  std::ifstream features_in(\"configs/%s_features.json\");" % self.name)
        w("  const nlohmann::json fcfg = nlohmann::json::parse(features_in);")
        for (name, kind, value) in self.json_reads:
            if kind == "index":
                w("  const auto %s = fcfg[\"%s\"];" % (name, name))
                w("  std::clog << \"%s=\" << %s.dump() << '\\n';" % (name, name))
            elif kind == "value":
                if isinstance(value, list):
                    w("  const auto %s = fcfg.value(\"%s\", std::vector<int>{});" % (name, name))
                    w("  std::clog << \"%s: \" << %s.size() << '\\n';" % (name, name))
                else:
                    w("  const int %s = fcfg.value(\"%s\", %d);" % (name, name, self.rng.randint(1, 9)))
                    w("  std::clog << \"%s=\" << %s << '\\n';" % (name, name))
            else:  # contains
                w("  if (fcfg.contains(\"%s\"))" % name)
                w("    for (const auto &blocked : fcfg[\"%s\"])" % name)
                w("      std::clog << \"blocked: \" << blocked.get<std::string>() << '\\n';")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    ap = argparse.ArgumentParser(description="Generate bel's synthetic benchmark corpus.")
    ap.add_argument("out_dir", metavar="OUT_DIR")
    ap.add_argument("--tus", type=int, required=True, help="number of translation units (stages)")
    ap.add_argument("--keys", type=int, default=12, help="config keys each stage reads (default 12)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    if args.tus < 1:
        ap.error("--tus must be at least 1")
    if args.keys < 1:
        ap.error("--keys must be at least 1")

    out = os.path.abspath(args.out_dir)
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.exists(os.path.join(out, MARKER)):
            sys.exit("gen_corpus.py: %s is not empty and holds no %s; refusing to write there"
                     % (out, MARKER))
        for sub in ("src", "configs"):  # drop the TUs of an earlier, larger corpus
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, MARKER), "generated by bel's bench/gen_corpus.py\n")

    commands = []
    for i in range(args.tus):
        stage = Stage(i, args.keys, args.seed)
        src = os.path.join(out, "src", stage.name + ".cc")
        write(src, stage.source())
        write(os.path.join(out, "configs", stage.name + ".yaml"), stage.yaml_config())
        if stage.uses_json:
            write(os.path.join(out, "configs", stage.name + "_features.json"), stage.json_config())
        commands.append({
            "directory": out,
            "file": src,
            "arguments": ["clang++", "-std=c++17", "-c", src],
        })
    write(os.path.join(out, "compile_commands.json"), json.dumps(commands, indent=2) + "\n")
    write(os.path.join(out, ".bel.yaml"),
          "# Generated by bench/gen_corpus.py (%d TUs, %d keys, seed %d).\n"
          "sources: [\"src/**/*.cc\"]\n" % (args.tus, args.keys, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
