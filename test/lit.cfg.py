# lit.cfg.py: bel's lit suite. Substitutions:
#   %bel_lint     bel-lint
#   %bel_deps     bel-deps
#   %bel_headers  mock system headers (yaml-cpp, nlohmann, <fstream>, ...)
#   %cxxflags     compiler flags for rule tests: C++17 on the mock headers only
#   %sarif_check  ../shared/tools/sarif-check (feature 'sarif-check')
#   %python       the Python that runs lit
#   %bel_build_dir the build tree (for `cmake --install`)
#   %clang_resource_dir  the Clang resource directory CMake found (BEL_CLANG_RESOURCE_DIR)
#   %llvm_version  LLVM's full version (14.0.6), as in <prefix>/lib/clang/<version>
#   %bel_path      PATH with bel-lint and bel-deps first (for hooks that run them by name)
# Features: 'git', 'pre-commit' (pre-commit and git on PATH), 'sarif-check',
#   'graphviz' (Graphviz's dot on PATH, for bel-deps --format=svg),
#   'strace' (strace on PATH and allowed to trace).
import os
import shutil
import subprocess
import lit.formats

config.name = "bel"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.bel_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# The suite must not depend on the caller's terminal or locale.
config.environment["LC_ALL"] = "C"
# sarif-check installs its validator with npm on first use: it needs the
# caller's certificate and proxy settings as much as its cache.
network = ("NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "SSL_CERT_DIR",
           "http_proxy", "https_proxy", "no_proxy",
           "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY")
for var in ("HOME", "XDG_CACHE_HOME", "SARIF_CHECK_CACHE",
            "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS") + network:
    if var in os.environ:
        config.environment[var] = os.environ[var]
for var in os.environ:
    if var.lower().startswith("npm_config_"):
        config.environment[var] = os.environ[var]

headers = os.path.join(config.test_source_root, "Inputs", "Headers")
# Output goes to pipes and files, so bel never colours it; no flag may come
# before a subcommand (`%bel_lint diff ...`).
config.substitutions.append(("%bel_lint", os.path.join(config.bel_tools_dir, "bel-lint", "bel-lint")))
config.substitutions.append(("%bel_deps", os.path.join(config.bel_tools_dir, "bel-deps", "bel-deps")))
config.substitutions.append(("%bel_headers", headers))
config.substitutions.append(("%cxxflags", "-std=c++17 -nostdinc++ -isystem " + headers))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%src_root", config.bel_src_root))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%bel_build_dir", config.bel_obj_root))
config.substitutions.append(("%clang_resource_dir", config.clang_resource_dir))
config.substitutions.append(("%llvm_version", config.llvm_package_version))
config.substitutions.append(("%bel_path", os.pathsep.join(
    [os.path.join(config.bel_tools_dir, "bel-lint"),
     os.path.join(config.bel_tools_dir, "bel-deps"),
     config.environment["PATH"]])))

if shutil.which("pre-commit", path=config.environment["PATH"]) and \
        shutil.which("git", path=config.environment["PATH"]):
    config.available_features.add("pre-commit")
else:
    lit_config.note("pre-commit or git not found: the pre-commit hook tests are "
                    "skipped (UNSUPPORTED); scripts/setup.sh installs them")

if shutil.which("git", path=config.environment["PATH"]):
    config.available_features.add("git")

# strace must be present and allowed to trace (some containers forbid ptrace).
strace = shutil.which("strace", path=config.environment["PATH"])
if strace and subprocess.run([strace, "-qq", "-o", os.devnull, "true"],
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL).returncode == 0:
    config.available_features.add("strace")
else:
    lit_config.note("strace not found or not allowed to trace: the test that bel "
                    "opens no file outside the root is skipped (UNSUPPORTED); "
                    "scripts/setup.sh installs strace")

if shutil.which("dot", path=config.environment["PATH"]):
    config.available_features.add("graphviz")
else:
    lit_config.note("Graphviz's dot not found: the bel-deps --format=svg tests are "
                    "skipped (UNSUPPORTED); scripts/setup.sh installs it")

if os.access(config.sarif_check, os.X_OK):
    config.available_features.add("sarif-check")
    config.substitutions.append(("%sarif_check", config.sarif_check))
else:
    lit_config.note("sarif-check not found at %s: SARIF validation tests are "
                    "skipped (UNSUPPORTED)" % config.sarif_check)
